"""Errors reach the user: her own mistakes in plain words, the unexpected with details to copy."""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.ui.crash_dialog import CrashDialog, error_details
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.errors import FieldWithError, show_error


def close_next_dialog(seen):
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        dialog.done(0)

    QTimer.singleShot(20, poll)


def test_a_user_error_is_shown_with_its_own_message(qtbot, translations):
    seen = []
    close_next_dialog(seen)
    show_error(None, UserError("Файл табылган жок."))
    assert isinstance(seen[0], QMessageBox)
    assert seen[0].text() == "Файл табылган жок."
    assert [button.text() for button in seen[0].buttons()] == ["Жабуу"]


def test_an_unexpected_error_opens_the_dialog_with_its_traceback(qtbot, translations):
    seen = []
    close_next_dialog(seen)
    try:
        {}["missing"]
    except KeyError as error:
        show_error(None, error)
    assert isinstance(seen[0], CrashDialog)
    assert "KeyError: 'missing'" in seen[0].details.toPlainText()


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot):
    try:
        raise RuntimeError("the disk is full")
    except RuntimeError as error:
        details = error_details(type(error), error, error.__traceback__)
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert "RuntimeError: the disk is full" in QGuiApplication.clipboard().text()
    assert details.startswith("BMB Desktop ")


def test_a_field_message_shows_below_its_field_and_hides_when_cleared(qtbot):
    field = FieldWithError(QLineEdit())
    qtbot.addWidget(field)
    field.show()
    field.set_message("Районду жазыңыз.")
    assert field.message.isVisible()
    assert field.message_text() == "Районду жазыңыз."
    field.set_message("")
    assert not field.message.isVisible()
    assert field.message_text() == ""


class TwoFieldDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__()
        self.first = self.add_field("first", QLineEdit(self))
        self.second = self.add_field("second", QLineEdit(self))

    def submit(self) -> None:
        raise ValidationError({
            "first": "Бул талаа милдеттүү. " * 12,  # a message that wraps over several lines
            "second": "Бул талаа да милдеттүү. " * 12,
        })  # fmt: skip


def test_a_form_grows_to_show_its_messages_whole_instead_of_squeezing_the_fields(qtbot):
    dialog = TwoFieldDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.minimumSizeHint())
    before = dialog.height()

    dialog.ok_button.click()

    assert dialog.isVisible() and dialog.height() > before
    for name in ("first", "second"):
        message, editor = dialog.rows[name].message, dialog.rows[name].editor
        assert message.height() >= message.heightForWidth(message.width())  # not cut off
        assert editor.height() >= editor.minimumSizeHint().height()
