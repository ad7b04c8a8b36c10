"""What the roster's dialogs need beyond services.group: choices, term defaults, replacements, declarations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from bmb_desktop.domain.composition import term_end
from bmb_desktop.domain.dates import add_months
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.dates import short_date
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.conflicts import declarations
from bmb_desktop.services.group import active_memberships, check_member, draft_of, regulation_of, save_member
from bmb_desktop.storage.models import Membership, MonitoredObject, Municipality, Resolution, Village


@dataclass(frozen=True)
class Choice:
    """One entry of a combo box: the record's id and the text shown."""

    id: int
    label: str


def village_choices(session: Session, municipality_id: int) -> list[Choice]:
    villages = session.scalars(
        select(Village).where(Village.municipality_id == municipality_id).order_by(Village.position, Village.name)
    )
    return [Choice(village.id, village.name) for village in villages]


def resolution_choices(session: Session, municipality_id: int) -> list[Choice]:
    """Council resolutions, newest first: "№ 12/5, 14.10.2025 — <title>"."""
    resolutions = session.scalars(
        select(Resolution).where(Resolution.municipality_id == municipality_id)
        .order_by(Resolution.adopted_on.desc(), Resolution.id.desc())
    )
    return [
        Choice(r.id, f"№ {r.number}, {short_date(r.adopted_on)}" + (f" — {r.title}" if r.title else ""))
        for r in resolutions
    ]


def object_choices(session: Session, municipality_id: int) -> list[Choice]:
    objects = session.scalars(
        select(MonitoredObject).where(MonitoredObject.municipality_id == municipality_id).order_by(MonitoredObject.name)
    )
    return [Choice(obj.id, obj.name) for obj in objects]


def member_choices(session: Session, municipality_id: int, *, on: date) -> list[Choice]:
    """The members on ``on``, by surname, for choosing who declared a conflict."""
    members = sorted(active_memberships(session, municipality_id, on), key=lambda m: m.person.surname.casefold())
    return [Choice(m.id, short_name(m.person.given_name, m.person.surname)) for m in members]


def member_draft(session: Session, municipality_id: int, membership_id: int) -> MemberDraft:
    """A stored member as the dialog edits it."""
    return draft_of(_membership(session, municipality_id, membership_id))


def group_basis_resolution_id(session: Session, municipality_id: int) -> int | None:
    """The resolution that formed the group, the usual basis of a new member's appointment."""
    municipality = _municipality(session, municipality_id)
    return municipality.regulation.basis_resolution_id if municipality.regulation else None


def default_term_end(session: Session, municipality_id: int, appointed_on: date | None) -> date | None:
    """A member serves until the group's term ends (G7); without a known creation date, a full term."""
    if appointed_on is None:
        return None
    municipality = _municipality(session, municipality_id)
    rules = regulation_of(municipality.regulation)
    created_on = municipality.regulation.group_created_on if municipality.regulation else None
    group_ends = term_end(created_on, rules)
    if group_ends is not None and group_ends > appointed_on:
        return group_ends
    return add_months(appointed_on, rules.term_months)


def check_replacement(
    session: Session, municipality_id: int, replaces_membership_id: int, appointed_on: date | None,
    *, membership_id: int | None = None,
) -> dict[str, str]:
    """Problems of appointing a successor (G8): the predecessor has left and has no other successor."""
    predecessor = _membership(session, municipality_id, replaces_membership_id)
    name = short_name(predecessor.person.given_name, predecessor.person.surname)
    if predecessor.withdrawn_on is None:
        return {"replaces": _("Record the withdrawal of {name} before appointing a replacement.", name=name)}
    successor = session.scalar(
        select(Membership).where(
            Membership.replaces_membership_id == predecessor.id,
            Membership.id != (membership_id or 0),
        ).options(joinedload(Membership.person))
    )
    if successor is not None:
        return {"replaces": _("{name} has already been replaced by {successor}.", name=name,
                              successor=short_name(successor.person.given_name, successor.person.surname))}
    if appointed_on is not None and appointed_on < predecessor.withdrawn_on:
        return {"appointed_on": _("{name} left the group on {date}; the replacement cannot be appointed earlier.",
                                  name=name, date=short_date(predecessor.withdrawn_on))}
    return {}


def replace_member(session: Session, municipality_id: int, draft: MemberDraft, *, replaces_membership_id: int) -> Membership:
    """Appoint a successor to a member who has left; the new membership records whom it replaces."""
    problems = check_replacement(session, municipality_id, replaces_membership_id, draft.appointed_on)
    problems = check_member(session, municipality_id, draft) | problems
    if problems:
        raise ValidationError(problems)
    return save_member(session, municipality_id, draft, replaces_membership_id=replaces_membership_id)


@dataclass(frozen=True)
class ReplacementLink:
    """Whom a membership replaced and who replaced it, by short name ("" where none)."""

    replaces: str = ""
    replaced_by: str = ""


def replacement_links(session: Session, municipality_id: int) -> dict[int, ReplacementLink]:
    successors = session.scalars(
        select(Membership).where(
            Membership.municipality_id == municipality_id, Membership.replaces_membership_id.is_not(None)
        ).options(joinedload(Membership.person), joinedload(Membership.replaces).joinedload(Membership.person))
    ).all()
    replaces: dict[int, str] = {}
    replaced_by: dict[int, str] = {}
    for successor in successors:
        predecessor = successor.replaces
        replaces[successor.id] = short_name(predecessor.person.given_name, predecessor.person.surname)
        replaced_by[predecessor.id] = short_name(successor.person.given_name, successor.person.surname)
    return {
        membership_id: ReplacementLink(replaces.get(membership_id, ""), replaced_by.get(membership_id, ""))
        for membership_id in replaces.keys() | replaced_by.keys()
    }


@dataclass(frozen=True)
class DeclarationRow:
    """A conflict-of-interest declaration as the roster page lists it."""

    id: int
    membership_id: int
    member: str
    object_name: str
    subject: str
    declared_on: date
    statement: str
    decided_on: date | None
    removed: bool
    decision_note: str

    @property
    def concerns(self) -> str:
        """The object and the subject, whichever were given."""
        return " — ".join(part for part in (self.object_name, self.subject) if part)


def declaration_rows(session: Session, municipality_id: int) -> list[DeclarationRow]:
    objects = {obj.id: obj.name for obj in session.scalars(
        select(MonitoredObject).where(MonitoredObject.municipality_id == municipality_id)
    )}
    return [
        DeclarationRow(
            id=d.id, membership_id=d.membership_id,
            member=short_name(d.membership.person.given_name, d.membership.person.surname),
            object_name=objects.get(d.monitored_object_id, ""), subject=d.subject, declared_on=d.declared_on,
            statement=d.statement, decided_on=d.decided_on, removed=d.removed_from_monitoring,
            decision_note=d.decision_note,
        )
        for d in declarations(session, municipality_id)
    ]


def _municipality(session: Session, municipality_id: int) -> Municipality:
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(_("The municipality was not found in this database."))
    return municipality


def _membership(session: Session, municipality_id: int, membership_id: int) -> Membership:
    membership = session.get(Membership, membership_id)
    if membership is None or membership.municipality_id != municipality_id:
        raise NotFoundError(_("The member was not found."))
    return membership
