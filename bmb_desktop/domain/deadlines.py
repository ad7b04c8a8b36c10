"""Answer deadlines: when a response is due and where it stands (A4, A5, P8).

- A4: the object answers within 10 working days of receiving the act, except when the object is
  the aiyl okmotu itself (seed 000 §4.3).
- A5: the aiyl okmotu reports to the council within 30 calendar days of receiving the act.
- P8: an object answers an information request within ten days (seed 001 §6.1).
A deadline counted in calendar days that falls on a day off ends on the next working day.
Nothing here is stored: due dates follow the calendar, so a correction of the calendar moves
every open deadline at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bmb_desktop.domain.calendar import WorkingCalendar
from bmb_desktop.domain.enums import ObjectKind

OBJECT_RESPONSE_WORKING_DAYS = 10
AO_REPORT_CALENDAR_DAYS = 30
INFORMATION_REQUEST_DAYS = 10
DUE_SOON_DAYS = 7  # "due this week": today and the six days after it
RECENT_DAYS = 14  # "recently answered": within the last two weeks


class DeadlineKind(StrEnum):
    OBJECT_RESPONSE = "object_response"  # A4
    AO_REPORT = "ao_report"  # A5
    INFORMATION_REQUEST = "information_request"  # P8


class DeadlineState(StrEnum):
    UPCOMING = "upcoming"
    DUE_THIS_WEEK = "due_this_week"
    OVERDUE = "overdue"
    ANSWERED_ON_TIME = "answered_on_time"
    ANSWERED_LATE = "answered_late"


def object_must_respond(object_kind: ObjectKind | None) -> bool:
    """A4 binds every object but the aiyl okmotu, which reports to the council instead (A5)."""
    return object_kind is not ObjectKind.AIYL_OKMOTU


def due_date(kind: DeadlineKind, received_on: date, calendar: WorkingCalendar) -> date:
    """The last day to answer, counted from the day the act or the request was received."""
    if kind is DeadlineKind.OBJECT_RESPONSE:
        return calendar.add_working_days(received_on, OBJECT_RESPONSE_WORKING_DAYS)
    days = AO_REPORT_CALENDAR_DAYS if kind is DeadlineKind.AO_REPORT else INFORMATION_REQUEST_DAYS
    return calendar.working_day_on_or_after(received_on + timedelta(days=days))


def deadline_state(due_on: date, answered_on: date | None, today: date) -> DeadlineState:
    if answered_on is not None:
        return DeadlineState.ANSWERED_ON_TIME if answered_on <= due_on else DeadlineState.ANSWERED_LATE
    if today > due_on:
        return DeadlineState.OVERDUE
    if (due_on - today).days < DUE_SOON_DAYS:
        return DeadlineState.DUE_THIS_WEEK
    return DeadlineState.UPCOMING


@dataclass(frozen=True)
class Deadline:
    """One answer someone owes: from receipt to the due day, and the day it came, if it did."""

    kind: DeadlineKind
    received_on: date
    due_on: date
    answered_on: date | None = None

    def state(self, today: date) -> DeadlineState:
        return deadline_state(self.due_on, self.answered_on, today)

    def days_late(self, today: date) -> int:
        """Calendar days past the due day: until the answer came, or until today if it has not."""
        end = self.answered_on or today
        return max(0, (end - self.due_on).days)

    def days_left(self, today: date) -> int:
        return max(0, (self.due_on - today).days)

    def answered_recently(self, today: date) -> bool:
        return self.answered_on is not None and 0 <= (today - self.answered_on).days < RECENT_DAYS


def make_deadline(
    kind: DeadlineKind, received_on: date, calendar: WorkingCalendar, answered_on: date | None = None
) -> Deadline:
    return Deadline(kind, received_on, due_date(kind, received_on, calendar), answered_on)
