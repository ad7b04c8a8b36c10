"""Who took part in the monitoring and signs the act (A2). A member removed from monitoring the object
for a conflict of interest (C2) is listed but cannot be ticked, and the reason is written beside."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_parts import ParticipantChoice, participant_choices, set_participants
from bmb_desktop.ui.autosave import Autosaver
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import ERROR_COLOUR
from bmb_desktop.ui.pages.base import note_label

ID_ROLE = Qt.ItemDataRole.UserRole
EXCLUDED_COLOUR = "#6b6b6b"


class ParticipantsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.autosaver = context, autosaver
        self.act_id: int | None = None
        self.choices: list[ParticipantChoice] = []
        self.read_only = False
        self._loading = False
        self.note = note_label(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.hide()
        self.list = QListWidget(self)
        self.list.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        self.list.itemChanged.connect(self._item_changed)

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "Tick the members who took part in the monitoring: they sign the act. A member removed from monitoring "
            "this object for a conflict of interest does not take part and does not sign."
        ))
        self._fill()

    def load(self, act_id: int) -> None:
        self.act_id = act_id
        with self.context.database.session() as session:
            self.choices = participant_choices(session, act_id, today=self.context.today())
        self._fill()

    def _fill(self) -> None:
        self._loading = True
        self.list.clear()
        for choice in self.choices:
            text = f"{choice.name} — {label(choice.role)}"
            if choice.excluded:
                text += "\n" + self.tr("Cannot sign: %1").replace("%1", choice.excluded)
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, choice.membership_id)
            item.setCheckState(Qt.CheckState.Checked if choice.selected else Qt.CheckState.Unchecked)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            if choice.excluded:
                item.setToolTip(choice.excluded)
                if choice.selected:  # ticked before the removal: it can only be unticked
                    item.setForeground(QBrush(QColor(ERROR_COLOUR)))
                else:
                    flags = Qt.ItemFlag.NoItemFlags  # a removed member cannot be ticked
                    item.setForeground(QBrush(QColor(EXCLUDED_COLOUR)))
            if self.read_only and flags != Qt.ItemFlag.NoItemFlags:
                flags = Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
        self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._fill()

    def selected_ids(self) -> list[int]:
        return [
            self.list.item(row).data(ID_ROLE) for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]  # fmt: skip

    def item_of(self, membership_id: int) -> QListWidgetItem | None:
        return next(
            (self.list.item(r) for r in range(self.list.count()) if self.list.item(r).data(ID_ROLE) == membership_id), None
        )

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if self._loading or self.read_only or self.act_id is None:
            return
        chosen = self.selected_ids()
        if self.autosaver.save_now("participants", lambda: self._save(chosen)):
            self.changed.emit()

    def _save(self, membership_ids: list[int]) -> None:
        with self.context.database.session() as session:
            set_participants(session, self.act_id, membership_ids, today=self.context.today())
        self.choices = [
            ParticipantChoice(c.membership_id, c.name, c.role, c.membership_id in membership_ids, c.excluded)
            for c in self.choices
        ]

    def show_problems(self, problems: dict[str, str]) -> None:
        texts = [text for key, text in problems.items() if key == "participants" or key.startswith("participants.")]
        self.problem.setText("\n".join(texts))
        self.problem.setVisible(bool(texts))
