"""Start-up on a damaged database: say so plainly, and restore the newest good backup to go on.

``services.safety.open_safely`` has already moved the damaged file aside untouched and found the
newest backup that passes every check; here the secretary reads what happened and chooses to
restore it (or another backup, e.g. from a USB stick) or to close.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from bmb_desktop.services.safety import SafeOpening
from bmb_desktop.storage.database import Database
from bmb_desktop.ui.tasks import TaskRunner


def recover_damaged(opening: SafeOpening, db_path: Path, *, user_name: str, tasks: TaskRunner, parent: QWidget | None = None) -> Database | None:
    """The restored and opened database, or None when the secretary closes instead."""
    from bmb_desktop.storage.database import open_database
    from bmb_desktop.ui.dialogs.safety.restore_dialog import RestoreDialog

    good = opening.check.newest_good_backup
    while True:
        choice = _ask(opening, parent)
        if choice is None:
            return None
        dialog = RestoreDialog(
            db_path, tasks, parent, lock_held=True, preselect=good.path if good is not None and choice == "newest" else None,
        )  # fmt: skip
        if choice == "other":
            dialog.choose_file()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            return open_database(db_path, user_name=user_name)


def _ask(opening: SafeOpening, parent: QWidget | None) -> str | None:
    """"newest", "other" or None (close)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("SafeStart", "The database is damaged"))
    box.setText(opening.check.message)
    details = [finding.message for finding in opening.check.findings]
    if opening.check.set_aside is not None:
        details.append(QCoreApplication.translate("SafeStart", "The damaged file is kept as: %1").replace("%1", str(opening.check.set_aside)))
    box.setInformativeText("\n".join(details))
    newest = None
    if opening.check.newest_good_backup is not None:
        newest = box.addButton(QCoreApplication.translate("SafeStart", "Restore the newest backup…"), QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(QCoreApplication.translate("SafeStart", "Choose another backup…"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QCoreApplication.translate("SafeStart", "Close the program"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(newest or other)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is not None and clicked is newest:
        return "newest"
    if clicked is other:
        return "other"
    return None
