"""The municipality's notice boards and each posting of a notice on them, with a photo as proof.

A board that carried notices is never deleted, only taken out of use, so the postings it carried
keep their place. A photo is kept like every attachment (``services.attachments``: SHA-256 name,
written under a temporary name, flushed and renamed) and removed with its posting.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.dates import short_date
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.notices import get_notice
from bmb_desktop.storage.models import NoticeBoard, Posting

NAME_LENGTH = 200
LOCATION_LENGTH = 300


@dataclass(frozen=True)
class PostingDraft:
    board_id: int | None
    posted_on: date | None
    posted_by: str = ""
    removed_on: date | None = None


# Boards


def boards(session: Session, municipality_id: int, *, in_use_only: bool = False) -> list[NoticeBoard]:
    query = select(NoticeBoard).where(NoticeBoard.municipality_id == municipality_id)
    if in_use_only:
        query = query.where(NoticeBoard.in_use.is_(True))
    return list(session.scalars(query.order_by(NoticeBoard.position, NoticeBoard.id)))


def add_board(session: Session, municipality_id: int, *, name: str, location: str = "") -> NoticeBoard:
    _check_board(session, municipality_id, name, location)
    last = session.scalar(select(func.max(NoticeBoard.position)).where(NoticeBoard.municipality_id == municipality_id))
    board = NoticeBoard(
        municipality_id=municipality_id, name=name.strip(), location=location.strip(), position=(last or 0) + 1, in_use=True
    )
    session.add(board)
    session.commit()
    return board


def update_board(
    session: Session, municipality_id: int, board_id: int, *, name: str, location: str = "", in_use: bool = True
) -> NoticeBoard:
    board = get_board(session, municipality_id, board_id)
    _check_board(session, municipality_id, name, location, board_id=board.id)
    board.name, board.location, board.in_use = name.strip(), location.strip(), in_use
    session.commit()
    return board


def delete_board(session: Session, municipality_id: int, board_id: int) -> None:
    """Delete a board that never carried a notice; one that did can only be taken out of use."""
    board = get_board(session, municipality_id, board_id)
    if session.scalar(select(Posting.id).where(Posting.board_id == board.id).limit(1)) is not None:
        raise UserError(_("Notices were posted on «{name}»; take it out of use instead of deleting it.", name=board.name))
    session.delete(board)
    session.commit()


def reorder_boards(session: Session, municipality_id: int, board_ids: list[int]) -> list[NoticeBoard]:
    """Put the boards in the order given (the order lists and forms show them in)."""
    own = {board.id: board for board in boards(session, municipality_id)}
    if sorted(board_ids) != sorted(own):
        raise ValidationError({"boards": _("Give every notice board exactly once.")})
    for position, board_id in enumerate(board_ids, start=1):
        own[board_id].position = position
    session.commit()
    return [own[board_id] for board_id in board_ids]


def get_board(session: Session, municipality_id: int, board_id: int) -> NoticeBoard:
    board = session.get(NoticeBoard, board_id)
    if board is None or board.municipality_id != municipality_id:
        raise NotFoundError(_("The notice board was not found."))
    return board


def _check_board(session: Session, municipality_id: int, name: str, location: str, *, board_id: int | None = None) -> None:
    problems = {}
    if not name.strip():
        problems["name"] = _("Name the notice board.")
    elif len(name.strip()) > NAME_LENGTH:
        problems["name"] = _("The name is too long: at most {count} characters.", count=NAME_LENGTH)
    elif any(b.name.casefold() == name.strip().casefold() and b.id != board_id for b in boards(session, municipality_id)):
        problems["name"] = _("There is already a notice board named «{name}».", name=name.strip())
    if len(location.strip()) > LOCATION_LENGTH:
        problems["location"] = _("The place is too long: at most {count} characters.", count=LOCATION_LENGTH)
    if problems:
        raise ValidationError(problems)


# Postings


def check_posting(session: Session, municipality_id: int, notice_id: int, draft: PostingDraft, *, posting_id: int | None = None) -> dict[str, str]:
    notice = get_notice(session, municipality_id, notice_id)
    problems: dict[str, str] = {}
    board = session.get(NoticeBoard, draft.board_id) if draft.board_id is not None else None
    if board is None or board.municipality_id != municipality_id:
        problems["board_id"] = _("Choose the notice board.")
    if draft.posted_on is None:
        problems["posted_on"] = _("Enter the day the notice was posted.")
    elif draft.posted_on < notice.created_on:
        problems["posted_on"] = _("A notice cannot be posted before its date ({date}).", date=short_date(notice.created_on))
    elif draft.removed_on is not None and draft.removed_on < draft.posted_on:
        problems["removed_on"] = _("A notice cannot be taken down before it was posted.")
    if not problems:
        clash = next((p for p in notice.postings if p.id != posting_id and p.board_id == board.id and _overlap(p, draft)), None)
        if clash is not None:
            problems["board_id"] = _("The notice already hung on «{name}» then (posted {date}).",
                                     name=board.name, date=short_date(clash.posted_on))  # fmt: skip
    return problems


def add_posting(session: Session, municipality_id: int, notice_id: int, *, draft: PostingDraft) -> Posting:
    _validate_posting(session, municipality_id, notice_id, draft)
    posting = Posting()
    _apply_posting(session, posting, draft)
    # Through the collection: sessions keep loaded objects across commits, so it must stay current.
    # The notice is held in a name: a temporary would be collected before the flush reaches it.
    notice = get_notice(session, municipality_id, notice_id)
    notice.postings.append(posting)
    session.commit()
    return posting


def update_posting(session: Session, municipality_id: int, posting_id: int, *, draft: PostingDraft) -> Posting:
    posting = get_posting(session, municipality_id, posting_id)
    _validate_posting(session, municipality_id, posting.notice_id, draft, posting_id=posting.id)
    _apply_posting(session, posting, draft)
    session.commit()
    return posting


def record_removal(session: Session, municipality_id: int, posting_id: int, *, removed_on: date | None) -> Posting:
    """The day the notice was taken down (None: it hangs again)."""
    posting = get_posting(session, municipality_id, posting_id)
    draft = PostingDraft(posting.board_id, posting.posted_on, posting.posted_by, removed_on)
    return update_posting(session, municipality_id, posting.id, draft=draft)


def delete_posting(session: Session, municipality_id: int, posting_id: int) -> None:
    posting = get_posting(session, municipality_id, posting_id)
    photo_id = posting.photo_attachment_id
    posting.notice.postings.remove(posting)  # deleted as an orphan
    session.commit()
    if photo_id is not None:
        _forget_photo(session, photo_id)


def get_posting(session: Session, municipality_id: int, posting_id: int) -> Posting:
    posting = session.get(Posting, posting_id)
    if posting is None or posting.notice.municipality_id != municipality_id:
        raise NotFoundError(_("The posting was not found."))
    return posting


# Photos


def attach_posting_photo(
    session: Session, municipality_id: int, posting_id: int, *,
    source: Path | None = None, data: bytes | None = None, file_name: str = "",
) -> Posting:
    """Keep a photo of the posted notice as proof; it replaces an earlier photo of that posting."""
    from bmb_desktop.services.attachments import store_attachment

    posting = get_posting(session, municipality_id, posting_id)
    name = file_name or (Path(source).name if source is not None else "")
    media_type = mimetypes.guess_type(name)[0] or ""
    if not media_type.startswith("image/"):
        raise ValidationError({"photo": _("Choose a photo (a JPEG or PNG picture).")})
    description = _("Photo of «{title}» on «{board}», {date}", title=posting.notice.title, board=posting.board.name,
                    date=short_date(posting.posted_on))  # fmt: skip
    attachment = store_attachment(
        session, municipality_id, source=source, data=data, file_name=name, media_type=media_type, description=description
    )
    previous = posting.photo_attachment_id
    posting.photo_attachment_id = attachment.id
    session.commit()
    if previous is not None and previous != attachment.id:
        _forget_photo(session, previous)
    return posting


def remove_posting_photo(session: Session, municipality_id: int, posting_id: int) -> Posting:
    posting = get_posting(session, municipality_id, posting_id)
    photo_id = posting.photo_attachment_id
    if photo_id is not None:
        posting.photo_attachment_id = None
        session.commit()
        _forget_photo(session, photo_id)
    return posting


def posting_photo(session: Session, municipality_id: int, posting_id: int) -> bytes | None:
    """The photo's bytes, checked against its checksum; None when the posting has no photo."""
    from bmb_desktop.services.attachments import read_attachment

    posting = get_posting(session, municipality_id, posting_id)
    return read_attachment(session, posting.photo_attachment_id) if posting.photo_attachment_id else None


