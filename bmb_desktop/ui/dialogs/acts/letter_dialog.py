"""One outgoing letter: its date, addressee, subject and text to edit before printing, and when it was
received and answered — an information request's answer is due ten days after receipt (P8)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import LetterKind
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_register import letter_register
from bmb_desktop.services.letters import get_letter, letter_label, record_letter_answer, record_letter_receipt, update_letter
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.header_form import text_box
from bmb_desktop.ui.dialogs.acts.printing import print_letter
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, FieldWithError, show_error
from bmb_desktop.ui.models.acts import deadline_text
from bmb_desktop.ui.retranslating import Retranslating



class LetterDialog(Retranslating, QDialog):
    saved = Signal(int)  # the letter id

    def __init__(self, context: AppContext, letter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.letter_id = context, letter_id
        self.preview = None
        self.dirty = False
        self.sent_on = DateField(parent=self)
        self.addressee = text_box(self, 2)
        self.subject = QLineEdit(self)
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.received_on = DateField(optional=True, parent=self)
        self.answered_on = DateField(optional=True, parent=self)
        self.due = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        editors = {
            "sent_on": self.sent_on, "addressee": self.addressee, "subject": self.subject, "body": self.body,
            "received_on": self.received_on, "answered_on": self.answered_on,
        }  # fmt: skip
        self.rows = {name: FieldWithError(editor, self) for name, editor in editors.items()}
        self.labels = {name: QLabel(self) for name in editors}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in editors:
            form.addRow(self.labels[name], self.rows[name])
        form.addRow("", self.due)
        self.print_button, self.save_button, self.close_button = QPushButton(self), QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self.load()
        for widget in (self.addressee, self.body):
            widget.textChanged.connect(self._edited)
        self.subject.textEdited.connect(self._edited)
        for field in (self.sent_on, self.received_on, self.answered_on):
            field.edited.connect(self._edited)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.resize(760, 620)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title = self.tr("Letter No. %1 — %2").replace("%1", self.number).replace("%2", label(self.kind))
        self.setWindowTitle(title)
        texts = {
            "sent_on": self.tr("Date:"), "addressee": self.tr("To:"), "subject": self.tr("Subject:"),
            "body": self.tr("Text:"), "received_on": self.tr("Received on:"), "answered_on": self.tr("Answered on:"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.received_on.setToolTip(self.tr("The day the addressee received the letter"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
        self._show_due()

    def load(self) -> None:
        with self.context.database.session() as session:
            letter = get_letter(session, self.letter_id, self.context.municipality_id)
            self.kind, self.number = letter.kind, letter_label(letter)
            values = (letter.sent_on, letter.addressee, letter.subject, letter.body, letter.received_on, letter.answered_on)
            row = next((r for r in letter_register(session, self.context.municipality_id, today=self.context.today())
                        if r.letter_id == self.letter_id), None)  # fmt: skip
        sent_on, addressee, subject, body, received_on, answered_on = values
        self.sent_on.set_date(sent_on)
        self.addressee.setPlainText(addressee)
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.received_on.set_date(received_on)
        self.answered_on.set_date(answered_on)
        self.row = row
        request = self.kind is LetterKind.INFORMATION_REQUEST
        self.labels["answered_on"].setVisible(request)
        self.rows["answered_on"].setVisible(request)
        self.dirty = False

    def _show_due(self) -> None:
        row = self.row
        if row is None or row.due_on is None:
            self.due.setText(self.tr("The answer is due ten days after the request is received.")
                             if self.kind is LetterKind.INFORMATION_REQUEST else "")  # fmt: skip
            return
        self.due.setText(self.tr("Answer: %1").replace("%1", deadline_text(row.deadline, row.due_on)))

    def _edited(self) -> None:
        self.dirty = True
        self._say(self.tr("Not saved yet."), "#b26a00")

    def save(self) -> bool:
        try:
            with self.context.database.session() as session:
                update_letter(
                    session, self.letter_id, sent_on=self.sent_on.date(), addressee=self.addressee.toPlainText(),
                    subject=self.subject.text(), body=self.body.toPlainText(),
                )  # fmt: skip
                record_letter_receipt(session, self.letter_id, received_on=self.received_on.date())
                if self.kind is LetterKind.INFORMATION_REQUEST:
                    record_letter_answer(session, self.letter_id, answered_on=self.answered_on.date())
        except ValidationError as error:
            for name, row in self.rows.items():
                row.set_message(error.problems.get(name, ""))
            self._say(self.tr("Not saved: correct what is marked in red."), ERROR_COLOUR)
            return False
        except UserError as error:
            show_error(self, error)
            return False
        for row in self.rows.values():
            row.set_message("")
        self.load()
        self._show_due()
        self._say(self.tr("Saved."), SAVED_COLOUR)
        self.saved.emit(self.letter_id)
        return True

    def _say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)

    def print_letter(self) -> None:
        if self.dirty and not self.save():
            return
        print_letter(self.context, self, self.letter_id, self.number)

    def reject(self) -> None:
        if self.dirty:
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr("Save the changes before closing?"), parent=self)
            save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is save and not self.save():
                return
            if box.clickedButton() not in (save, discard):
                return
        super().reject()
