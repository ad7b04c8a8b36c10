"""The yearly plan and its versions (P1, P3): creating a plan, the aiyl okmotu's proposals and the
discussion, submission to the council, approval by resolution, and amendments as new versions.

Every step checks the rules of ``domain.plan`` and returns the version it changed. Approved and
superseded versions are read-only; an amendment copies the version in force into a new draft,
and only the council's approval of the amendment supersedes the old version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain import plan as rules
from bmb_desktop.domain.enums import PlanVersionStatus
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.storage.models import (
    Decision,
    Plan,
    PlanItem,
    PlanItemMethod,
    PlanItemResponsible,
    PlanProposal,
    PlanVersion,
    Resolution,
)

FIRST_YEAR, LAST_YEAR = 2000, 2100


def plans_of(session: Session, municipality_id: int) -> list[Plan]:
    return list(session.scalars(
        select(Plan).where(Plan.municipality_id == municipality_id).order_by(Plan.year)
        .options(selectinload(Plan.versions))
    ))  # fmt: skip


def plan_of_year(session: Session, municipality_id: int, year: int) -> Plan | None:
    return session.scalar(select(Plan).where(Plan.municipality_id == municipality_id, Plan.year == year))


def find_plan(session: Session, municipality_id: int, year: int) -> Plan:
    plan = plan_of_year(session, municipality_id, year)
    if plan is None or not plan.versions:
        raise NotFoundError(_("There is no plan for {year}.", year=year))
    return plan


def version_in_force(plan: Plan) -> PlanVersion | None:
    """The latest version the council approved; an amendment in preparation does not replace it."""
    approved = [v for v in plan.versions if v.status is PlanVersionStatus.APPROVED]
    return approved[-1] if approved else None


def latest_version(plan: Plan) -> PlanVersion:
    """The newest version: an amendment being prepared, else the one in force."""
    return plan.versions[-1]


def create_plan(session: Session, municipality_id: int, *, year: int | None) -> PlanVersion:
    """A new year's plan with its first version, an empty draft."""
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError({"year": _("Enter the year of the plan.")})
    if plan_of_year(session, municipality_id, year) is not None:
        raise ValidationError({"year": _("A plan for {year} already exists.", year=year)})
    plan = Plan(municipality_id=municipality_id, year=year)
    version = PlanVersion(number=1, status=PlanVersionStatus.DRAFT)
    plan.versions.append(version)
    session.add(plan)
    session.commit()
    return version


def find_version(session: Session, municipality_id: int, version_id: int) -> PlanVersion:
    version = session.get(PlanVersion, version_id)
    if version is None or version.plan.municipality_id != municipality_id:
        raise NotFoundError(_("The plan version was not found."))
    return version


def editable_version(session: Session, municipality_id: int, version_id: int) -> PlanVersion:
    """The version if its items may change; a UserError saying why not otherwise."""
    version = find_version(session, municipality_id, version_id)
    refusal = rules.edit_refusal(version.status)
    if refusal:
        raise UserError(refusal)
    return version


def set_amendment_reason(session: Session, municipality_id: int, version_id: int, *, reason: str) -> PlanVersion:
    version = editable_version(session, municipality_id, version_id)
    version.amendment_reason = reason.strip()
    session.commit()
    return version


def add_proposal(session: Session, municipality_id: int, version_id: int, *, text: str) -> PlanProposal:
    """A proposal the aiyl okmotu made on the draft (P1); the group answers it separately."""
    version = editable_version(session, municipality_id, version_id)
    if not text.strip():
        raise ValidationError({"text": _("Write the proposal of the aiyl okmotu.")})
    proposal = PlanProposal(text=text.strip(), position=len(version.proposals) + 1)
    version.proposals.append(proposal)
    session.commit()
    return proposal


def answer_proposal(
    session: Session, municipality_id: int, proposal_id: int, *, accepted: bool | None, answer: str = ""
) -> PlanProposal:
    """The group's answer: accepted, or declined with its reason; None takes the answer back."""
    proposal = _proposal(session, municipality_id, proposal_id)
    editable_version(session, municipality_id, proposal.version_id)
    if accepted is False and not answer.strip():
        raise ValidationError({"answer": _("Write why the group declined the proposal.")})
    proposal.accepted, proposal.answer = accepted, answer.strip()
    session.commit()
    return proposal


