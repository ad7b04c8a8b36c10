"""Adding, editing or replacing a member, checked by the group service as the secretary types."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bmb_desktop.domain.enums import MemberRole
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.labels import label
from bmb_desktop.services.group import check_member, save_member
from bmb_desktop.services.roster import MemberRow
from bmb_desktop.services.roster_editing import (
    check_replacement,
    default_term_end,
    group_basis_resolution_id,
    member_draft,
    replace_member,
    resolution_choices,
    village_choices,
)
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.roster.member_form import MemberForm
from bmb_desktop.ui.errors import ERROR_COLOUR, show_error
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import note_label


class MemberDialog(QDialog):
    """One member: a new one, an existing one, or the successor of one who has left (``replaces``).

    Every change is checked by ``services.group.check_member``; Save stays disabled while a message
    is shown, and a refused save keeps everything typed.
    """

    saved = Signal(int)  # the membership id

    def __init__(
        self, context: AppContext, *, membership_id: int | None = None, replaces: MemberRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.membership_id, self.replaces = context, membership_id, replaces
        self.saved_membership_id: int | None = None
        self.form = MemberForm(self)
        self.intro = note_label(self)
        self.intro.setVisible(replaces is not None)
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general.setVisible(False)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._name = self._load()
        self.form.changed.connect(self.validate)
        self.form.appointment_changed.connect(self._follow_term)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.validate()

    def _load(self) -> str:
        """Fill the choices and the fields; returns the member's name for the title."""
        today = self.context.today()
        with self.context.database.session() as session:
            municipality_id = self.context.municipality_id
            self.form.set_choices(
                villages=village_choices(session, municipality_id),
                resolutions=resolution_choices(session, municipality_id),
            )
            if self.membership_id is not None:
                stored = member_draft(session, municipality_id, self.membership_id)
                self.form.set_draft(stored)
                return f"{stored.surname} {stored.given_name}".strip()
            draft = MemberDraft(appointed_on=today, role=MemberRole.MEMBER,
                                term_ends_on=default_term_end(session, municipality_id, today))
            if self.replaces is not None:
                draft.category = self.replaces.category
            else:
                draft.basis_resolution_id = group_basis_resolution_id(session, municipality_id)
            self.form.set_draft(draft)
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.validate()  # the services' messages in the new language
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.replaces is not None:
            self.setWindowTitle(self.tr("Replacement for %1").replace("%1", self.replaces.short_name))
            reason = label(self.replaces.withdrawal_ground)
            text = self.tr("%1 left the group on %2 (%3). The new member is recorded as the replacement.")
            text = text.replace("%1", self.replaces.short_name).replace("%2", display_date(self.replaces.withdrawn_on))
            self.intro.setText(text.replace("%3", reason) if reason else text.replace(" (%3)", ""))
        elif self.membership_id is not None:
            self.setWindowTitle(self.tr("Member of the group: %1").replace("%1", self._name))
        else:
            self.setWindowTitle(self.tr("New member of the group"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.form.retranslate_ui()

    def problems(self) -> dict[str, str]:
        """What the services say about the fields as they are now."""
        draft = self.form.draft()
        with self.context.database.session() as session:
            problems = check_member(session, self.context.municipality_id, draft, membership_id=self.membership_id)
            if self.replaces is not None:
                problems |= check_replacement(
                    session, self.context.municipality_id, self.replaces.membership_id, draft.appointed_on,
                    membership_id=self.membership_id,
                )
        return problems

    def validate(self) -> None:
        self._show(self.problems())

    def _show(self, problems: dict[str, str]) -> None:
        self.form.show_problems(problems)
        general = [message for name, message in problems.items() if name not in self.form.rows]
        self.general.setText("\n".join(general))
        self.general.setHidden(not general)
        self.save_button.setEnabled(not self.form.messages() and not general)

    def _follow_term(self) -> None:
        """A new member's term follows the appointment date until the secretary sets it herself."""
        if self.membership_id is not None or "term_ends_on" in self.form.touched:
            return
        with self.context.database.session() as session:
            ends = default_term_end(session, self.context.municipality_id, self.form.draft().appointed_on)
        self.form.set_term_end(ends)

    def save(self) -> None:
        draft = self.form.draft()
        try:
            with self.context.database.session() as session:
                municipality_id = self.context.municipality_id
                if self.replaces is not None and self.membership_id is None:
                    membership = replace_member(session, municipality_id, draft,
                                                replaces_membership_id=self.replaces.membership_id)
                else:
                    membership = save_member(session, municipality_id, draft, membership_id=self.membership_id)
                saved_id = membership.id
        except ValidationError as error:
            self.form.reveal_all()
            self._show(error.problems)
            return
        except UserError as error:
            show_error(self, error)
            return
        self.saved_membership_id = saved_id
        self.saved.emit(saved_id)
        self.accept()
