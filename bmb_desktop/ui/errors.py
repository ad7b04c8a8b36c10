"""Showing errors: a UserError in a message box, field messages in red next to their field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from bmb_desktop.errors import UserError

ERROR_COLOUR = "#b3261e"
SAVED_COLOUR = "#1b6e2d"  # "saved", "written and checked": the green of work done


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong: her own problem plainly, anything else with details to copy."""
    if not isinstance(error, UserError):
        from bmb_desktop.ui.crash_dialog import show_unexpected_error

        show_unexpected_error(parent, type(error), error, error.__traceback__)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "BMB Desktop"))
    box.setText(str(error))
    # An explicit button text: Qt's own "OK" would come from the Russian fallback catalog.
    box.addButton(QCoreApplication.translate("Errors", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


class FieldWithError(QWidget):
    """An input widget with the message about its value just below it, in red, hidden when empty."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        # isHidden, not isVisible: the form may not be on screen yet.
        self.message.setHidden(not text)

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""
