"""Rules for one member's record: required fields, age on appointment, phone, unique roles (G2, G6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bmb_desktop.domain.dates import age_on
from bmb_desktop.domain.enum_inputs import EnumFields
from bmb_desktop.domain.enums import MemberCategory, MemberRole, Sex
from bmb_desktop.locale.i18n import _
from bmb_desktop.locale.labels import label

MINIMUM_AGE = 18
SINGLE_ROLES = (MemberRole.CHAIR, MemberRole.DEPUTY_CHAIR, MemberRole.SECRETARY)


@dataclass
class MemberDraft(EnumFields):
    """What the member dialog holds while the secretary types."""

    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    sex: Sex | None = None
    birth_date: date | None = None
    village_id: int | None = None
    phone: str = ""
    position: str = ""
    category: MemberCategory | None = None
    role: MemberRole = MemberRole.MEMBER
    appointed_on: date | None = None
    basis_resolution_id: int | None = None
    basis_text: str = ""
    term_ends_on: date | None = None


def normalise_phone(text: str) -> str | None:
    """A Kyrgyz phone number in the international form "+996 700 123 456", or None if invalid.

    An empty text is valid (the phone is optional) and gives "".
    """
    if not text.strip():
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "KG")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number) or phonenumbers.region_code_for_number(number) != "KG":
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def validate_member(
    draft: MemberDraft, *, role_holders: dict[MemberRole, str] | None = None
) -> dict[str, str]:
    """Problems by field. ``role_holders`` names who else holds each single role on that date."""
    problems = draft.enum_problems()
    if problems:
        return problems
    if not draft.surname.strip():
        problems["surname"] = _("Enter the surname.")
    if not draft.given_name.strip():
        problems["given_name"] = _("Enter the given name.")
    if draft.sex is None:
        problems["sex"] = _("Choose the sex.")
    if draft.category is None:
        problems["category"] = _("Choose the category.")
    if draft.appointed_on is None:
        problems["appointed_on"] = _("Enter the date of appointment.")
    if draft.birth_date is None:
        problems["birth_date"] = _("Enter the date of birth.")
    elif draft.appointed_on is not None:
        age = age_on(draft.birth_date, draft.appointed_on)
        if age < MINIMUM_AGE:
            problems["birth_date"] = _("On the day of appointment the member would be {age}; members must be at least 18.", age=age)
    if draft.birth_date and draft.birth_date.year < 1900:
        problems["birth_date"] = _("Check the date of birth.")
    if normalise_phone(draft.phone) is None:
        problems["phone"] = _("Enter a Kyrgyz phone number, e.g. 0700 123 456 or +996 700 123 456.")
    if draft.basis_resolution_id is None and not draft.basis_text.strip():
        problems["basis"] = _("Name the basis: a council resolution or the gathering protocol.")
    if draft.term_ends_on and draft.appointed_on and draft.term_ends_on <= draft.appointed_on:
        problems["term_ends_on"] = _("The term must end after the day of appointment.")
    holder = (role_holders or {}).get(draft.role)
    if draft.role in SINGLE_ROLES and holder:
        problems["role"] = _("{holder} is already the {role}; the group has one at a time.", holder=holder, role=label(draft.role))
    return problems
