"""How the plan is going: each item with the meetings, acts and letters linked to it, items whose
time has passed without an act, responsibles no longer eligible, and the `list plans` listing.

An amendment copies items into a new version; the copies remember their source, so an act linked
to the item of an earlier version still counts for the same planned monitoring.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain import plan as rules
from bmb_desktop.domain.enums import ActStatus, LetterKind, MeetingKind, PlanItemStatus, PlanVersionStatus
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.domain.meetings import protocol_label
from bmb_desktop.domain.names import short_name
from bmb_desktop.locale.dates import short_date
from bmb_desktop.locale.i18n import _, translate
from bmb_desktop.locale.labels import label
from bmb_desktop.services.conflicts import removed_for_object
from bmb_desktop.services.group import active_memberships, regulation_of
from bmb_desktop.services.listing import Listing
from bmb_desktop.services.plan import find_version, latest_version, plans_of, version_in_force
from bmb_desktop.storage.models import Act, Letter, Meeting, Municipality, Plan, PlanItem, PlanVersion

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class LinkedMeeting:
    meeting_id: int
    kind: MeetingKind
    label: str  # the protocol number, "3/2026"; empty for an observed event
    held_on: date
    title: str


@dataclass(frozen=True)
class LinkedAct:
    act_id: int
    label: str  # "1/2026"; empty for a draft
    status: ActStatus
    issued_on: date | None


@dataclass(frozen=True)
class LinkedLetter:
    letter_id: int
    kind: LetterKind
    number: str
    sent_on: date | None


@dataclass(frozen=True)
class ItemProgress:
    item_id: int
    year: int
    position: int
    object_name: str
    subject: str
    timing: str  # "III квартал", "16.02.2026 – 27.03.2026"
    due_on: date
    status: PlanItemStatus
    cancel_reason: str
    responsible_names: tuple[str, ...]
    meetings: tuple[LinkedMeeting, ...]
    acts: tuple[LinkedAct, ...]
    letters: tuple[LinkedLetter, ...]
    overdue: bool  # its time has passed without an issued act
    problems: tuple[str, ...]  # responsibles who may no longer act for it

    @property
    def has_issued_act(self) -> bool:
        return any(act.status is ActStatus.ISSUED for act in self.acts)


def timing_text(quarter: int | None, starts_on: date | None, ends_on: date | None, language: str | None = None) -> str:
    """"III квартал", "16.02.2026 – 27.03.2026", or both joined."""
    parts = []
    if quarter:
        parts.append(translate("quarter {quarter}", language, quarter=ROMAN.get(quarter, str(quarter))))
    if starts_on or ends_on:
        parts.append(" – ".join(short_date(day) for day in (starts_on, ends_on) if day))
    return ", ".join(parts)


def item_progress(session: Session, municipality_id: int, version_id: int, *, today: date) -> list[ItemProgress]:
    """Every item of the version with what was done for it, as of ``today``."""
    version = find_version(session, municipality_id, version_id)
    return _progress(session, municipality_id, version, today=today)


def _progress(session: Session, municipality_id: int, version: PlanVersion, *, today: date) -> list[ItemProgress]:
    lineage = lineages(version.plan)
    ids = {member for item in version.items for member in lineage[item.id]}
    meetings = _linked(session, Meeting, ids, Meeting.held_on)
    acts = _linked(session, Act, ids, Act.issued_on)
    letters = _linked(session, Letter, ids, Letter.sent_on)
    active = {m.id: m for m in active_memberships(session, municipality_id, today)}
    year = version.plan.year
    superseded = version.status is PlanVersionStatus.SUPERSEDED
    found = []
    for item in version.items:
        group = lineage[item.id]
        item_acts = tuple(LinkedAct(a.id, a.display_number, a.status, a.issued_on) for a in _of(acts, group))
        due = rules.due_date(item.quarter, item.starts_on, item.ends_on, year=year)
        issued = any(a.status is ActStatus.ISSUED for a in item_acts)
        found.append(ItemProgress(
            item_id=item.id, year=year, position=item.position,
            object_name=item.monitored_object.name if item.monitored_object else "", subject=item.subject,
            timing=timing_text(item.quarter, item.starts_on, item.ends_on), due_on=due, status=item.status,
            cancel_reason=item.cancel_reason,
            responsible_names=tuple(_name(session, r.membership_id) for r in item.responsibles),
            meetings=tuple(
                LinkedMeeting(m.id, m.kind, protocol_label(m.number, m.year), m.held_on, m.title) for m in _of(meetings, group)
            ),
            acts=item_acts,
            letters=tuple(LinkedLetter(x.id, x.kind, x.number, x.sent_on) for x in _of(letters, group)),
            # a superseded version's items live on in the version that replaced it
            overdue=not superseded and rules.is_overdue(due, today=today, status=item.status, has_issued_act=issued),
            problems=() if superseded else _responsible_problems(session, municipality_id, item, active, today, issued),
        ))  # fmt: skip
    return found


def lineages(plan: Plan) -> dict[int, frozenset[int]]:
    """Each item id of the plan -> the ids of all its copies across versions, itself included."""
    parent: dict[int, int] = {}

    def root(item_id: int) -> int:
        while parent.setdefault(item_id, item_id) != item_id:
            item_id = parent[item_id]
        return item_id

    items = [item for version in plan.versions for item in version.items]
    for item in items:
        root(item.id)
        if item.source_item_id is not None:
            parent[root(item.id)] = root(item.source_item_id)
    groups: dict[int, set[int]] = defaultdict(set)
    for item in items:
        groups[root(item.id)].add(item.id)
    return {item.id: frozenset(groups[root(item.id)]) for item in items}


def _linked(session: Session, model, ids: set[int], day_column) -> list:
    if not ids:
        return []
    return list(session.scalars(select(model).where(model.plan_item_id.in_(ids)).order_by(day_column, model.id)))


def _of(records: list, group: frozenset[int]) -> list:
    return [record for record in records if record.plan_item_id in group]


def _responsible_problems(
    session: Session, municipality_id: int, item: PlanItem, active: dict, today: date, issued: bool,
) -> tuple[str, ...]:
    """Responsibles who left the group or were removed from the object, while the work is still to do."""
    if issued or item.status in (PlanItemStatus.DONE, PlanItemStatus.CANCELLED):
        return ()
    removals = removed_for_object(session, municipality_id, item.object_id, on=today) if item.object_id else {}
    removed = {membership_id: removal.reason for membership_id, removal in removals.items()}
    problems = []
    for responsible in item.responsibles:
        mid = responsible.membership_id
        problem = rules.responsible_problem([mid], active=active, removed=removed, names={mid: _name(session, mid)})
        if problem:
            problems.append(problem)
    return tuple(problems)


def _name(session: Session, membership_id: int) -> str:
    from bmb_desktop.storage.models import Membership

    membership = session.get(Membership, membership_id)
    return short_name(membership.person.given_name, membership.person.surname) if membership else ""


def plan_warnings(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """The plan's findings for `bmb-desktop check` and the home screen, all warnings."""
    municipality = session.get(Municipality, municipality_id)
    regulation = regulation_of(municipality.regulation if municipality else None)
    clauses = rules.PLAN_CLAUSES.get(regulation.preset, rules.PLAN_CLAUSES["model"])
    plan_source, act_source = (f"{regulation.name} {clauses[key]}" for key in ("plan", "act"))
    plans = {plan.year: plan for plan in plans_of(session, municipality_id)}
    findings = _missing_plan(session, municipality_id, plans.get(today.year), today, plan_source)
    for year, plan in sorted(plans.items()):
        version = version_in_force(plan)
        if version is None or year > today.year:
            continue
        for progress in _progress(session, municipality_id, version, today=today):
            where = _("Plan {year}, item {position} ({object})", year=year, position=progress.position, object=progress.object_name)
            if progress.overdue:
                drafted = any(a.status is ActStatus.DRAFT for a in progress.acts)
                message = (
                    _("{where}: its time ended on {date}; the act is still a draft", where=where, date=short_date(progress.due_on))
                    if drafted
                    else _("{where}: its time ended on {date} and no act has been issued", where=where, date=short_date(progress.due_on))
                )
                findings.append(RuleFinding("plan_overdue", Severity.WARNING, message, act_source))
            for problem in progress.problems:
                findings.append(RuleFinding("plan_responsible", Severity.WARNING, f"{where}: {problem}", plan_source))
    return findings


