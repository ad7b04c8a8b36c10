"""The group roster: who is and was a member, as rows for screens, the CLI and the printed roster."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from bmb_desktop.domain.dates import age_on
from bmb_desktop.domain.enums import MemberCategory, MemberRole, MembershipStatus, Sex, WithdrawalGround
from bmb_desktop.domain.names import full_name, short_name
from bmb_desktop.locale.dates import short_date
from bmb_desktop.storage.models import Membership, Person


@dataclass(frozen=True)
class MemberRow:
    membership_id: int
    person_id: int
    full_name: str
    short_name: str
    category: MemberCategory
    role: MemberRole
    sex: Sex
    birth_date: date | None
    age: int | None
    village: str
    phone: str
    position: str
    basis: str
    appointed_on: date
    term_ends_on: date | None
    status: MembershipStatus
    withdrawn_on: date | None
    withdrawal_ground: WithdrawalGround | None
    withdrawal_note: str

    def is_active_on(self, day: date) -> bool:
        return self.appointed_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)

    def as_json(self) -> dict:
        return {key: (value.isoformat() if isinstance(value, date) else value) for key, value in asdict(self).items()}


def membership_basis(membership: Membership) -> str:
    """The document a membership rests on: "№ 12/5, 14.10.2025" or the text the secretary wrote."""
    resolution = membership.basis_resolution
    if resolution is not None:
        return f"№ {resolution.number}, {short_date(resolution.adopted_on)}"
    return membership.basis_text


def list_members(
    session: Session, municipality_id: int, *, as_of: date, include_former: bool = True
) -> list[MemberRow]:
    """Members in roster order: current ones by role, then former ones by withdrawal date."""
    memberships = session.scalars(
        select(Membership)
        .where(Membership.municipality_id == municipality_id)
        .options(
            joinedload(Membership.person).joinedload(Person.village),
            joinedload(Membership.basis_resolution),
        )
    ).all()
    rows = [_row(membership, as_of) for membership in memberships]
    current = sorted((r for r in rows if r.is_active_on(as_of)), key=_roster_order)
    former = sorted(
        (r for r in rows if not r.is_active_on(as_of) and r.appointed_on <= as_of),
        key=lambda r: (r.withdrawn_on or date.max, r.full_name),
    )
    return current + former if include_former else current


ROLE_ORDER = {MemberRole.CHAIR: 0, MemberRole.DEPUTY_CHAIR: 1, MemberRole.SECRETARY: 2, MemberRole.MEMBER: 3}


def _roster_order(row: MemberRow) -> tuple:
    return (ROLE_ORDER[row.role], row.full_name.casefold())


def _row(membership: Membership, as_of: date) -> MemberRow:
    person = membership.person
    return MemberRow(
        membership_id=membership.id,
        person_id=person.id,
        full_name=full_name(person.surname, person.given_name, person.patronymic),
        short_name=short_name(person.given_name, person.surname),
        category=membership.category,
        role=membership.role,
        sex=person.sex,
        birth_date=person.birth_date,
        age=age_on(person.birth_date, as_of) if person.birth_date else None,
        village=person.village.name if person.village else "",
        phone=person.phone,
        position=person.position,
        basis=membership_basis(membership),
        appointed_on=membership.appointed_on,
        term_ends_on=membership.term_ends_on,
        status=membership.status,
        withdrawn_on=membership.withdrawn_on,
        withdrawal_ground=membership.withdrawal_ground,
        withdrawal_note=membership.withdrawal_note,
    )


def members_listing(session: Session, municipality_id: int, *, as_of: date):
    """The roster as a plain listing for the CLI."""
    from bmb_desktop.locale.i18n import _
    from bmb_desktop.locale.labels import label
    from bmb_desktop.services.listing import Listing

    rows = [
        (
            row.membership_id,
            row.full_name,
            label(row.category),
            label(row.role),
            label(row.sex),
            row.age,
            row.village,
            row.phone,
            row.basis,
            row.term_ends_on,
            label(row.status) if row.is_active_on(as_of) else label(MembershipStatus.WITHDRAWN),
        )
        for row in list_members(session, municipality_id, as_of=as_of)
    ]
    return Listing(
        columns=(_("ID"), _("Name"), _("Category"), _("Role"), _("Sex"), _("Age"), _("Village"), _("Phone"), _("Basis"), _("Term ends"), _("Status")),
        keys=("id", "name", "category", "role", "sex", "age", "village", "phone", "basis", "term_ends_on", "status"),
        rows=rows,
    )
