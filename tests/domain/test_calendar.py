"""Working days in Kyrgyzstan: holidays from the package, moved days, and the secretary's corrections."""

from datetime import date, timedelta

import pytest

from bmb_desktop.domain.calendar import WorkingCalendar


@pytest.fixture
def calendar():
    return WorkingCalendar()


def test_the_tenth_working_day_after_30_april_2026_skips_the_may_holidays(calendar):
    # 1–9 May 2026 are all days off (Labour Day, the May holidays, Constitution Day, Victory Day).
    assert calendar.add_working_days(date(2026, 4, 30), 10) == date(2026, 5, 22)


def test_every_day_from_1_to_10_may_2026_is_off_and_11_may_is_the_first_working_day(calendar):
    days = [date(2026, 5, 1) + timedelta(days=offset) for offset in range(11)]
    assert [calendar.is_working_day(day) for day in days] == [False] * 10 + [True]


def test_the_tenth_working_day_after_30_december_2025_skips_the_new_year_holidays(calendar):
    # 31.12.2025 is the 1st working day; 1–7 January 2026 are off; 20.01.2026 is the 10th.
    assert calendar.add_working_days(date(2025, 12, 30), 10) == date(2026, 1, 20)


def test_new_year_deadline_counts_back_to_the_same_number_of_working_days(calendar):
    assert calendar.working_days_between(date(2025, 12, 30), date(2026, 1, 20)) == 10
    assert calendar.working_days_between(date(2026, 1, 20), date(2025, 12, 30)) == -10


def test_the_saturday_11_january_2025_moved_by_the_government_is_a_working_day(calendar):
    assert date(2025, 1, 11).weekday() == 5
    assert calendar.is_working_day(date(2025, 1, 11))
    assert not calendar.is_working_day(date(2025, 1, 18))  # an ordinary Saturday stays off
    # ... and the day it was moved from is off, named after the move.
    assert not calendar.is_working_day(date(2025, 1, 2))
    assert "11.01.2025" in calendar.holiday_name(date(2025, 1, 2))


def test_the_moved_saturday_counts_towards_a_deadline(calendar):
    # Fri 10.01.2025: the next working day is the moved Saturday, not Monday.
    assert calendar.add_working_days(date(2025, 1, 10), 1) == date(2025, 1, 11)


def test_an_ordinary_week_has_five_working_days(calendar):
    monday = date(2026, 6, 1)
    assert [calendar.is_working_day(monday + timedelta(days=n)) for n in range(7)] == [True] * 5 + [False] * 2
    assert calendar.add_working_days(date(2026, 6, 5), 1) == date(2026, 6, 8)  # Friday -> Monday


def test_adding_no_working_days_leaves_the_day_and_the_event_day_is_not_counted(calendar):
    assert calendar.add_working_days(date(2026, 6, 3), 0) == date(2026, 6, 3)
    assert calendar.add_working_days(date(2026, 6, 3), 1) == date(2026, 6, 4)
    assert calendar.working_days_between(date(2026, 6, 3), date(2026, 6, 3)) == 0


def test_a_secretarys_correction_makes_a_weekday_off_and_moves_the_deadline():
    plain = WorkingCalendar()
    assert plain.add_working_days(date(2026, 6, 1), 10) == date(2026, 6, 15)
    decreed = WorkingCalendar(corrections={date(2026, 6, 3): False})
    assert not decreed.is_working_day(date(2026, 6, 3))
    assert decreed.add_working_days(date(2026, 6, 1), 10) == date(2026, 6, 16)


def test_a_secretarys_correction_makes_a_saturday_working_and_moves_the_deadline_back():
    moved = WorkingCalendar(corrections={date(2026, 6, 3): False, date(2026, 6, 6): True})
    assert moved.is_working_day(date(2026, 6, 6))
    assert moved.add_working_days(date(2026, 6, 1), 10) == date(2026, 6, 15)


def test_a_correction_wins_over_an_official_holiday():
    calendar = WorkingCalendar(corrections={date(2026, 5, 4): True})
    assert calendar.is_working_day(date(2026, 5, 4))
    assert calendar.add_working_days(date(2026, 4, 30), 1) == date(2026, 5, 4)


def test_days_off_list_the_official_holidays_of_a_year_by_date_without_corrections():
    calendar = WorkingCalendar(corrections={date(2026, 5, 1): True})
    days_off = calendar.days_off([2026])
    assert list(days_off) == sorted(days_off)
    assert {day.year for day in days_off} == {2026}
    assert days_off[date(2026, 1, 1)] == "Жаңы жыл"
    assert days_off[date(2026, 5, 1)] == "Эмгек майрамы"


def test_holiday_names_follow_the_calendar_language():
    assert WorkingCalendar().holiday_name(date(2026, 5, 1)) == "Эмгек майрамы"
    assert WorkingCalendar(language="ru").holiday_name(date(2026, 5, 1)) == "Праздник труда"
    assert WorkingCalendar().holiday_name(date(2026, 5, 12)) is None


def test_a_deadline_on_a_day_off_moves_to_the_next_working_day(calendar):
    assert calendar.working_day_on_or_after(date(2026, 5, 4)) == date(2026, 5, 11)  # inside the May holidays
    assert calendar.working_day_on_or_after(date(2026, 1, 3)) == date(2026, 1, 8)  # inside the New Year holidays
    assert calendar.working_day_on_or_after(date(2026, 5, 12)) == date(2026, 5, 12)
