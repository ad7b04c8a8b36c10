"""Whether the notices went up on the boards in time (F1, F5, S2), for the home screen and `check`.

The formation tracker already judges a tracked new group's formation: its announcement step (F1)
and its publication step (F5), which takes the first posting of a composition notice as its date
when the secretary recorded none (``notices.publication_on_boards``). So the notices of a tracked
formation are left to it and warned about once; these checks cover the rest, and S2 always.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain.calendar import WorkingCalendar
from bmb_desktop.domain.enums import FormationKind, FormationStepCode, NoticeKind
from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.domain.regulation import Regulation
from bmb_desktop.domain.notices import (
    PostedNotice,
    composition_notice_finding,
    event_notice_finding,
    formation_notice_finding,
    report_notice_finding,
)
from bmb_desktop.services.calendar import working_calendar
from bmb_desktop.services.formation import processes
from bmb_desktop.services.group import regulation_of
from bmb_desktop.services.notices import first_posted_on, notices
from bmb_desktop.storage.models import FormationProcess, Meeting, Municipality, Notice


def notice_warnings(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Late or missing postings and reminders of notices still to post, as of ``today``."""
    municipality = session.get(Municipality, municipality_id)
    rules = regulation_of(municipality.regulation)
    calendar = working_calendar(session)
    tracked = [p for p in processes(session, municipality_id) if p.kind is FormationKind.NEW_GROUP]
    found: list[RuleFinding | None] = []
    all_notices = notices(session, municipality_id)
    for notice in all_notices:
        facts = _facts(session, notice)
        if notice.kind is NoticeKind.COMPOSITION and not _judged_by_tracker(notice, tracked, FormationStepCode.PUBLICATION):
            found.append(composition_notice_finding(facts, calendar, rules, today=today))
        elif notice.kind is NoticeKind.REPORT_RESULTS:
            found.append(report_notice_finding(facts, calendar, rules, today=today))
        elif notice.kind is NoticeKind.GATHERING:
            found.append(event_notice_finding(facts, today=today, source=rules.source("gathering")))
        elif notice.kind is NoticeKind.MONITORING:
            found.append(event_notice_finding(facts, today=today))
    found.append(_formation_start(municipality, all_notices, tracked, calendar, rules, today))
    return [finding for finding in found if finding is not None]


def _facts(session: Session, notice: Notice) -> PostedNotice:
    event = notice.event_on
    if event is None and notice.meeting_id is not None:
        meeting = session.get(Meeting, notice.meeting_id)
        event = meeting.held_on if meeting else None
    return PostedNotice(notice.title, event, first_posted_on(notice))


def _formation_start(
    municipality: Municipality, all_notices: list[Notice], tracked: list[FormationProcess],
    calendar: WorkingCalendar, rules: Regulation, today: date,
) -> RuleFinding | None:
    """F1 since the council was formed, unless a tracked formation's announcement step judges it."""
    formed = municipality.council_formed_on
    if formed is None or any(p.started_on >= formed for p in tracked):
        return None
    candidates = [n for n in all_notices if n.kind is NoticeKind.FORMATION_START and n.created_on >= formed]
    posted = [(first_posted_on(n), n) for n in candidates if first_posted_on(n) is not None]
    if posted:
        day, notice = min(posted, key=lambda pair: pair[0])
        return formation_notice_finding(PostedNotice(notice.title, notice.event_on, day), formed, calendar, rules, today=today)
    group_created = municipality.regulation.group_created_on if municipality.regulation else None
    if group_created is not None and group_created >= formed:
        return None  # formed without a recorded notice: nothing to remind of, nothing to date
    return formation_notice_finding(None, formed, calendar, rules, today=today)


def _judged_by_tracker(notice: Notice, tracked: list[FormationProcess], step: FormationStepCode) -> bool:
    """Whether the notice belongs to a tracked formation whose ``step`` applies (the tracker warns)."""
    day = first_posted_on(notice) or notice.created_on
    starts = sorted(p.started_on for p in tracked)
    for process in tracked:
        later = [start for start in starts if start > process.started_on]
        if process.started_on <= day and (not later or day < later[0]):
            record = next((s for s in process.steps if s.code == step.value), None)
            return record is not None and not record.not_applicable
    return False
