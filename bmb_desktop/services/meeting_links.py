"""What a meeting or a decision can be linked to: plan items, plan versions, acts and members.

The meeting editor offers these in its combos; ``meeting_agenda.link_decision`` and the meeting
draft check that a chosen target belongs to the municipality.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain.names import short_name
from bmb_desktop.locale.i18n import _
from bmb_desktop.locale.labels import label
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.roster_editing import Choice
from bmb_desktop.storage.models import Act, Membership, Plan, PlanItem, PlanVersion

SUBJECT_LENGTH = 70  # a combo shows the start of a long subject; the tooltip shows it whole


class LinkKind(StrEnum):
    PLAN_VERSION = "plan_version"
    ACT = "act"
    MEMBERSHIP = "membership"


@dataclass(frozen=True)
class Link:
    """What one decision decided: a plan version approved or amended, an act, a member's withdrawal."""

    kind: LinkKind
    id: int
    label: str = ""

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind.value, self.id)


def decision_link_choices(
    session: Session, municipality_id: int, *, on: date, include_membership_id: int | None = None
) -> list[Link]:
    """Plan versions (newest plan first), acts (newest first), then the members active on ``on``."""
    versions = session.scalars(
        select(PlanVersion).join(Plan).where(Plan.municipality_id == municipality_id)
        .order_by(Plan.year.desc(), PlanVersion.number.desc())
    )  # fmt: skip
    links = [
        Link(LinkKind.PLAN_VERSION, v.id, _(
            "Plan for {year}, version {number} ({status})", year=v.plan.year, number=v.number, status=label(v.status)
        ))
        for v in versions
    ]  # fmt: skip
    acts = session.scalars(
        select(Act).where(Act.municipality_id == municipality_id)
        .order_by(Act.year.desc().nulls_first(), Act.number.desc().nulls_first(), Act.id.desc())
    )  # fmt: skip
    for act in acts:
        subject = _shorten(act.subject)
        text = _("Act No. {number}: {subject}", number=act.display_number, subject=subject) if act.number else _(
            "Draft act: {subject}", subject=subject
        )
        links.append(Link(LinkKind.ACT, act.id, text))
    members = {m.id: m for m in active_memberships(session, municipality_id, on)}
    if include_membership_id is not None and include_membership_id not in members:
        linked = session.get(Membership, include_membership_id)
        if linked is not None and linked.municipality_id == municipality_id:
            members[linked.id] = linked
    for membership in sorted(members.values(), key=lambda m: m.person.surname.casefold()):
        name = short_name(membership.person.given_name, membership.person.surname)
        links.append(Link(LinkKind.MEMBERSHIP, membership.id, _("Member of the group: {name}", name=name)))
    return links


def link_of(*, plan_version_id: int | None, act_id: int | None, membership_id: int | None) -> Link | None:
    """The stored link of a decision; an act counts first, as it brings its object's recusals."""
    if act_id is not None:
        return Link(LinkKind.ACT, act_id)
    if plan_version_id is not None:
        return Link(LinkKind.PLAN_VERSION, plan_version_id)
    if membership_id is not None:
        return Link(LinkKind.MEMBERSHIP, membership_id)
    return None


def link_fields(link: Link | None) -> dict[str, int | None]:
    """The decision's three link columns for ``link``: the keyword arguments of a DecisionDraft."""
    chosen = link.kind if link else None
    return {
        "plan_version_id": link.id if chosen is LinkKind.PLAN_VERSION else None,
        "act_id": link.id if chosen is LinkKind.ACT else None,
        "membership_id": link.id if chosen is LinkKind.MEMBERSHIP else None,
    }


def plan_item_choices(session: Session, municipality_id: int, *, include_id: int | None = None) -> list[Choice]:
    """Items of the newest version of each year's plan, newest year first: what a meeting may concern."""
    plans = session.scalars(
        select(Plan).where(Plan.municipality_id == municipality_id).order_by(Plan.year.desc())
        .options(selectinload(Plan.versions).selectinload(PlanVersion.items).selectinload(PlanItem.monitored_object))
    )  # fmt: skip
    items = [item for plan in plans if plan.versions for item in plan.versions[-1].items]
    if include_id is not None and include_id not in {item.id for item in items}:
        stored = session.get(PlanItem, include_id)
        if stored is not None and stored.version.plan.municipality_id == municipality_id:
            items.append(stored)
    return [Choice(item.id, _plan_item_text(item)) for item in items]


def _plan_item_text(item: PlanItem) -> str:
    subject = item.monitored_object.name if item.monitored_object else ""
    if item.subject:
        subject = f"{subject}: {item.subject}" if subject else item.subject
    return _("Plan {year}, item {position}: {subject}", year=item.version.plan.year, position=item.position,
             subject=_shorten(subject))  # fmt: skip


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUBJECT_LENGTH else text[: SUBJECT_LENGTH - 1].rstrip() + "…"
