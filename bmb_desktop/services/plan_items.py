"""Plan items (P2): adding, editing, ordering and removing them in an editable version, choosing
eligible responsible members, and recording progress on the version in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain import plan as rules
from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import PlanItemStatus
from bmb_desktop.domain.names import short_name
from bmb_desktop.domain.plan import ItemDraft
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.conflicts import removed_for_object
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.plan import editable_version, find_version, linked_to_items
from bmb_desktop.storage.models import Membership, MonitoredObject, PlanItem, PlanItemMethod, PlanItemResponsible


@dataclass(frozen=True)
class Candidate:
    """A member as the responsible-member picker shows them: greyed out with the reason if not eligible."""

    membership_id: int
    name: str
    eligible: bool
    reason: str


def responsible_candidates(session: Session, municipality_id: int, *, object_id: int | None, on: date) -> list[Candidate]:
    """Members active on ``on``; those removed from monitoring the object are not eligible (C2)."""
    removed = removed_for_object(session, municipality_id, object_id, on=on) if object_id else {}
    return [
        Candidate(
            m.id, short_name(m.person.given_name, m.person.surname), m.id not in removed,
            removed[m.id].reason if m.id in removed else "",
        )
        for m in active_memberships(session, municipality_id, on)
    ]


def check_item(session: Session, municipality_id: int, version_id: int, draft: ItemDraft, *, on: date) -> dict[str, str]:
    """Problems by field: the item's own rules, the object, and the responsibles' eligibility on ``on``."""
    version = find_version(session, municipality_id, version_id)
    problems = rules.item_problems(draft, year=version.plan.year)
    if draft.object_id is not None:
        monitored = session.get(MonitoredObject, draft.object_id)
        if monitored is None or monitored.municipality_id != municipality_id:
            problems["object"] = _("The monitored object was not found.")
    if draft.responsible_ids and "object" not in problems:
        problems |= _responsible_problems(session, municipality_id, draft, on=on)
    return problems


def save_item(
    session: Session, municipality_id: int, version_id: int, draft: ItemDraft, *, on: date, item_id: int | None = None,
) -> PlanItem:
    """Add the item at the end of the version, or update it; only in an editable version."""
    version = editable_version(session, municipality_id, version_id)
    problems = check_item(session, municipality_id, version_id, draft, on=on)
    if problems:
        raise ValidationError(problems)
    if item_id is None:
        item = PlanItem(position=len(version.items) + 1)
        version.items.append(item)
    else:
        item = _item(session, municipality_id, item_id)
        if item.version_id != version.id:
            raise NotFoundError(_("The plan item was not found."))
    item.object_id, item.subject_kind = draft.object_id, draft.subject_kind
    item.subject, item.purpose = draft.subject.strip(), draft.purpose.strip()
    item.quarter, item.starts_on, item.ends_on = draft.quarter, draft.starts_on, draft.ends_on
    item.information_sources, item.resources_needed = draft.information_sources.strip(), draft.resources_needed.strip()
    item.involvement, item.analysis_method = draft.involvement.strip(), draft.analysis_method.strip()
    item.status = draft.status
    item.cancel_reason = draft.cancel_reason.strip() if draft.status is PlanItemStatus.CANCELLED else ""
    kept_methods = {m.method: m for m in item.methods}
    item.methods = [kept_methods.get(method) or PlanItemMethod(method=method) for method in dict.fromkeys(draft.methods)]
    kept = {r.membership_id: r for r in item.responsibles}
    item.responsibles = [kept.get(mid) or PlanItemResponsible(membership_id=mid) for mid in dict.fromkeys(draft.responsible_ids)]
    session.commit()
    return item


def delete_item(session: Session, municipality_id: int, item_id: int) -> None:
    """Remove an item from an editable version; one an act or meeting refers to is cancelled instead."""
    item = _item(session, municipality_id, item_id)
    version = editable_version(session, municipality_id, item.version_id)
    if linked_to_items(session, [item.id]):
        raise UserError(_("An act, meeting, letter or notice refers to this item. Cancel it with a reason instead of deleting it."))
    version.items.remove(item)
    _renumber(version.items)
    session.commit()


def move_item(session: Session, municipality_id: int, item_id: int, *, position: int) -> PlanItem:
    """Put the item at ``position`` (1 = first) in its version."""
    item = _item(session, municipality_id, item_id)
    version = editable_version(session, municipality_id, item.version_id)
    items = [other for other in version.items if other is not item]
    items.insert(max(0, min(position - 1, len(items))), item)
    _renumber(items)
    version.items.sort(key=lambda other: other.position)
    session.commit()
    return item


def set_item_status(
    session: Session, municipality_id: int, item_id: int, *, status: PlanItemStatus, cancel_reason: str = "",
) -> PlanItem:
    """Progress on the version in force (planned, in progress, done); cancelling only in a draft (P3)."""
    status = as_enum(PlanItemStatus, status, field="status", required=True)  # rules compare members with ``is``
    item = _item(session, municipality_id, item_id)
    refusal = rules.status_change_problem(item.version.status, item.status, status)
    if refusal:
        raise UserError(refusal)
    if status is PlanItemStatus.CANCELLED and not cancel_reason.strip():
        raise ValidationError({"cancel_reason": _("Write why the monitoring is cancelled.")})
    item.status = status
    item.cancel_reason = cancel_reason.strip() if status is PlanItemStatus.CANCELLED else ""
    session.commit()
    return item


def draft_of(item: PlanItem) -> ItemDraft:
    return ItemDraft(
        object_id=item.object_id, subject_kind=item.subject_kind, subject=item.subject, purpose=item.purpose,
        methods=tuple(m.method for m in item.methods), responsible_ids=tuple(r.membership_id for r in item.responsibles),
        quarter=item.quarter, starts_on=item.starts_on, ends_on=item.ends_on,
        information_sources=item.information_sources, resources_needed=item.resources_needed,
        involvement=item.involvement, analysis_method=item.analysis_method, status=item.status,
        cancel_reason=item.cancel_reason,
    )  # fmt: skip


def find_item(session: Session, municipality_id: int, item_id: int) -> PlanItem:
    return _item(session, municipality_id, item_id)


def _responsible_problems(session: Session, municipality_id: int, draft: ItemDraft, *, on: date) -> dict[str, str]:
    """Every responsible must be an active member on ``on``, not removed from monitoring the object."""
    active = {m.id for m in active_memberships(session, municipality_id, on)}
    removed = {mid: r.reason for mid, r in removed_for_object(session, municipality_id, draft.object_id, on=on).items()}
    names = {}
    for membership_id in draft.responsible_ids:
        membership = session.get(Membership, membership_id)
        if membership is None or membership.municipality_id != municipality_id:
            return {"responsibles": _("The member was not found.")}
        names[membership_id] = short_name(membership.person.given_name, membership.person.surname)
    problem = rules.responsible_problem(draft.responsible_ids, active=active, removed=removed, names=names)
    return {"responsibles": problem} if problem else {}


def _item(session: Session, municipality_id: int, item_id: int) -> PlanItem:
    item = session.get(PlanItem, item_id)
    if item is None or item.version.plan.municipality_id != municipality_id:
        raise NotFoundError(_("The plan item was not found."))
    return item


def _renumber(items: list[PlanItem]) -> None:
    for position, item in enumerate(items, start=1):
        item.position = position
