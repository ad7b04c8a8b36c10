"""The act's attachments (A1): photos, scans, protocols, each kept with its SHA-256 checksum.

Adding a file copies it into the attachments folder beside the database (``services.attachments``);
opening one checks it against its checksum first, so a damaged or missing file is reported, never
shown as if it were the original.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError
from bmb_desktop.services.act_view import ActView, AttachmentView
from bmb_desktop.services.attachments import read_attachment, remove_attachment, store_attachment
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.questions import confirm as ask
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.pages.base import note_label
from bmb_desktop.ui.pages.tables import whole_rows

COL_NUMBER, COL_FILE, COL_SIZE, COL_CHECKSUM = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole
SHORT_CHECKSUM = 12


def size_text(size: int) -> str:
    """"840 B", "12.4 KB", "3.1 MB" in the interface's words."""
    if size < 1024:
        return QCoreApplication.translate("AttachmentsPanel", "%1 B").replace("%1", str(size))
    if size < 1024 * 1024:
        return QCoreApplication.translate("AttachmentsPanel", "%1 KB").replace("%1", f"{size / 1024:.1f}")
    return QCoreApplication.translate("AttachmentsPanel", "%1 MB").replace("%1", f"{size / 1024 / 1024:.1f}")


def open_file(context: AppContext, parent: QWidget, attachment_id: int, file_name: str) -> Path | None:
    """Check the file against its checksum, copy it to a temporary folder and open it there."""
    try:
        with context.database.session() as session:
            data = read_attachment(session, attachment_id)
    except UserError as error:
        show_error(parent, error)
        return None
    path = Path(tempfile.mkdtemp(prefix="bmb-attachment-")) / Path(file_name).name
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.act_id: int | None = None
        self.attachments: tuple[AttachmentView, ...] = ()
        self.read_only = False
        self.note = note_label(self)
        self.table = whole_rows(QTableWidget(0, 4, self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.add_button, self.open_button, self.remove_button = QPushButton(self), QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "Photos, scans and protocols of the monitoring. Each file is copied into the attachments folder beside "
            "the database and kept with its SHA-256 checksum; the printed act lists them."
        ))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("File"), self.tr("Size"), self.tr("Checksum (SHA-256)")])
        self.add_button.setText(self.tr("Add files…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove…"))
        self._fill()

    def set_view(self, view: ActView) -> None:
        self.act_id, self.attachments = view.act_id, view.attachments
        self._fill()

    def _fill(self) -> None:
        chosen = self.selected()
        self.table.setRowCount(len(self.attachments))
        for row, attachment in enumerate(self.attachments):
            cells = (
                str(row + 1), attachment.file_name, size_text(attachment.size_bytes),
                attachment.sha256[:SHORT_CHECKSUM] + "…",
            )  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, attachment.attachment_id)
                if column == COL_CHECKSUM:
                    item.setToolTip(attachment.sha256)
                elif column == COL_FILE:
                    item.setToolTip(attachment.description or attachment.file_name)
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.select(chosen.attachment_id)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> AttachmentView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.attachments[rows[0].row()] if rows and rows[0].row() < len(self.attachments) else None

    def select(self, attachment_id: int) -> None:
        row = next((i for i, a in enumerate(self.attachments) if a.attachment_id == attachment_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def choose_files(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the act"), folder)
        if paths:
            self.add_files([Path(path) for path in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Copy the files in the background (a large scan takes a moment), then list them."""
        database, municipality_id, act_id = self.context.database, self.context.municipality_id, self.act_id

        def store() -> list[int]:
            with database.session() as session:
                return [store_attachment(session, municipality_id, source=path, act_id=act_id).id for path in paths]

        def stored(ids: list[int]) -> None:
            self.changed.emit()
            if ids:
                self.select(ids[-1])

        self.context.tasks.run(
            store, on_result=stored, on_error=lambda error: self._failed(error), busy_parent=self,
            busy_text=self.tr("Copying the files…"),
        )  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.changed.emit()  # the files stored before the failure are listed

    def open_selected(self) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return open_file(self.context, self, chosen.attachment_id, chosen.file_name)

    def remove_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected()
        if chosen is None or self.read_only:
            return
        question = self.tr("Remove %1 from the draft?").replace("%1", chosen.file_name)
        if confirm and not ask(self, question, self.tr("Remove"), self.tr("Cancel")):
            return
        try:
            with self.context.database.session() as session:
                remove_attachment(session, chosen.attachment_id)
        except UserError as error:
            show_error(self, error)
            return
        self.changed.emit()
