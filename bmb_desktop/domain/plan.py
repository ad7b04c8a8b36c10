"""Plan rules (domain.md §4, P1–P3): a version's lifecycle and what each step needs, the fields of
an item (P2), who may be responsible for it, when it is overdue, and what each version lets change.

A version goes draft → discussed with the aiyl okmotu → submitted to the council → approved by a
council resolution. An amendment copies the version in force into a new draft; the old version is
superseded only when the council approves the amendment, so there is always one version in force
and earlier versions stay readable as they were approved.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from bmb_desktop.domain.enum_inputs import EnumFields
from bmb_desktop.domain.enums import MonitoringMethod, PlanItemStatus, PlanVersionStatus, SubjectKind
from bmb_desktop.locale.i18n import _

DRAFT, DISCUSSED, SUBMITTED, APPROVED, SUPERSEDED = (
    PlanVersionStatus.DRAFT, PlanVersionStatus.DISCUSSED, PlanVersionStatus.SUBMITTED,
    PlanVersionStatus.APPROVED, PlanVersionStatus.SUPERSEDED,
)  # fmt: skip
EDITABLE = frozenset({DRAFT, DISCUSSED})  # the group may still change items after the AO's proposals
UNDECIDED = frozenset({DRAFT, DISCUSSED, SUBMITTED})  # not yet decided by the council

# Where the plan rules come from, by regulation preset: the model regulation's 7.3.1 and 8.1,
# the local regulation's 5.1 and 7.2 (seed 001).
PLAN_CLAUSES = {"model": {"plan": "7.3.1", "act": "8.1"}, "local": {"plan": "5.1", "act": "7.2"}}


def edit_refusal(status: PlanVersionStatus) -> str | None:
    """Why a version's items may not be changed, or None when they may."""
    if status in EDITABLE:
        return None
    if status is SUBMITTED:
        return _("This version has been submitted to the council. Withdraw it from the council to change it.")
    if status is APPROVED:
        return _("This version was approved by the council and cannot be changed. Amend the plan: the amendment becomes a new version.")
    return _("This version was superseded by an amendment and is kept only for reading.")


@dataclass(frozen=True)
class VersionFacts:
    """What the lifecycle rules need to know about one version."""

    number: int
    status: PlanVersionStatus
    item_count: int
    unanswered_proposals: int
    discussed_on: date | None
    submitted_on: date | None
    amendment_reason: str = ""
    group_vote_passed: bool | None = None  # None: no vote of the group linked to this version
    in_force_approved_on: date | None = None  # for an amendment: the day the version it amends was approved

    @property
    def is_amendment(self) -> bool:
        return self.number > 1


def discussion_problems(facts: VersionFacts, discussed_on: date | None) -> dict[str, str]:
    """Recording the discussion with the aiyl okmotu (P1): a draft with items, and the date.

    The aiyl okmotu's proposals are made at the discussion; the group answers them before submitting.
    """
    problems = _status_problem(facts, DRAFT)
    if discussed_on is None:
        problems["discussed_on"] = _("Enter the date of the discussion with the aiyl okmotu.")
    elif facts.in_force_approved_on and discussed_on < facts.in_force_approved_on:
        problems["discussed_on"] = _("An amendment cannot be discussed before the version it amends was approved.")
    if facts.item_count == 0:
        problems["items"] = _("The plan has no items yet.")
    return problems


def submission_problems(facts: VersionFacts, submitted_on: date | None) -> dict[str, str]:
    """Submitting to the council: after the discussion, every proposal answered; an amendment needs
    the group's majority (P3)."""
    problems = _status_problem(facts, DISCUSSED)
    if submitted_on is None:
        problems["submitted_on"] = _("Enter the date the plan was submitted to the council.")
    elif facts.discussed_on and submitted_on < facts.discussed_on:
        problems["submitted_on"] = _("The plan cannot be submitted before it was discussed with the aiyl okmotu.")
    if facts.unanswered_proposals:
        problems["proposals"] = _(
            "Record the group's answer to every proposal of the aiyl okmotu: {count} without an answer.",
            count=facts.unanswered_proposals,
        )
    if facts.is_amendment:
        if not facts.amendment_reason.strip():
            problems["amendment_reason"] = _("Write the reason for the amendment.")
        if facts.group_vote_passed is None:
            problems["group_vote"] = _("Link the group's decision approving the amendment (a majority vote at a group meeting).")
        elif not facts.group_vote_passed:
            problems["group_vote"] = _("The group's decision on the amendment did not pass; it cannot go to the council.")
    return problems


def approval_problems(facts: VersionFacts, resolution_number: str, adopted_on: date | None) -> dict[str, str]:
    """The council's approval: a submitted version, the resolution's number and date."""
    problems = _status_problem(facts, SUBMITTED)
    if not resolution_number.strip().lstrip("№").strip():
        problems["resolution_number"] = _("Enter the number of the council resolution, e.g. 14/3.")
    if adopted_on is None:
        problems["adopted_on"] = _("Enter the date of the council resolution.")
    elif facts.submitted_on and adopted_on < facts.submitted_on:
        problems["adopted_on"] = _("The council cannot approve the plan before it was submitted.")
    return problems


def _status_problem(facts: VersionFacts, expected: PlanVersionStatus) -> dict[str, str]:
    if facts.status is expected:
        return {}
    messages = {
        DRAFT: _("Only a draft can be recorded as discussed with the aiyl okmotu."),
        DISCUSSED: _("Only a version discussed with the aiyl okmotu can be submitted to the council."),
        SUBMITTED: _("Only a version submitted to the council can be approved."),
    }
    return {"status": messages[expected]}


def amendment_problems(statuses: Collection[PlanVersionStatus], reason: str) -> dict[str, str]:
    """An amendment starts from the approved version, one at a time, with its reason (P3)."""
    problems = {}
    if APPROVED not in statuses:
        problems["status"] = _("Only an approved plan can be amended; change the draft itself instead.")
    elif any(status in UNDECIDED for status in statuses):
        problems["status"] = _("An amendment of this plan is already being prepared; finish or discard it first.")
    if not reason.strip():
        problems["amendment_reason"] = _("Write the reason for the amendment.")
    return problems


@dataclass(frozen=True)
class ItemDraft(EnumFields):
    """A plan item as entered: every field of P2."""

    object_id: int | None = None
    subject_kind: SubjectKind | None = None
    subject: str = ""
    purpose: str = ""
    methods: tuple[MonitoringMethod, ...] = ()
    responsible_ids: tuple[int, ...] = ()
    quarter: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    information_sources: str = ""
    resources_needed: str = ""
    involvement: str = ""
    analysis_method: str = ""
    status: PlanItemStatus = PlanItemStatus.PLANNED
    cancel_reason: str = ""


def item_problems(draft: ItemDraft, *, year: int) -> dict[str, str]:
    """The item's own fields: object, subject, purpose, methods, responsibles, timing, status."""
    problems = draft.enum_problems()
    if problems:
        return problems
    if draft.object_id is None:
        problems["object"] = _("Choose the monitored object.")
    if draft.subject_kind is None:
        problems["subject_kind"] = _("Choose the kind of subject.")
    if not draft.subject.strip():
        problems["subject"] = _("Describe the subject or direction of the monitoring.")
    if not draft.purpose.strip():
        problems["purpose"] = _("Write the purpose of the monitoring.")
    if not draft.methods:
        problems["methods"] = _("Choose at least one method.")
    if not draft.responsible_ids:
        problems["responsibles"] = _("Choose at least one responsible member.")
    problems |= timing_problems(draft.quarter, draft.starts_on, draft.ends_on, year=year)
    if draft.status is PlanItemStatus.CANCELLED and not draft.cancel_reason.strip():
        problems["cancel_reason"] = _("Write why the monitoring is cancelled.")
    return problems


def timing_problems(quarter: int | None, starts_on: date | None, ends_on: date | None, *, year: int) -> dict[str, str]:
    """Dates or a quarter of the plan's year; dates given with a quarter must lie in it."""
    if quarter is None and starts_on is None and ends_on is None:
        return {"timing": _("Enter the dates or the quarter of the monitoring.")}
    if quarter is not None and quarter not in (1, 2, 3, 4):
        return {"quarter": _("A quarter is a number from 1 to 4.")}
    if starts_on and ends_on and ends_on < starts_on:
        return {"ends_on": _("The end cannot be earlier than the start.")}
    first, last = (quarter_bounds(year, quarter) if quarter else (date(year, 1, 1), date(year, 12, 31)))
    for name, day in (("starts_on", starts_on), ("ends_on", ends_on)):
        if day is not None and not first <= day <= last:
            if quarter:
                return {name: _("The dates must fall within quarter {quarter} of {year}.", quarter=quarter, year=year)}
            return {name: _("The dates must fall within the plan's year {year}.", year=year)}
    return {}


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    ends = {1: date(year, 3, 31), 2: date(year, 6, 30), 3: date(year, 9, 30), 4: date(year, 12, 31)}
    return date(year, 3 * quarter - 2, 1), ends[quarter]


def due_date(quarter: int | None, starts_on: date | None, ends_on: date | None, *, year: int) -> date:
    """The last day of the item's time: its end, else its quarter's end, else the year's end."""
    if ends_on is not None:
        return ends_on
    if quarter is not None:
        return quarter_bounds(year, quarter)[1]
    return date(year, 12, 31)


def is_overdue(due: date, *, today: date, status: PlanItemStatus, has_issued_act: bool) -> bool:
    """An item whose time has passed without an issued act (the act records the monitoring, A1)."""
    return status is not PlanItemStatus.CANCELLED and not has_issued_act and due < today


def responsible_problem(
    responsible_ids: Collection[int], *, active: Collection[int], removed: Mapping[int, str], names: Mapping[int, str],
) -> str | None:
    """Only active members without a conflict of interest on the object may be responsible (G5, C2)."""
    for membership_id in responsible_ids:
        if membership_id in removed:
            return removed[membership_id]
        if membership_id not in active:
            return _("{name} is not an active member of the group.", name=names.get(membership_id, "?"))
    return None


def status_change_problem(version_status: PlanVersionStatus, old: PlanItemStatus, new: PlanItemStatus) -> str | None:
    """Progress may be recorded on the version in force; cancelling changes the plan itself (P3)."""
    if version_status in EDITABLE or old is new:
        return None
    if version_status is APPROVED:
        if new is PlanItemStatus.CANCELLED:
            return _("Cancelling a planned monitoring changes the plan: amend the plan and cancel the item in the new version.")
        if old is PlanItemStatus.CANCELLED:
            return _("A cancelled monitoring can be restored only by an amendment of the plan.")
        return None
    return edit_refusal(version_status)


def version_label(number: int) -> str:
    """"version 1" for the plan as first approved; later versions are its amendments."""
    return _("version {number}", number=number)
