"""Posting deadlines of notices: F1 in a calendar month, F5 in working days, S2 in a calendar week."""

from datetime import date

import pytest

from bmb_desktop.domain.calendar import WorkingCalendar
from bmb_desktop.domain.findings import Severity
from bmb_desktop.domain.notices import (
    PostedNotice,
    composition_notice_due,
    composition_notice_finding,
    event_notice_finding,
    formation_notice_due,
    formation_notice_finding,
    report_notice_due,
    report_notice_finding,
    report_posting_source,
)
from bmb_desktop.domain.regulation import CUSTOM, customised, preset
from bmb_desktop.locale.i18n import set_language

CALENDAR = WorkingCalendar()
RULES = preset("model")
FRIDAY_MEETING = date(2026, 10, 16)  # an ordinary working week in Kyrgyzstan


def composition(posted: date | None, meeting: date | None = FRIDAY_MEETING) -> PostedNotice:
    return PostedNotice("БМжБ тобунун курамы", meeting, posted)


def test_the_composition_is_due_three_working_days_before_the_first_meeting():
    assert composition_notice_due(FRIDAY_MEETING, CALENDAR) == date(2026, 10, 13)  # Wed, Thu, Fri remain
    # A Monday meeting: the weekend does not count, so the Wednesday before is the last day.
    assert composition_notice_due(date(2026, 10, 19), CALENDAR) == date(2026, 10, 14)


def test_a_decreed_day_off_moves_the_composition_deadline_earlier():
    calendar = WorkingCalendar(corrections={date(2026, 10, 15): False})
    assert composition_notice_due(FRIDAY_MEETING, calendar) == date(2026, 10, 12)


def test_a_composition_posted_on_the_last_day_holds():
    assert composition_notice_finding(composition(date(2026, 10, 13)), CALENDAR, RULES, today=date(2026, 11, 1)) is None


def test_a_composition_posted_two_working_days_ahead_breaks_f5_with_the_clause():
    finding = composition_notice_finding(composition(date(2026, 10, 14)), CALENDAR, RULES, today=date(2026, 11, 1))
    assert finding.severity is Severity.BROKEN
    assert finding.message == (
        "«БМжБ тобунун курамы» кулактандыруусу биринчи жыйналыштан 2 жумушчу күн гана мурун илинди; "
        "кеминде 3 жумушчу күн талап кылынат"
    )
    assert finding.source == "Типтүү жобо 5.3.3"


def test_a_composition_posted_on_the_meeting_day_says_so():
    finding = composition_notice_finding(composition(FRIDAY_MEETING), CALENDAR, RULES, today=date(2026, 11, 1))
    assert finding.severity is Severity.BROKEN
    assert "2026-жылдын 16-октябрында гана илинди" in finding.message


def test_an_unposted_composition_is_a_reminder_until_its_deadline_then_broken():
    reminder = composition_notice_finding(composition(None), CALENDAR, RULES, today=date(2026, 10, 13))
    assert reminder.severity is Severity.WARNING
    assert "2026-жылдын 13-октябрына чейин" in reminder.message
    late = composition_notice_finding(composition(None), CALENDAR, RULES, today=date(2026, 10, 14))
    assert late.severity is Severity.BROKEN


def test_a_composition_without_a_meeting_date_cannot_be_judged():
    assert composition_notice_finding(composition(None, meeting=None), CALENDAR, RULES, today=date(2026, 12, 1)) is None


def test_the_report_results_are_due_a_week_after_the_presentation_moved_off_a_day_off():
    assert report_notice_due(date(2026, 10, 7), CALENDAR) == date(2026, 10, 14)
    assert report_notice_due(date(2026, 10, 3), CALENDAR) == date(2026, 10, 12)  # Saturday + 7 = Saturday


def test_report_results_posted_within_the_week_hold_and_later_break_s2():
    presented = date(2026, 10, 7)
    on_time = PostedNotice("Жыйынтыктар", presented, date(2026, 10, 14))
    assert report_notice_finding(on_time, CALENDAR, RULES, today=date(2026, 11, 1)) is None
    late = report_notice_finding(PostedNotice("Жыйынтыктар", presented, date(2026, 10, 16)), CALENDAR, RULES, today=date(2026, 11, 1))
    assert late.severity is Severity.BROKEN
    assert "отчет коомчулукка тааныштырылгандан 9 күн өткөндө илинди" in late.message
    assert late.source == "Типтүү жобо 8.5"


