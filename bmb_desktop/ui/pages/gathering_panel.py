"""The community gathering (F3): participants, candidates and votes, the elected computed as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.gathering import is_elected, vote_share, votes_needed
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.formatting import format_percent
from bmb_desktop.locale.i18n import current_language
from bmb_desktop.services.gathering import CandidateDraft, GatheringSummary, gatherings, save_results
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, FieldWithError, show_error
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import note_label

COL_NAME, COL_VOTES, COL_SHARE, COL_RESULT = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole
ELECTED_COLOUR, NOT_ELECTED_COLOUR = QColor("#1b6e2d"), QColor("#6b6b6b")


class GatheringPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog = None
        self.summaries: list[GatheringSummary] = []
        self.dirty = False
        self._loading = False
        self.note = note_label(self)
        self.gathering = QComboBox(self)
        self.gathering.setMinimumContentsLength(40)
        self.new_button = QPushButton(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.participants = QSpinBox(self)
        self.participants.setRange(0, 100000)
        self.participants_label = QLabel(self)
        self.participants_row = FieldWithError(self.participants)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table_messages = FieldWithError(self.table)
        self.add_button, self.remove_button, self.save_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.needed = QLabel(self)
        self.needed.setWordWrap(True)
        self.members_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        choose = QHBoxLayout()
        choose.addWidget(self.gathering, 1)
        choose.addWidget(self.new_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.participants_label, self.participants_row)
        edit = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.save_button):
            edit.addWidget(button)
        edit.addStretch(1)
        edit.addWidget(self.members_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(choose)
        layout.addWidget(self.details)
        layout.addLayout(form)
        layout.addWidget(self.table_messages, 1)
        layout.addWidget(self.needed)
        layout.addLayout(edit)
        layout.addWidget(self.status)

        self.gathering.currentIndexChanged.connect(self._gathering_chosen)
        self.new_button.clicked.connect(self.new_gathering)
        self.participants.valueChanged.connect(self._edited)
        self.table.itemChanged.connect(self._edited)
        self.add_button.clicked.connect(lambda: self.add_candidate())
        self.remove_button.clicked.connect(self.remove_candidate)
        self.save_button.clicked.connect(self.save)
        self.members_button.clicked.connect(self.add_elected_members)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "Citizen candidates are elected at a community gathering by more than half of the participants' "
            "votes, not of the votes cast. The elected become members through the council's resolution."
        ))
        self.new_button.setText(self.tr("New gathering…"))
        self.participants_label.setText(self.tr("Residents taking part"))
        self.table.setHorizontalHeaderLabels([self.tr("Candidate"), self.tr("Votes for"), self.tr("Share"), self.tr("Result")])
        self.add_button.setText(self.tr("Add candidate"))
        self.remove_button.setText(self.tr("Remove candidate"))
        self.save_button.setText(self.tr("Save results"))
        self.members_button.setText(self.tr("Add the elected as members…"))
        self._fill_combo(self.current_id())
        self._update()

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self, *, select_id: int | None = None) -> None:
        """Reload the gatherings; unsaved results of the gathering on screen stay."""
        with self.context.database.session() as session:
            self.summaries = gatherings(session, self.context.municipality_id)
        self._fill_combo(select_id or self.current_id())

    def current_id(self) -> int | None:
        return self.gathering.currentData()

    def current(self) -> GatheringSummary | None:
        return next((summary for summary in self.summaries if summary.meeting_id == self.current_id()), None)

    def _fill_combo(self, selected: int | None) -> None:
        self._loading = True
        previous = self.current_id()
        self.gathering.clear()
        for summary in self.summaries:
            self.gathering.addItem(f"{display_date(summary.held_on)} — {summary.title}", summary.meeting_id)
        index = self.gathering.findData(selected) if selected is not None else -1
        self.gathering.setCurrentIndex(index if index >= 0 else 0 if self.summaries else -1)
        self._loading = False
        if not (self.dirty and self.current_id() == previous):
            self._show(self.current())
        self._update()

    def _gathering_chosen(self) -> None:
        if not self._loading:
            self._show(self.current())
            self._update()

    def _show(self, summary: GatheringSummary | None) -> None:
        self._loading = True
        self.participants.setValue((summary.participants_count or 0) if summary else 0)
        self.table.setRowCount(0)
        for candidate in summary.candidates if summary else ():
            self._append_row(candidate.full_name, candidate.votes_for, candidate.id, candidate.is_member)
        self.participants_row.set_message("")
        self.table_messages.set_message("")
        self._loading = False
        self.dirty = False
        self.status.clear()

    def _append_row(self, name: str, votes: int, candidate_id: int | None, is_member: bool = False) -> int:
        loading, self._loading = self._loading, True  # a half-built row is no edit
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(ID_ROLE, candidate_id)
        name_item.setData(ID_ROLE + 1, is_member)
        votes_item = QTableWidgetItem()
        votes_item.setData(Qt.ItemDataRole.EditRole, votes)
        votes_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, COL_NAME, name_item)
        self.table.setItem(row, COL_VOTES, votes_item)
        for column in (COL_SHARE, COL_RESULT):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, column, item)
        self._loading = loading
        return row

    # --- the live result ----------------------------------------------------------------------

    def candidates(self) -> list[CandidateDraft]:
        drafts = []
        for row in range(self.table.rowCount()):
            name, votes = self.table.item(row, COL_NAME), self.table.item(row, COL_VOTES)
            drafts.append(CandidateDraft(name.text(), int(votes.data(Qt.ItemDataRole.EditRole) or 0), name.data(ID_ROLE)))
        return drafts

    def elected_names(self) -> list[str]:
        participants = self.participants.value()
        return [draft.full_name for draft in self.candidates() if is_elected(draft.votes_for, participants)]

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self.dirty = True
        self.status.clear()
        self._update()

    def _update(self) -> None:
        """Shares and results as typed: elected by more than half of the participants."""
        summary = self.current()
        participants = self.participants.value()
        self._loading = True
        for row, draft in enumerate(self.candidates()):
            share = vote_share(draft.votes_for, participants)
            member = self.table.item(row, COL_NAME).data(ID_ROLE + 1)
            elected = is_elected(draft.votes_for, participants)
            self.table.item(row, COL_SHARE).setText(format_percent(share, current_language()) if share is not None else "")
            result = self.table.item(row, COL_RESULT)
            result.setText(self.tr("member of the group") if member else self.tr("elected") if elected else self.tr("not elected"))
            result.setForeground(ELECTED_COLOUR if elected else NOT_ELECTED_COLOUR)
        self._loading = False
        needed = votes_needed(participants)
        self.needed.setText(
            self.tr("Elected: %1. A candidate needs at least %2 of %3 votes.").replace("%1", str(len(self.elected_names())))
            .replace("%2", str(needed)).replace("%3", str(participants))
            if needed else self.tr("Enter the number of residents taking part: the majority is counted of them.")
        )
        editable = summary is not None and not summary.signed
        for widget in (self.participants, self.add_button, self.remove_button, self.save_button):
            widget.setEnabled(editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        waiting = summary is not None and any(c.elected and not c.is_member for c in summary.candidates)
        self.members_button.setEnabled(waiting and not self.dirty)
        self.details.setText(self._details(summary))

    def _details(self, summary: GatheringSummary | None) -> str:
        if summary is None:
            return self.tr("No community gathering is recorded yet. Create one to record the election of citizen candidates.")
        text = self.tr("Held on %1 at %2.").replace("%1", display_date(summary.held_on)).replace("%2", summary.place or "—")
        if summary.signed:
            text += " " + self.tr("The protocol is signed: its results can no longer be changed.")
        return text

    # --- editing ------------------------------------------------------------------------------

    def add_candidate(self, name: str = "", votes: int = 0) -> int:
        """A new row; without a name the user types it straight away."""
        row = self._append_row(name, votes, None)
        self._edited()
        self.table.setCurrentCell(row, COL_NAME)
        if not name:
            self.table.editItem(self.table.item(row, COL_NAME))
        return row

    def remove_candidate(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._edited()

    def save(self) -> bool:
        summary = self.current()
        if summary is None:
            return False
        try:
            with self.context.database.session() as session:
                saved = save_results(session, self.context.municipality_id, summary.meeting_id,
                                     participants_count=self.participants.value(), candidates=self.candidates())
        except ValidationError as error:
            self._show_problems(error.problems)
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self.summaries = [saved if s.meeting_id == saved.meeting_id else s for s in self.summaries]
        self._show(saved)
        self._update()
        self.status.setStyleSheet(f"color: {SAVED_COLOUR};")
        self.status.setText(self.tr("Saved."))
        return True

    def _show_problems(self, problems: dict[str, str]) -> None:
        self.participants_row.set_message(problems.get("participants_count", ""))
        rows = []
        for key, text in problems.items():
            if key.startswith("candidate."):
                row = int(key.split(".")[1])
                rows.append(self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", text))
            elif key != "participants_count":
                rows.append(text)
        self.table_messages.set_message("\n".join(rows))
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.status.setText(self.tr("Not saved: correct the fields marked in red."))

    def new_gathering(self) -> None:
        from bmb_desktop.ui.dialogs.formation.gathering_dialog import GatheringDialog

        self.dialog = GatheringDialog(self.context, parent=self)
        self.dialog.accepted.connect(lambda: self._added(self.dialog.meeting_id))
        self.dialog.open()

    def _added(self, meeting_id: int | None) -> None:
        self.dirty = False
        self.refresh(select_id=meeting_id)

    def add_elected_members(self) -> None:
        from bmb_desktop.ui.dialogs.formation.elected_members_dialog import ElectedMembersDialog

        summary = self.current()
        if summary is None:
            return
        self.dialog = ElectedMembersDialog(self.context, summary, parent=self)
        self.dialog.accepted.connect(self._members_added)
        self.dialog.open()

    def _members_added(self) -> None:
        count = len(self.dialog.memberships)
        self.refresh()
        self._show(self.current())
        self._update()
        self.status.setStyleSheet(f"color: {SAVED_COLOUR};")
        self.status.setText(self.tr("Added to the group: %1. They are in the roster now.").replace("%1", str(count)))
