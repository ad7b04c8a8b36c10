"""Choosing where to write: the removable drives with their free space, or any other folder.

Shared by the backup to a stick and the export for the council. The list says in red, just below
it, when no stick is found, when nothing is chosen, or when the chosen one is not there any more.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from bmb_desktop.services.removable_drives import Drive, removable_drives
from bmb_desktop.ui.errors import FieldWithError
from bmb_desktop.ui.retranslating import Retranslating


class DriveChooser(Retranslating, QWidget):
    """The list of drives and folders, its message, and "Refresh the list" and "Other folder…" below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_title = ""  # the owner says what the folder is for, in its own words
        self._entries: list[tuple[Path, Drive | None]] = []  # one per row: a drive, or a folder chosen
        self._folders: list[Path] = []
        self._message: Callable[[], str] | None = None
        self.list = QListWidget(self)
        self.list.setMinimumHeight(110)
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)  # a few sticks at most
        self.row = FieldWithError(self.list, self)
        self.refresh_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        tools = QHBoxLayout()
        tools.addWidget(self.refresh_button)
        tools.addStretch(1)
        tools.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.row, 1)
        layout.addLayout(tools)
        self.refresh_button.clicked.connect(self.refresh)
        self.folder_button.clicked.connect(self.choose_folder)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.refresh_button.setText(self.tr("Refresh the list"))
        self.folder_button.setText(self.tr("Other folder…"))
        for row, (folder, drive) in enumerate(self._entries):
            self.list.item(row).setText(drive.describe() if drive is not None else str(folder))
        self.row.set_message(self._message() if self._message is not None else "")

    def refresh(self) -> None:
        """Read the drives again; the choice stays if it is still there, and is missed aloud if not."""
        chosen = self.target()
        self._folders = [folder for folder in self._folders if folder.is_dir()]
        self._entries = [(drive.path, drive) for drive in removable_drives()]
        self._entries += [(folder, None) for folder in self._folders if folder not in self._paths()]
        self.list.clear()
        self.list.addItems(["" for _entry in self._entries])
        paths = self._paths()
        if chosen is not None and chosen not in paths:
            self._message = lambda: self._gone(chosen)
        elif not paths:
            self._message = lambda: self.tr("No USB stick was found. Insert one and press \"Refresh the list\", or choose a folder.")
        else:
            self._message = None
        if paths:
            self.list.setCurrentRow(paths.index(chosen) if chosen in paths else 0)
        self.retranslate_ui()

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.folder_title, str(Path.home()))
        if name:
            self.add_folder(Path(name))

    def add_folder(self, folder: Path) -> None:
        """Offer ``folder`` beside the drives and choose it."""
        folder = Path(folder)
        if folder not in self._folders:
            self._folders.append(folder)
        if folder not in self._paths():
            self._entries.append((folder, None))
            self.list.addItem("")
        self.list.setCurrentRow(self._paths().index(folder))
        self._message = None
        self.retranslate_ui()

    def target(self) -> Path | None:
        row = self.list.currentRow()
        return self._entries[row][0] if 0 <= row < len(self._entries) else None

    def target_is_drive(self) -> bool:
        row = self.list.currentRow()
        return 0 <= row < len(self._entries) and self._entries[row][1] is not None

    def checked_target(self) -> Path | None:
        """The chosen folder if it is there to be written; otherwise None, with the reason below the list."""
        target = self.target()
        if target is None:
            self._message = lambda: self.tr("Choose a USB stick or a folder.")
        elif not target.is_dir():
            self._message = lambda: self._gone(target)
        else:
            self._message = None
        self.retranslate_ui()
        return target if self._message is None else None

    def set_message(self, text: str) -> None:
        """Say ``text`` below the list (a drive's problem, e.g. that it is full); "" clears it."""
        self._message = (lambda: text) if text else None
        self.retranslate_ui()

    def message_text(self) -> str:
        return self.row.message_text()

    def _paths(self) -> list[Path]:
        return [path for path, _drive in self._entries]

    def _gone(self, folder: Path) -> str:
        return self.tr("%1 is not there any more: insert the stick again and press \"Refresh the list\".").replace("%1", str(folder))
