"""Conflicts of interest (domain.md §3): declarations, the council chair's decision, and who is removed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.domain.names import full_name, short_name
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.group import active_memberships, regulation_of
from bmb_desktop.storage.models import ConflictDeclaration, Membership, MonitoredObject, Municipality


def declare_conflict(
    session: Session, municipality_id: int, *, membership_id: int | None, object_id: int | None,
    subject: str, declared_on: date | None, statement: str,
) -> ConflictDeclaration:
    """Record a member's written declaration (C1); the chair's decision comes separately."""
    problems = {}
    membership = session.get(Membership, membership_id) if membership_id else None
    if membership is None or membership.municipality_id != municipality_id:
        problems["membership"] = _("Choose the member who declared the conflict.")
    if object_id is None and not subject.strip():
        problems["object"] = _("Choose the monitored object or describe the subject.")
    if declared_on is None:
        problems["declared_on"] = _("Enter the date of the declaration.")
    if not statement.strip():
        problems["statement"] = _("Write what the member declared.")
    if problems:
        raise ValidationError(problems)
    declaration = ConflictDeclaration(
        membership_id=membership_id, monitored_object_id=object_id, subject=subject.strip(),
        declared_on=declared_on, statement=statement.strip(),
    )
    session.add(declaration)
    session.commit()
    return declaration


def decide_conflict(session: Session, declaration_id: int, *, removed: bool, decided_on: date | None, note: str = "") -> ConflictDeclaration:
    """The council chair's decision (C2): temporary removal from monitoring that object or subject."""
    declaration = session.get(ConflictDeclaration, declaration_id)
    if declaration is None:
        raise NotFoundError(_("The declaration was not found."))
    if decided_on is None:
        raise ValidationError({"decided_on": _("Enter the date of the decision.")})
    if decided_on < declaration.declared_on:
        raise ValidationError({"decided_on": _("The decision cannot be earlier than the declaration.")})
    declaration.removed_from_monitoring, declaration.decided_on, declaration.decision_note = removed, decided_on, note.strip()
    session.commit()
    return declaration


def declarations(session: Session, municipality_id: int) -> list[ConflictDeclaration]:
    return list(session.scalars(
        select(ConflictDeclaration).join(Membership)
        .where(Membership.municipality_id == municipality_id)
        .options(joinedload(ConflictDeclaration.membership).joinedload(Membership.person))
        .order_by(ConflictDeclaration.declared_on.desc(), ConflictDeclaration.id.desc())
    ))


@dataclass(frozen=True)
class Removal:
    membership_id: int
    reason: str  # translated: why the member may not take part


def removed_for_object(session: Session, municipality_id: int, object_id: int, *, on: date) -> dict[int, Removal]:
    """Members removed from monitoring ``object_id`` on ``on``: they may not be responsible, sign or vote."""
    removals = {}
    for declaration in declarations(session, municipality_id):
        if (
            declaration.monitored_object_id == object_id and declaration.removed_from_monitoring
            and declaration.decided_on is not None and declaration.decided_on <= on
        ):
            person = declaration.membership.person
            removals[declaration.membership_id] = Removal(
                declaration.membership_id,
                _("{name} was removed from this monitoring for a conflict of interest", name=short_name(person.given_name, person.surname)),
            )
    return removals


def _normal(text: str) -> str:
    """A name for comparison: before any comma (a contact may be "Р. Алиев, прораб"), letters only."""
    return re.sub(r"[\W_]+", "", text.split(",")[0].casefold())


def conflict_warnings(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Members who head or represent a monitored object without a removal (G5, C3); undecided declarations."""
    municipality = session.get(Municipality, municipality_id)
    rules = regulation_of(municipality.regulation)
    objects = list(session.scalars(select(MonitoredObject).where(MonitoredObject.municipality_id == municipality_id)))
    findings = []
    for membership in active_memberships(session, municipality_id, today):
        person = membership.person
        names = {_normal(short_name(person.given_name, person.surname)), _normal(full_name(person.surname, person.given_name))}
        for obj in objects:
            contacts = {_normal(obj.head_name), _normal(obj.contact_person)} - {""}
            if names & contacts and membership.id not in removed_for_object(session, municipality_id, obj.id, on=today):
                findings.append(RuleFinding(
                    "conflict", Severity.WARNING,
                    _("{name} heads or represents the monitored object {object}; a conflict of interest must be declared",
                      name=short_name(person.given_name, person.surname), object=obj.name),
                    rules.source("conflict"),
                ))
    for declaration in declarations(session, municipality_id):
        if declaration.decided_on is None:
            person = declaration.membership.person
            findings.append(RuleFinding(
                "conflict", Severity.WARNING,
                _("The conflict of interest declared by {name} awaits the council chair's decision", name=short_name(person.given_name, person.surname)),
                rules.source("conflict"),
            ))
    return findings
