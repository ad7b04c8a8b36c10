"""The group's outgoing letters: information requests (P8), advance notices of a monitoring (P7) and
cover letters of acts. Numbered from 1 within each year; a request's answer is tracked like a
response to an act (``services.deadlines``). Ready-made texts are in ``letter_drafts``.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.deadlines import DeadlineKind, make_deadline
from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import LetterKind
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.locale.labels import label
from bmb_desktop.services.acts import commit
from bmb_desktop.services.calendar import working_calendar
from bmb_desktop.services.listing import Listing
from bmb_desktop.storage.models import Act, Letter, MonitoredObject, PlanItem

LETTER_FIELDS = ("addressee", "subject", "body", "sent_on", "object_id", "act_id", "plan_item_id")
_NUMBER = re.compile(r"^\s*№?\s*(\d{1,5})\s*(?:/\s*(\d{4}))?\s*$")


def next_letter_number(session: Session, municipality_id: int, year: int) -> str:
    numbers = session.scalars(
        select(Letter.number).where(
            Letter.municipality_id == municipality_id, Letter.sent_on >= date(year, 1, 1), Letter.sent_on <= date(year, 12, 31)
        )
    )  # fmt: skip
    return str(max((int(n) for n in numbers if n.isdigit()), default=0) + 1)


def create_letter(
    session: Session, municipality_id: int, *, kind: LetterKind, sent_on: date | None, addressee: str,
    subject: str, body: str = "", object_id: int | None = None, act_id: int | None = None,
    plan_item_id: int | None = None,
) -> Letter:
    """A new letter dated ``sent_on`` with the next number of that year."""
    letter = Letter(municipality_id=municipality_id, kind=as_enum(LetterKind, kind, field="kind", required=True))
    _fill(session, letter, dict(
        sent_on=sent_on, addressee=addressee, subject=subject, body=body, object_id=object_id, act_id=act_id,
        plan_item_id=plan_item_id,
    ))  # fmt: skip
    letter.number = next_letter_number(session, municipality_id, sent_on.year)
    session.add(letter)
    commit(session)
    return letter


def update_letter(session: Session, letter_id: int, **fields) -> Letter:
    letter = get_letter(session, letter_id)
    unknown = sorted(set(fields) - set(LETTER_FIELDS))
    if unknown:
        raise ValueError(f"unknown fields: {unknown}")
    values = {name: getattr(letter, name) for name in LETTER_FIELDS} | fields
    _fill(session, letter, values)
    commit(session)
    return letter


def _fill(session: Session, letter: Letter, values: dict) -> None:
    problems = {}
    if values["sent_on"] is None:
        problems["sent_on"] = _("Enter the date of the letter.")
    if not (values["addressee"] or "").strip():
        problems["addressee"] = _("Write to whom the letter goes.")
    if not (values["subject"] or "").strip():
        problems["subject"] = _("Write what the letter is about.")
    checks = (("object_id", MonitoredObject, "object"), ("act_id", Act, "act"), ("plan_item_id", PlanItem, "plan_item"))
    for name, model, field in checks:
        if values[name] is not None and session.get(model, values[name]) is None:
            problems[field] = _("The linked record was not found.")
    if problems:
        raise ValidationError(problems)
    for name in LETTER_FIELDS:
        value = values[name]
        setattr(letter, name, value.strip() if isinstance(value, str) and name != "body" else value)


def record_letter_receipt(session: Session, letter_id: int, *, received_on: date | None) -> Letter:
    """The day the addressee received the letter: a request's ten days run from it (P8)."""
    letter = get_letter(session, letter_id)
    if received_on is not None and letter.sent_on and received_on < letter.sent_on:
        raise ValidationError({"received_on": _("A letter cannot be received before it was sent.")})
    letter.received_on = received_on
    commit(session)
    return letter


def record_letter_answer(session: Session, letter_id: int, *, answered_on: date | None) -> Letter:
    letter = get_letter(session, letter_id)
    if answered_on is not None:
        if letter.received_on is None:
            raise ValidationError({"answered_on": _("Record first when the letter was received.")})
        if answered_on < letter.received_on:
            raise ValidationError({"answered_on": _("The answer cannot come before the letter was received.")})
    letter.answered_on = answered_on
    commit(session)
    return letter


def get_letter(session: Session, letter_id: int, municipality_id: int | None = None) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None or (municipality_id is not None and letter.municipality_id != municipality_id):
        raise NotFoundError(_("The letter was not found."))
    return letter


def find_letter(session: Session, municipality_id: int, number: str) -> Letter:
    """The letter numbered "5/2026" (or "5", the latest year's) as printed."""
    match = _NUMBER.match(number or "")
    if not match:
        raise UserError(_("\"{text}\" is not a letter number. Write the number and the year, for example 5/2026.", text=number))
    serial, year = match.group(1), match.group(2)
    letters = session.scalars(
        select(Letter).where(Letter.municipality_id == municipality_id, Letter.number == serial)
        .order_by(Letter.sent_on.desc(), Letter.id.desc())
    ).all()  # fmt: skip
    found = [letter for letter in letters if year is None or (letter.sent_on and letter.sent_on.year == int(year))]
    if not found:
        raise NotFoundError(_("There is no letter {number} in this database.", number=number.strip()))
    return found[0]


def letter_label(letter: Letter) -> str:
    return f"{letter.number}/{letter.sent_on.year}" if letter.sent_on else letter.number


def list_letters(session: Session, municipality_id: int) -> Listing:
    """Every letter by date; an information request shows its due day (P8)."""
    calendar = working_calendar(session)
    letters = session.scalars(
        select(Letter).where(Letter.municipality_id == municipality_id).order_by(Letter.sent_on, Letter.id)
    ).all()
    rows = []
    for letter in letters:
        due = None
        if letter.kind is LetterKind.INFORMATION_REQUEST and letter.received_on:
            due = make_deadline(DeadlineKind.INFORMATION_REQUEST, letter.received_on, calendar).due_on
        rows.append((
            letter_label(letter), letter.sent_on, label(letter.kind), letter.addressee, letter.subject,
            letter.received_on, due, letter.answered_on,
        ))  # fmt: skip
    return Listing(
        columns=(_("Number"), _("Date"), _("Kind"), _("Addressee"), _("Subject"), _("Received"), _("Due"), _("Answered")),
        keys=("number", "sent_on", "kind", "addressee", "subject", "received_on", "due_on", "answered_on"),
        rows=rows,
    )
