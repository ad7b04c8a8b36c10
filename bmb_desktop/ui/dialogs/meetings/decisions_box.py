"""The decisions of one agenda item (ТОКТОМ КЫЛЫНДЫ): their votes and outcome, and the decision dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.errors import UserError
from bmb_desktop.services.meeting_agenda import remove_decision
from bmb_desktop.services.meeting_editing import DecisionRow
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.meetings.questions import confirm_removal
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.models.meetings import DEC_RECUSED, DEC_RESULT, DEC_TEXT, DEC_VOTES, DecisionsModel
from bmb_desktop.ui.pages.tables import whole_rows


class DecisionsBox(QWidget):
    """``prepare()`` saves what the agenda item needs first and returns its id (None: refused)."""

    changed = Signal()  # a decision was saved or removed

    def __init__(self, context: AppContext, prepare: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.prepare = context, prepare
        self.item_id: int | None = None
        self.kind = MeetingKind.GROUP_MEETING
        self.meeting_date: date | None = None
        self.read_only = False
        self.can_add = False
        self.dialog = None
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.model = DecisionsModel(self)
        self.table = self._make_table()
        self.add_button, self.edit_button, self.remove_button = QPushButton(self), QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_decision())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_decision)
        self.edit_button.clicked.connect(self.edit_decision)
        self.remove_button.clicked.connect(lambda: self.remove_decision())

    def _make_table(self) -> QTableView:
        table = whole_rows(QTableView(self))
        table.setModel(self.model)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(DEC_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (DEC_VOTES, DEC_RECUSED, DEC_RESULT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Decided"))
        self.add_button.setText(self.tr("Add decision…"))
        self.remove_button.setText(self.tr("Remove decision"))
        self._update_buttons()

    def set_rows(self, item_id: int | None, rows: tuple[DecisionRow, ...]) -> None:
        self.item_id = item_id
        self.model.set_rows(rows)
        self._update_buttons()

    def set_state(self, *, read_only: bool, can_add: bool) -> None:
        self.read_only, self.can_add = read_only, can_add
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_decision() is not None
        self.add_button.setEnabled(not self.read_only and self.can_add)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(not self.read_only and chosen)
        self.edit_button.setText(self.tr("View decision…") if self.read_only else self.tr("Edit decision…"))

    def selected_decision(self) -> DecisionRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def add_decision(self) -> None:
        item_id = self.prepare()
        if item_id is not None:
            self._open(item_id, None)

    def edit_decision(self) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        item_id = self.item_id if self.read_only else self.prepare()
        if item_id is not None:
            self._open(item_id, decision)

    def _open(self, item_id: int, decision: DecisionRow | None) -> None:
        from bmb_desktop.ui.dialogs.meetings.decision_dialog import MeetingDecisionDialog

        self.dialog = MeetingDecisionDialog(
            self.context, agenda_item_id=item_id, kind=self.kind, meeting_date=self.meeting_date,
            decision=decision, parent=self,
        )  # fmt: skip
        if self.read_only:
            self.dialog.set_read_only()
        self.dialog.saved.connect(lambda _id: self.changed.emit())
        self.dialog.open()

    def remove_decision(self, *, confirm: bool = True) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        if confirm and not confirm_removal(self, self.tr("Remove the chosen decision?"), self.tr("Remove")):
            return
        try:
            with self.context.database.session() as session:
                remove_decision(session, decision.decision_id)
        except UserError as error:
            show_error(self, error)
            return
        self.changed.emit()
