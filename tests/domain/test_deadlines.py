"""Answer deadlines on the Kyrgyz working-day calendar: A4 (10 working days), A5 (30 calendar days), P8."""

from datetime import date

import pytest

from bmb_desktop.domain.calendar import WorkingCalendar
from bmb_desktop.domain.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineState,
    deadline_state,
    due_date,
    make_deadline,
    object_must_respond,
)
from bmb_desktop.domain.enums import ObjectKind

OBJECT, AO, REQUEST = DeadlineKind.OBJECT_RESPONSE, DeadlineKind.AO_REPORT, DeadlineKind.INFORMATION_REQUEST


@pytest.fixture
def calendar():
    return WorkingCalendar()


def test_an_act_received_just_before_the_may_holidays_is_answered_after_them(calendar):
    # Received Thursday 30 April 2026; 1–10 May are days off, so the ten working days are 11–22 May.
    assert due_date(OBJECT, date(2026, 4, 30), calendar) == date(2026, 5, 22)


def test_an_act_received_on_a_friday_is_due_two_weeks_later_on_friday(calendar):
    friday = date(2026, 10, 2)
    assert friday.weekday() == 4
    assert due_date(OBJECT, friday, calendar) == date(2026, 10, 16)


def test_kurman_ait_on_a_wednesday_adds_a_day(calendar):
    # The school received act 2/2026 on 21 May; 27 May is Kurman ait: due 5 June, as the demo says.
    assert due_date(OBJECT, date(2026, 5, 21), calendar) == date(2026, 6, 5)


def test_the_aiyl_okmotu_as_the_object_owes_no_response_only_its_report_to_the_council():
    assert not object_must_respond(ObjectKind.AIYL_OKMOTU)
    assert object_must_respond(ObjectKind.MUNICIPAL_INSTITUTION)
    assert object_must_respond(None)


def test_the_report_to_the_council_is_due_thirty_calendar_days_after_receipt(calendar):
    # The aiyl okmotu received act 3/2026 on Monday 14 September; its report is due Wednesday 14 October.
    assert due_date(AO, date(2026, 9, 14), calendar) == date(2026, 10, 14)


def test_a_calendar_day_deadline_ending_on_a_day_off_moves_to_the_next_working_day(calendar):
    # 30 days after 2 April 2026 is Saturday 2 May, inside the May holidays: the report is due 11 May.
    assert due_date(AO, date(2026, 4, 2), calendar) == date(2026, 5, 11)
    # Ten days after 21 August 2026 is Monday 31 August, Independence Day: the answer is due 1 September.
    assert due_date(REQUEST, date(2026, 8, 21), calendar) == date(2026, 9, 1)


def test_a_correction_of_the_calendar_moves_the_deadline():
    received = date(2026, 10, 2)
    decreed = WorkingCalendar(corrections={date(2026, 10, 12): False})
    assert due_date(OBJECT, received, decreed) == date(2026, 10, 19)
    worked_saturday = WorkingCalendar(corrections={date(2026, 10, 10): True})
    assert due_date(OBJECT, received, worked_saturday) == date(2026, 10, 15)


@pytest.mark.parametrize(
    ("answered_on", "today", "state"),
    [
        (None, date(2026, 5, 1), DeadlineState.UPCOMING),
        (None, date(2026, 5, 16), DeadlineState.DUE_THIS_WEEK),
        (None, date(2026, 5, 22), DeadlineState.DUE_THIS_WEEK),
        (None, date(2026, 5, 23), DeadlineState.OVERDUE),
        (date(2026, 5, 22), date(2026, 6, 30), DeadlineState.ANSWERED_ON_TIME),
        (date(2026, 5, 25), date(2026, 6, 30), DeadlineState.ANSWERED_LATE),
    ],
)
def test_states_from_the_due_day_and_the_answer(answered_on, today, state):
    assert deadline_state(date(2026, 5, 22), answered_on, today) is state


def test_days_late_count_until_the_answer_or_until_today():
    deadline = Deadline(OBJECT, date(2026, 9, 15), date(2026, 9, 29))
    assert deadline.days_late(date(2026, 11, 21)) == 53
    assert deadline.days_late(date(2026, 9, 20)) == 0
    assert deadline.days_left(date(2026, 9, 20)) == 9
    answered = Deadline(OBJECT, date(2026, 5, 21), date(2026, 6, 5), date(2026, 6, 10))
    assert answered.days_late(date(2026, 12, 31)) == 5


def test_recently_answered_means_within_two_weeks(calendar):
    deadline = make_deadline(OBJECT, date(2026, 4, 6), calendar, date(2026, 4, 17))
    assert deadline.due_on == date(2026, 4, 20)
    assert deadline.answered_recently(date(2026, 4, 30))
    assert not deadline.answered_recently(date(2026, 5, 1))
    assert not deadline.answered_recently(date(2026, 4, 16))
