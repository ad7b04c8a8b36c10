"""Ages and month arithmetic used by the roster and term rules."""

from datetime import date

import pytest

from bmb_desktop.domain.dates import add_months, age_on
from bmb_desktop.domain.names import full_name, short_name


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2007, 10, 14), date(2025, 10, 14), 18),  # the birthday itself counts
        (date(2007, 10, 15), date(2025, 10, 14), 17),
        (date(2008, 2, 29), date(2026, 2, 28), 17),  # leap-day birthday: not yet on 28 February
        (date(2008, 2, 29), date(2026, 3, 1), 18),
    ],
)
def test_age_counts_full_years(birth, day, age):
    assert age_on(birth, day) == age


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2025, 10, 14), 48, date(2029, 10, 14)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 8, 31), 1, date(2025, 9, 30)),
        (date(2025, 11, 30), 2, date(2026, 1, 30)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_day(start, months, end):
    assert add_months(start, months) == end


def test_names_are_written_with_initial_and_surname():
    assert short_name("гүлнара", "Кандарова") == "Г. Кандарова"
    assert short_name("", "Ташиев") == "Ташиев"
    assert full_name("Кандарова", "Гүлнара", "") == "Кандарова Гүлнара"