def board_listing(session: Session, municipality_id: int):
    """Every board with what hangs on it now."""
    from bmb_desktop.services.listing import Listing

    hanging = dict(session.execute(
        select(Posting.board_id, func.count()).where(Posting.removed_on.is_(None)).group_by(Posting.board_id)
    ).all())  # fmt: skip
    rows = [
        (board.id, board.position, board.name, board.location, _("yes") if board.in_use else _("no"), hanging.get(board.id, 0))
        for board in boards(session, municipality_id)
    ]
    return Listing(
        columns=(_("ID"), _("No."), _("Notice board"), _("Where"), _("In use"), _("Notices posted now")),
        keys=("id", "position", "name", "location", "in_use", "posted_now"),
        rows=rows,
    )


def _validate_posting(session: Session, municipality_id: int, notice_id: int, draft: PostingDraft, *, posting_id: int | None = None) -> None:
    problems = check_posting(session, municipality_id, notice_id, draft, posting_id=posting_id)
    if problems:
        raise ValidationError(problems)


def _apply_posting(session: Session, posting: Posting, draft: PostingDraft) -> None:
    posting.board, posting.posted_on = session.get(NoticeBoard, draft.board_id), draft.posted_on
    posting.posted_by, posting.removed_on = draft.posted_by.strip(), draft.removed_on


def _overlap(posting: Posting, draft: PostingDraft) -> bool:
    """Whether two postings on one board hung at the same time (an open end hangs still)."""
    far = date.max
    return posting.posted_on <= (draft.removed_on or far) and draft.posted_on <= (posting.removed_on or far)


def _forget_photo(session: Session, attachment_id: int) -> None:
    """Remove a photo no posting shows any more (its file goes once nothing else refers to it)."""
    from bmb_desktop.services.attachments import remove_attachment

    if session.scalar(select(Posting.id).where(Posting.photo_attachment_id == attachment_id).limit(1)) is None:
        remove_attachment(session, attachment_id)
