"""The meeting register as the screen lists it, and the members who could attend on a given day.

One row per meeting with the values themselves (kind, quorum, status), not their printed words,
so the register can filter, sort and colour them; ``listing.list_meetings`` prints the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import MeetingKind, MeetingStatus
from bmb_desktop.domain.meetings import protocol_label, quorum_reached
from bmb_desktop.domain.names import full_name, short_name
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.meeting_checks import members_on
from bmb_desktop.services.meeting_summary import Attendee
from bmb_desktop.services.roster import ROLE_ORDER
from bmb_desktop.storage.models import Attendance, Meeting, Membership


@dataclass(frozen=True)
class RegisterRow:
    meeting_id: int
    kind: MeetingKind
    number: int | None
    year: int
    held_on: date
    title: str  # what the event was, else where the meeting was held
    present: int  # members of the group marked present
    membership: int | None  # members active that day; None except at group meetings
    quorum: bool | None  # None where no quorum applies
    status: MeetingStatus

    @property
    def label(self) -> str:
        """The protocol number as printed: "3/2026"."""
        return protocol_label(self.number, self.year)

    @property
    def signed(self) -> bool:
        return self.status is MeetingStatus.SIGNED


def meeting_register(session: Session, municipality_id: int) -> list[RegisterRow]:
    """Every meeting of the municipality, the newest first."""
    present = (
        select(Attendance.meeting_id, func.count().label("present"))
        .where(Attendance.present.is_(True))
        .group_by(Attendance.meeting_id)
        .subquery()
    )
    meetings = session.execute(
        select(Meeting, present.c.present)
        .outerjoin(present, present.c.meeting_id == Meeting.id)
        .where(Meeting.municipality_id == municipality_id)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    ).all()
    terms = session.execute(
        select(Membership.appointed_on, Membership.withdrawn_on).where(Membership.municipality_id == municipality_id)
    ).all()
    rows = []
    for meeting, count in meetings:
        count = count or 0
        group_meeting = meeting.kind is MeetingKind.GROUP_MEETING
        members = members_on(terms, meeting.held_on) if group_meeting else None
        rows.append(RegisterRow(
            meeting_id=meeting.id, kind=meeting.kind, number=meeting.number, year=meeting.year,
            held_on=meeting.held_on, title=meeting.title or meeting.place, present=count, membership=members,
            quorum=quorum_reached(count, members) if group_meeting else None, status=meeting.status,
        ))  # fmt: skip
    return rows


def attendees_on(session: Session, municipality_id: int, day: date) -> tuple[Attendee, ...]:
    """The members active on ``day``, chair first, not marked yet: a new meeting's attendance list."""
    memberships = sorted(active_memberships(session, municipality_id, day), key=lambda m: (ROLE_ORDER[m.role], m.id))
    return tuple(
        Attendee(
            membership_id=m.id, name=short_name(m.person.given_name, m.person.surname),
            full_name=full_name(m.person.surname, m.person.given_name, m.person.patronymic),
            category=m.category, role=m.role, present=None, note="",
        )
        for m in memberships
    )  # fmt: skip
