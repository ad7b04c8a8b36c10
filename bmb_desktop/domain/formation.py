"""Forming the group (domain.md §2): each step's legal deadline in working days, and what is late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bmb_desktop.domain.calendar import WorkingCalendar
from bmb_desktop.domain.dates import add_months
from bmb_desktop.domain.enums import FormationKind, FormationStepCode as Step
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.domain.regulation import Regulation
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.i18n import _, current_language
from bmb_desktop.locale.labels import label

NOMINATION_WORKING_DAYS = 15  # F2
PUBLICATION_WORKING_DAYS = 3  # F5: published at least this many working days before the first meeting
FIRST_MEETING_WORKING_DAYS = 10  # F5: first meeting within this many working days of creation
CLAUSE = {
    Step.ANNOUNCEMENT: "announcement", Step.EMPLOYEE_NOMINATION: "nomination",
    Step.DEPUTY_APPROVAL: "deputy_approval", Step.CITIZEN_GATHERING: "gathering",
    Step.COUNCIL_RESOLUTION: "resolution", Step.PUBLICATION: "publication",
    Step.FIRST_MEETING: "first_meeting", Step.COMMUNITY_INFORMED: "informed",
}
REPLACEMENT_STEPS = (Step.EMPLOYEE_NOMINATION, Step.DEPUTY_APPROVAL, Step.CITIZEN_GATHERING, Step.COUNCIL_RESOLUTION, Step.COMMUNITY_INFORMED)


@dataclass(frozen=True)
class StepRecord:
    """What the secretary recorded for one step."""

    code: Step
    done_on: date | None = None
    not_applicable: bool = False
    document: str = ""


@dataclass(frozen=True)
class StepState:
    code: Step
    due_on: date | None
    done_on: date | None
    not_applicable: bool
    document: str
    late_by: int  # working days past the deadline (done late, or still open today); 0 when not late

    @property
    def title(self) -> str:
        return label(self.code)


def steps_for(kind: FormationKind) -> tuple[Step, ...]:
    return tuple(Step) if kind is FormationKind.NEW_GROUP else REPLACEMENT_STEPS


def subtract_working_days(calendar: WorkingCalendar, day: date, count: int) -> date:
    """The latest date that still leaves ``count`` working days up to and including ``day``."""
    candidate = day
    while calendar.working_days_between(candidate, day) < count:
        candidate -= timedelta(days=1)
    return candidate


def due_dates(
    kind: FormationKind, started_on: date, council_formed_on: date | None,
    records: dict[Step, StepRecord], calendar: WorkingCalendar,
) -> dict[Step, date | None]:
    def done(code: Step) -> date | None:
        record = records.get(code)
        return record.done_on if record else None

    due: dict[Step, date | None] = {code: None for code in steps_for(kind)}
    if Step.ANNOUNCEMENT in due and council_formed_on:
        due[Step.ANNOUNCEMENT] = calendar.working_day_on_or_after(add_months(council_formed_on, 1))
    for code in (Step.EMPLOYEE_NOMINATION, Step.DEPUTY_APPROVAL):
        due[code] = calendar.add_working_days(started_on, NOMINATION_WORKING_DAYS)
    if Step.FIRST_MEETING in due and done(Step.COUNCIL_RESOLUTION):
        due[Step.FIRST_MEETING] = calendar.add_working_days(done(Step.COUNCIL_RESOLUTION), FIRST_MEETING_WORKING_DAYS)
    if Step.PUBLICATION in due:
        meeting = done(Step.FIRST_MEETING) or due.get(Step.FIRST_MEETING)
        if meeting:
            due[Step.PUBLICATION] = subtract_working_days(calendar, meeting, PUBLICATION_WORKING_DAYS)
    return due


def timeline(
    kind: FormationKind, started_on: date, council_formed_on: date | None,
    records: dict[Step, StepRecord], calendar: WorkingCalendar, today: date,
) -> list[StepState]:
    due = due_dates(kind, started_on, council_formed_on, records, calendar)
    states = []
    for code in steps_for(kind):
        record = records.get(code, StepRecord(code))
        late_by = 0
        if due[code] and not record.not_applicable:
            reference = record.done_on or today
            late_by = max(0, calendar.working_days_between(due[code], reference))
            if record.done_on is None and reference <= due[code]:
                late_by = 0
        states.append(StepState(code, due[code], record.done_on, record.not_applicable, record.document, late_by))
    return states


def formation_findings(states: list[StepState], calendar: WorkingCalendar, rules: Regulation) -> list[RuleFinding]:
    """Late steps, and a first meeting too soon after publication (F5)."""
    language = current_language()
    findings = []
    for state in states:
        if state.late_by == 0:
            continue
        due = document_date(state.due_on, language)
        message = (
            _("{step}: done {days} working days after the deadline of {date}", step=state.title, days=state.late_by, date=due)
            if state.done_on else
            _("{step}: not done; the deadline was {date}", step=state.title, date=due)
        )
        findings.append(RuleFinding("formation", Severity.BROKEN, message, rules.source(CLAUSE[state.code])))
    by_code = {state.code: state for state in states}
    gathering = by_code.get(Step.CITIZEN_GATHERING)
    resolution = by_code.get(Step.COUNCIL_RESOLUTION)
    if gathering and resolution and resolution.done_on and not gathering.done_on and not gathering.not_applicable:
        findings.append(RuleFinding(
            "gathering", Severity.BROKEN,
            _("The council formed the group without citizen candidates elected at a community gathering"),
            rules.source("gathering"),
        ))
    published = by_code.get(Step.PUBLICATION)
    meeting = by_code.get(Step.FIRST_MEETING)
    if published and meeting and published.done_on and meeting.done_on:
        gap = calendar.working_days_between(published.done_on, meeting.done_on)
        if gap < PUBLICATION_WORKING_DAYS:
            findings.append(RuleFinding(
                "publication", Severity.BROKEN,
                _("The first meeting was held {days} working days after the publication; at least 3 are required", days=gap),
                rules.source("publication"),
            ))
    return findings
