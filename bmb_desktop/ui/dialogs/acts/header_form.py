"""The act's own fields (A1): the plan item, the object and the subject, the purpose, the place and the
period of the monitoring. ``edited`` fires on every change the user makes; ``values()`` is what
``acts.save_draft`` takes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import SubjectKind
from bmb_desktop.services.act_view import ActView
from bmb_desktop.services.roster_editing import Choice
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, enum_combo, fill_enum_combo, wide_combo
from bmb_desktop.ui.errors import FieldWithError

# Each row and the problem keys of the services it shows.
ROW_KEYS = {
    "plan_item": ("plan_item", "plan_item_id"), "object": ("object", "object_id"),
    "subject_kind": ("subject_kind",), "subject": ("subject",), "purpose": ("purpose",), "place": ("place",),
    "period": ("period", "period_start", "period_end"),
}  # fmt: skip


def text_box(parent: QWidget, lines: int, *, grow: bool = False) -> QPlainTextEdit:
    """A box of ``lines`` lines (Tab moves on); ``grow`` lets it take the spare height of its form."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    if not grow:
        box.setMaximumHeight(height + box.fontMetrics().lineSpacing() * 2)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return box


class ActHeaderForm(QWidget):
    edited = Signal()
    object_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_item = wide_combo(self, characters=50)
        self.object = wide_combo(self, characters=50)
        self.subject_kind = enum_combo(SubjectKind, parent=self)
        self.subject = text_box(self, 3)
        self.purpose = text_box(self, 4)
        self.place = QLineEdit(self)
        self.place.setMaxLength(300)
        self.period_start, self.period_end = DateField(parent=self), DateField(parent=self)
        self.until = QLabel("–", self)
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.period_start)
        row.addWidget(self.until)
        row.addWidget(self.period_end)
        row.addStretch(1)
        editors = {
            "plan_item": self.plan_item, "object": self.object, "subject_kind": self.subject_kind,
            "subject": self.subject, "purpose": self.purpose, "place": self.place, "period": period,
        }  # fmt: skip
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, FieldWithError] = {}
        for name, editor in editors.items():
            self.labels[name] = QLabel(self)
            self.labels[name].setWordWrap(True)
            self.rows[name] = FieldWithError(editor, self)
            self.form.addRow(self.labels[name], self.rows[name])
        for combo in (self.plan_item, self.subject_kind):
            combo.activated.connect(lambda _i: self.edited.emit())
        self.object.activated.connect(self._object_chosen)
        for box in (self.subject, self.purpose):
            box.textChanged.connect(self._text_changed)
        self.place.textEdited.connect(lambda _t: self.edited.emit())
        for field in (self.period_start, self.period_end):
            field.edited.connect(self.edited)
        self._loading = False

    def retranslate_ui(self) -> None:
        texts = {
            "plan_item": self.tr("Plan item:"), "object": self.tr("Monitored object:"),
            "subject_kind": self.tr("Kind of subject:"), "subject": self.tr("Subject:"),
            "purpose": self.tr("Purpose:"), "place": self.tr("Place:"), "period": self.tr("Period of the monitoring:"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.purpose.setPlaceholderText(self.tr("What the monitoring was to find out"))
        self.place.setPlaceholderText(self.tr("Village, street, building"))
        self.plan_item.setItemText(0, self.tr("Not from the plan"))
        self.object.setPlaceholderText(self.tr("Choose from the register of objects"))
        self.subject_kind.setPlaceholderText(self.tr("Choose the kind"))
        fill_enum_combo(self.subject_kind, SubjectKind)

    def _object_chosen(self, _index: int) -> None:
        self.edited.emit()
        self.object_changed.emit()

    def _text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def set_choices(self, plan_items: list[Choice], objects: list[Choice]) -> None:
        self.plan_item.clear()
        self.plan_item.addItem(self.tr("Not from the plan"), None)
        for choice in plan_items:
            self.plan_item.addItem(choice.label, choice.id)
            self.plan_item.setItemData(self.plan_item.count() - 1, choice.label, Qt.ItemDataRole.ToolTipRole)
        self.object.clear()
        for choice in objects:
            self.object.addItem(choice.label, choice.id)

    def set_view(self, view: ActView) -> None:
        """Show the stored act; the user's cursor stays where it is in a box whose text did not change."""
        self._loading = True
        try:
            choose_data(self.plan_item, view.plan_item_id)
            if self.plan_item.currentIndex() < 0:
                self.plan_item.setCurrentIndex(0)
            choose_data(self.object, view.object_id)
            choose_data(self.subject_kind, view.subject_kind)
            for box, text in ((self.subject, view.subject), (self.purpose, view.purpose)):
                if box.toPlainText() != text:
                    box.setPlainText(text)
            if self.place.text() != view.place:
                self.place.setText(view.place)
            self.period_start.set_date(view.period_start)
            self.period_end.set_date(view.period_end)
        finally:
            self._loading = False
        for widget in (self.plan_item, self.object):
            widget.setToolTip(widget.currentText())

    def values(self) -> dict:
        return {
            "plan_item_id": self.plan_item.currentData(), "object_id": self.object.currentData(),
            "subject_kind": self.subject_kind.currentData(), "subject": self.subject.toPlainText(),
            "purpose": self.purpose.toPlainText(), "place": self.place.text(),
            "period_start": self.period_start.date(), "period_end": self.period_end.date(),
        }  # fmt: skip

    def set_read_only(self, read_only: bool) -> None:
        for box in (self.subject, self.purpose):
            box.setReadOnly(read_only)
        self.place.setReadOnly(read_only)
        for widget in (self.plan_item, self.object, self.subject_kind, self.period_start, self.period_end):
            widget.setEnabled(not read_only)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_message(next((problems[key] for key in ROW_KEYS[name] if key in problems), ""))

    def placed_keys(self) -> set[str]:
        return {key for keys in ROW_KEYS.values() for key in keys}
