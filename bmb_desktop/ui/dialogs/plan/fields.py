"""Input widgets of the plan's dialogs: several lines of text, a number typed the local way, the
methods as checkboxes, and the responsible members as a checklist that greys out who may not act."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from bmb_desktop.domain.enums import MonitoringMethod
from bmb_desktop.locale.labels import label
from bmb_desktop.services.plan_items import Candidate
from bmb_desktop.ui.retranslating import Retranslating

EXCLUDED_COLOUR = QColor("#8a2c22")
METHOD_COLUMNS = 2


def enum_value(enum_class, combo: QComboBox):
    """The vocabulary value chosen in ``combo``, or None: Qt hands StrEnum data back as plain text."""
    value = combo.currentData()
    return None if value is None else enum_class(value)


def text_box(parent: QWidget | None = None, *, lines: int = 2) -> QPlainTextEdit:
    """A multi-line field whose Tab moves on, tall enough for ``lines`` lines."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    line = box.fontMetrics().lineSpacing()
    box.setFixedHeight(line * lines + 14)
    return box


class NumberField(QLineEdit):
    """A number as people type it here: "1,5", "1 100" or "72"; blank means not given."""

    def number(self) -> tuple[float | None, bool]:
        """(value, understood): (None, True) when blank, (None, False) when not a number."""
        text = self.text().strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if not text:
            return None, True
        try:
            return float(text), True
        except ValueError:
            return None, False

    def set_number(self, value: float | None) -> None:
        if value is None:
            self.clear()
            return
        rounded = round(value, 6)
        text = str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"
        self.setText(text.replace(".", ","))


class MethodsField(Retranslating, QWidget):
    """One checkbox per method of P6, in two columns, labelled in the current language."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[MonitoringMethod, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        for index, method in enumerate(MonitoringMethod):
            box = QCheckBox(self)
            box.toggled.connect(self.edited)
            self.boxes[method] = box
            layout.addWidget(box, index // METHOD_COLUMNS, index % METHOD_COLUMNS)
        self.retranslate_ui()

    def methods(self) -> tuple[MonitoringMethod, ...]:
        return tuple(method for method, box in self.boxes.items() if box.isChecked())

    def set_methods(self, methods: Iterable[MonitoringMethod]) -> None:
        chosen = set(methods)
        for method, box in self.boxes.items():
            box.setChecked(method in chosen)

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)

    def retranslate_ui(self) -> None:
        for method, box in self.boxes.items():
            box.setText(label(method))


class ResponsibleList(QListWidget):
    """The group's active members to tick; one removed from monitoring the object is greyed out
    with the reason beside the name, and cannot be ticked (C2)."""

    edited = Signal()
    MEMBERSHIP_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.read_only = False
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def set_candidates(self, candidates: list[Candidate], checked: Iterable[int]) -> None:
        """Fill the list; a ticked member who is no longer eligible stays ticked so she can be untied."""
        chosen = set(checked)
        self.blockSignals(True)
        self.clear()
        for candidate in candidates:
            ticked = candidate.membership_id in chosen
            text = candidate.name
            if not candidate.eligible:  # the reason usually names the member already
                text = candidate.reason if candidate.reason.startswith(candidate.name) else f"{candidate.name} — {candidate.reason}"
            item = QListWidgetItem(text, self)
            item.setData(self.MEMBERSHIP_ROLE, candidate.membership_id)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            if not candidate.eligible:
                item.setToolTip(candidate.reason)
                item.setForeground(QBrush(EXCLUDED_COLOUR))
                if not ticked:
                    flags = Qt.ItemFlag.NoItemFlags
            if self.read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
        self.blockSignals(False)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            self.item(row).data(self.MEMBERSHIP_ROLE) for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )  # fmt: skip

    def item_of(self, membership_id: int) -> QListWidgetItem | None:
        return next((self.item(row) for row in range(self.count()) if self.item(row).data(self.MEMBERSHIP_ROLE) == membership_id), None)