def _missing_plan(session: Session, municipality_id: int, plan: Plan | None, today: date, source: str) -> list[RuleFinding]:
    """No approved plan for this year, although the group worked before the year began (P1)."""
    if plan is not None and version_in_force(plan) is not None:
        return []
    if not active_memberships(session, municipality_id, date(today.year, 1, 1)):
        return []
    if plan is None:
        message = _("There is no plan for {year}", year=today.year)
    else:
        message = _("The plan for {year} is not approved yet ({status})", year=today.year, status=label(latest_version(plan).status))
    return [RuleFinding("plan", Severity.WARNING, message, source)]


def overdue_items(session: Session, municipality_id: int, *, today: date) -> list[ItemProgress]:
    """Items of the versions in force whose time has passed without an issued act."""
    found = []
    for plan in plans_of(session, municipality_id):
        version = version_in_force(plan)
        if version is not None and plan.year <= today.year:
            found += [p for p in _progress(session, municipality_id, version, today=today) if p.overdue]
    return found


def plans_listing(session: Session, municipality_id: int, *, today: date) -> Listing:
    """Every item of each year's version in force (else its newest version), with progress."""
    rows = []
    for plan in plans_of(session, municipality_id):
        if not plan.versions:
            continue
        version = version_in_force(plan) or latest_version(plan)
        for p in _progress(session, municipality_id, version, today=today):
            rows.append((
                plan.year, version.number, label(version.status), p.position, p.object_name, p.subject, p.timing,
                ", ".join(p.responsible_names), label(p.status),
                ", ".join(a.label or label(a.status) for a in p.acts), len(p.meetings),
                _("overdue") if p.overdue else "",
            ))  # fmt: skip
    return Listing(
        columns=(
            _("Year"), _("Version"), _("Plan status"), _("No."), _("Object"), _("Subject"), _("Timing"),
            _("Responsible"), _("Status"), _("Acts"), _("Meetings"), _("Flag"),
        ),
        keys=(
            "year", "version", "plan_status", "position", "object", "subject", "timing", "responsible", "status",
            "acts", "meetings", "flag",
        ),
        rows=rows,
    )  # fmt: skip
