"""Forming the group (F1–F6): legal deadlines in working days, late and overdue steps, the gathering rule."""

from datetime import date

import pytest

from bmb_desktop.domain.calendar import WorkingCalendar
from bmb_desktop.domain.enums import FormationKind
from bmb_desktop.domain.enums import FormationStepCode as Step
from bmb_desktop.domain.findings import Severity
from bmb_desktop.domain.formation import (
    REPLACEMENT_STEPS,
    StepRecord,
    due_dates,
    formation_findings,
    steps_for,
    subtract_working_days,
    timeline,
)
from bmb_desktop.domain.regulation import MODEL, preset

NEW = FormationKind.NEW_GROUP
STARTED = date(2025, 9, 22)  # Monday; the demo's announcement
RESOLUTION = date(2025, 10, 14)  # Tuesday; resolution 12/5


@pytest.fixture
def calendar():
    return WorkingCalendar()


@pytest.fixture
def rules():
    return preset(MODEL)


def records(**done: date | None) -> dict[Step, StepRecord]:
    return {Step(code): StepRecord(Step(code), day) for code, day in done.items()}


def findings_of(calendar, rules, today, kind=NEW, council_formed_on=None, **done):
    states = timeline(kind, STARTED, council_formed_on, records(**done), calendar, today)
    return formation_findings(states, calendar, rules)


def test_nominations_and_deputy_approval_are_due_15_working_days_after_the_start(calendar):
    due = due_dates(NEW, STARTED, None, {}, calendar)
    assert due[Step.EMPLOYEE_NOMINATION] == date(2025, 10, 13)
    assert due[Step.DEPUTY_APPROVAL] == date(2025, 10, 13)


def test_the_nomination_deadline_stretches_over_the_may_holidays(calendar):
    due = due_dates(NEW, date(2026, 4, 30), None, {}, calendar)
    # 10 working days bring 22 May; five more, skipping Kurman ait on 27 May, bring Monday 1 June.
    assert due[Step.EMPLOYEE_NOMINATION] == date(2026, 6, 1)


def test_the_announcement_is_due_a_month_after_the_council_was_formed(calendar):
    assert due_dates(NEW, STARTED, date(2025, 8, 31), {}, calendar)[Step.ANNOUNCEMENT] == date(2025, 9, 30)
    assert due_dates(NEW, STARTED, None, {}, calendar)[Step.ANNOUNCEMENT] is None


def test_an_announcement_month_ending_in_the_may_holidays_is_due_on_the_first_working_day_after(calendar, rules):
    # A council formed on 4 April 2026: a month later is 4 May, a day off; the deadline ends on 11 May.
    assert due_dates(NEW, date(2026, 5, 11), date(2026, 4, 4), {}, calendar)[Step.ANNOUNCEMENT] == date(2026, 5, 11)
    on_time = timeline(NEW, date(2026, 5, 11), date(2026, 4, 4), records(announcement=date(2026, 5, 11)), calendar, date(2026, 5, 12))
    assert formation_findings(on_time, calendar, rules) == []
    late = timeline(NEW, date(2026, 5, 12), date(2026, 4, 4), records(announcement=date(2026, 5, 12)), calendar, date(2026, 5, 13))
    assert [(f.source, "1 жумуш күнгө кечигип" in f.message) for f in formation_findings(late, calendar, rules)] == [
        ("Типтүү жобо 5.4.1", True),
    ]


def test_the_first_meeting_is_due_10_working_days_after_the_resolution(calendar):
    due = due_dates(NEW, STARTED, None, records(council_resolution=RESOLUTION), calendar)
    assert due[Step.FIRST_MEETING] == date(2025, 10, 28)
    # publication on Thursday 23 October leaves the 24th, 27th and 28th before the meeting
    assert due[Step.PUBLICATION] == date(2025, 10, 23)


def test_the_first_meeting_is_due_10_working_days_after_a_resolution_before_new_year(calendar):
    due = due_dates(NEW, date(2025, 11, 3), None, records(council_resolution=date(2025, 12, 30)), calendar)
    assert due[Step.FIRST_MEETING] == date(2026, 1, 20)


def test_without_a_resolution_neither_the_first_meeting_nor_the_publication_has_a_deadline(calendar):
    due = due_dates(NEW, STARTED, None, {}, calendar)
    assert due[Step.FIRST_MEETING] is None and due[Step.PUBLICATION] is None


def test_the_publication_is_due_three_working_days_before_the_meeting_actually_held(calendar):
    due = due_dates(NEW, STARTED, None, records(council_resolution=RESOLUTION, first_meeting=date(2025, 10, 24)), calendar)
    assert due[Step.PUBLICATION] == date(2025, 10, 21)  # Tue: 22, 23 and 24 October remain


def test_publication_before_a_meeting_just_after_the_may_holidays_is_due_in_april(calendar):
    assert subtract_working_days(calendar, date(2026, 5, 11), 3) == date(2026, 4, 28)


def test_subtracting_working_days_is_the_inverse_of_adding_them(calendar):
    assert subtract_working_days(calendar, date(2026, 1, 20), 10) == date(2025, 12, 30)
    assert subtract_working_days(calendar, date(2026, 6, 3), 0) == date(2026, 6, 3)


def test_a_replacement_goes_through_the_selection_steps_only():
    assert steps_for(FormationKind.REPLACEMENT) == REPLACEMENT_STEPS
    assert Step.FIRST_MEETING not in REPLACEMENT_STEPS and Step.ANNOUNCEMENT not in REPLACEMENT_STEPS
    assert steps_for(NEW) == tuple(Step)


def test_a_replacement_has_the_same_15_working_day_nomination_deadline(calendar):
    due = due_dates(FormationKind.REPLACEMENT, date(2026, 4, 30), None, {}, calendar)
    assert set(due) == set(REPLACEMENT_STEPS)
    assert due[Step.EMPLOYEE_NOMINATION] == date(2026, 6, 1)


def test_steps_done_on_time_are_not_late(calendar):
    states = timeline(NEW, STARTED, None, records(employee_nomination=date(2025, 10, 13)), calendar, date(2025, 11, 30))
    state = {s.code: s for s in states}[Step.EMPLOYEE_NOMINATION]
    assert (state.due_on, state.done_on, state.late_by) == (date(2025, 10, 13), date(2025, 10, 13), 0)


def test_a_step_done_after_its_deadline_is_late_by_working_days(calendar, rules):
    states = timeline(NEW, STARTED, None, records(employee_nomination=date(2025, 10, 20)), calendar, date(2025, 11, 30))
    assert {s.code: s for s in states}[Step.EMPLOYEE_NOMINATION].late_by == 5
    late = [f for f in formation_findings(states, calendar, rules) if "көрсөтүүсү" in f.message]
    assert len(late) == 1
    assert late[0].severity is Severity.BROKEN
    assert late[0].text() == (
        "айыл өкмөтүнүн башчысынын муниципалдык кызматчылардан талапкерлерди көрсөтүүсү: мөөнөтү "
        "2025-жылдын 13-октябры болчу, 5 жумуш күнгө кечигип аткарылды (Типтүү жобо 5.4.2)"
    )


def test_an_open_step_is_not_overdue_on_its_deadline_but_is_the_next_working_day(calendar, rules):
    on_deadline = timeline(NEW, STARTED, None, {}, calendar, date(2025, 10, 13))
    assert all(state.late_by == 0 for state in on_deadline)
    assert formation_findings(on_deadline, calendar, rules) == []
    next_day = timeline(NEW, STARTED, None, {}, calendar, date(2025, 10, 14))
    overdue = {s.code: s.late_by for s in next_day if s.late_by}
    assert overdue == {Step.EMPLOYEE_NOMINATION: 1, Step.DEPUTY_APPROVAL: 1}
    messages = [f.text() for f in formation_findings(next_day, calendar, rules)]
    assert "кеңештин төрагасынын депутаттардан мүчөлөрдү бекитүүсү: аткарылган жок; мөөнөтү 2025-жылдын 13-октябры болчу (Типтүү жобо 5.4.3)" in messages


def test_a_step_marked_not_applicable_is_never_late(calendar, rules):
    marked = {Step.EMPLOYEE_NOMINATION: StepRecord(Step.EMPLOYEE_NOMINATION, None, not_applicable=True)}
    states = timeline(NEW, STARTED, None, marked, calendar, date(2025, 12, 1))
    assert {s.code: s for s in states}[Step.EMPLOYEE_NOMINATION].late_by == 0
    assert [f.source for f in formation_findings(states, calendar, rules)] == ["Типтүү жобо 5.4.3"]


def test_a_late_announcement_is_counted_from_the_council_formation(calendar, rules):
    findings = findings_of(calendar, rules, date(2025, 10, 1), council_formed_on=date(2025, 8, 18), announcement=STARTED)
    assert [f.source for f in findings] == ["Типтүү жобо 5.4.1"]
    assert "мөөнөтү 2025-жылдын 18-сентябры болчу, 2 жумуш күнгө кечигип" in findings[0].message
    # a month ending on Saturday 20 September runs to Monday 22nd, the day of the announcement
    assert findings_of(calendar, rules, date(2025, 10, 1), council_formed_on=date(2025, 8, 20), announcement=STARTED) == []


def test_a_resolution_without_a_citizens_gathering_breaks_the_gathering_rule(calendar, rules):
    findings = findings_of(calendar, rules, date(2025, 10, 15), employee_nomination=date(2025, 10, 6),
                           deputy_approval=date(2025, 10, 6), council_resolution=RESOLUTION)
    assert [f.rule for f in findings] == ["gathering"]
    assert findings[0].text() == (
        "Кеңеш топту жамааттын жыйынында шайланган жарандардын талапкерлерисиз түздү (Типтүү жобо 5.4.4)"
    )


def test_a_held_or_not_applicable_gathering_satisfies_the_gathering_rule(calendar, rules):
    held = findings_of(calendar, rules, date(2025, 10, 15), employee_nomination=date(2025, 10, 6),
                       deputy_approval=date(2025, 10, 6), citizen_gathering=date(2025, 10, 8), council_resolution=RESOLUTION)
    assert held == []
    replacing_an_employee = {
        Step.CITIZEN_GATHERING: StepRecord(Step.CITIZEN_GATHERING, None, not_applicable=True),
        Step.EMPLOYEE_NOMINATION: StepRecord(Step.EMPLOYEE_NOMINATION, date(2026, 3, 2)),
        Step.DEPUTY_APPROVAL: StepRecord(Step.DEPUTY_APPROVAL, None, not_applicable=True),
        Step.COUNCIL_RESOLUTION: StepRecord(Step.COUNCIL_RESOLUTION, date(2026, 3, 20)),
    }
    states = timeline(FormationKind.REPLACEMENT, date(2026, 2, 23), None, replacing_an_employee, calendar, date(2026, 4, 1))
    assert formation_findings(states, calendar, rules) == []


def test_no_gathering_finding_before_the_council_has_decided(calendar, rules):
    findings = findings_of(calendar, rules, date(2025, 10, 10), employee_nomination=date(2025, 10, 6), deputy_approval=date(2025, 10, 6))
    assert findings == []


def test_publication_exactly_three_working_days_before_the_first_meeting_holds(calendar, rules):
    findings = findings_of(calendar, rules, date(2025, 10, 24), employee_nomination=date(2025, 10, 6), deputy_approval=date(2025, 10, 6),
                           citizen_gathering=date(2025, 10, 8), council_resolution=RESOLUTION,
                           publication=date(2025, 10, 20), first_meeting=date(2025, 10, 23))
    assert findings == []


def test_publication_two_working_days_before_the_first_meeting_is_too_late(calendar, rules):
    findings = findings_of(calendar, rules, date(2025, 10, 24), employee_nomination=date(2025, 10, 6), deputy_approval=date(2025, 10, 6),
                           citizen_gathering=date(2025, 10, 8), council_resolution=RESOLUTION,
                           publication=date(2025, 10, 21), first_meeting=date(2025, 10, 23))
    by_rule = {f.rule: f for f in findings}
    assert set(by_rule) == {"publication", "formation"}
    assert by_rule["publication"].text() == (
        "Биринчи жыйналыш жарыялангандан 2 жумуш күндөн кийин өттү; кеминде 3 жумуш күн талап кылынат (Типтүү жобо 5.3.3)"
    )
    assert "1 жумуш күнгө кечигип" in by_rule["formation"].message


def test_a_first_meeting_held_after_its_10_working_days_is_late(calendar, rules):
    findings = findings_of(calendar, rules, date(2025, 11, 10), employee_nomination=date(2025, 10, 6), deputy_approval=date(2025, 10, 6),
                           citizen_gathering=date(2025, 10, 8), council_resolution=RESOLUTION,
                           publication=date(2025, 10, 24), first_meeting=date(2025, 10, 30))
    assert [(f.rule, f.source) for f in findings] == [("formation", "Типтүү жобо 5.3.2")]
    assert "топтун биринчи жыйналышы: мөөнөтү 2025-жылдын 28-октябры болчу, 2 жумуш күнгө кечигип" in findings[0].message


def test_a_secretarys_correction_changes_the_first_meeting_deadline(rules):
    day_off = WorkingCalendar(corrections={date(2025, 10, 20): False})
    due = due_dates(NEW, STARTED, None, records(council_resolution=RESOLUTION), day_off)
    assert due[Step.FIRST_MEETING] == date(2025, 10, 29)
    held_on_28 = timeline(NEW, STARTED, None, records(council_resolution=RESOLUTION, first_meeting=date(2025, 10, 28)), day_off, date(2025, 11, 3))
    assert {s.code: s for s in held_on_28}[Step.FIRST_MEETING].late_by == 0