def remove_proposal(session: Session, municipality_id: int, proposal_id: int) -> None:
    proposal = _proposal(session, municipality_id, proposal_id)
    version = editable_version(session, municipality_id, proposal.version_id)
    version.proposals.remove(proposal)
    for position, kept in enumerate(version.proposals, start=1):
        kept.position = position
    session.commit()


def record_discussion(
    session: Session, municipality_id: int, version_id: int, *, discussed_on: date | None, note: str = ""
) -> PlanVersion:
    """The draft was discussed with the aiyl okmotu (P1); ``note`` sums up the discussion."""
    version = find_version(session, municipality_id, version_id)
    problems = rules.discussion_problems(version_facts(session, version), discussed_on)
    if problems:
        raise ValidationError(problems)
    version.status, version.discussed_on = PlanVersionStatus.DISCUSSED, discussed_on
    version.aiyl_okmotu_proposals = note.strip()
    session.commit()
    return version


def submit_version(session: Session, municipality_id: int, version_id: int, *, submitted_on: date | None) -> PlanVersion:
    """The discussed version goes to the council; an amendment needs the group's majority first (P3)."""
    version = find_version(session, municipality_id, version_id)
    problems = rules.submission_problems(version_facts(session, version), submitted_on)
    if problems:
        raise ValidationError(problems)
    version.status, version.submitted_on = PlanVersionStatus.SUBMITTED, submitted_on
    session.commit()
    return version


def approve_version(
    session: Session, municipality_id: int, version_id: int, *, resolution_number: str, adopted_on: date | None
) -> PlanVersion:
    """The council approved the version by resolution; the version it amends is superseded."""
    version = find_version(session, municipality_id, version_id)
    number = resolution_number.strip().lstrip("№").strip()
    problems = rules.approval_problems(version_facts(session, version), number, adopted_on)
    resolution = None
    if not problems:
        resolution = _resolution(session, municipality_id, number, adopted_on, version.plan.year)
        if resolution is None:
            problems["resolution_number"] = _("Resolution No. {number} is already recorded with another date.", number=number)
    if problems:
        raise ValidationError(problems)
    for other in version.plan.versions:
        if other.status is PlanVersionStatus.APPROVED:
            other.status = PlanVersionStatus.SUPERSEDED
    version.status, version.approval_resolution = PlanVersionStatus.APPROVED, resolution
    session.commit()
    return version


def step_back(session: Session, municipality_id: int, version_id: int) -> PlanVersion:
    """Undo the last step before approval: withdraw from the council, or reopen the discussion."""
    version = find_version(session, municipality_id, version_id)
    if version.status is PlanVersionStatus.SUBMITTED:
        version.status, version.submitted_on = PlanVersionStatus.DISCUSSED, None
    elif version.status is PlanVersionStatus.DISCUSSED:
        version.status, version.discussed_on = PlanVersionStatus.DRAFT, None
    else:
        raise UserError(rules.edit_refusal(version.status) or _("A draft has no earlier step."))
    session.commit()
    return version


def amend_plan(session: Session, municipality_id: int, plan_id: int, *, reason: str) -> PlanVersion:
    """A new draft version copying the version in force: items, methods and responsibles (P3)."""
    plan = session.get(Plan, plan_id)
    if plan is None or plan.municipality_id != municipality_id:
        raise NotFoundError(_("The plan was not found."))
    problems = rules.amendment_problems([v.status for v in plan.versions], reason)
    if problems:
        raise ValidationError(problems)
    source = version_in_force(plan)
    amendment = PlanVersion(number=latest_version(plan).number + 1, status=PlanVersionStatus.DRAFT, amendment_reason=reason.strip())
    amendment.items = [_copy(item) for item in source.items]
    plan.versions.append(amendment)
    session.commit()
    return amendment


