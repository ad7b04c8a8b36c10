"""Summary report rules: the period's bounds, statuses as of the report's day, the rates it prints."""

from datetime import date

import pytest

from bmb_desktop.domain.enums import RecommendationStatus as R
from bmb_desktop.domain.report import (
    AnswerState,
    ItemState,
    Period,
    answer_counts,
    answer_state,
    attendance_share,
    carried_out_share,
    implementation_rate,
    item_state,
    on_time_share,
    period_bounds,
    satisfied_share,
    usual_period,
    status_counts,
    status_on,
)


@pytest.mark.parametrize(
    ("half", "start", "end", "slug"),
    [(1, date(2026, 1, 1), date(2026, 6, 30), "2026_H1"), (2, date(2026, 7, 1), date(2026, 12, 31), "2026_H2"), (None, date(2026, 1, 1), date(2026, 12, 31), "2026")],
)
def test_a_half_year_or_a_year_has_its_bounds_and_folder_slug(half, start, end, slug):
    period = Period(2026, half)
    assert (period.start, period.end, period.slug) == (start, end, slug)
    assert period_bounds(2026, half) == (start, end)
    assert period.contains(start) and period.contains(end)
    assert not period.contains(start.replace(year=2025)) and not period.contains(None)


@pytest.mark.parametrize(("year", "half"), [(2026, 3), (2026, 0), (1999, None), (2101, 1)])
def test_a_period_that_does_not_exist_is_refused(year, half):
    with pytest.raises(ValueError):
        Period(year, half)


def test_a_closed_period_is_seen_from_its_end_and_a_running_one_from_today():
    period = Period(2026, 1)
    assert period.as_of(date(2026, 11, 21)) == date(2026, 6, 30)
    assert period.as_of(date(2026, 3, 5)) == date(2026, 3, 5)
    assert period.has_begun(date(2026, 1, 1)) and not period.has_begun(date(2025, 12, 31))
    assert Period(2026, 2).overlaps(date(2026, 6, 1), date(2026, 7, 1)) and not Period(2026, 2).overlaps(date(2026, 1, 1), date(2026, 6, 30))


def test_a_recommendation_status_is_its_latest_note_by_the_day_else_open():
    notes = [(date(2026, 5, 20), R.IMPLEMENTED), (date(2026, 4, 17), R.ACCEPTED)]
    assert status_on(notes, R.IMPLEMENTED, date(2026, 4, 16)) is R.OPEN
    assert status_on(notes, R.IMPLEMENTED, date(2026, 4, 17)) is R.ACCEPTED
    assert status_on(notes, R.IMPLEMENTED, date(2026, 6, 30)) is R.IMPLEMENTED


def test_a_status_without_any_note_is_taken_as_stored():
    assert status_on([], R.REJECTED, date(2026, 1, 1)) is R.REJECTED


def test_partly_implemented_counts_half_and_rejected_counts_against():
    assert implementation_rate([R.IMPLEMENTED, R.PARTLY_IMPLEMENTED, R.REJECTED, R.OPEN]) == pytest.approx(0.375)
    assert implementation_rate([]) is None
    assert status_counts([R.OPEN, R.IMPLEMENTED, R.OPEN]) == {R.OPEN: 2, R.IMPLEMENTED: 1}
    assert list(status_counts([R.REJECTED, R.OPEN])) == [R.OPEN, R.REJECTED]  # the vocabulary's order


def test_an_answer_is_on_time_late_overdue_or_pending_as_of_the_day():
    due = date(2026, 4, 20)
    assert answer_state(due, date(2026, 4, 20), date(2026, 6, 30)) is AnswerState.ON_TIME
    assert answer_state(due, date(2026, 4, 21), date(2026, 6, 30)) is AnswerState.LATE
    assert answer_state(due, None, date(2026, 6, 30)) is AnswerState.OVERDUE
    assert answer_state(due, None, date(2026, 4, 20)) is AnswerState.PENDING
    # an answer that came after the report's day did not exist yet
    assert answer_state(due, date(2026, 7, 2), date(2026, 6, 30)) is AnswerState.OVERDUE


def test_the_on_time_share_counts_only_answers_that_were_due():
    states = [AnswerState.ON_TIME, AnswerState.ON_TIME, AnswerState.LATE, AnswerState.OVERDUE, AnswerState.PENDING]
    assert on_time_share(states) == pytest.approx(0.5)
    assert answer_counts(states)[AnswerState.PENDING] == 1
    assert on_time_share([AnswerState.PENDING]) is None


def test_a_plan_item_is_carried_out_once_an_act_was_issued_by_the_day():
    due = date(2026, 3, 31)
    assert item_state(due, cancelled=False, first_act_on=date(2026, 4, 6), as_of=date(2026, 6, 30)) is ItemState.DONE
    assert item_state(due, cancelled=False, first_act_on=date(2026, 4, 6), as_of=date(2026, 4, 1)) is ItemState.OVERDUE
    assert item_state(due, cancelled=False, first_act_on=None, as_of=date(2026, 3, 31)) is ItemState.NOT_DUE
    assert item_state(due, cancelled=True, first_act_on=None, as_of=date(2026, 6, 30)) is ItemState.CANCELLED


def test_the_carried_out_share_is_over_items_due_or_done_early():
    states = [ItemState.DONE, ItemState.DONE, ItemState.OVERDUE, ItemState.NOT_DUE, ItemState.CANCELLED]
    assert carried_out_share(states) == pytest.approx(2 / 3)
    assert carried_out_share([ItemState.NOT_DUE, ItemState.CANCELLED]) is None


def test_shares_of_satisfied_residents_and_of_attendance():
    assert satisfied_share(43, 104) == pytest.approx(0.4135, abs=1e-4)
    assert satisfied_share(0, 0) is None
    assert attendance_share([(5, 5), (2, 5), (4, 5)]) == pytest.approx(11 / 15)
    assert attendance_share([]) is None


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2027, 1, 15), Period(2026)),
        (date(2026, 7, 3), Period(2026, 1)),
        (date(2026, 11, 21), Period(2026)),
        (date(2026, 2, 1), Period(2026)),
    ],
)
def test_the_usual_period_is_the_one_just_ended_in_january_and_july(today, expected):
    assert usual_period(today) == expected
