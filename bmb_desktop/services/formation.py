"""The formation tracker: a new group or a replacement, its steps, deadlines and warnings (§2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import FormationKind, FormationStepCode
from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.domain.formation import StepRecord, StepState, formation_findings, steps_for, timeline
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.calendar import working_calendar
from bmb_desktop.services.group import regulation_of
from bmb_desktop.services.notices import publication_on_boards
from bmb_desktop.storage.models import FormationProcess, FormationStep, Municipality


def start_formation(session: Session, municipality_id: int, *, kind: FormationKind, started_on: date | None, note: str = "") -> FormationProcess:
    kind = as_enum(FormationKind, kind, field="kind", required=True)
    if started_on is None:
        raise ValidationError({"started_on": _("Enter the day the formation started.")})
    process = FormationProcess(municipality_id=municipality_id, kind=kind, started_on=started_on, note=note.strip())
    process.steps = [FormationStep(code=code.value, position=index) for index, code in enumerate(steps_for(kind))]
    if kind is FormationKind.NEW_GROUP:
        process.steps[0].done_on = started_on  # the announcement is what starts the formation (F1)
    session.add(process)
    session.commit()
    return process


def record_step(
    session: Session, municipality_id: int, step_id: int, *,
    done_on: date | None, document: str = "", not_applicable: bool = False, note: str = "",
) -> FormationStep:
    step = session.get(FormationStep, step_id)
    if step is None or step.process.municipality_id != municipality_id:
        raise NotFoundError(_("The formation step was not found."))
    if done_on and done_on < step.process.started_on:
        raise ValidationError({"done_on": _("A step cannot be done before the formation started.")})
    step.done_on, step.document, step.not_applicable, step.note = done_on, document.strip(), not_applicable, note.strip()
    session.commit()
    return step


def processes(session: Session, municipality_id: int) -> list[FormationProcess]:
    return list(session.scalars(
        select(FormationProcess).where(FormationProcess.municipality_id == municipality_id)
        .options(selectinload(FormationProcess.steps)).order_by(FormationProcess.started_on.desc(), FormationProcess.id.desc())
    ))


def process_timeline(session: Session, process: FormationProcess, *, today: date) -> list[StepState]:
    municipality = session.get(Municipality, process.municipality_id)
    records = {
        FormationStepCode(step.code): StepRecord(FormationStepCode(step.code), step.done_on, step.not_applicable, step.document)
        for step in process.steps
    }
    published = records.get(FormationStepCode.PUBLICATION)
    posted = publication_on_boards(session, process) if published and not (published.done_on or published.not_applicable) else None
    if posted:  # a composition notice posted on the boards is the publication (F5) the step lacks
        records[FormationStepCode.PUBLICATION] = replace(published, done_on=posted[0], document=published.document or posted[1])
    return timeline(process.kind, process.started_on, municipality.council_formed_on, records, working_calendar(session), today)


def formation_warnings(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Late steps and a too-early first meeting, for every formation of the municipality."""
    municipality = session.get(Municipality, municipality_id)
    rules = regulation_of(municipality.regulation)
    calendar = working_calendar(session)
    findings: list[RuleFinding] = []
    for process in processes(session, municipality_id):
        findings += formation_findings(process_timeline(session, process, today=today), calendar, rules)
    return findings
