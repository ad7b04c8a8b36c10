"""The meeting editor: the meeting and who came, the agenda with its decisions, a gathering's candidates;
signing, reopening and printing.

Save writes the details and the attendance through ``services.meetings``; agenda items and decisions
are saved as they are finished, after the meeting itself (a new meeting is recorded first). A
signed protocol opens read-only, with "Reopen to correct".
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.labels import label
from bmb_desktop.services.meeting_editing import new_meeting_draft, stored_meeting
from bmb_desktop.services.meeting_links import plan_item_choices
from bmb_desktop.services.meeting_register import attendees_on
from bmb_desktop.services.meeting_summary import meeting_summary
from bmb_desktop.services.meetings import (
    check_meeting,
    create_meeting,
    delete_meeting,
    reopen_meeting,
    set_attendance,
    sign_meeting,
    update_meeting,
)
from bmb_desktop.services.roster_editing import member_choices
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.meetings.agenda_panel import AgendaPanel
from bmb_desktop.ui.dialogs.meetings.attendance_panel import AttendancePanel
from bmb_desktop.ui.dialogs.meetings.details_form import MeetingDetailsForm
from bmb_desktop.ui.dialogs.meetings.printing import fill_print_menu, print_meeting_document
from bmb_desktop.ui.dialogs.meetings.questions import Answer, ask_to_save, confirm_removal
from bmb_desktop.ui.dialogs.sizing import fitting_size
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, show_error
from bmb_desktop.ui.pages.base import heading_label, note_label
from bmb_desktop.ui.retranslating import Retranslating

TAB_MEETING, TAB_AGENDA, TAB_CANDIDATES = range(3)
DEFAULT_SIZE, SMALLEST_SIZE = QSize(1200, 680), QSize(900, 560)


class MeetingEditor(Retranslating, QDialog):
    saved = Signal(int)  # the meeting id, after any change reached the database
    deleted = Signal(int)

    def __init__(
        self, context: AppContext, *, meeting_id: int | None = None, kind: MeetingKind = MeetingKind.GROUP_MEETING,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.meeting_id = context, meeting_id
        self.kind, self.label, self.signed, self.dirty = kind, "", False, False
        self.preview = None
        self._loading = False
        if meeting_id is not None:
            with context.database.session() as session:
                self.kind = stored_meeting(session, meeting_id).kind
        self.heading = heading_label(self)
        self.signed_note = note_label(self)
        self.details = MeetingDetailsForm(self.kind, self)
        self.attendance = AttendancePanel(self.kind, self)
        self.agenda = AgendaPanel(context, self.ensure_saved, self)
        self.gathering = self._make_gathering_panel() if self.kind is MeetingKind.COMMUNITY_GATHERING else None
        self.tabs = QTabWidget(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.delete_button, self.print_button = QPushButton(self), QPushButton(self)
        self.sign_button, self.reopen_button = QPushButton(self), QPushButton(self)
        self.save_button, self.close_button = QPushButton(self), QPushButton(self)
        self.print_menu = QMenu(self)
        self.print_button.setMenu(self.print_menu)
        self._lay_out()
        self._connect()
        self.details.retranslate_ui()
        self.load()
        self.retranslate_ui()
        self.resize(fitting_size(parent, DEFAULT_SIZE, smallest=SMALLEST_SIZE))
        for button in self.findChildren(QPushButton):  # Enter in a field saves, nothing else
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.tabs.setFocus()  # not the number field: a stray key there would change the protocol number

    def _make_gathering_panel(self):
        from bmb_desktop.ui.pages.gathering_panel import GatheringPanel

        panel = GatheringPanel(self.context, self)
        # The editor shows one gathering, whose participants are counted in its details.
        for widget in (panel.gathering, panel.new_button, panel.participants_label, panel.participants_row):
            widget.hide()
        return panel

    def _lay_out(self) -> None:
        meeting = QSplitter(Qt.Orientation.Horizontal, self)
        meeting.addWidget(self.details)
        meeting.addWidget(self.attendance)
        meeting.setChildrenCollapsible(False)
        meeting.setSizes([600, 560])
        self.meeting_tab = meeting
        self.tabs.addTab(meeting, "")
        self.tabs.addTab(self.agenda, "")
        if self.gathering is not None:
            self.tabs.addTab(self.gathering, "")
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.sign_button, self.reopen_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.signed_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.details.edited.connect(self._edited)
        self.details.date_changed.connect(self._date_changed)
        self.attendance.edited.connect(self._edited)
        self.agenda.changed.connect(self._agenda_changed)
        if self.gathering is not None:
            self.details.participants_changed.connect(self.gathering.participants.setValue)
        self.delete_button.clicked.connect(lambda: self.delete())
        self.sign_button.clicked.connect(self.sign)
        self.reopen_button.clicked.connect(self.reopen)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.details.retranslate_ui()
        self.attendance.retranslate_ui()
        self.agenda.retranslate_ui()
        if self.gathering is not None:
            self.gathering.retranslate_ui()
            self.tabs.setTabText(TAB_CANDIDATES, self.tr("Candidates and votes"))
        first_tab = {
            MeetingKind.GROUP_MEETING: self.tr("Meeting and attendance"),
            MeetingKind.COMMUNITY_GATHERING: self.tr("Gathering and participants"),
            MeetingKind.OBSERVED_EVENT: self.tr("Event and participants"),
        }
        self.tabs.setTabText(TAB_MEETING, first_tab[self.kind])
        self.tabs.setTabText(TAB_AGENDA, self.tr("Agenda and decisions"))
        self.delete_button.setText(self.tr("Delete draft…"))
        self.print_button.setText(self.tr("Print"))
        self.sign_button.setText(self.tr("Sign protocol"))
        self.sign_button.setToolTip(self.tr("Mark the protocol signed by the chair and the secretary; it can then only be read"))
        self.reopen_button.setText(self.tr("Reopen to correct"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
        self.print_button.setVisible(fill_print_menu(self.print_menu, self.kind, self.print_document))
        self._show_header()

    # --- loading --------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the meeting (or the defaults of a new one) into every part of the editor."""
        self._loading = True
        with self.context.database.session() as session:
            if self.meeting_id is None:
                draft = new_meeting_draft(session, self.context.municipality_id, self.kind, on=self.context.today())
                attendees = attendees_on(session, self.context.municipality_id, draft.held_on)
                self.label, self.signed = "", False
            else:
                stored = stored_meeting(session, self.meeting_id)
                draft, self.label, self.signed = stored.draft, stored.label, stored.signed
                attendees = meeting_summary(session, self.meeting_id).attendees
            self.details.set_members(member_choices(session, self.context.municipality_id, on=draft.held_on))
            self.details.set_plan_items(plan_item_choices(session, self.context.municipality_id, include_id=draft.plan_item_id))
        self.details.set_draft(draft)
        self.attendance.set_attendees(attendees)
        self.agenda.load(self.meeting_id, self.kind, draft.held_on)
        if self.gathering is not None and self.meeting_id is not None:
            self.gathering.refresh(select_id=self.meeting_id)
        self._loading = False
        self.dirty = False  # a new meeting is recorded by Save, or by its first agenda item
        self._apply_state()

    def _apply_state(self) -> None:
        read_only = self.signed
        self.details.set_read_only(read_only)
        self.attendance.set_read_only(read_only)
        self.agenda.set_read_only(read_only)
        recorded = self.meeting_id is not None
        self.tabs.setTabEnabled(TAB_AGENDA, True)
        if self.gathering is not None:
            self.tabs.setTabEnabled(TAB_CANDIDATES, recorded)
        self.delete_button.setVisible(recorded and not read_only)
        self.sign_button.setVisible(not read_only)
        self.reopen_button.setVisible(read_only)
        self.save_button.setVisible(not read_only)
        self.print_button.setEnabled(recorded)
        self._show_header()

    def _show_header(self) -> None:
        kind = label(self.kind)
        if self.meeting_id is None:
            titles = {
                MeetingKind.GROUP_MEETING: self.tr("New group meeting"),
                MeetingKind.COMMUNITY_GATHERING: self.tr("New community gathering"),
                MeetingKind.OBSERVED_EVENT: self.tr("New event observed by the group"),
            }
            title = titles[self.kind]
        else:
            title = self.tr("Protocol No. %1 — %2").replace("%1", self.label).replace("%2", kind)
            title += " (" + (self.tr("signed") if self.signed else self.tr("draft")) + ")"
        self.heading.setText(title)
        self.setWindowTitle(title)
        self.signed_note.setText(self.tr(
            "This protocol is signed and can only be read. To correct a mistake, reopen it: the audit log keeps both "
            "the reopening and the new signing."
        ))
        self.signed_note.setVisible(self.signed)

    # --- editing --------------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.message.setStyleSheet("color: #b26a00;")
        self.message.setText(self.tr("Not saved yet."))
        self.validate()

    def validate(self) -> None:
        """The services' verdict on the fields as they are; shown for the fields already touched."""
        draft = self.details.draft()
        with self.context.database.session() as session:
            problems = check_meeting(session, self.context.municipality_id, draft, meeting_id=self.meeting_id)
        self.details.show_problems(self.details.local_problems() | problems)

    def _date_changed(self) -> None:
        """Another day may have other members: the lists follow it, keeping the marks of those still listed."""
        day = self.details.meeting_date()
        if day is None or self._loading:
            return
        with self.context.database.session() as session:
            self.details.set_members(member_choices(session, self.context.municipality_id, on=day))
            attendees = attendees_on(session, self.context.municipality_id, day)
        self.attendance.set_attendees(attendees, keep_marks=True)
        self.agenda.meeting_date = day

    def ensure_saved(self) -> int | None:
        """The meeting's id once it is recorded with what is on screen; None when the save was refused."""
        if (self.meeting_id is None or self.dirty) and not self.save():
            self.tabs.setCurrentIndex(TAB_MEETING)
            return None
        return self.meeting_id

    def save(self) -> bool:
        local = self.details.local_problems()
        if local:
            return self._refused(local)
        draft = self.details.draft()
        created = self.meeting_id is None
        try:
            with self.context.database.session() as session:
                if self.meeting_id is None:
                    self.meeting_id = create_meeting(session, self.context.municipality_id, draft=draft).id
                else:
                    update_meeting(session, self.meeting_id, draft=draft)
                set_attendance(session, self.meeting_id, present=self.attendance.model.present_ids(),
                               notes=self.attendance.model.notes())  # fmt: skip
        except ValidationError as error:
            if created and self.meeting_id is not None:
                self._recorded()
            return self._refused(error.problems)
        except UserError as error:
            show_error(self, error)
            return False
        if created:
            self._recorded()
        if self.gathering is not None and self.gathering.dirty and not self.gathering.save():
            self.tabs.setCurrentIndex(TAB_CANDIDATES)
            return self._refused({})
        self.dirty = False
        if not created:
            self._reload_header()
        self.details.show_problems({})
        self._say(self.tr("Saved."), SAVED_COLOUR)
        if not created:  # a new meeting announced itself in _recorded
            self.saved.emit(self.meeting_id)
        return True

    def _recorded(self) -> None:
        """A new meeting exists now: its number, agenda and candidates become available."""
        self._reload_header()
        self.agenda.load(self.meeting_id, self.kind, self.details.meeting_date())
        if self.gathering is not None:
            self.gathering.refresh(select_id=self.meeting_id)
        self._apply_state()
        self.saved.emit(self.meeting_id)

    def _reload_header(self) -> None:
        with self.context.database.session() as session:
            stored = stored_meeting(session, self.meeting_id)
        self.label, self.signed = stored.label, stored.signed
        self._loading = True
        self.details.number.setValue(stored.draft.number or 0)
        self._loading = False
        self._show_header()

    def _refused(self, problems: dict[str, str], *, verb: str = "") -> bool:
        self.details.reveal_all()
        self.details.show_problems(problems)
        self.attendance.show_problem(problems.get("attendance", ""))
        placed = set(self.details.rows) | {"starts_at", "kind", "attendance"}
        general = [text for key, text in problems.items() if key not in placed]
        text = verb or self.tr("Not saved: correct what is marked in red.")
        self._say("\n".join([text, *general]), ERROR_COLOUR)
        if self.details.messages() or "attendance" in problems:
            self.tabs.setCurrentIndex(TAB_MEETING)
        elif general:
            self.tabs.setCurrentIndex(TAB_AGENDA)
        return False

    def _say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)

    def _agenda_changed(self) -> None:
        self.saved.emit(self.meeting_id)

    # --- signing, reopening, deleting -----------------------------------------------------------------

    def sign(self) -> bool:
        if not self.agenda.commit_pending():
            self.tabs.setCurrentIndex(TAB_AGENDA)
            return False
        if self.ensure_saved() is None:
            return False
        try:
            with self.context.database.session() as session:
                sign_meeting(session, self.meeting_id)
        except ValidationError as error:
            return self._refused(error.problems, verb=self.tr("Not signed: correct what is marked in red."))
        except UserError as error:
            show_error(self, error)
            return False
        self.load()
        self._say(self.tr("The protocol is signed."), SAVED_COLOUR)
        self.saved.emit(self.meeting_id)
        return True

    def reopen(self) -> None:
        try:
            with self.context.database.session() as session:
                reopen_meeting(session, self.meeting_id)
        except UserError as error:
            show_error(self, error)
            return
        self.load()
        self._say(self.tr("Reopened: correct the protocol and sign it again."), SAVED_COLOUR)
        self.saved.emit(self.meeting_id)

    def delete(self, *, confirm: bool = True) -> None:
        if self.meeting_id is None:
            return
        question = self.tr("Delete the draft protocol No. %1 with its attendance, agenda and decisions?")
        if confirm and not confirm_removal(self, question.replace("%1", self.label), self.tr("Delete")):
            return
        try:
            with self.context.database.session() as session:
                delete_meeting(session, self.meeting_id)
        except UserError as error:
            show_error(self, error)
            return
        deleted, self.meeting_id, self.dirty = self.meeting_id, None, False
        self.agenda.dirty = False
        self.deleted.emit(deleted)
        self.accept()

    # --- printing -------------------------------------------------------------------------------------

    def print_document(self, document) -> None:
        if not self.signed and (not self.agenda.commit_pending() or self.ensure_saved() is None):
            return
        print_meeting_document(self.context, self, self.meeting_id, self.label, document)

    # --- closing --------------------------------------------------------------------------------------

    def unsaved(self) -> bool:
        """Whether closing now would lose something typed."""
        gathering_dirty = self.gathering is not None and self.gathering.dirty
        return not self.signed and (self.dirty or self.agenda.dirty or gathering_dirty)

    def reject(self) -> None:
        if self.unsaved() and not self._settle_unsaved():
            return
        super().reject()

    def _settle_unsaved(self) -> bool:
        """Ask what to do with the changes; True when the editor may close."""
        answer = ask_to_save(self)
        if answer is Answer.SAVE:
            return self.agenda.commit_pending() and self.save()
        if answer is Answer.DISCARD:
            self.discard_changes()
        return answer is Answer.DISCARD

    def discard_changes(self) -> None:
        """Forget what was typed and not saved: the editor closes without asking."""
        self.dirty = self.agenda.dirty = False
        if self.gathering is not None:
            self.gathering.dirty = False
