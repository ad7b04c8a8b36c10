"""The home page's summary of a municipality: its group's basis and term, and how much is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.dates import add_months
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.roster import list_members
from bmb_desktop.storage.models import Act, Meeting, Municipality, Notice, Plan


@dataclass(frozen=True)
class Overview:
    municipality_name: str
    district: str
    region: str
    aiyl_okmotu_name: str
    council_name: str
    council_convocation: str
    basis_number: str  # the council resolution that created the group; empty when not recorded
    basis_adopted_on: date | None
    basis_title: str
    group_created_on: date | None
    term_months: int | None
    term_ends_on: date | None
    current_members: int
    former_members: int
    plans: int
    meetings: int
    acts: int
    notices: int


def overview(session: Session, municipality_id: int, *, today: date) -> Overview:
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(_("The municipality was not found in this database."))
    regulation = municipality.regulation
    resolution = regulation.basis_resolution if regulation else None
    created_on = regulation.group_created_on if regulation else None
    term_months = regulation.term_months if regulation else None
    members = list_members(session, municipality_id, as_of=today)
    current = sum(1 for row in members if row.is_active_on(today))
    return Overview(
        municipality_name=municipality.name,
        district=municipality.district,
        region=municipality.region,
        aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        council_name=municipality.council_name,
        council_convocation=municipality.council_convocation,
        basis_number=resolution.number if resolution else "",
        basis_adopted_on=resolution.adopted_on if resolution else None,
        basis_title=resolution.title if resolution else "",
        group_created_on=created_on,
        term_months=term_months,
        term_ends_on=add_months(created_on, term_months) if created_on and term_months else None,
        current_members=current,
        former_members=len(members) - current,
        plans=_count(session, select(func.count(Plan.id)), Plan, municipality_id),
        meetings=_count(session, select(func.count(Meeting.id)), Meeting, municipality_id),
        acts=_count(session, select(func.count(Act.id)), Act, municipality_id),
        notices=_count(session, select(func.count(Notice.id)), Notice, municipality_id),
    )


def _count(session: Session, query, model, municipality_id: int) -> int:
    return session.scalar(query.where(model.municipality_id == municipality_id)) or 0
