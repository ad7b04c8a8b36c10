"""Notices for the notice boards: preparing, editing and removing them, and listing them.

A new notice is written from the data by ``notice_texts.fill_notice`` unless the secretary brings
her own text; from then on the stored title and text are hers, and changing the notice's links or
event never rewrites them (``refilled_draft`` offers a fresh text the window may show).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain.enum_inputs import EnumFields
from bmb_desktop.domain.enums import ActStatus, FormationKind, MeetingKind, NoticeKind
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.locale.labels import label
from bmb_desktop.storage.models import Act, FormationProcess, Meeting, Notice, Plan, PlanItem, PlanVersion, Posting, Resolution

PAPER_SIZES = ("A4", "A3")
TITLE_LENGTH = 300
PLACE_LENGTH = 300


@dataclass(frozen=True)
class NoticeDraft(EnumFields):
    """What the notice form holds; links say what the notice announces."""

    kind: NoticeKind
    title: str = ""
    body: str = ""
    created_on: date | None = None
    paper_size: str = "A4"
    event_on: date | None = None
    event_time: time | None = None
    event_place: str = ""
    meeting_id: int | None = None
    act_id: int | None = None
    resolution_id: int | None = None
    plan_item_id: int | None = None


def draft_of(notice: Notice) -> NoticeDraft:
    return NoticeDraft(
        kind=notice.kind, title=notice.title, body=notice.body, created_on=notice.created_on,
        paper_size=notice.paper_size, event_on=notice.event_on, event_time=notice.event_time,
        event_place=notice.event_place, meeting_id=notice.meeting_id, act_id=notice.act_id,
        resolution_id=notice.resolution_id, plan_item_id=notice.plan_item_id,
    )  # fmt: skip


def with_event(draft: NoticeDraft, *, on: date | None, at: time | None = None, place: str = "") -> NoticeDraft:
    """``draft`` with the event taken from what it links to, where the secretary left it empty."""
    return replace(
        draft, event_on=draft.event_on or on, event_time=draft.event_time or at,
        event_place=draft.event_place or place,
    )  # fmt: skip


def check_notice(session: Session, municipality_id: int, draft: NoticeDraft) -> dict[str, str]:
    """Problems by field; empty when the notice can be saved. The text itself is the secretary's."""
    problems = draft.enum_problems()
    if problems:
        return problems
    if not draft.title.strip():
        problems["title"] = _("Enter the title of the notice.")
    elif len(draft.title.strip()) > TITLE_LENGTH:
        problems["title"] = _("The title is too long: at most {count} characters.", count=TITLE_LENGTH)
    if not draft.body.strip():
        problems["body"] = _("Enter the text of the notice.")
    if draft.created_on is None:
        problems["created_on"] = _("Enter the date of the notice.")
    if draft.paper_size not in PAPER_SIZES:
        problems["paper_size"] = _("Choose A4 or A3 paper.")
    if len(draft.event_place.strip()) > PLACE_LENGTH:
        problems["event_place"] = _("The place is too long: at most {count} characters.", count=PLACE_LENGTH)
    if draft.event_time is not None and draft.event_on is None:
        problems["event_on"] = _("Enter the date of the event as well as its time.")
    return problems | _link_problems(session, municipality_id, draft)


def create_notice(session: Session, municipality_id: int, *, draft: NoticeDraft) -> Notice:
    """Save a new notice; a notice brought without a title and text is first written from the data."""
    from bmb_desktop.services.notice_texts import fill_notice

    if not draft.enum_problems() and draft.kind is not NoticeKind.FREE and not draft.title.strip() and not draft.body.strip():
        draft = fill_notice(session, municipality_id, draft)
    _validate(session, municipality_id, draft)
    notice = Notice(municipality_id=municipality_id)
    _apply(notice, draft)
    session.add(notice)
    session.commit()
    return notice


def update_notice(session: Session, municipality_id: int, notice_id: int, *, draft: NoticeDraft) -> Notice:
    """Store the secretary's version of the notice as she wrote it."""
    notice = get_notice(session, municipality_id, notice_id)
    _validate(session, municipality_id, draft)
    _apply(notice, draft)
    session.commit()
    return notice


def delete_notice(session: Session, municipality_id: int, notice_id: int) -> None:
    """Remove a notice with its postings and their photos."""
    from bmb_desktop.services.notice_boards import delete_posting

    notice = get_notice(session, municipality_id, notice_id)
    for posting_id in [posting.id for posting in notice.postings]:
        delete_posting(session, municipality_id, posting_id)
    session.delete(notice)
    session.commit()


def refilled_draft(session: Session, municipality_id: int, notice_id: int, *, language: str | None = None) -> NoticeDraft:
    """The notice written afresh from today's data, not saved: the secretary chooses to take it."""
    from bmb_desktop.services.notice_texts import fill_notice

    notice = get_notice(session, municipality_id, notice_id)
    return fill_notice(session, municipality_id, draft_of(notice), language=language)


def get_notice(session: Session, municipality_id: int, notice_id: int) -> Notice:
    notice = session.get(Notice, notice_id)
    if notice is None or notice.municipality_id != municipality_id:
        raise NotFoundError(_("There is no notice {number} in this database.", number=notice_id))
    return notice