def test_report_results_not_posted_are_reminded_then_broken():
    notice = PostedNotice("Жыйынтыктар", date(2026, 10, 7), None)
    assert report_notice_finding(notice, CALENDAR, RULES, today=date(2026, 10, 14)).severity is Severity.WARNING
    assert report_notice_finding(notice, CALENDAR, RULES, today=date(2026, 10, 15)).severity is Severity.BROKEN


def test_report_results_without_a_presentation_date_ask_for_it():
    finding = report_notice_finding(PostedNotice("Жыйынтыктар", None, date(2026, 10, 9)), CALENDAR, RULES, today=date(2026, 11, 1))
    assert finding.severity is Severity.WARNING
    assert "тааныштырылган күн көрсөтүлгөн эмес" in finding.message


def test_s2_cites_the_model_the_local_regulation_or_an_own_one_by_its_title():
    assert report_posting_source(preset("model")) == "Типтүү жобо 8.5"
    assert report_posting_source(preset("local")) == "Жергиликтүү жобо 7.7"
    own = customised(preset("model"), preset=CUSTOM, clauses={}, name="Масы айылынын жобосу")
    assert report_posting_source(own) == "Масы айылынын жобосу"


def test_the_formation_notice_is_due_a_month_after_the_council_was_formed():
    assert formation_notice_due(date(2026, 9, 15), CALENDAR) == date(2026, 10, 15)
    assert formation_notice_due(date(2026, 9, 12), CALENDAR) == date(2026, 10, 12)  # 12 Oct is a Monday


def test_a_late_formation_notice_counts_calendar_days_past_the_deadline():
    notice = PostedNotice("Топту түзүү башталды", None, date(2026, 10, 20))
    finding = formation_notice_finding(notice, date(2026, 9, 15), CALENDAR, RULES, today=date(2026, 11, 1))
    assert finding.severity is Severity.BROKEN
    assert finding.message == (
        "«Топту түзүү башталды» кулактандыруусу 2026-жылдын 20-октябрында илинди — "
        "2026-жылдын 15-октябрындагы мөөнөттөн 5 күн кечигип"
    )
    assert finding.source == "Типтүү жобо 5.4.1"
    on_time = PostedNotice("Топту түзүү башталды", None, date(2026, 10, 15))
    assert formation_notice_finding(on_time, date(2026, 9, 15), CALENDAR, RULES, today=date(2026, 11, 1)) is None


def test_no_formation_notice_is_a_reminder_then_broken():
    before = formation_notice_finding(None, date(2026, 9, 15), CALENDAR, RULES, today=date(2026, 10, 1))
    assert before.severity is Severity.WARNING and "2026-жылдын 15-октябрына чейин" in before.message
    after = formation_notice_finding(None, date(2026, 9, 15), CALENDAR, RULES, today=date(2026, 10, 16))
    assert after.severity is Severity.BROKEN


@pytest.mark.parametrize(
    ("posted", "today", "expected"),
    [
        (None, date(2026, 10, 10), Severity.WARNING),  # the gathering is ahead, nothing posted yet
        (None, date(2026, 10, 20), None),  # past and never posted: nothing left to remind of
        (date(2026, 10, 9), date(2026, 10, 20), None),
        (date(2026, 10, 17), date(2026, 10, 20), Severity.WARNING),  # posted after the event
    ],
)
def test_a_gathering_or_monitoring_notice_is_reminded_before_and_flagged_after(posted, today, expected):
    finding = event_notice_finding(PostedNotice("Жыйынга чакыруу", date(2026, 10, 16), posted), today=today)
    assert (finding.severity if finding else None) is expected


def test_findings_are_worded_in_russian_too():
    set_language("ru")
    finding = composition_notice_finding(composition(date(2026, 10, 14)), CALENDAR, RULES, today=date(2026, 11, 1))
    assert finding.message == (
        "Объявление «БМжБ тобунун курамы» размещено лишь за 2 раб. дн. до первого заседания; требуется не менее 3"
    )
