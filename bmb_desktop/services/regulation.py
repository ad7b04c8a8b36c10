"""The regulation profile in Settings: loading, presets, validation, saving, and its basis resolution."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enum_inputs import EnumFields
from bmb_desktop.domain.enums import ChairRule, DecisionMajority, ProtocolSigners
from bmb_desktop.domain.regulation import CUSTOM, LOCAL, MODEL, PRESETS, is_preset_title
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.storage.models import Municipality, RegulationProfile, Resolution

# The values a preset fixes; the basis resolution and the creation date belong to the group itself.
RULE_FIELDS = (
    "min_size", "max_size", "odd_size_required", "min_employee_percent", "min_deputy_percent",
    "min_citizen_percent", "max_one_sex_percent", "chair_rule", "term_months", "min_meetings_per_quarter",
    "protocol_signers", "decision_majority",
)
RESOLUTION_NUMBER = re.compile(r"^\d{1,3}/\d{1,3}$")


@dataclass(frozen=True)
class RegulationDraft(EnumFields):
    """What the regulation form holds; ``name`` is the own regulation's title, empty for a preset."""

    preset: str = MODEL
    name: str = ""
    min_size: int = 5
    max_size: int = 15
    odd_size_required: bool = True
    min_employee_percent: int = 25
    min_deputy_percent: int = 25
    min_citizen_percent: int = 50
    max_one_sex_percent: int = 70
    chair_rule: ChairRule = ChairRule.CITIZEN_MEMBER
    term_months: int = 48
    min_meetings_per_quarter: int = 1
    protocol_signers: ProtocolSigners = ProtocolSigners.CHAIR_AND_SECRETARY
    decision_majority: DecisionMajority = DecisionMajority.OF_VOTING
    basis_resolution_id: int | None = None
    group_created_on: date | None = None


def apply_preset(draft: RegulationDraft, name: str) -> RegulationDraft:
    """``draft`` with the rule values of preset ``name``; own values (CUSTOM) keep the draft's."""
    if name not in PRESETS:
        return replace(draft, preset=CUSTOM)
    rules = PRESETS[name]
    return replace(draft, preset=name, **{field: getattr(rules, field) for field in RULE_FIELDS})


def matching_preset(draft: RegulationDraft) -> str:
    """The preset whose rule values ``draft`` has, or CUSTOM when they are the municipality's own."""
    for name in (MODEL, LOCAL):
        if all(getattr(draft, field) == getattr(PRESETS[name], field) for field in RULE_FIELDS):
            return name
    return CUSTOM


def load_regulation(session: Session, municipality_id: int) -> RegulationDraft:
    """The stored profile; the model regulation when none is stored yet."""
    profile = _municipality(session, municipality_id).regulation
    if profile is None:
        return RegulationDraft()
    values = {field.name: getattr(profile, field.name) for field in fields(RegulationDraft)}
    values["name"] = "" if is_preset_title(profile.name) else profile.name
    return RegulationDraft(**values)


def validate_regulation(draft: RegulationDraft) -> dict[str, str]:
    """Problems by field, worded for the message next to the field."""
    problems = draft.enum_problems()
    if problems:
        return problems
    if draft.min_size < 1:
        problems["min_size"] = _("The group needs at least one member.")
    if draft.max_size < draft.min_size:
        problems["max_size"] = _("The largest size cannot be smaller than the smallest, {minimum}.", minimum=draft.min_size)
    for field in ("min_employee_percent", "min_deputy_percent", "min_citizen_percent", "max_one_sex_percent"):
        if not 0 <= getattr(draft, field) <= 100:
            problems[field] = _("Enter a share from 0 to 100%.")
    if "max_one_sex_percent" not in problems and draft.max_one_sex_percent < 50:
        problems["max_one_sex_percent"] = _("Below 50% no group can keep the rule: one sex is always at least half.")
    quotas = draft.min_employee_percent + draft.min_deputy_percent + draft.min_citizen_percent
    if quotas > 100 and not problems.keys() & {"min_employee_percent", "min_deputy_percent", "min_citizen_percent"}:
        problems["min_citizen_percent"] = _(
            "The three minimum shares add up to {total}%; together they cannot exceed 100%.", total=quotas
        )
    if draft.term_months < 1:
        problems["term_months"] = _("The term is at least one month.")
    if draft.min_meetings_per_quarter < 0:
        problems["min_meetings_per_quarter"] = _("Enter 0 or more meetings.")
    if draft.preset == CUSTOM and is_preset_title(draft.name):
        problems["name"] = _(
            "Name the regulation these values come from, e.g. the one approved by the council's resolution; "
            "findings cite it."
        )
    return problems


def save_regulation(session: Session, municipality_id: int, draft: RegulationDraft) -> RegulationProfile:
    """Store the profile; every check and deadline reads it from now on. Refuses a draft with problems."""
    municipality = _municipality(session, municipality_id)
    problems = validate_regulation(draft)
    if draft.basis_resolution_id is not None:
        resolution = session.get(Resolution, draft.basis_resolution_id)
        if resolution is None or resolution.municipality_id != municipality_id:
            problems["basis_resolution_id"] = _("The resolution was not found; choose another one.")
    if problems:
        raise ValidationError(problems)
    profile = municipality.regulation or RegulationProfile(municipality_id=municipality_id)
    for field in fields(RegulationDraft):
        setattr(profile, field.name, getattr(draft, field.name))
    profile.name = draft.name.strip() if draft.preset == CUSTOM else ""
    municipality.regulation = profile
    session.commit()
    return profile


def council_resolutions(session: Session, municipality_id: int) -> list[Resolution]:
    """The municipality's council resolutions, newest first."""
    return list(session.scalars(
        select(Resolution).where(Resolution.municipality_id == municipality_id)
        .order_by(Resolution.adopted_on.desc(), Resolution.id.desc())
    ))


def normalise_resolution_number(text: str) -> str:
    """"№ 12/5" and "12 / 5" become "12/5", the way numbers are compared and printed."""
    return re.sub(r"\s+", "", text.replace("№", ""))


def add_resolution(session: Session, municipality_id: int, *, number: str, adopted_on: date | None, title: str) -> Resolution:
    """Record a council resolution that is not in the database yet, e.g. the one that formed the group."""
    _municipality(session, municipality_id)
    number = normalise_resolution_number(number)
    problems = {}
    if not RESOLUTION_NUMBER.match(number):
        problems["number"] = _("Write the number as session/item, e.g. 12/5.")
    if adopted_on is None:
        problems["adopted_on"] = _("Enter the date the council adopted it.")
    if not title.strip():
        problems["title"] = _("Enter the title, e.g. \"… approving the group's composition and regulation\".")
    if not problems and session.scalar(select(Resolution.id).where(
        Resolution.municipality_id == municipality_id, Resolution.number == number, Resolution.adopted_on == adopted_on,
    )):
        problems["number"] = _("Resolution No. {number} of this date is already recorded.", number=number)
    if problems:
        raise ValidationError(problems)
    resolution = Resolution(municipality_id=municipality_id, number=number, adopted_on=adopted_on, title=title.strip())
    session.add(resolution)
    session.commit()
    return resolution


def _municipality(session: Session, municipality_id: int) -> Municipality:
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(_("The municipality was not found in this database."))
    return municipality