def notices(session: Session, municipality_id: int) -> list[Notice]:
    return list(session.scalars(
        select(Notice).where(Notice.municipality_id == municipality_id)
        .options(selectinload(Notice.postings)).order_by(Notice.created_on, Notice.id)
    ))  # fmt: skip


def first_posted_on(notice: Notice) -> date | None:
    return min((posting.posted_on for posting in notice.postings), default=None)


def publication_on_boards(session: Session, process: FormationProcess) -> tuple[date, str] | None:
    """The first posting of a composition notice during a new group's formation, with the notice's
    title: it counts as the F5 publication when the formation step has no date of its own.

    A formation runs from its start until the next new-group formation starts.
    """
    if process.kind is not FormationKind.NEW_GROUP:
        return None
    following = session.scalar(
        select(func.min(FormationProcess.started_on)).where(
            FormationProcess.municipality_id == process.municipality_id,
            FormationProcess.kind == FormationKind.NEW_GROUP,
            FormationProcess.started_on > process.started_on,
        )
    )  # fmt: skip
    query = (
        select(Posting.posted_on, Notice.title)
        .join(Notice, Posting.notice_id == Notice.id)
        .where(
            Notice.municipality_id == process.municipality_id,
            Notice.kind == NoticeKind.COMPOSITION,
            Posting.posted_on >= process.started_on,
        )
        .order_by(Posting.posted_on, Posting.id)
        .limit(1)
    )
    if following is not None:
        query = query.where(Posting.posted_on < following)
    row = session.execute(query).first()
    return (row.posted_on, row.title) if row else None


def notice_listing(session: Session, municipality_id: int):
    """Every notice with its event, first posting and boards where it hangs now."""
    from bmb_desktop.services.listing import Listing

    rows = []
    for notice in notices(session, municipality_id):
        hanging = sum(1 for posting in notice.postings if posting.removed_on is None)
        rows.append((
            notice.id, notice.created_on, label(notice.kind), notice.title, notice.event_on,
            first_posted_on(notice), len(notice.postings), hanging,
        ))  # fmt: skip
    return Listing(
        columns=(_("ID"), _("Date"), _("Kind"), _("Title"), _("Event"), _("First posted"), _("Postings"), _("Posted now")),
        keys=("id", "date", "kind", "title", "event_on", "first_posted_on", "postings", "posted_now"),
        rows=rows,
    )


def _validate(session: Session, municipality_id: int, draft: NoticeDraft) -> None:
    problems = check_notice(session, municipality_id, draft)
    if problems:
        raise ValidationError(problems)


def _apply(notice: Notice, draft: NoticeDraft) -> None:
    notice.kind, notice.title, notice.body = draft.kind, draft.title.strip(), draft.body.strip()
    notice.created_on, notice.paper_size = draft.created_on, draft.paper_size
    notice.event_on, notice.event_time, notice.event_place = draft.event_on, draft.event_time, draft.event_place.strip()
    notice.meeting_id, notice.act_id = draft.meeting_id, draft.act_id
    notice.resolution_id, notice.plan_item_id = draft.resolution_id, draft.plan_item_id


def _link_problems(session: Session, municipality_id: int, draft: NoticeDraft) -> dict[str, str]:
    """Each link must be the municipality's own and of the kind the notice announces."""
    problems: dict[str, str] = {}
    if draft.meeting_id is not None:
        meeting = session.get(Meeting, draft.meeting_id)
        wanted = {NoticeKind.GATHERING: MeetingKind.COMMUNITY_GATHERING, NoticeKind.COMPOSITION: MeetingKind.GROUP_MEETING}
        if meeting is None or meeting.municipality_id != municipality_id:
            problems["meeting_id"] = _("The meeting was not found.")
        elif draft.kind in wanted and meeting.kind is not wanted[draft.kind]:
            problems["meeting_id"] = _("Choose a meeting of this kind: {kind}.", kind=label(wanted[draft.kind]))
    if draft.act_id is not None:
        act = session.get(Act, draft.act_id)
        if act is None or act.municipality_id != municipality_id:
            problems["act_id"] = _("The act was not found.")
        elif act.status is ActStatus.DRAFT:
            problems["act_id"] = _("The act is still a draft: issue it first.")
    elif draft.kind is NoticeKind.ACT_SUMMARY:
        problems["act_id"] = _("Choose the act the notice summarises.")
    if draft.resolution_id is not None:
        resolution = session.get(Resolution, draft.resolution_id)
        if resolution is None or resolution.municipality_id != municipality_id:
            problems["resolution_id"] = _("The council resolution was not found.")
    if draft.plan_item_id is not None:
        owner = session.scalar(
            select(Plan.municipality_id).join(PlanVersion, PlanVersion.plan_id == Plan.id)
            .join(PlanItem, PlanItem.version_id == PlanVersion.id).where(PlanItem.id == draft.plan_item_id)
        )  # fmt: skip
        if owner != municipality_id:
            problems["plan_item_id"] = _("Choose an item of the plan.")
    return problems

