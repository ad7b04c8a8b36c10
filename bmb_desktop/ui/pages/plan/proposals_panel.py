"""The aiyl okmotu's proposals on a version and the group's answers (P1), and the version history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bmb_desktop.errors import UserError
from bmb_desktop.services.plan import VersionRow, remove_proposal
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.models.plan import COL_P_TEXT, COL_V_REASON, ProposalRow, ProposalsModel, VersionsModel
from bmb_desktop.ui.pages.plan.common import confirm, fit_columns, selected_source_row, table_view
from bmb_desktop.ui.retranslating import Retranslating


class ProposalsPanel(Retranslating, QWidget):
    """Adds and answers proposals of the version shown while it is editable; ``changed`` after each."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.version_id: int | None = None
        self.note = ""
        self.model = ProposalsModel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.add_button, self.answer_button, self.remove_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.table = table_view(self, self.model, stretch=COL_P_TEXT, wrap=True)
        self.editable = False
        actions = QHBoxLayout()
        for button in (self.add_button, self.answer_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(lambda: self.open_proposal(None))
        self.answer_button.clicked.connect(self.answer_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _index: self.answer_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate_ui()

    def set_proposals(self, proposals: list[ProposalRow], *, version_id: int | None, note: str, editable: bool) -> None:
        self.model.set_rows(proposals)
        self.version_id, self.note, self.editable = version_id, note, editable
        fit_columns(self.table, widest=420)
        self.retranslate_ui()

    def selected(self) -> ProposalRow | None:
        row = selected_source_row(self.table)
        return self.model.row_at(row) if row >= 0 else None

    def answer_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.editable:
            self.open_proposal(chosen)

    def open_proposal(self, proposal: ProposalRow | None) -> None:
        """A new proposal (None) or the group's answer to one; the dialog refuses a version no longer editable."""
        from bmb_desktop.ui.dialogs.plan.proposal_dialog import ProposalDialog

        if self.version_id is None:
            return
        self.dialog = ProposalDialog(self.context, version_id=self.version_id, proposal=proposal, parent=self)
        self.dialog.saved.connect(lambda _id: self.changed.emit())
        self.dialog.open()

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = self.tr("Remove proposal %1 of the aiyl okmotu?").replace("%1", str(chosen.position))
        if not confirm(self, self.tr("Remove the proposal"), text, self.tr("Remove")):
            return
        try:
            with self.context.database.session() as session:
                remove_proposal(session, self.context.municipality_id, chosen.proposal_id)
        except UserError as error:
            show_error(self, error)
        self.changed.emit()

    def _update_buttons(self, *_args) -> None:
        self.add_button.setEnabled(self.editable)
        chosen = self.selected() is not None
        self.answer_button.setEnabled(chosen and self.editable)
        self.remove_button.setEnabled(chosen and self.editable)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add proposal…"))
        self.answer_button.setText(self.tr("Answer…"))
        self.remove_button.setText(self.tr("Remove"))
        note = self.note
        text = self.tr("The aiyl okmotu may propose items when the draft is discussed with it; the group answers each.")
        self.summary.setText(f"{text}\n{note}" if note else text)
        self._update_buttons()


class VersionsPanel(Retranslating, QWidget):
    """Every version of the plan; ``open_requested(version_id)`` on a double-click."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VersionsModel(self)
        self.table = table_view(self, self.model, stretch=COL_V_REASON, wrap=True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(self._open)
        self.retranslate_ui()

    def set_versions(self, rows: list[VersionRow]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.table)

    def _open(self, *_args) -> None:
        row = selected_source_row(self.table)
        if row >= 0:
            self.open_requested.emit(self.model.row_at(row).version_id)

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr(
            "Each amendment is a new version; earlier versions stay readable as they were approved. "
            "Double-click a version to open it."
        ))
