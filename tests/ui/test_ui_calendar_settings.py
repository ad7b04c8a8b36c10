"""Settings, the working-day calendar: the official days off of a year and the secretary's corrections."""

from datetime import date

from PySide6.QtCore import QDate, Qt

from bmb_desktop.locale.i18n import translate
from bmb_desktop.services.calendar import working_calendar
from bmb_desktop.ui.pages.settings import SettingsPage

from .conftest import type_text


def open_page(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.calendar)
    return page


def days(section):
    return {entry.day: entry for entry in section.model.entries}


def add_correction(qtbot, section, day, *, working=False, name="Министрлер Кабинетинин токтому"):
    section.add_correction()
    dialog = section.dialog
    dialog.day.setDate(QDate(day))
    dialog.kind.setCurrentIndex(dialog.kind.findData(working))
    type_text(dialog.name, name)
    with qtbot.waitSignal(section.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_year_lists_the_official_days_off_including_the_may_holidays(qtbot, context):
    page = open_page(qtbot, context)
    section = page.calendar
    assert section.year.value() == 2026
    shown = days(section)
    assert {date(2026, 5, 1), date(2026, 5, 5), date(2026, 5, 9), date(2026, 8, 31)} <= set(shown)
    assert not any(entry.corrected or entry.is_working_day for entry in shown.values())
    assert section.model.rowCount() == len(shown)

    section.year.setValue(2025)
    assert date(2025, 3, 30) in days(section)  # Orozo ait of 2025


def test_a_correction_is_added_marked_and_changes_the_calendar(qtbot, context):
    page = open_page(qtbot, context)
    section = page.calendar
    add_correction(qtbot, section, date(2026, 6, 16), name="Курман айт (Министрлер Кабинетинин токтому)")

    entry = days(section)[date(2026, 6, 16)]
    assert entry.corrected and not entry.is_working_day
    row = section.model.entries.index(entry)
    assert section.model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "16.06.2026" in section.status.text()
    with context.database.session() as session:
        assert not working_calendar(session).is_working_day(date(2026, 6, 16))


def test_an_official_day_off_can_be_moved_to_a_working_day_and_back(qtbot, context):
    page = open_page(qtbot, context)
    section = page.calendar
    add_correction(qtbot, section, date(2026, 5, 4), working=True, name="Иш күнү болуп которулду")
    moved = days(section)[date(2026, 5, 4)]
    assert moved.corrected and moved.is_working_day

    section.table.selectRow(section.model.entries.index(moved))
    assert section.remove_button.isEnabled()
    with qtbot.waitSignal(section.changed):
        qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)

    restored = days(section)[date(2026, 5, 4)]
    assert not restored.corrected and not restored.is_working_day


def test_an_official_day_cannot_be_removed_only_corrected(qtbot, context):
    page = open_page(qtbot, context)
    section = page.calendar
    section.table.selectRow(0)
    assert not section.remove_button.isEnabled()


def test_a_correction_without_a_name_keeps_the_dialog_open_with_the_date(qtbot, context):
    page = open_page(qtbot, context)
    section = page.calendar
    section.add_correction()
    dialog = section.dialog
    dialog.day.setDate(QDate(2026, 6, 16))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.rows["name"].message_text() == translate("Name the day, e.g. the decree that moved it.", "ky")
    assert dialog.day.date() == QDate(2026, 6, 16)
    assert date(2026, 6, 16) not in days(section)
