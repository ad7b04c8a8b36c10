"""The working-day calendar: official holidays plus the secretary's corrections kept in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.calendar import WorkingCalendar
from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import _, current_language
from bmb_desktop.storage.models import CalendarDay


def working_calendar(session: Session) -> WorkingCalendar:
    """The calendar every deadline uses; changing a correction changes every open deadline."""
    corrections = {row.day: row.is_working_day for row in session.scalars(select(CalendarDay))}
    return WorkingCalendar(corrections=corrections, language=current_language())


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    is_working_day: bool
    name: str
    corrected: bool  # True when the secretary set it, False for an official holiday


def calendar_entries(session: Session, year: int) -> list[CalendarEntry]:
    """Official days off of ``year`` and the secretary's corrections, by date."""
    calendar = working_calendar(session)
    entries = {day: CalendarEntry(day, False, name, False) for day, name in calendar.days_off([year]).items()}
    for row in session.scalars(select(CalendarDay).where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))):
        entries[row.day] = CalendarEntry(row.day, row.is_working_day, row.name, True)
    return [entries[day] for day in sorted(entries)]


def set_correction(session: Session, *, day: date | None, is_working_day: bool, name: str, note: str = "") -> CalendarDay:
    """Record a decreed holiday or a moved working day; replaces an earlier correction of that day."""
    if day is None:
        raise ValidationError({"day": _("Enter the date.")})
    if not name.strip():
        raise ValidationError({"name": _("Name the day, e.g. the decree that moved it.")})
    row = session.scalar(select(CalendarDay).where(CalendarDay.day == day)) or CalendarDay(day=day)
    row.is_working_day, row.name, row.note = is_working_day, name.strip(), note.strip()
    session.add(row)
    session.commit()
    return row


def remove_correction(session: Session, day: date) -> None:
    row = session.scalar(select(CalendarDay).where(CalendarDay.day == day))
    if row is not None:
        session.delete(row)
        session.commit()
