"""Backing up to a USB stick or another folder, optionally protected by a password typed twice.

The backup is written like the export: under a temporary name, flushed, opened again and checked,
then renamed (``storage.backup.create_backup``). The password goes to the backup and nowhere else.
A stick that is pulled out or full is told apart in plain words; nothing else is changed then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError
from bmb_desktop.storage.backup import BackupInfo, BackupReason, create_backup
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, FieldWithError, show_error
from bmb_desktop.ui.pages.base import note_label
from bmb_desktop.ui.tasks import TaskRunner
from bmb_desktop.ui.widgets.drive_chooser import DriveChooser


class BackupToUsbDialog(QDialog):
    def __init__(self, db_path: Path, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.tasks = tasks
        self.written: BackupInfo | None = None
        self._target: Path | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.drives_row = DriveChooser(self)
        self.protect = QCheckBox(self)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for editor in (self.password, self.repeat):
            editor.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_row, self.repeat_row = FieldWithError(self.password, self), FieldWithError(self.repeat, self)
        self.password_label, self.repeat_label = QLabel(self), QLabel(self)
        passwords = QFormLayout()
        passwords.addRow(self.password_label, self.password_row)
        passwords.addRow(self.repeat_label, self.repeat_row)
        self.password_note = note_label(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # the writing reports no steps: a moving bar says it is busy
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.write_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.drives_row, 1)
        layout.addSpacing(8)
        layout.addWidget(self.protect)
        layout.addLayout(passwords)
        layout.addWidget(self.password_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.protect.toggled.connect(self._protection_toggled)
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self._protection_toggled(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Back up to a USB stick"))
        self.intro.setText(self.tr("Choose the USB stick (or a folder) to write the backup to. It is written under a temporary name, checked, and only then given its name."))
        self.drives_row.folder_title = self.tr("Choose the folder for the backup")
        self.protect.setText(self.tr("Protect the backup with a password"))
        self.password_label.setText(self.tr("Password:"))
        self.repeat_label.setText(self.tr("Password again:"))
        self.password_note.setText(self.tr("The password is not kept anywhere. Without it the backup cannot be opened: write it down and keep it in a safe place."))
        self.write_button.setText(self.tr("Write the backup"))
        self.close_button.setText(self.tr("Close"))

    def add_folder(self, folder: Path) -> None:
        self.drives_row.add_folder(folder)

    def _protection_toggled(self, protected: bool) -> None:
        for widget in (self.password_label, self.password_row, self.repeat_label, self.repeat_row, self.password_note):
            widget.setVisible(protected)
        if not protected:
            self.password_row.set_message("")
            self.repeat_row.set_message("")

    def _problems(self) -> dict[str, str]:
        problems = {}
        if self.protect.isChecked():
            if not self.password.text():
                problems["password"] = self.tr("Type the password, or clear the box above to write the backup without one.")
            elif self.repeat.text() != self.password.text():
                problems["repeat"] = self.tr("The two passwords differ. Type the same password twice.")
        return problems

    def write(self) -> None:
        target = self.drives_row.checked_target()
        problems = self._problems()
        self.password_row.set_message(problems.get("password", ""))
        self.repeat_row.set_message(problems.get("repeat", ""))
        if problems or target is None:
            return
        password = self.password.text() if self.protect.isChecked() else None
        self._target = target
        self._set_busy(True)
        self._set_status(self.tr("Writing the backup to %1… Do not remove the stick.").replace("%1", str(target)), "")
        db_path = self.db_path
        self.tasks.run(
            lambda: create_backup(db_path, target, reason=BackupReason.MANUAL, password=password),
            on_result=self._written,
            on_error=self._failed,
        )

    def _written(self, info: BackupInfo) -> None:
        self._set_busy(False)
        self.written = info
        self.password.clear()
        self.repeat.clear()
        text = self.tr("The backup is written and checked: %1\nMembers: %2, acts: %3, meetings: %4. You can remove the stick now.")
        for number, value in enumerate((info.path, info.members, info.acts, info.meetings), start=1):
            text = text.replace(f"%{number}", str(value))
        self._set_status(text, SAVED_COLOUR)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserError):
            show_error(self, error)
            self._set_status("", "")
        elif self._target is not None and not self._target.is_dir():
            self._set_status(self.tr("The stick was removed while the backup was being written. Nothing else was changed: insert it again and write the backup once more."), ERROR_COLOUR)
        else:
            self._set_status(str(error), ERROR_COLOUR)  # a full stick says so, in the core's words

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.drives_row, self.protect, self.password, self.repeat, self.write_button, self.close_button):
            widget.setEnabled(not busy)

    def _set_status(self, text: str, colour: str) -> None:
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setText(text)

    def reject(self) -> None:
        if self.progress.isVisible():
            return  # the stick is being written: closing now would leave the user unsure
        self.password.clear()
        self.repeat.clear()
        super().reject()
