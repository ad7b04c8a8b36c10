"""Recording a member's withdrawal from the group: the date, the ground (G8) and a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import WithdrawalGround
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.labels import label
from bmb_desktop.services.group import withdraw_member
from bmb_desktop.services.roster import MemberRow
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.errors import FieldWithError, show_error
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import note_label

# Early withdrawal first (001 §3.4), then the end of the term, which is not early.
EARLY_GROUNDS = tuple(ground for ground in WithdrawalGround if ground is not WithdrawalGround.TERM_ENDED)


class WithdrawalDialog(QDialog):
    """The member leaves the group on a day and for a ground; she stays in the roster's history."""

    withdrawn = Signal(int)  # the membership id

    def __init__(self, context, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.member = context, member
        self.intro = note_label(self)
        self.date = DateField(parent=self)
        self.date.set_date(context.today())
        self.ground = QComboBox(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.rows = {
            "withdrawn_on": FieldWithError(self.date), "ground": FieldWithError(self.ground),
            "note": FieldWithError(self.note),
        }
        self.labels = {name: QLabel(self) for name in self.rows}
        form = QFormLayout()
        for name, row in self.rows.items():
            self.labels[name].setBuddy(row.editor)
            form.addRow(self.labels[name], row)
        self.ok_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.ok_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.withdraw)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        name = self.member.full_name
        self.setWindowTitle(self.tr("Withdrawal from the group: %1").replace("%1", name))
        text = self.tr("%1, %2 (%3), member since %4.").replace("%1", name).replace("%2", label(self.member.role))
        self.intro.setText(text.replace("%3", label(self.member.category)).replace("%4", display_date(self.member.appointed_on)))
        self.labels["withdrawn_on"].setText(self.tr("Date of withdrawal"))
        self.labels["ground"].setText(self.tr("Ground"))
        self.labels["note"].setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Required for another ground, e.g. moved to another district"))
        self._fill_grounds()
        self.ok_button.setText(self.tr("Record the withdrawal"))
        self.cancel_button.setText(self.tr("Cancel"))

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

    def withdraw(self) -> None:
        ground = self.ground.currentData()
        try:
            with self.context.database.session() as session:
                withdraw_member(
                    session, self.context.municipality_id, self.member.membership_id, on=self.date.date(),
                    ground=WithdrawalGround(ground) if ground else None, note=self.note.toPlainText(),
                )
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        except UserError as error:
            show_error(self, error)
            return
        self.withdrawn.emit(self.member.membership_id)
        self.accept()

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_message(problems.get(name, ""))

    def messages(self) -> dict[str, str]:
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}
