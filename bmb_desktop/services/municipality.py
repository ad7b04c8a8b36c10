"""The municipality profile: the first-run wizard's data, editable later in Settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.storage.models import DatabaseFact, Municipality, RegulationProfile, Village

OWN_MUNICIPALITY_KEY = "own_municipality_id"


@dataclass
class MunicipalityProfile:
    """What the secretary enters about her municipality; every field is plain text."""

    name: str = ""
    district: str = ""
    region: str = ""
    administrative_centre: str = ""
    aiyl_okmotu_name: str = ""
    aiyl_okmotu_head: str = ""
    council_name: str = ""
    council_convocation: str = ""
    council_chair: str = ""
    council_formed_on: date | None = None
    responsible_secretary: str = ""
    phone: str = ""
    villages: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, municipality: Municipality) -> MunicipalityProfile:
        return cls(
            name=municipality.name,
            district=municipality.district,
            region=municipality.region,
            administrative_centre=municipality.administrative_centre,
            aiyl_okmotu_name=municipality.aiyl_okmotu_name,
            aiyl_okmotu_head=municipality.aiyl_okmotu_head,
            council_name=municipality.council_name,
            council_convocation=municipality.council_convocation,
            council_chair=municipality.council_chair,
            council_formed_on=municipality.council_formed_on,
            responsible_secretary=municipality.responsible_secretary,
            phone=municipality.phone,
            villages=[village.name for village in municipality.villages],
        )


REQUIRED_FIELDS = {
    "name": lambda: _("Enter the name of the aiyl aimak."),
    "district": lambda: _("Enter the district."),
    "region": lambda: _("Enter the region."),
    "aiyl_okmotu_name": lambda: _("Enter the name of the aiyl okmotu."),
    "aiyl_okmotu_head": lambda: _("Enter the head of the aiyl okmotu."),
    "council_name": lambda: _("Enter the name of the aiyl kenesh."),
    "council_convocation": lambda: _("Enter the convocation of the aiyl kenesh, e.g. II."),
    "council_chair": lambda: _("Enter the chair of the aiyl kenesh."),
    "responsible_secretary": lambda: _("Enter the responsible secretary."),
}
ROMAN_DIGITS = set("IVXLC")


def validate_profile(profile: MunicipalityProfile) -> dict[str, str]:
    """Problems by field name; empty when the profile can be saved."""
    problems = {
        name: message() for name, message in REQUIRED_FIELDS.items() if not getattr(profile, name).strip()
    }
    convocation = profile.council_convocation.strip().upper()
    if convocation and not set(convocation) <= ROMAN_DIGITS:
        problems["council_convocation"] = _("Write the convocation in Roman numerals, e.g. II.")
    villages = [name.strip() for name in profile.villages if name.strip()]
    if not villages:
        problems["villages"] = _("Enter at least one village.")
    elif len({name.casefold() for name in villages}) != len(villages):
        problems["villages"] = _("A village is listed twice.")
    return problems


def own_municipality(session: Session) -> Municipality | None:
    """The municipality this database belongs to, or None before the first-run wizard."""
    fact = session.get(DatabaseFact, OWN_MUNICIPALITY_KEY)
    if fact is None or not fact.value.isdigit():
        return None
    return session.get(Municipality, int(fact.value))


def save_profile(session: Session, profile: MunicipalityProfile) -> Municipality:
    """Create the user's municipality, or update it; villages keep their ids where names stay."""
    problems = validate_profile(profile)
    if problems:
        raise ValidationError(problems)
    municipality = own_municipality(session)
    created = municipality is None
    if created:
        municipality = Municipality(regulation=RegulationProfile(name="", preset="model"))
        session.add(municipality)
    for name in REQUIRED_FIELDS:
        setattr(municipality, name, getattr(profile, name).strip())
    municipality.council_convocation = profile.council_convocation.strip().upper()
    municipality.administrative_centre = profile.administrative_centre.strip()
    municipality.phone = profile.phone.strip()
    municipality.council_formed_on = profile.council_formed_on
    _sync_villages(municipality, [name.strip() for name in profile.villages if name.strip()])
    if created:
        session.flush()
        session.add(DatabaseFact(key=OWN_MUNICIPALITY_KEY, value=str(municipality.id)))
    session.commit()
    return municipality


def _sync_villages(municipality: Municipality, names: list[str]) -> None:
    existing = {village.name: village for village in municipality.villages}
    municipality.villages = [
        existing.get(name) or Village(name=name) for name in names
    ]
    for position, village in enumerate(municipality.villages):
        village.position = position


def all_municipalities(session: Session) -> list[Municipality]:
    return list(session.scalars(select(Municipality).order_by(Municipality.name)))