def discard_version(session: Session, municipality_id: int, version_id: int) -> None:
    """Drop a version the council has not decided on; a plan left without versions goes too."""
    version = find_version(session, municipality_id, version_id)
    if version.status not in rules.UNDECIDED:
        raise UserError(rules.edit_refusal(version.status) or "")
    if session.scalar(select(Decision.id).where(Decision.plan_version_id == version.id).limit(1)) is not None:
        raise UserError(_("A decision of a group meeting refers to this version; it cannot be discarded."))
    item_ids = [item.id for item in version.items]
    if item_ids and (linked_to_items(session, item_ids)):
        raise UserError(_("An act, meeting, letter or notice refers to an item of this version; it cannot be discarded."))
    plan = version.plan
    plan.versions.remove(version)
    if not plan.versions:
        session.delete(plan)
    session.commit()


def linked_to_items(session: Session, item_ids: list[int]) -> bool:
    """Whether any act, meeting, letter or notice refers to one of these items."""
    from bmb_desktop.storage.models import Act, Letter, Meeting, Notice

    return any(
        session.scalar(select(model.id).where(model.plan_item_id.in_(item_ids)).limit(1)) is not None
        for model in (Act, Meeting, Letter, Notice)
    )


def version_facts(session: Session, version: PlanVersion) -> rules.VersionFacts:
    from bmb_desktop.services.plan_votes import group_votes

    votes = group_votes(session, version.id)
    in_force = version_in_force(version.plan)
    amended_from = in_force if in_force is not None and in_force.number < version.number else None
    resolution = amended_from.approval_resolution if amended_from else None
    return rules.VersionFacts(
        number=version.number, status=version.status, item_count=len(version.items),
        unanswered_proposals=sum(1 for p in version.proposals if p.accepted is None),
        discussed_on=version.discussed_on, submitted_on=version.submitted_on,
        amendment_reason=version.amendment_reason,
        group_vote_passed=any(v.passes for v in votes) if votes else None,
        in_force_approved_on=resolution.adopted_on if resolution else None,
    )  # fmt: skip


def _copy(item: PlanItem) -> PlanItem:
    return PlanItem(
        position=item.position, object_id=item.object_id, subject_kind=item.subject_kind, subject=item.subject,
        purpose=item.purpose, quarter=item.quarter, starts_on=item.starts_on, ends_on=item.ends_on,
        information_sources=item.information_sources, resources_needed=item.resources_needed,
        involvement=item.involvement, analysis_method=item.analysis_method, status=item.status,
        cancel_reason=item.cancel_reason, source_item_id=item.id,
        methods=[PlanItemMethod(method=m.method) for m in item.methods],
        responsibles=[PlanItemResponsible(membership_id=r.membership_id) for r in item.responsibles],
    )  # fmt: skip


def _resolution(session: Session, municipality_id: int, number: str, adopted_on: date, year: int) -> Resolution | None:
    """The council resolution with this number: the one recorded, or a new record; None on a date clash."""
    found = session.scalar(select(Resolution).where(Resolution.municipality_id == municipality_id, Resolution.number == number))
    if found is not None:
        return found if found.adopted_on == adopted_on else None
    resolution = Resolution(
        municipality_id=municipality_id, number=number, adopted_on=adopted_on,
        title=_("On approving the monitoring and evaluation plan of the group for {year}", year=year),
    )  # fmt: skip
    session.add(resolution)
    return resolution


def _proposal(session: Session, municipality_id: int, proposal_id: int) -> PlanProposal:
    proposal = session.get(PlanProposal, proposal_id)
    if proposal is None or proposal.version.plan.municipality_id != municipality_id:
        raise NotFoundError(_("The proposal was not found."))
    return proposal


@dataclass(frozen=True)
class VersionRow:
    """One version as the plan screen's history lists it."""

    version_id: int
    number: int
    status: PlanVersionStatus
    discussed_on: date | None
    submitted_on: date | None
    resolution_number: str
    adopted_on: date | None
    amendment_reason: str
    in_force: bool
    editable: bool


def version_rows(plan: Plan) -> list[VersionRow]:
    in_force = version_in_force(plan)
    return [
        VersionRow(
            version_id=v.id, number=v.number, status=v.status, discussed_on=v.discussed_on,
            submitted_on=v.submitted_on,
            resolution_number=v.approval_resolution.number if v.approval_resolution else "",
            adopted_on=v.approval_resolution.adopted_on if v.approval_resolution else None,
            amendment_reason=v.amendment_reason, in_force=v is in_force,
            editable=rules.edit_refusal(v.status) is None,
        )
        for v in plan.versions
    ]  # fmt: skip
