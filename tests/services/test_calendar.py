"""The stored working-day calendar: the secretary's corrections change every deadline computed after them."""

from datetime import date

import pytest

from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import set_language
from bmb_desktop.services.calendar import calendar_entries, remove_correction, set_correction, working_calendar
from bmb_desktop.storage.database import copy_database, open_database


@pytest.fixture(scope="module")
def blank(tmp_path_factory):
    """A migrated empty database, copied for each test: migrating every time is slow."""
    path = tmp_path_factory.mktemp("blank") / "blank.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def session(tmp_path, blank):
    copy_database(blank, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


def test_without_corrections_the_calendar_is_the_official_one(session):
    calendar = working_calendar(session)
    assert calendar.add_working_days(date(2026, 4, 30), 10) == date(2026, 5, 22)
    assert calendar.add_working_days(date(2025, 12, 30), 10) == date(2026, 1, 20)


def test_a_decreed_day_off_moves_a_deadline_and_removing_it_moves_it_back(session):
    set_correction(session, day=date(2026, 5, 12), is_working_day=False, name="Өкмөттүн токтому менен эс алуу күнү")
    assert working_calendar(session).add_working_days(date(2026, 4, 30), 10) == date(2026, 5, 25)
    remove_correction(session, date(2026, 5, 12))
    assert working_calendar(session).add_working_days(date(2026, 4, 30), 10) == date(2026, 5, 22)


def test_a_working_saturday_brings_a_deadline_forward(session):
    set_correction(session, day=date(2026, 5, 16), is_working_day=True, name="Которулган жумуш күнү")
    calendar = working_calendar(session)
    assert calendar.is_working_day(date(2026, 5, 16))
    assert calendar.add_working_days(date(2026, 4, 30), 10) == date(2026, 5, 21)


def test_a_second_correction_of_the_same_day_replaces_the_first(session):
    set_correction(session, day=date(2026, 5, 4), is_working_day=True, name="Жумуш күнү")
    row = set_correction(session, day=date(2026, 5, 4), is_working_day=False, name=" Май каникулдары ", note=" кайра ")
    assert (row.is_working_day, row.name, row.note) == (False, "Май каникулдары", "кайра")
    corrected = [entry for entry in calendar_entries(session, 2026) if entry.corrected]
    assert [(entry.day, entry.is_working_day) for entry in corrected] == [(date(2026, 5, 4), False)]


def test_calendar_entries_list_official_days_off_and_corrections_by_date(session):
    set_correction(session, day=date(2026, 5, 1), is_working_day=True, name="Жумуш күнү болуп калды")
    set_correction(session, day=date(2026, 12, 31), is_working_day=False, name="Кошумча эс алуу күнү")
    set_correction(session, day=date(2027, 1, 8), is_working_day=False, name="Кийинки жыл")
    entries = calendar_entries(session, 2026)
    assert [entry.day for entry in entries] == sorted(entry.day for entry in entries)
    by_day = {entry.day: entry for entry in entries}
    assert (by_day[date(2026, 1, 1)].name, by_day[date(2026, 1, 1)].corrected) == ("Жаңы жыл", False)
    assert not by_day[date(2026, 1, 1)].is_working_day
    assert (by_day[date(2026, 5, 1)].is_working_day, by_day[date(2026, 5, 1)].corrected) == (True, True)
    assert by_day[date(2026, 12, 31)].name == "Кошумча эс алуу күнү"
    assert date(2027, 1, 8) not in by_day


def test_holiday_names_follow_the_interface_language(session):
    set_language("ru")
    names = {entry.day: entry.name for entry in calendar_entries(session, 2026)}
    assert names[date(2026, 5, 1)] == "Праздник труда"


def test_a_correction_needs_a_day_and_a_name(session):
    with pytest.raises(ValidationError) as no_day:
        set_correction(session, day=None, is_working_day=False, name="Эс алуу")
    assert no_day.value.problems == {"day": "Күнүн жазыңыз."}
    with pytest.raises(ValidationError) as no_name:
        set_correction(session, day=date(2026, 6, 1), is_working_day=False, name="  ")
    assert no_name.value.problems == {"name": "Күндүн аталышын жазыңыз, мисалы, аны которгон токтом."}


def test_removing_a_day_without_a_correction_changes_nothing(session):
    remove_correction(session, date(2026, 6, 1))
    assert not [entry for entry in calendar_entries(session, 2026) if entry.corrected]
