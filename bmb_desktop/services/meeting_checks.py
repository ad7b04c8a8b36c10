"""Meeting warnings for the home screen and `bmb-desktop check`: quarters without a meeting, absences.

A quarter counts as kept only by a group meeting that had a quorum (M1, M2): a meeting without
one could decide nothing. A member absent from three group meetings in a row has given a ground
for early withdrawal (G8); the warning offers it, the secretary and the council decide.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.domain.meetings import (
    ABSENCES_FOR_WITHDRAWAL,
    consecutive_absences,
    quarters_short_of_meetings,
    quorum_reached,
)
from bmb_desktop.domain.names import short_name
from bmb_desktop.domain.regulation import LOCAL, Regulation, preset
from bmb_desktop.locale.dates import short_date
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.group import active_memberships, regulation_of
from bmb_desktop.storage.models import Attendance, Meeting, Membership, Municipality

QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}
WITHDRAWAL_CLAUSE = "3.4"  # the local regulation lists "absence from three meetings" (seed 001)


@dataclass(frozen=True)
class AbsenceRun:
    membership_id: int
    name: str
    count: int  # group meetings missed in a row, up to the latest one
    last_absent_on: date


def meeting_warnings(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Quarters short of meetings since the group's creation, then members absent three times running."""
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        return []
    rules = regulation_of(municipality.regulation)
    created_on = municipality.regulation.group_created_on if municipality.regulation else None
    findings = _quarter_findings(session, municipality_id, rules, created_on, today) if created_on else []
    source = absence_source(rules)
    for run in absence_runs(session, municipality_id, today=today).values():
        if run.count >= ABSENCES_FOR_WITHDRAWAL:
            findings.append(RuleFinding("absences", Severity.WARNING, _(
                "{name} has missed {count} group meetings in a row (the last on {date}); this is a ground for early withdrawal from the group.",
                name=run.name, count=run.count, date=short_date(run.last_absent_on),
            ), source))  # fmt: skip
    return findings


def absence_runs(session: Session, municipality_id: int, *, today: date) -> dict[int, AbsenceRun]:
    """Members active on ``today`` who missed the latest group meetings they were marked at."""
    rows = session.execute(
        select(Attendance.membership_id, Attendance.present, Meeting.held_on)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(
            Meeting.municipality_id == municipality_id, Meeting.kind == MeetingKind.GROUP_MEETING,
            Meeting.held_on <= today,
        )
        .order_by(Meeting.held_on, Meeting.id)
    ).all()
    marks: dict[int, list[tuple[bool, date]]] = defaultdict(list)
    for membership_id, present, held_on in rows:
        marks[membership_id].append((present, held_on))
    runs = {}
    for membership in active_memberships(session, municipality_id, today):
        history = marks.get(membership.id, [])
        count = consecutive_absences([present for present, _day in history])
        if count:
            name = short_name(membership.person.given_name, membership.person.surname)
            runs[membership.id] = AbsenceRun(membership.id, name, count, history[-1][1])
    return runs


def absence_source(rules: Regulation) -> str:
    """Where the ground is written: the profile's own clause, else the local regulation's 3.4."""
    if "absence" in rules.clauses:
        return rules.source("absence")
    name = rules.name if rules.preset == LOCAL else preset(LOCAL).name
    return f"{name} {WITHDRAWAL_CLAUSE}"


def _quarter_findings(
    session: Session, municipality_id: int, rules: Regulation, created_on: date, today: date
) -> list[RuleFinding]:
    if rules.min_meetings_per_quarter < 1:
        return []
    short = quarters_short_of_meetings(
        _quorate_meeting_days(session, municipality_id, today),
        group_created_on=created_on, today=today, required_per_quarter=rules.min_meetings_per_quarter,
    )  # fmt: skip
    findings = []
    for year, quarter, held in short:
        if held == 0:
            message = _(
                "No group meeting with a quorum was held in quarter {quarter} of {year}.",
                quarter=QUARTERS[quarter], year=year,
            )  # fmt: skip
        else:
            message = _(
                "Only {held} group meetings with a quorum were held in quarter {quarter} of {year}; at least {required} are expected.",
                held=held, quarter=QUARTERS[quarter], year=year, required=rules.min_meetings_per_quarter,
            )  # fmt: skip
        findings.append(RuleFinding("meetings", Severity.WARNING, message, rules.source("meetings")))
    return findings


def _quorate_meeting_days(session: Session, municipality_id: int, today: date) -> list[date]:
    present = (
        select(Attendance.meeting_id, func.count().label("present"))
        .where(Attendance.present.is_(True))
        .group_by(Attendance.meeting_id)
        .subquery()
    )
    meetings = session.execute(
        select(Meeting.held_on, present.c.present)
        .outerjoin(present, present.c.meeting_id == Meeting.id)
        .where(
            Meeting.municipality_id == municipality_id, Meeting.kind == MeetingKind.GROUP_MEETING,
            Meeting.held_on <= today,
        )
    ).all()
    terms = session.execute(
        select(Membership.appointed_on, Membership.withdrawn_on).where(Membership.municipality_id == municipality_id)
    ).all()
    return [
        held_on for held_on, count in meetings
        if quorum_reached(count or 0, members_on(terms, held_on))
    ]  # fmt: skip


def members_on(terms: list[tuple[date, date | None]], day: date) -> int:
    """How many of the (appointed, withdrawn) terms cover ``day``, as active_memberships counts."""
    return sum(1 for start, end in terms if start <= day and (end is None or end > day))
