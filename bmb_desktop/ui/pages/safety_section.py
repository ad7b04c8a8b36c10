"""Settings: data safety — the last backup, back up now or to a USB stick, restore, the full check.

After a restore the database file is a different one: the section opens it again into the
context and emits ``database_replaced`` so that the window can rebuild its data views.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bmb_desktop.errors import UserError
from bmb_desktop.services.safety import automatic_backup, newest_backup, reason_label
from bmb_desktop.storage.backup import BackupReason, backups_dir
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.safety.common import held_by_this_process, local_moment
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, show_error
from bmb_desktop.ui.pages.base import note_label


class SafetySection(QWidget):
    database_replaced = Signal(object)  # the RestoreResult; context.database is the new one

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None  # the open dialog, for tests and the drill
        self.note = note_label(self)
        self.backups_box = QGroupBox(self)
        self.last_label, self.last_value = QLabel(self), QLabel(self)
        self.folder_label, self.folder_value = QLabel(self), QLabel(self)
        self.folder_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self)
        self.backup_button = QPushButton(self)
        self.usb_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.last_label, 0, 0)
        grid.addWidget(self.last_value, 0, 1, 1, 2)
        grid.addWidget(self.folder_label, 1, 0)
        grid.addWidget(self.folder_value, 1, 1)
        grid.addWidget(self.open_folder_button, 1, 2)
        grid.setColumnStretch(3, 1)
        actions = QHBoxLayout()
        for button in (self.backup_button, self.usb_button, self.restore_button):
            actions.addWidget(button)
        actions.addStretch(1)
        backups = QVBoxLayout(self.backups_box)
        backups.addLayout(grid)
        backups.addLayout(actions)
        backups.addWidget(self.status)
        self.check_box = QGroupBox(self)
        self.check_note = QLabel(self)
        self.check_note.setWordWrap(True)
        self.check_button = QPushButton(self)
        check_actions = QHBoxLayout()
        check_actions.addWidget(self.check_button)
        check_actions.addStretch(1)
        checks = QVBoxLayout(self.check_box)
        checks.addWidget(self.check_note)
        checks.addLayout(check_actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.backups_box)
        layout.addWidget(self.check_box)
        layout.addStretch(1)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.usb_button.clicked.connect(self.back_up_to_usb)
        self.restore_button.clicked.connect(self.restore)
        self.check_button.clicked.connect(self.check)
        self.retranslate_ui()

    @property
    def db_path(self):
        return self.context.database.path

    def retranslate_ui(self) -> None:
        if self.context.demo:
            note = self.tr("This is the demo database: it is made anew at each start, so no automatic backups are made of it. The buttons below work as they do for your own database.")
        else:
            note = self.tr("Backups are made automatically: at the start of work, every 30 minutes while you make changes, and when the program closes. Keep a copy away from this computer as well: back up to a USB stick once a week and after important work.")
        self.note.setText(note)
        self.backups_box.setTitle(self.tr("Backups"))
        self.last_label.setText(self.tr("Last backup:"))
        self.folder_label.setText(self.tr("Kept in:"))
        self.open_folder_button.setText(self.tr("Open the folder"))
        self.backup_button.setText(self.tr("Back up now"))
        self.usb_button.setText(self.tr("Back up to USB…"))
        self.restore_button.setText(self.tr("Restore…"))
        self.check_box.setTitle(self.tr("Checking the database"))
        self.check_note.setText(self.tr("A quick check runs each time the database opens. The full check also reads every attached file, the fingerprints of issued acts and the audit log; it takes a little longer and changes nothing."))
        self.check_button.setText(self.tr("Check the database"))
        self.refresh()

    def refresh(self) -> None:
        newest = newest_backup(self.db_path)
        if newest is None:
            self.last_value.setText(self.tr("none yet"))
        else:
            self.last_value.setText(f"{local_moment(newest.created_at)} — {reason_label(newest.reason)}")
        folder = backups_dir(self.db_path)
        self.folder_value.setText(str(folder))
        self.open_folder_button.setEnabled(folder.is_dir())

    def showEvent(self, event) -> None:
        self.refresh()  # the automatic backups run while the tab is hidden
        super().showEvent(event)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups_dir(self.db_path))))

    def back_up_now(self) -> None:
        db_path = self.db_path
        self.context.tasks.run(
            lambda: automatic_backup(db_path, BackupReason.MANUAL),
            on_result=self._backed_up,
            on_error=self._failed,
            busy_parent=self,
            busy_text=self.tr("Writing the backup…"),
        )

    def _backed_up(self, info) -> None:
        self.refresh()
        self._set_status(self.tr("The backup is written and checked: %1").replace("%1", str(info.path)), SAVED_COLOUR)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._set_status(str(error), ERROR_COLOUR)
        else:
            show_error(self, error)

    def back_up_to_usb(self) -> None:
        from bmb_desktop.ui.dialogs.safety.backup_to_usb_dialog import BackupToUsbDialog

        self._run_dialog(BackupToUsbDialog(self.db_path, self.context.tasks, self))

    def check(self) -> None:
        from bmb_desktop.ui.dialogs.safety.check_dialog import CheckDialog

        self._run_dialog(CheckDialog(self.db_path, self.context.tasks, self))

    def restore(self) -> None:
        from bmb_desktop.ui.dialogs.safety.restore_dialog import RestoreDialog

        dialog = RestoreDialog(
            self.db_path, self.context.tasks, self,
            lock_held=held_by_this_process(self.db_path), before_restore=self._close_database,
        )  # fmt: skip
        if self._run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.restore_result is not None:
            self._reopen(dialog.restore_result)

    def _run_dialog(self, dialog: QDialog) -> int:
        self.dialog = dialog
        try:
            return dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def _close_database(self) -> None:
        self.context.tasks.wait()  # an automatic backup under way finishes first
        self.context.database.close()

    def _reopen(self, result) -> None:
        from bmb_desktop.services.municipality import own_municipality
        from bmb_desktop.storage.database import open_database

        try:
            database = open_database(self.db_path, user_name=self.context.settings.user_name)
        except UserError as error:
            show_error(self, error)
            return
        self.context.database = database
        with database.session() as session:
            municipality = own_municipality(session)
            if municipality is not None:
                self.context.municipality_id = municipality.id
        self.show_restored(result)
        self.database_replaced.emit(result)

    def show_restored(self, result) -> None:
        """Say what was restored and where the state before it is kept."""
        self.refresh()
        info = result.restored
        text = self.tr("Restored the backup of %1 (%2): %3 members, %4 acts, %5 meetings.")
        for number, value in enumerate((local_moment(info.created_at), info.municipality or "—", info.members, info.acts, info.meetings), start=1):
            text = text.replace(f"%{number}", str(value))
        if result.safety_backup is not None:
            text += " " + self.tr("The state before the restore is kept in %1.").replace("%1", str(result.safety_backup.path))
        if result.set_aside is not None:
            text += " " + self.tr("The damaged database was moved aside unchanged: %1.").replace("%1", str(result.set_aside))
        self._set_status(text, SAVED_COLOUR)

    def _set_status(self, text: str, colour: str) -> None:
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)
