"""Recording a member's withdrawal from the group: the date, the ground (G8) and a note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from bmb_desktop.domain.enums import WithdrawalGround
from bmb_desktop.locale.labels import label
from bmb_desktop.services.group import withdraw_member
from bmb_desktop.services.roster import MemberRow
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import NOTE_STYLE

# Early withdrawal first (001 §3.4), then the end of the term, which is not early.
EARLY_GROUNDS = tuple(ground for ground in WithdrawalGround if ground is not WithdrawalGround.TERM_ENDED)


class WithdrawalDialog(FormDialog):
    """The member leaves the group on a day and for a ground; she stays in the roster's history."""

    withdrawn = Signal(int)  # the membership id

    def __init__(self, context, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.member = context, member
        self.intro.setStyleSheet(NOTE_STYLE)
        self.date = self.add_field("withdrawn_on", DateField(parent=self))
        self.date.set_date(context.today())
        self.ground = self.add_field("ground", QComboBox(self))
        self.note = self.add_field("note", QPlainTextEdit(self))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self.member.full_name
        self.setWindowTitle(self.tr("Withdrawal from the group: %1").replace("%1", name))
        text = self.tr("%1, %2 (%3), member since %4.").replace("%1", name).replace("%2", label(self.member.role))
        self.set_intro(text.replace("%3", label(self.member.category)).replace("%4", display_date(self.member.appointed_on)))
        self.labels["withdrawn_on"].setText(self.tr("Date of withdrawal"))
        self.labels["ground"].setText(self.tr("Ground"))
        self.labels["note"].setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Required for another ground, e.g. moved to another district"))
        self._fill_grounds()
        self.retranslate_buttons(self.tr("Record the withdrawal"))

    def _fill_grounds(self) -> None:
        chosen = self.ground.currentData()
        self.ground.clear()
        for ground in EARLY_GROUNDS:
            self.ground.addItem(label(ground), ground)
        self.ground.insertSeparator(self.ground.count())
        self.ground.addItem(label(WithdrawalGround.TERM_ENDED), WithdrawalGround.TERM_ENDED)
        self.ground.setPlaceholderText(self.tr("Choose the ground"))
        self.ground.setCurrentIndex(self.ground.findData(chosen) if chosen else -1)

    def choose_ground(self, ground: WithdrawalGround) -> None:
        self.ground.setCurrentIndex(self.ground.findData(ground))

    def submit(self) -> None:
        with self.context.database.session() as session:
            withdraw_member(
                session, self.context.municipality_id, self.member.membership_id, on=self.date.date(),
                ground=self.ground.currentData(), note=self.note.toPlainText(),
            )
        self.withdrawn.emit(self.member.membership_id)
