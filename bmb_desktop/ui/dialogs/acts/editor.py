"""The act editor: a draft's parts of A1 saved as they are typed, issuing, and for an issued act the
read-only view with its fingerprint, delivery and answers, the recommendations' follow-up, printing
and "Correct by a new act".

Every edit of a draft is saved by the autosaver after a short pause and when the editor closes; the
indicator at the bottom says when the draft was last saved.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import ActStatus
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.act_issue import issue_problems, start_correction
from bmb_desktop.services.act_view import ActView, act_view
from bmb_desktop.services.acts import delete_draft, get_act, save_draft
from bmb_desktop.services.meeting_links import plan_item_choices
from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.services.objects import list_objects
from bmb_desktop.services.roster_editing import Choice
from bmb_desktop.ui.autosave import Autosaver
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.addressees_panel import AddresseesPanel
from bmb_desktop.ui.dialogs.acts.attachments_panel import AttachmentsPanel
from bmb_desktop.ui.dialogs.acts.findings_panel import FindingsPanel
from bmb_desktop.ui.dialogs.acts.follow_up_panel import FollowUpPanel
from bmb_desktop.ui.dialogs.acts.header_form import ActHeaderForm
from bmb_desktop.ui.dialogs.acts.participants_panel import ParticipantsPanel
from bmb_desktop.ui.dialogs.acts.printing import print_act
from bmb_desktop.ui.dialogs.acts.recommendations_panel import RecommendationsPanel
from bmb_desktop.ui.dialogs.sizing import fitting_size
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, show_error
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import NOTE_STYLE, heading_label, note_label
from bmb_desktop.ui.retranslating import Retranslating

TAB_MONITORING, TAB_FINDINGS, TAB_RECOMMENDATIONS, TAB_PARTICIPANTS, TAB_ATTACHMENTS, TAB_ADDRESSEES, TAB_FOLLOW_UP = range(7)
PROBLEM_TABS = (("findings", TAB_FINDINGS), ("recommendations", TAB_RECOMMENDATIONS), ("participants", TAB_PARTICIPANTS))
MUTED_COLOUR = "#5f6b73"
DEFAULT_SIZE, SMALLEST_SIZE = QSize(1200, 680), QSize(900, 560)
BROKEN_STYLE = f"color: {ERROR_COLOUR}; border: 1px solid {ERROR_COLOUR}; border-radius: 4px; padding: 6px;"


class ActEditor(Retranslating, QDialog):
    changed = Signal(int)  # the act id, after it was issued, corrected, answered or deleted
    letter_created = Signal(int)

    def __init__(self, context: AppContext, act_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.act_id = context, act_id
        self.view: ActView | None = None
        self.problems: dict[str, str] = {}
        self.preview = self.dialog = None
        self.autosaver = Autosaver(self)
        self.heading = heading_label(self)
        self.state_note = note_label(self)
        self.header = ActHeaderForm(self)
        self.findings = FindingsPanel(context, self.autosaver, self)
        self.recommendations = RecommendationsPanel(context, self.autosaver, self)
        self.participants = ParticipantsPanel(context, self.autosaver, self)
        self.attachments = AttachmentsPanel(context, self)
        self.addressees = AddresseesPanel(context, self)
        self.follow_up = FollowUpPanel(context, self)
        self.tabs = QTabWidget(self)
        self.saved_label = QLabel(self)
        self.saved_label.setWordWrap(True)
        self.delete_button, self.print_button, self.issue_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.correct_button, self.close_button = QPushButton(self), QPushButton(self)
        self._lay_out()
        self._connect()
        self.retranslate_ui()
        self.load()
        self.resize(fitting_size(parent, DEFAULT_SIZE, smallest=SMALLEST_SIZE))

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.header)
        for widget in (scroll, self.findings, self.recommendations, self.participants, self.attachments,
                       self.addressees, self.follow_up):  # fmt: skip
            self.tabs.addTab(widget, "")
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        for button in (self.delete_button, self.print_button, self.issue_button, self.correct_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_note)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.header.edited.connect(self._header_edited)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        for panel in (self.findings, self.recommendations, self.attachments):
            panel.changed.connect(self._part_changed)
        for panel in (self.addressees, self.follow_up):
            panel.changed.connect(self._answered)
        self.participants.changed.connect(self._participants_changed)
        self.addressees.cover_letter_requested.connect(self.cover_letter)
        self.delete_button.clicked.connect(lambda: self.delete())
        self.print_button.clicked.connect(self.print_act)
        self.issue_button.clicked.connect(self.issue)
        self.correct_button.clicked.connect(lambda: self.correct())
        self.close_button.clicked.connect(self.reject)

    def retranslate_ui(self) -> None:
        for panel in (self.header, self.findings, self.recommendations, self.participants, self.attachments,
                      self.addressees, self.follow_up):  # fmt: skip
            panel.retranslate_ui()
        self.delete_button.setText(self.tr("Delete draft…"))
        self.print_button.setText(self.tr("Print…"))
        self.issue_button.setText(self.tr("Issue…"))
        self.issue_button.setToolTip(self.tr("Check that the act is complete, then give it its number and date"))
        self.correct_button.setText(self.tr("Correct by a new act…"))
        self.correct_button.setToolTip(self.tr("Prepare a new act with the same content that supersedes this one when issued"))
        self.close_button.setText(self.tr("Close"))
        if self.view is not None:
            self._show_state()

    # --- loading --------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the act, with the choices of the header, into every part of the editor."""
        with self.context.database.session() as session:
            objects = [Choice(row.object_id, row.name) for row in list_objects(session, self.context.municipality_id)]
            items = plan_item_choices(session, self.context.municipality_id, include_id=self._stored_plan_item(session))
            municipality = own_municipality(session)
            self.usual_addressees = [municipality.aiyl_okmotu_name, municipality.council_name]
        self.header.set_choices(items, objects)
        self.reload()

    def _stored_plan_item(self, session) -> int | None:
        return get_act(session, self.act_id, self.context.municipality_id).plan_item_id

    def reload(self) -> None:
        with self.context.database.session() as session:
            self.view = act_view(session, self.act_id, self.context.municipality_id, today=self.context.today())
        view = self.view
        self.header.set_view(view)
        self.recommendations.set_addressees([view.object_name, *self.usual_addressees])
        for panel in (self.findings, self.recommendations, self.attachments, self.addressees, self.follow_up):
            panel.set_view(view)
        self.participants.load(view.act_id)
        self._show_state()

    def _show_state(self) -> None:
        view = self.view
        draft = view.is_draft
        for panel in (self.header, self.findings, self.recommendations, self.participants, self.attachments):
            panel.set_read_only(not draft)
        self.tabs.setTabVisible(TAB_ADDRESSEES, not draft)
        self.tabs.setTabVisible(TAB_FOLLOW_UP, not draft)
        self.delete_button.setVisible(draft)
        self.issue_button.setVisible(draft)
        self.correct_button.setVisible(view.status is ActStatus.ISSUED)
        titles = (
            (TAB_MONITORING, self.tr("Monitoring")), (TAB_FINDINGS, self.tr("Findings (%1)"), len(view.findings)),
            (TAB_RECOMMENDATIONS, self.tr("Recommendations (%1)"), len(view.recommendations)),
            (TAB_PARTICIPANTS, self.tr("Participants (%1)"), len(view.participant_ids)),
            (TAB_ATTACHMENTS, self.tr("Attachments (%1)"), len(view.attachments)),
            (TAB_ADDRESSEES, self.tr("Delivery and answers")), (TAB_FOLLOW_UP, self.tr("Follow-up of recommendations")),
        )  # fmt: skip
        for tab, title, *count in titles:
            self.tabs.setTabText(tab, title.replace("%1", str(count[0])) if count else title)
        self._show_heading(view)
        if draft and not self.saved_label.text():
            self._say(self.tr("Changes are saved as you type."), MUTED_COLOUR)

    def _show_heading(self, view: ActView) -> None:
        if view.is_draft:
            title = self.tr("Draft act: %1").replace("%1", view.object_name) if view.object_name else self.tr("Draft act")
            note = ""
            if view.supersedes_number:
                note = self.tr(
                    "This draft corrects act No. %1. When it is issued, act No. %1 becomes superseded; both remain."
                ).replace("%1", view.supersedes_number)
        else:
            title = self.tr("Act No. %1 of %2").replace("%1", view.number).replace("%2", display_date(view.issued_on))
            if view.status is ActStatus.SUPERSEDED:
                title += " — " + self.tr("superseded by act No. %1").replace("%1", view.superseded_by_number or "?")
            note = self.tr(
                "The act is issued and can no longer be changed. Verification code: %1 (printed on every page). "
                "To correct a mistake, prepare a new act that supersedes it."
            ).replace("%1", view.short_code)
            if view.supersedes_number:
                note += " " + self.tr("It corrects act No. %1.").replace("%1", view.supersedes_number)
            if not view.fingerprint_holds:
                note = self.tr(
                    "Warning: the act in the database no longer gives its fingerprint %1: it was changed after it "
                    "was issued."
                ).replace("%1", view.short_code)
        self.heading.setText(title)
        self.setWindowTitle(title)
        self.state_note.setText(note)
        self.state_note.setVisible(bool(note))
        broken = not view.is_draft and not view.fingerprint_holds
        self.state_note.setStyleSheet(BROKEN_STYLE if broken else NOTE_STYLE)
        self.state_note.setToolTip(view.fingerprint)  # the whole SHA-256, for whoever checks by hand

    # --- saving as the user types ---------------------------------------------------------------------

    def _header_edited(self) -> None:
        if self.view is None or not self.view.is_draft:
            return
        self.autosaver.schedule("header", partial(self._save_header, self.header.values()))

    def _save_header(self, values: dict) -> None:
        with self.context.database.session() as session:
            changed = save_draft(session, self.act_id, **values)
        if "object_id" in changed:  # other members may be removed from monitoring this object
            self.participants.load(self.act_id)
            with self.context.database.session() as session:
                self.view = act_view(session, self.act_id, self.context.municipality_id, today=self.context.today())
            self.recommendations.set_addressees([self.view.object_name, *self.usual_addressees])
            self._show_heading(self.view)

    def _saved(self, when) -> None:
        self._say(self.tr("Saved %1").replace("%1", when.strftime("%H:%M:%S")), SAVED_COLOUR)
        if self.problems:  # the marks of what is missing follow the corrections as they are made
            with self.context.database.session() as session:
                problems = issue_problems(session, self.act_id, issued_on=self.context.today())
            self.show_problems({key: text for key, text in problems.items() if key != "issued_on"}, announce=False)
        else:
            self.header.show_problems({})  # a refusal shown earlier is settled by this save

    def _save_failed(self, key: str, error: UserError) -> None:
        if isinstance(error, ValidationError) and key == "header":
            self.header.show_problems(error.problems)
        self._say(self.tr("Not saved: %1").replace("%1", str(error)), ERROR_COLOUR)

    def _part_changed(self) -> None:
        """A part was added, removed or moved, and committed: read the act again and say so."""
        self.reload()
        self._saved(datetime.now())

    def _answered(self) -> None:
        self.reload()
        self.changed.emit(self.act_id)

    def _participants_changed(self) -> None:
        self.tabs.setTabText(TAB_PARTICIPANTS, self.tr("Participants (%1)").replace("%1", str(len(self.participants.selected_ids()))))

    def flush(self) -> bool:
        return self.autosaver.flush()

    # --- issuing, correcting, deleting ----------------------------------------------------------------

    def issue(self) -> None:
        from bmb_desktop.ui.dialogs.acts.issue_dialog import IssueDialog

        if not self.flush():
            return
        self.dialog = IssueDialog(self.context, self.act_id, self)
        self.dialog.accepted.connect(self._issued)
        self.dialog.rejected.connect(lambda: self.show_problems(self.dialog.problems))
        self.dialog.problem_chosen.connect(self.show_problem_place)
        self.dialog.open()

    def _issued(self) -> None:
        self.problems = {}
        self.reload()
        self.show_problems({})
        text = self.tr("Act No. %1 of %2 is issued.").replace("%1", self.view.number)
        self._say(text.replace("%2", display_date(self.view.issued_on)), SAVED_COLOUR)
        self.changed.emit(self.act_id)

    def show_problems(self, problems: dict[str, str], *, announce: bool = True) -> None:
        """What issuing found missing, beside the fields and in the lists where it belongs."""
        self.problems = problems
        self.header.show_problems(problems)
        self.findings.show_problems(problems)
        self.recommendations.show_problems(problems)
        self.participants.show_problems(problems)
        if problems and announce:
            self._say(self.tr("Not issued: what is missing is marked in red."), ERROR_COLOUR)

    def show_problem_place(self, key: str) -> None:
        tab = next((tab for prefix, tab in PROBLEM_TABS if key.startswith(prefix)), TAB_MONITORING)
        self.tabs.setCurrentIndex(tab)
        if tab in (TAB_FINDINGS, TAB_RECOMMENDATIONS) and "." in key:
            panel = self.findings if tab == TAB_FINDINGS else self.recommendations
            panel.list.setCurrentRow(int(key.split(".")[1]) - 1)

    def correct(self) -> None:
        try:
            with self.context.database.session() as session:
                old_number = self.view.number
                self.act_id = start_correction(session, self.act_id).id
        except UserError as error:
            show_error(self, error)
            return
        self.load()
        self.tabs.setCurrentIndex(TAB_MONITORING)
        self._say(self.tr("A new draft corrects act No. %1: change what was wrong, then issue it.").replace("%1", old_number),
                  SAVED_COLOUR)  # fmt: skip
        self.changed.emit(self.act_id)

    def delete(self, *, confirm: bool = True) -> None:
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                              self.tr("Delete this draft act with its findings and recommendations?"), parent=self)  # fmt: skip
            yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not yes:
                return
        self.autosaver.discard()
        try:
            with self.context.database.session() as session:
                delete_draft(session, self.act_id)
        except UserError as error:
            show_error(self, error)
            return
        self.changed.emit(self.act_id)
        super().reject()

    # --- printing, letters ----------------------------------------------------------------------------

    def print_act(self) -> None:
        if self.flush():
            print_act(self.context, self, self.act_id, self.view.number if self.view else "")

    def cover_letter(self, addressee_id: int) -> None:
        from bmb_desktop.services.letter_drafts import draft_cover_letter
        from bmb_desktop.ui.dialogs.acts.letter_dialog import LetterDialog

        try:
            with self.context.database.session() as session:
                letter_id = draft_cover_letter(session, self.act_id, addressee_id, sent_on=self.context.today()).id
        except UserError as error:
            show_error(self, error)
            return
        self.letter_created.emit(letter_id)
        self.dialog = LetterDialog(self.context, letter_id, self)
        self.dialog.open()

    def _say(self, text: str, colour: str) -> None:
        self.saved_label.setStyleSheet(f"color: {colour};")
        self.saved_label.setText(text)

    # --- closing --------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing saves what is pending; if that is refused, the user decides, knowing why."""
        if not self.flush() and not self._close_anyway():
            return
        self.changed.emit(self.act_id)
        super().reject()

    def _close_anyway(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), self.saved_label.text(), parent=self)
        stay = box.addButton(self.tr("Stay in the editor"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close without it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is not stay
