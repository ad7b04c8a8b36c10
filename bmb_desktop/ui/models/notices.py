"""Tables of the notices screen: the notices with their warning mark, one notice's postings with the
photo's thumbnail, and the municipality's notice boards."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.locale.labels import label
from bmb_desktop.services.notices import first_posted_on
from bmb_desktop.ui.formatting import display_date, sort_key
from bmb_desktop.ui.models.rows import QUIET_COLOUR, WARNING_COLOUR, RowsModel

COL_DATE, COL_KIND, COL_TITLE, COL_POSTINGS, COL_FIRST_POSTED, COL_WARNING = range(6)
COL_BOARD, COL_POSTED_ON, COL_POSTED_BY, COL_REMOVED_ON, COL_PHOTO = range(5)
COL_POSITION, COL_NAME, COL_LOCATION, COL_IN_USE, COL_POSTED_NOW = range(5)
REMINDER_COLOUR = QColor("#9a5b00")
WARNING_MARK = "⚠"


@dataclass(frozen=True)
class NoticeRow:
    notice_id: int
    created_on: date
    kind: NoticeKind
    title: str
    postings: int
    posted_now: int  # postings not taken down yet
    first_posted_on: date | None
    findings: tuple[RuleFinding, ...] = ()

    @property
    def broken(self) -> bool:
        return any(finding.severity is Severity.BROKEN for finding in self.findings)


def notice_rows(notices: Iterable, findings: Iterable[RuleFinding]) -> list[NoticeRow]:
    """A row per notice with the posting checks about it: each names its notice as «title»."""
    findings = list(findings)
    rows = []
    for notice in notices:
        quoted = f"«{notice.title}»"
        rows.append(NoticeRow(
            notice_id=notice.id, created_on=notice.created_on, kind=notice.kind, title=notice.title,
            postings=len(notice.postings), posted_now=sum(1 for p in notice.postings if p.removed_on is None),
            first_posted_on=first_posted_on(notice),
            findings=tuple(finding for finding in findings if quoted in finding.message),
        ))  # fmt: skip
    return rows


class NoticesModel(RowsModel[NoticeRow]):
    NUMERIC = frozenset({COL_POSTINGS})

    def row_of(self, notice_id: int) -> int:
        return self.row_where(lambda row: row.notice_id == notice_id)

    def column_titles(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Postings"), self.tr("First posted"),
                self.tr("Deadline")]  # fmt: skip

    def text(self, row: NoticeRow, column: int) -> str:
        if column == COL_DATE:
            return display_date(row.created_on)
        if column == COL_KIND:
            return label(row.kind)
        if column == COL_TITLE:
            return row.title
        if column == COL_POSTINGS:
            return str(row.postings)
        if column == COL_FIRST_POSTED:
            return display_date(row.first_posted_on) or self.tr("not posted")
        if column == COL_WARNING:
            return WARNING_MARK if row.findings else ""
        return ""

    def tooltip(self, row: NoticeRow, column: int) -> str:
        if column == COL_WARNING:
            return "\n".join(finding.text() for finding in row.findings)
        if column == COL_POSTINGS:
            return self.tr("Hanging now on %1 of them").replace("%1", str(row.posted_now))
        return ""

    def foreground(self, row: NoticeRow, column: int) -> QColor | None:
        if column == COL_WARNING and row.findings:
            return WARNING_COLOUR if row.broken else REMINDER_COLOUR
        if column == COL_FIRST_POSTED and row.first_posted_on is None:
            return QUIET_COLOUR
        return None

    def sort_value(self, row: NoticeRow, column: int) -> object:
        if column == COL_DATE:
            return f"{row.created_on.isoformat()}-{row.notice_id:09d}"  # a later record first on one day
        if column == COL_FIRST_POSTED:
            return sort_key(row.first_posted_on)
        if column == COL_POSTINGS:
            return row.postings
        if column == COL_WARNING:
            return (2 if row.broken else 1) if row.findings else 0
        return super().sort_value(row, column)


@dataclass(frozen=True)
class PostingRow:
    posting_id: int
    board: str
    board_in_use: bool
    posted_on: date
    posted_by: str
    removed_on: date | None
    photo_id: int | None
    photo_name: str = ""


class PostingsModel(RowsModel[PostingRow]):
    """The posting log of one notice; the photo column shows a thumbnail or why there is none."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.thumbnails: dict[int, QPixmap] = {}  # by posting
        self.photo_problems: dict[int, str] = {}  # by posting: a photo whose file is missing or damaged

    def set_photos(self, thumbnails: dict[int, QPixmap], problems: dict[int, str]) -> None:
        self.thumbnails, self.photo_problems = thumbnails, problems
        self.refresh_texts()

    def row_of(self, posting_id: int) -> int:
        return self.row_where(lambda row: row.posting_id == posting_id)

    def column_titles(self) -> list[str]:
        return [self.tr("Notice board"), self.tr("Posted on"), self.tr("Posted by"), self.tr("Taken down on"),
                self.tr("Photo")]  # fmt: skip

    def text(self, row: PostingRow, column: int) -> str:
        if column == COL_BOARD:
            return row.board if row.board_in_use else self.tr("%1 (out of use)").replace("%1", row.board)
        if column == COL_POSTED_ON:
            return display_date(row.posted_on)
        if column == COL_POSTED_BY:
            return row.posted_by
        if column == COL_REMOVED_ON:
            return display_date(row.removed_on) or self.tr("hanging")
        if column == COL_PHOTO:
            if row.photo_id is None:
                return self.tr("no photo")
            if row.posting_id in self.photo_problems:
                return WARNING_MARK + " " + self.tr("file missing or damaged")
        return ""

    def tooltip(self, row: PostingRow, column: int) -> str:
        if column == COL_PHOTO and row.photo_id is not None:
            return self.photo_problems.get(row.posting_id, row.photo_name)
        return ""

    def foreground(self, row: PostingRow, column: int) -> QColor | None:
        if column == COL_PHOTO and row.posting_id in self.photo_problems:
            return WARNING_COLOUR
        if (column == COL_REMOVED_ON and row.removed_on is None) or (column == COL_PHOTO and row.photo_id is None):
            return QUIET_COLOUR
        return None

    def sort_value(self, row: PostingRow, column: int) -> object:
        if column in (COL_POSTED_ON, COL_REMOVED_ON):
            return sort_key(row.posted_on if column == COL_POSTED_ON else row.removed_on)
        return super().sort_value(row, column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == COL_PHOTO:
            return self.thumbnails.get(self.row_at(index.row()).posting_id)
        return super().data(index, role)


@dataclass(frozen=True)
class BoardRow:
    board_id: int
    position: int
    name: str
    location: str
    in_use: bool
    posted_now: int  # notices hanging on it now


class BoardsModel(RowsModel[BoardRow]):
    NUMERIC = frozenset({COL_POSITION, COL_POSTED_NOW})

    def row_of(self, board_id: int) -> int:
        return self.row_where(lambda row: row.board_id == board_id)

    def column_titles(self) -> list[str]:
        return [self.tr("No."), self.tr("Notice board"), self.tr("Where"), self.tr("In use"), self.tr("Notices hanging now")]

    def text(self, row: BoardRow, column: int) -> str:
        if column == COL_POSITION:
            return str(row.position)
        if column == COL_NAME:
            return row.name
        if column == COL_LOCATION:
            return row.location
        if column == COL_IN_USE:
            return self.tr("yes") if row.in_use else self.tr("taken out of use")
        if column == COL_POSTED_NOW:
            return str(row.posted_now)
        return ""

    def foreground(self, row: BoardRow, column: int) -> QColor | None:
        return QUIET_COLOUR if not row.in_use else None

    def sort_value(self, row: BoardRow, column: int) -> object:
        if column in (COL_POSITION, COL_POSTED_NOW):
            return row.position if column == COL_POSITION else row.posted_now
        return super().sort_value(row, column)
