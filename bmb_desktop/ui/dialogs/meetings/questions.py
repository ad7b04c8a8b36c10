"""The meeting editor's questions: removing something for good, and unsaved changes on closing."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bmb_desktop.ui.dialogs.questions import confirm


class Answer(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _cancel() -> str:
    return QCoreApplication.translate("MeetingQuestions", "Cancel")


def confirm_removal(parent: QWidget, question: str, action: str) -> bool:
    """True when the user chose ``action`` (e.g. "Remove") over Cancel."""
    return confirm(parent, question, action, _cancel())


def ask_to_save(parent: QWidget) -> Answer:
    question = QCoreApplication.translate("MeetingQuestions", "Save the changes before closing?")
    box = QMessageBox(QMessageBox.Icon.Question, parent.window().windowTitle(), question, parent=parent)
    save = QCoreApplication.translate("MeetingQuestions", "Save")
    discard = QCoreApplication.translate("MeetingQuestions", "Close without saving")
    answers = {
        box.addButton(save, QMessageBox.ButtonRole.AcceptRole): Answer.SAVE,
        box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole): Answer.DISCARD,
        box.addButton(_cancel(), QMessageBox.ButtonRole.RejectRole): Answer.CANCEL,
    }
    box.exec()
    return answers.get(box.clickedButton(), Answer.CANCEL)
