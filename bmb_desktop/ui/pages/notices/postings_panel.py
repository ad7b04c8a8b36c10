"""The posting log of the selected notice: on which board, when, by whom, when taken down, and a
photo of the notice on the board as proof, shown as a thumbnail.

A photo is read through ``notice_boards.posting_photo``, which checks it against its checksum: a
missing or damaged file is said so in the row, never shown as if it were the original.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError
from bmb_desktop.services.notice_boards import (
    attach_posting_photo,
    delete_posting,
    posting_photo,
    remove_posting_photo,
)
from bmb_desktop.services.notices import get_notice
from bmb_desktop.storage.models import Attachment
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.models.notices import COL_BOARD, COL_PHOTO, PostingRow, PostingsModel

THUMBNAIL = QSize(80, 60)


def thumbnail(data: bytes) -> QPixmap | None:
    """A small picture of the photo, decoded at that size (a phone's photo is large)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phones store portrait photos turned, with a note to turn them back
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else None


class PostingsPanel(QWidget):
    changed = Signal(int)  # the notice whose postings changed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notice_id: int | None = None
        self.posted_by = ""  # who posted the notice last: the next posting's default
        self.dialog = None
        self._thumbnails: dict[int, QPixmap] = {}  # by attachment, read once
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = PostingsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(THUMBNAIL)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # tall with a photo
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BOARD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PHOTO, QHeaderView.ResizeMode.Fixed)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5f6b73; padding: 12px;")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.add_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.removal_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.photo_button, self.open_photo_button = QPushButton(self), QPushButton(self)
        self.remove_photo_button = QPushButton(self)
        self._lay_out()
        self._connect()
        self.set_notice(None)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.removal_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.photo_button, self.open_photo_button, self.remove_photo_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_posting)
        self.edit_button.clicked.connect(self.edit_selected)
        self.removal_button.clicked.connect(self.record_removal)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.photo_button.clicked.connect(self.choose_photo)
        self.open_photo_button.clicked.connect(self.open_photo)
        self.remove_photo_button.clicked.connect(lambda: self.remove_photo())
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Record posting…"))
        self.add_button.setToolTip(self.tr("Where and when the notice was put up, and by whom"))
        self.edit_button.setText(self.tr("Correct…"))
        self.removal_button.setText(self.tr("Taken down…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.photo_button.setText(self.tr("Add photo…"))
        self.photo_button.setToolTip(self.tr("A photo of the notice on the board, kept as proof of the posting"))
        self.open_photo_button.setText(self.tr("Open photo"))
        self.remove_photo_button.setText(self.tr("Remove photo…"))
        self.model.refresh_texts()
        self._show_heading()

    # --- the notice shown ----------------------------------------------------------------------------

    def set_notice(self, notice_id: int | None, title: str = "") -> None:
        self.notice_id, self.title = notice_id, title
        self.refresh()

    def _show_heading(self) -> None:
        if self.notice_id is None:
            self.heading.setText(self.tr("Posting log"))
            self.empty.setText(self.tr("Choose a notice above to see where it was posted."))
        else:
            self.heading.setText(self.tr("Posting log: %1").replace("%1", self.title))
            self.empty.setText(self.tr("Not posted yet. Record each board the notice is put up on."))
        self.body.setCurrentWidget(self.table if self.model.rowCount() else self.empty)

    def refresh(self) -> None:
        chosen = self.selected()
        rows, photos = [], {}
        if self.notice_id is not None:
            with self.context.database.session() as session:
                notice = get_notice(session, self.context.municipality_id, self.notice_id)
                for posting in notice.postings:
                    name = ""
                    if posting.photo_attachment_id is not None:
                        attachment = session.get(Attachment, posting.photo_attachment_id)
                        name = attachment.file_name if attachment else ""
                        photos[posting.id] = posting.photo_attachment_id
                    rows.append(PostingRow(
                        posting.id, posting.board.name, posting.board.in_use, posting.posted_on, posting.posted_by,
                        posting.removed_on, posting.photo_attachment_id, name,
                    ))  # fmt: skip
                self.posted_by = rows[-1].posted_by if rows else ""
                thumbnails, problems = self._load_thumbnails(session, photos)
        else:
            thumbnails, problems = {}, {}
        self.model.set_rows(rows)
        self.model.set_photos(thumbnails, problems)
        self.table.horizontalHeader().resizeSection(COL_PHOTO, THUMBNAIL.width() + 140)
        if chosen is not None:
            self.select(chosen.posting_id)
        self._show_heading()
        self._update_buttons()

    def _load_thumbnails(self, session, photos: dict[int, int]) -> tuple[dict[int, QPixmap], dict[int, str]]:
        thumbnails, problems = {}, {}
        for posting_id, attachment_id in photos.items():
            if attachment_id not in self._thumbnails:
                try:
                    data = posting_photo(session, self.context.municipality_id, posting_id)
                except UserError as error:
                    problems[posting_id] = str(error)
                    continue
                picture = thumbnail(data) if data else None
                if picture is None:
                    problems[posting_id] = self.tr("The photo cannot be shown: the file is not a picture.")
                    continue
                self._thumbnails[attachment_id] = picture
            thumbnails[posting_id] = self._thumbnails[attachment_id]
        return thumbnails, problems

    # --- selection -----------------------------------------------------------------------------------

    def selected(self) -> PostingRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, posting_id: int) -> None:
        row = self.model.row_of(posting_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.notice_id is not None)
        for button in (self.edit_button, self.removal_button, self.delete_button, self.photo_button):
            button.setEnabled(chosen is not None)
        has_photo = chosen is not None and chosen.photo_id is not None
        self.open_photo_button.setEnabled(has_photo)
        self.remove_photo_button.setEnabled(has_photo)

    def _double_clicked(self, index) -> None:
        if index.column() == COL_PHOTO and self.selected() and self.selected().photo_id is not None:
            self.open_photo()
        else:
            self.edit_selected()

    # --- postings ------------------------------------------------------------------------------------

    def add_posting(self) -> None:
        from bmb_desktop.ui.dialogs.notices.posting_dialog import PostingDialog

        if self.notice_id is None:
            return
        default = self.posted_by or self.context.settings.user_name
        self.dialog = PostingDialog(self.context, self.notice_id, posted_by=default, parent=self)
        self.dialog.accepted.connect(lambda: self._changed(self.dialog.posting_id))
        self.dialog.open()

    def edit_selected(self) -> None:
        from bmb_desktop.ui.dialogs.notices.posting_dialog import PostingDialog

        chosen = self.selected()
        if chosen is None or self.notice_id is None:
            return
        self.dialog = PostingDialog(self.context, self.notice_id, posting_id=chosen.posting_id, parent=self)
        self.dialog.accepted.connect(lambda: self._changed(chosen.posting_id))
        self.dialog.open()

    def record_removal(self) -> None:
        from bmb_desktop.ui.dialogs.notices.removal_dialog import RemovalDialog

        chosen = self.selected()
        if chosen is None:
            return
        self.dialog = RemovalDialog(self.context, chosen.posting_id, board=chosen.board, parent=self)
        self.dialog.accepted.connect(lambda: self._changed(chosen.posting_id))
        self.dialog.open()

    def delete_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = self.tr("Delete the posting on «%1» of %2 from the log?").replace("%1", chosen.board)
        if confirm and not self._confirm(question.replace("%2", chosen.posted_on.strftime("%d.%m.%Y")), self.tr("Delete")):
            return
        self._run(lambda session: delete_posting(session, self.context.municipality_id, chosen.posting_id))
        self._changed(None)

    def _changed(self, posting_id: int | None) -> None:
        self.refresh()
        if posting_id is not None:
            self.select(posting_id)
        if self.notice_id is not None:
            self.changed.emit(self.notice_id)

    # --- photos --------------------------------------------------------------------------------------

    def choose_photo(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the posted notice"), folder, self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        if path:
            self.add_photo(Path(path))

    def add_photo(self, path: Path) -> None:
        """Keep the photo in the background (a phone's photo takes a moment), then show it."""
        chosen = self.selected()
        if chosen is None:
            return
        database, municipality_id, posting_id = self.context.database, self.context.municipality_id, chosen.posting_id

        def store() -> int:
            with database.session() as session:
                return attach_posting_photo(session, municipality_id, posting_id, source=path).id

        self.context.tasks.run(
            store, on_result=self._changed, on_error=lambda error: show_error(self, error), busy_parent=self,
            busy_text=self.tr("Keeping the photo…"),
        )  # fmt: skip

    def open_photo(self) -> Path | None:
        from bmb_desktop.ui.dialogs.acts.attachments_panel import open_file

        chosen = self.selected()
        if chosen is None or chosen.photo_id is None:
            return None
        return open_file(self.context, self, chosen.photo_id, chosen.photo_name or f"photo-{chosen.posting_id}.jpg")

    def remove_photo(self, *, confirm: bool = True) -> None:
        chosen = self.selected()
        if chosen is None or chosen.photo_id is None:
            return
        if confirm and not self._confirm(self.tr("Remove the photo of this posting?"), self.tr("Remove")):
            return
        self._run(lambda session: remove_posting_photo(session, self.context.municipality_id, chosen.posting_id))
        self._changed(chosen.posting_id)

    # --- helpers -------------------------------------------------------------------------------------

    def _run(self, work) -> bool:
        try:
            with self.context.database.session() as session:
                work(session)
        except UserError as error:
            show_error(self, error)
            return False
        return True

    def _confirm(self, question: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.window().windowTitle(), question, parent=self)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes
