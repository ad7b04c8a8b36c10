"""The group's members: adding, editing, withdrawing and replacing them, and checking composition."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from bmb_desktop.domain.composition import GroupMember, check_composition, check_term
from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import MemberRole, MembershipStatus, WithdrawalGround
from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.domain.members import SINGLE_ROLES, MemberDraft, normalise_phone, validate_member
from bmb_desktop.domain.names import short_name
from bmb_desktop.domain.regulation import CUSTOM, Regulation, customised, is_preset_title, preset
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.storage.models import Membership, Municipality, Person, RegulationProfile


def regulation_of(profile: RegulationProfile | None) -> Regulation:
    """The stored profile as domain rules; the preset supplies the clause numbers for citations."""
    if profile is None:
        return preset("model")
    base = preset(profile.preset)
    return customised(
        base,
        # An own regulation is cited by its title alone: the model's clause numbers would mislead.
        clauses={} if profile.preset == CUSTOM else base.clauses,
        preset=profile.preset,
        name=preset(profile.preset).name if is_preset_title(profile.name) else profile.name,
        min_size=profile.min_size, max_size=profile.max_size, odd_size_required=profile.odd_size_required,
        min_employee_percent=profile.min_employee_percent, min_deputy_percent=profile.min_deputy_percent,
        min_citizen_percent=profile.min_citizen_percent, max_one_sex_percent=profile.max_one_sex_percent,
        chair_rule=profile.chair_rule, term_months=profile.term_months,
        min_meetings_per_quarter=profile.min_meetings_per_quarter, protocol_signers=profile.protocol_signers,
        decision_majority=profile.decision_majority,
    )


def active_memberships(session: Session, municipality_id: int, day: date) -> list[Membership]:
    return list(session.scalars(
        select(Membership)
        .where(
            Membership.municipality_id == municipality_id,
            Membership.appointed_on <= day,
            (Membership.withdrawn_on.is_(None)) | (Membership.withdrawn_on > day),
        )
        .options(joinedload(Membership.person))
        .order_by(Membership.id)
    ))


def _group_member(membership: Membership) -> GroupMember:
    person = membership.person
    return GroupMember(
        name=short_name(person.given_name, person.surname), category=membership.category,
        role=membership.role, sex=person.sex, birth_date=person.birth_date, appointed_on=membership.appointed_on,
    )


def composition_findings(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Every composition rule and the group's term, as of ``today``."""
    municipality = _municipality(session, municipality_id)
    rules = regulation_of(municipality.regulation)
    members = [_group_member(m) for m in active_memberships(session, municipality_id, today)]
    findings = check_composition(members, rules)
    term = check_term(municipality.regulation.group_created_on if municipality.regulation else None, rules, today)
    return findings + ([term] if term else [])


def role_holders(session: Session, municipality_id: int, day: date, *, excluding: int | None = None) -> dict[MemberRole, str]:
    """Who holds the chair, deputy chair or secretary on ``day`` or later, other than ``excluding``.

    A holder appointed later still counts: two chairs must never overlap, whichever came first.
    """
    memberships = session.scalars(
        select(Membership)
        .where(
            Membership.municipality_id == municipality_id,
            Membership.role.in_(SINGLE_ROLES),
            (Membership.withdrawn_on.is_(None)) | (Membership.withdrawn_on > day),
        )
        .options(joinedload(Membership.person))
        .order_by(Membership.appointed_on, Membership.id)
    )
    holders: dict[MemberRole, list[str]] = {}
    for membership in memberships:
        if membership.id != excluding:
            holders.setdefault(membership.role, []).append(short_name(membership.person.given_name, membership.person.surname))
    return {role: ", ".join(names) for role, names in holders.items()}


def draft_of(membership: Membership) -> MemberDraft:
    person = membership.person
    return MemberDraft(
        surname=person.surname, given_name=person.given_name, patronymic=person.patronymic, sex=person.sex,
        birth_date=person.birth_date, village_id=person.village_id, phone=person.phone, position=person.position,
        category=membership.category, role=membership.role, appointed_on=membership.appointed_on,
        basis_resolution_id=membership.basis_resolution_id, basis_text=membership.basis_text,
        term_ends_on=membership.term_ends_on,
    )


def check_member(session: Session, municipality_id: int, draft: MemberDraft, *, membership_id: int | None = None) -> dict[str, str]:
    """The dialog's live validation: the member's own fields and the single roles on that date."""
    day = draft.appointed_on or date.today()
    return validate_member(draft, role_holders=role_holders(session, municipality_id, day, excluding=membership_id))


def save_member(
    session: Session, municipality_id: int, draft: MemberDraft, *,
    membership_id: int | None = None, replaces_membership_id: int | None = None,
) -> Membership:
    """Create a member (a person and a membership) or update one; refuses a draft with problems."""
    problems = check_member(session, municipality_id, draft, membership_id=membership_id)
    if problems:
        raise ValidationError(problems)
    if membership_id is None:
        membership = Membership(municipality_id=municipality_id, person=Person(municipality_id=municipality_id))
        membership.replaces_membership_id = replaces_membership_id
        session.add(membership)
    else:
        membership = _membership(session, municipality_id, membership_id)
    person = membership.person
    person.surname, person.given_name, person.patronymic = draft.surname.strip(), draft.given_name.strip(), draft.patronymic.strip()
    person.sex, person.birth_date, person.village_id = draft.sex, draft.birth_date, draft.village_id
    person.phone, person.position = normalise_phone(draft.phone) or "", draft.position.strip()
    membership.category, membership.role, membership.appointed_on = draft.category, draft.role, draft.appointed_on
    membership.basis_resolution_id, membership.basis_text = draft.basis_resolution_id, draft.basis_text.strip()
    membership.term_ends_on = draft.term_ends_on
    session.commit()
    return membership


def withdraw_member(
    session: Session, municipality_id: int, membership_id: int, *,
    on: date | None, ground: WithdrawalGround | None, note: str = "",
) -> Membership:
    """Early withdrawal (G8): the member stays in the history with the date and ground."""
    membership = _membership(session, municipality_id, membership_id)
    ground = as_enum(WithdrawalGround, ground, field="ground")
    problems = {}
    if membership.status is MembershipStatus.WITHDRAWN:
        problems["withdrawn_on"] = _("This member has already left the group.")
    if on is None:
        problems["withdrawn_on"] = _("Enter the date of withdrawal.")
    elif on < membership.appointed_on:
        problems["withdrawn_on"] = _("The withdrawal cannot be earlier than the appointment.")
    if ground is None:
        problems["ground"] = _("Choose the ground for withdrawal.")
    elif ground is WithdrawalGround.OTHER and not note.strip():
        problems["note"] = _("Describe the other ground.")
    if problems:
        raise ValidationError(problems)
    membership.status = MembershipStatus.WITHDRAWN
    membership.withdrawn_on, membership.withdrawal_ground, membership.withdrawal_note = on, ground, note.strip()
    session.commit()
    return membership


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
