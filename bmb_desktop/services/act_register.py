"""The registers the acts screen shows: every act with the state of the answers it awaits, and every
letter with the answer a request awaits (A4, A5, P8). Plain rows with ids; the words are the screen's.

The deadlines come from ``services.deadlines``, so the register and the home screen always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain.deadlines import DeadlineState
from bmb_desktop.domain.enums import ActStatus, LetterKind, RecommendationStatus
from bmb_desktop.services.deadlines import DeadlineItem, all_deadlines
from bmb_desktop.services.letters import letter_label
from bmb_desktop.storage.models import Act, Letter

# The most pressing state of an act's answers comes first; an act shows only that one.
URGENCY = (
    DeadlineState.OVERDUE,
    DeadlineState.DUE_THIS_WEEK,
    DeadlineState.UPCOMING,
    DeadlineState.ANSWERED_LATE,
    DeadlineState.ANSWERED_ON_TIME,
)
CLOSED = (RecommendationStatus.IMPLEMENTED, RecommendationStatus.REJECTED, RecommendationStatus.NOT_CONSIDERED)


@dataclass(frozen=True)
class ActRow:
    act_id: int
    number: str  # "3/2026"; empty for a draft
    year: int  # of the act, or for a draft of its monitoring period (or last change)
    issued_on: date | None
    status: ActStatus
    object_name: str
    subject: str
    recommendations: int
    open_recommendations: int  # not yet implemented, rejected or left unconsidered
    deadline: DeadlineState | None  # the most pressing answer the act awaits, if any
    due_on: date | None  # the due day of that answer
    supersedes: str = ""  # the number of the act this one corrects
    superseded_by: str = ""


@dataclass(frozen=True)
class LetterRow:
    letter_id: int
    number: str  # "5/2026"
    kind: LetterKind
    sent_on: date | None
    addressee: str  # the first line: the organisation
    subject: str
    received_on: date | None
    due_on: date | None  # an information request's answer (P8)
    answered_on: date | None
    deadline: DeadlineState | None
    act_id: int | None


def most_pressing(items: list[DeadlineItem]) -> DeadlineItem | None:
    return min(items, key=lambda item: (URGENCY.index(item.state), item.deadline.due_on), default=None)


def act_register(session: Session, municipality_id: int, *, today: date) -> list[ActRow]:
    """Every act, the newest first (drafts on top), with its answers' most pressing state."""
    acts = session.scalars(
        select(Act).where(Act.municipality_id == municipality_id)
        .options(selectinload(Act.monitored_object), selectinload(Act.recommendations))
    ).all()  # fmt: skip
    by_id = {act.id: act for act in acts}
    replaced_by = {act.supersedes_act_id: act for act in acts if act.supersedes_act_id and act.status is not ActStatus.DRAFT}
    deadlines: dict[int, list[DeadlineItem]] = {}
    for item in all_deadlines(session, municipality_id, today=today):
        if item.act_id is not None:
            deadlines.setdefault(item.act_id, []).append(item)
    rows = []
    for act in acts:
        pressing = most_pressing(deadlines.get(act.id, []))
        old = by_id.get(act.supersedes_act_id) if act.supersedes_act_id else None
        newer = replaced_by.get(act.id)
        rows.append(ActRow(
            act_id=act.id, number=act.display_number, year=_year(act), issued_on=act.issued_on, status=act.status,
            object_name=act.monitored_object.name if act.monitored_object else "", subject=act.subject,
            recommendations=len(act.recommendations),
            open_recommendations=sum(1 for r in act.recommendations if r.status not in CLOSED),
            deadline=pressing.state if pressing else None, due_on=pressing.deadline.due_on if pressing else None,
            supersedes=old.display_number if old else "", superseded_by=newer.display_number if newer else "",
        ))  # fmt: skip
    return sorted(rows, key=lambda row: (row.status is not ActStatus.DRAFT, -row.year, -_serial(by_id[row.act_id])))


def _year(act: Act) -> int:
    if act.year is not None:
        return act.year
    day = act.period_end or act.period_start
    return day.year if day else act.updated_at.year


def _serial(act: Act) -> int:
    return act.number if act.number is not None else act.id


def issued_acts(session: Session, municipality_id: int, *, today: date) -> list[ActRow]:
    """Acts in force or superseded: what a follow-up note or a cover letter can name."""
    return [row for row in act_register(session, municipality_id, today=today) if row.status is not ActStatus.DRAFT]


def letter_register(session: Session, municipality_id: int, *, today: date) -> list[LetterRow]:
    """Every letter, the newest first; a request shows when its answer is due and where it stands."""
    deadlines = {
        item.letter_id: item for item in all_deadlines(session, municipality_id, today=today) if item.letter_id is not None
    }
    rows = []
    for letter in session.scalars(select(Letter).where(Letter.municipality_id == municipality_id)):
        item = deadlines.get(letter.id)
        rows.append(LetterRow(
            letter_id=letter.id, number=letter_label(letter), kind=letter.kind, sent_on=letter.sent_on,
            addressee=(letter.addressee.splitlines() or [""])[0], subject=letter.subject,
            received_on=letter.received_on, due_on=item.deadline.due_on if item else None,
            answered_on=letter.answered_on, deadline=item.state if item else None, act_id=letter.act_id,
        ))  # fmt: skip
    return sorted(rows, key=lambda row: (row.sent_on or date.min, _letter_serial(row.number)), reverse=True)


def _letter_serial(number: str) -> int:
    head = number.split("/")[0]
    return int(head) if head.isdigit() else 0
