"""Asking before something that cannot be undone: the action's own word against Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget, question: str, action: str, cancel: str, *, title: str = "",
    role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.DestructiveRole,
) -> bool:  # fmt: skip
    """True when the user chose ``action`` (e.g. "Remove") over ``cancel``.

    The caller gives every text translated: Qt's own button texts would come from its Russian catalog
    in a Kyrgyz interface. The title is that of the window asking unless given.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title or parent.window().windowTitle(), question, parent=parent)
    yes = box.addButton(action, role)
    box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes
