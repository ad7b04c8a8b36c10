"""Where each formation stands: every step's status against its legal deadline, and its warnings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import FormationKind, FormationStepCode
from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.domain.formation import formation_findings
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.calendar import working_calendar
from bmb_desktop.services.formation import process_timeline, processes
from bmb_desktop.services.group import regulation_of
from bmb_desktop.storage.models import FormationProcess, Municipality


class StepStatus(StrEnum):
    DONE_ON_TIME = "done_on_time"  # done by its deadline
    DONE = "done"  # done; the step has no deadline of its own
    LATE = "late"  # done after its deadline
    OVERDUE = "overdue"  # not done and the deadline has passed
    SKIPPED = "skipped"  # not done, though later steps are: a gap in the procedure
    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"  # not done yet, nothing late


@dataclass(frozen=True)
class StepRow:
    step_id: int
    code: FormationStepCode
    title: str
    due_on: date | None
    done_on: date | None
    document: str
    note: str
    not_applicable: bool
    status: StepStatus
    late_by: int  # working days past the deadline
    days_left: int | None  # working days until the deadline of a pending step


@dataclass(frozen=True)
class ProcessSummary:
    id: int
    kind: FormationKind
    started_on: date
    note: str
    problems: int  # late, overdue and skipped steps


def step_rows(session: Session, process: FormationProcess, *, today: date) -> list[StepRow]:
    """The steps of ``process`` in their order, each with its deadline and status as of ``today``."""
    calendar = working_calendar(session)
    states = process_timeline(session, process, today=today)
    stored = {step.code: step for step in process.steps}
    last_done = max((index for index, state in enumerate(states) if state.done_on), default=-1)
    rows = []
    for index, state in enumerate(states):
        if state.not_applicable:
            status = StepStatus.NOT_APPLICABLE
        elif state.done_on:
            status = StepStatus.LATE if state.late_by else (StepStatus.DONE_ON_TIME if state.due_on else StepStatus.DONE)
        elif state.late_by:
            status = StepStatus.OVERDUE
        elif index < last_done:
            status = StepStatus.SKIPPED
        else:
            status = StepStatus.PENDING
        days_left = None
        if status is StepStatus.PENDING and state.due_on:
            days_left = calendar.working_days_between(today, state.due_on)
        step = stored[state.code]
        rows.append(StepRow(
            step.id, state.code, state.title, state.due_on, state.done_on, state.document, step.note,
            state.not_applicable, status, state.late_by, days_left,
        ))
    return rows


def process_findings(session: Session, process: FormationProcess, *, today: date) -> list[RuleFinding]:
    """The warnings of one formation: late steps, a skipped gathering, a first meeting too soon."""
    rules = regulation_of(session.get(Municipality, process.municipality_id).regulation)
    return formation_findings(process_timeline(session, process, today=today), working_calendar(session), rules)


def process_summaries(session: Session, municipality_id: int, *, today: date) -> list[ProcessSummary]:
    """Every formation of the municipality, newest first, with how many of its steps need attention."""
    summaries = []
    for process in processes(session, municipality_id):
        attention = (StepStatus.LATE, StepStatus.OVERDUE, StepStatus.SKIPPED)
        problems = sum(1 for row in step_rows(session, process, today=today) if row.status in attention)
        summaries.append(ProcessSummary(process.id, process.kind, process.started_on, process.note, problems))
    return summaries


def get_process(session: Session, municipality_id: int, process_id: int) -> FormationProcess:
    process = session.get(FormationProcess, process_id)
    if process is None or process.municipality_id != municipality_id:
        raise NotFoundError(_("The formation was not found."))
    return process
