"""Recording where and when a notice was posted, by whom, and when it was taken down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from bmb_desktop.services.notice_boards import PostingDraft, add_posting, boards, get_posting, update_posting
from bmb_desktop.services.notices import get_notice
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data

NAME_LENGTH = 200


class PostingDialog(FormDialog):
    """A new posting of ``notice_id``, or the posting ``posting_id`` to correct."""

    def __init__(
        self, context: AppContext, notice_id: int, *, posting_id: int | None = None, posted_by: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.context, self.notice_id, self.posting_id = context, notice_id, posting_id
        self.board = self.add_field("board_id", QComboBox(self))
        self.posted_on = self.add_field("posted_on", DateField(parent=self))
        self.posted_by = self.add_field("posted_by", QLineEdit(self))
        self.posted_by.setMaxLength(NAME_LENGTH)
        self.removed_on = self.add_field("removed_on", DateField(optional=True, parent=self))
        draft = self._load(posted_by)
        self.set_draft(draft)
        self.retranslate_ui()

    def _load(self, posted_by: str) -> PostingDraft:
        municipality_id = self.context.municipality_id
        with self.context.database.session() as session:
            notice = get_notice(session, municipality_id, self.notice_id)
            self.notice_title = notice.title
            hanging = {posting.board_id for posting in notice.postings if posting.removed_on is None}
            current = None
            if self.posting_id is not None:
                posting = get_posting(session, municipality_id, self.posting_id)
                draft = PostingDraft(posting.board_id, posting.posted_on, posting.posted_by, posting.removed_on)
                current = posting.board_id
            # Boards in use; a board taken out of use stays offered for the posting it carried.
            offered = [board for board in boards(session, municipality_id) if board.in_use or board.id == current]
            for board in offered:
                self.board.addItem(board.name, board.id)
                self.board.setItemData(self.board.count() - 1, board.location or board.name, Qt.ItemDataRole.ToolTipRole)
            if self.posting_id is None:
                # The next board in the list the notice does not hang on yet.
                free = next((board.id for board in offered if board.id not in hanging), None)
                draft = PostingDraft(free, self.context.today(), posted_by)
        return draft

    def set_draft(self, draft: PostingDraft) -> None:
        choose_data(self.board, draft.board_id)
        self.posted_on.set_date(draft.posted_on)
        self.posted_by.setText(draft.posted_by)
        self.removed_on.set_date(draft.removed_on)

    def draft(self) -> PostingDraft:
        return PostingDraft(self.board.currentData(), self.posted_on.date(), self.posted_by.text(), self.removed_on.date())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Posting of the notice") if self.posting_id is None else self.tr("Correct the posting"))
        self.set_intro(self.tr("Notice: «%1»").replace("%1", self.notice_title))
        self.labels["board_id"].setText(self.tr("Notice board"))
        self.labels["posted_on"].setText(self.tr("Posted on"))
        self.labels["posted_by"].setText(self.tr("Posted by"))
        self.labels["removed_on"].setText(self.tr("Taken down on"))
        self.board.setPlaceholderText(self.tr("choose the board"))
        self.posted_by.setPlaceholderText(self.tr("e.g. A. Saitova"))
        self.retranslate_buttons(self.tr("Record the posting") if self.posting_id is None else self.tr("Save"))

    def submit(self) -> None:
        with self.context.database.session() as session:
            if self.posting_id is None:
                # Held while adding: the service appends through a notice it does not keep a reference to,
                # and the session keeps unchanged objects only weakly.
                notice = get_notice(session, self.context.municipality_id, self.notice_id)
                self.posting_id = add_posting(session, self.context.municipality_id, notice.id, draft=self.draft()).id
            else:
                update_posting(session, self.context.municipality_id, self.posting_id, draft=self.draft())
