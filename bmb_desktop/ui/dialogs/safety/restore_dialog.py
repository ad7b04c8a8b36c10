"""Restoring a backup: choose it, see what it holds, open a protected one with its password, confirm.

The preview shows the date, the municipality and the counts of members, acts and meetings. The
restore itself (``services.safety.restore_backup``) checks the backup whole and keeps the current
state in a safety backup before it replaces anything; a wrong password or a damaged file changes
nothing. ``before_restore`` lets the window close its database just before the file is swapped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError
from bmb_desktop.services.safety import preview_backup, reason_label, restore_backup
from bmb_desktop.storage.backup import BACKUP_SUFFIX, BackupInfo, backup_stamp, backups_dir, describe_backup, list_backups, not_whole_error
from bmb_desktop.storage.crypto_backup import WrongPasswordError, is_encrypted
from bmb_desktop.ui.dialogs.safety.common import local_moment
from bmb_desktop.ui.errors import ERROR_COLOUR, FieldWithError, show_error
from bmb_desktop.ui.pages.base import note_label
from bmb_desktop.ui.tasks import TaskRunner

PATH_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_FIELDS = ("created", "reason", "municipality", "members", "acts", "meetings", "attachments", "file")


class RestoreDialog(QDialog):
    def __init__(
        self, db_path: Path, tasks: TaskRunner, parent: QWidget | None = None, *, lock_held: bool = False,
        before_restore: Callable[[], None] | None = None, preselect: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.tasks = tasks
        self.lock_held = lock_held
        self.before_restore = before_restore
        self.preview: BackupInfo | None = None  # of the chosen backup, once it could be read
        self.restore_result = None  # the RestoreResult once the backup is in place
        self._password: str | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.backups = QListWidget(self)
        self.backups.setMinimumHeight(110)
        self.other_button = QPushButton(self)
        self.preview_box = QGroupBox(self)
        preview_form = QFormLayout(self.preview_box)
        self.preview_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in PREVIEW_FIELDS:
            self.preview_labels[name], self.values[name] = QLabel(self), QLabel(self)
            self.values[name].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name].setWordWrap(True)
            preview_form.addRow(self.preview_labels[name], self.values[name])
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_button = QPushButton(self)
        password_line = QWidget(self)
        line = QHBoxLayout(password_line)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.password, 1)
        line.addWidget(self.open_button)
        self.password_label = QLabel(self)
        self.password_row = FieldWithError(password_line, self)
        preview_form.addRow(self.password_label, self.password_row)
        self.safety_note = note_label(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        list_tools = QHBoxLayout()
        list_tools.addStretch(1)
        list_tools.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.backups, 1)
        layout.addLayout(list_tools)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.safety_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.resize(720, 680)  # the preview's rows need their height; the list takes what is left
        self.backups.currentItemChanged.connect(lambda current, _previous: self._chosen(current))
        self.other_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_protected)
        self.password.returnPressed.connect(self.open_protected)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self._fill(preselect)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.tr("Choose the backup to restore; the newest is at the top. A backup on a USB stick is opened with \"Other file…\"."))
        self.other_button.setText(self.tr("Other file…"))
        self.preview_box.setTitle(self.tr("What the backup holds"))
        for name, text in (
            ("created", self.tr("Date:")), ("reason", self.tr("Made:")), ("municipality", self.tr("Aiyl aimak:")),
            ("members", self.tr("Group members:")), ("acts", self.tr("Acts:")), ("meetings", self.tr("Meetings:")),
            ("attachments", self.tr("Attached files:")), ("file", self.tr("File:")),
        ):
            self.preview_labels[name].setText(text)
        self.password_label.setText(self.tr("Password:"))
        self.open_button.setText(self.tr("Open"))
        if self.db_path.exists():
            note = self.tr("Before the restore, the current state of the database is saved as a safety backup in %1, so it can be brought back as well.")
            self.safety_note.setText(note.replace("%1", str(backups_dir(self.db_path))))
        else:
            self.safety_note.setText(self.tr("There is no current database to keep: the restored backup becomes the database."))
        self.restore_button.setText(self.tr("Restore"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _fill(self, preselect: Path | None) -> None:
        paths = list_backups(backups_dir(self.db_path))
        if preselect is not None and Path(preselect) not in paths:
            paths.insert(0, Path(preselect))
        for path in paths:
            self._add(path)
        chosen = paths.index(Path(preselect)) if preselect is not None else 0
        if paths:
            self.backups.setCurrentRow(chosen)
        else:
            self._chosen(None)
            self.message.setText(self.tr("There are no backups in %1 yet. Choose a backup file with \"Other file…\".").replace("%1", str(backups_dir(self.db_path))))

    def _add(self, path: Path) -> QListWidgetItem:
        info = describe_backup(path)
        moment = local_moment(info.created_at if info else backup_stamp(path)) or path.name
        if info is not None:
            text = f"{moment} — {reason_label(info.reason)}"
        elif path.is_file() and is_encrypted(path):
            text = f"{moment} — " + self.tr("protected by a password")
        else:
            text = f"{moment} — " + self.tr("cannot be read")
        if path.parent != backups_dir(self.db_path):
            text += f"  ({path})"
        item = QListWidgetItem(text)
        item.setData(PATH_ROLE, str(path))
        self.backups.insertItem(self.backups.count(), item)
        return item

    def chosen_path(self) -> Path | None:
        item = self.backups.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def choose_file(self) -> None:
        from bmb_desktop.services.removable_drives import removable_drives

        drives = removable_drives()
        start = str(drives[0].path) if drives else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), start, self.tr("BMB Desktop backups (*%1)").replace("%1", BACKUP_SUFFIX),
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        """Offer a backup from elsewhere (a USB stick) at the top of the list, chosen."""
        for row in range(self.backups.count()):
            if Path(self.backups.item(row).data(PATH_ROLE)) == path:
                self.backups.setCurrentRow(row)
                return
        item = self._add(path)
        self.backups.takeItem(self.backups.row(item))
        self.backups.insertItem(0, item)
        self.backups.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self.message.clear()
        self.password_row.set_message("")
        path = Path(item.data(PATH_ROLE)) if item is not None else None
        protected = path is not None and path.is_file() and is_encrypted(path)
        self.password_label.setVisible(protected)
        self.password_row.setVisible(protected)
        self._show_preview(None if protected or path is None else describe_backup(path), path)
        if path is not None and not protected and self.preview is None:
            self.message.setText(str(not_whole_error(path)))
        if protected:
            self.password.setFocus()

    def _show_preview(self, info: BackupInfo | None, path: Path | None) -> None:
        self.preview = info
        self._password = None
        self.restore_button.setEnabled(info is not None)
        values = {name: "—" for name in PREVIEW_FIELDS}
        if info is not None:
            values.update(
                created=local_moment(info.created_at), reason=reason_label(info.reason), municipality=info.municipality or "—",
                members=str(info.members), acts=str(info.acts), meetings=str(info.meetings), attachments=str(info.attachments),
            )
        values["file"] = path.name if path is not None else "—"
        for name, value in values.items():
            self.values[name].setText(value)
        self.values["file"].setToolTip(str(path) if path is not None else "")

    def open_protected(self) -> None:
        """Check a protected backup with the password typed and show what it holds."""
        path, password = self.chosen_path(), self.password.text()
        if path is None:
            return
        if not password:
            self.password_row.set_message(self.tr("Enter the password this backup was protected with."))
            return
        self.password_row.set_message("")
        self.tasks.run(
            lambda: preview_backup(path, password=password, work_dir=self.db_path.parent),
            on_result=lambda info: self._opened(path, info, password),
            on_error=self._failed,
            busy_parent=self,
            busy_text=self.tr("Opening the protected backup…"),
        )

    def _opened(self, path: Path, info: BackupInfo, password: str) -> None:
        if self.chosen_path() == path:
            self._show_preview(info, path)
            self._password = password  # the one checked; kept only while the dialog is open

    def restore(self) -> None:
        path, info = self.chosen_path(), self.preview
        if path is None or info is None or not self._confirmed(info):
            return
        password = self._password if info.encrypted else None
        if self.before_restore is not None:
            self.before_restore()
        self.message.clear()
        self.tasks.run(
            lambda: restore_backup(path, self.db_path, password=password, lock_held=self.lock_held),
            on_result=self._restored,
            on_error=self._failed,
            busy_parent=self,
            busy_text=self.tr("Restoring the backup…"),
        )

    def _confirmed(self, info: BackupInfo) -> bool:
        if not self.db_path.exists():
            return True  # nothing to replace: the damaged file was moved aside
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "", parent=self)
        question = self.tr("Replace the data of the database with the backup of %1 (%2)?")
        box.setText(question.replace("%1", local_moment(info.created_at)).replace("%2", info.municipality or "—"))
        box.setInformativeText(self.safety_note.text())
        self.confirm_button = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.confirm_button)
        box.exec()
        return box.clickedButton() is self.confirm_button

    def done(self, code: int) -> None:
        self.password.clear()  # the password is never kept
        self._password = None
        super().done(code)

    def _restored(self, result) -> None:
        self.restore_result = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPasswordError):
            self.password_row.set_message(str(error))
            self.password.selectAll()
            self.password.setFocus()
        elif isinstance(error, UserError):
            self.message.setText(str(error))
        else:
            show_error(self, error)
