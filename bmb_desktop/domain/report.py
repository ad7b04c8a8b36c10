"""Summary report rules (domain.md §7, S1): the period, and the figures the report is built from.

A report covers a half-year or a year and is seen "as of" the period's last day, or today while
the period is still running, so a closed period prints the same figures whenever it is printed.
Statuses that change over time are read as of that day: a recommendation's from its dated notes,
an answer counts only if it came by then, a plan item is carried out once an act was issued for it.

- The implementation rate of recommendations counts an implemented one whole and a partly
  implemented one as half, over all recommendations of the period's acts (a rejection or a
  recommendation not considered counts against it: the object still had to consider it, A6).
- An answer (A4, A5) is on time, late, overdue (due and still missing) or pending (not yet due).
- The plan is carried out to the share of the items due by then (or done early) that have an act.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bmb_desktop.domain.deadlines import DeadlineState, deadline_state
from bmb_desktop.domain.enums import RecommendationStatus

FIRST_YEAR, LAST_YEAR = 2000, 2100
IMPLEMENTED_WEIGHTS = {RecommendationStatus.IMPLEMENTED: 1.0, RecommendationStatus.PARTLY_IMPLEMENTED: 0.5}


@dataclass(frozen=True)
class Period:
    """A year, or its first or second half."""

    year: int
    half: int | None = None

    def __post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise ValueError(f"year out of range: {self.year}")
        if self.half not in (None, 1, 2):
            raise ValueError(f"half must be 1, 2 or None: {self.half}")

    @property
    def start(self) -> date:
        return date(self.year, 7 if self.half == 2 else 1, 1)

    @property
    def end(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def overlaps(self, start: date, end: date) -> bool:
        return start <= self.end and end >= self.start

    def as_of(self, today: date) -> date:
        """The day the report is seen from: the period's end, or ``today`` while it runs."""
        return min(self.end, today)

    def has_begun(self, today: date) -> bool:
        return self.start <= today

    @property
    def slug(self) -> str:
        """"2026" or "2026_H1", for file and folder names."""
        return f"{self.year}_H{self.half}" if self.half else str(self.year)


def usual_period(today: date) -> Period:
    """The period a secretary most likely reports on today: in January the year just ended, in July
    the first half-year just ended, otherwise the running year as far as it has gone."""
    if today.month == 1 and today.year > FIRST_YEAR:
        return Period(today.year - 1)
    if today.month == 7:
        return Period(today.year, 1)
    return Period(today.year)


def period_bounds(year: int, half: int | None = None) -> tuple[date, date]:
    period = Period(year, half)
    return period.start, period.end


def status_on(notes: Iterable[tuple[date, RecommendationStatus]], stored: RecommendationStatus, as_of: date) -> RecommendationStatus:
    """A recommendation's status on ``as_of``: its latest note by then, else open.

    A status changed without any note (data brought from elsewhere) is taken as it is stored.
    """
    notes = sorted(notes, key=lambda note: note[0])
    if not notes:
        return stored
    earlier = [status for day, status in notes if day <= as_of]
    return earlier[-1] if earlier else RecommendationStatus.OPEN


def implementation_rate(statuses: Iterable[RecommendationStatus]) -> float | None:
    """The share of recommendations implemented (partly implemented counts as half); None for none."""
    statuses = list(statuses)
    if not statuses:
        return None
    return sum(IMPLEMENTED_WEIGHTS.get(status, 0.0) for status in statuses) / len(statuses)


def status_counts(statuses: Iterable[RecommendationStatus]) -> dict[RecommendationStatus, int]:
    """How many recommendations have each status, in the vocabulary's order, zeros left out."""
    counts = Counter(statuses)
    return {status: counts[status] for status in RecommendationStatus if counts[status]}


class AnswerState(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    OVERDUE = "overdue"  # due and not received by the day the report is seen from
    PENDING = "pending"  # not yet due


def answer_state(due_on: date, answered_on: date | None, as_of: date) -> AnswerState:
    """Where an answer stood on ``as_of``; an answer received later did not exist yet."""
    known = answered_on if answered_on is not None and answered_on <= as_of else None
    state = deadline_state(due_on, known, as_of)
    return {
        DeadlineState.ANSWERED_ON_TIME: AnswerState.ON_TIME,
        DeadlineState.ANSWERED_LATE: AnswerState.LATE,
        DeadlineState.OVERDUE: AnswerState.OVERDUE,
    }.get(state, AnswerState.PENDING)


def answer_counts(states: Iterable[AnswerState]) -> dict[AnswerState, int]:
    counts = Counter(states)
    return {state: counts[state] for state in AnswerState}


def on_time_share(states: Iterable[AnswerState]) -> float | None:
    """Of the answers that were due by then, the share received on time."""
    counts = answer_counts(states)
    due = counts[AnswerState.ON_TIME] + counts[AnswerState.LATE] + counts[AnswerState.OVERDUE]
    return counts[AnswerState.ON_TIME] / due if due else None


class ItemState(StrEnum):
    DONE = "done"  # an act was issued for it by then
    OVERDUE = "overdue"  # its time has passed without an act
    NOT_DUE = "not_due"  # its time has not come yet
    CANCELLED = "cancelled"


def item_state(due_on: date, *, cancelled: bool, first_act_on: date | None, as_of: date) -> ItemState:
    if first_act_on is not None and first_act_on <= as_of:
        return ItemState.DONE
    if cancelled:
        return ItemState.CANCELLED
    return ItemState.OVERDUE if due_on < as_of else ItemState.NOT_DUE


def carried_out_share(states: Sequence[ItemState]) -> float | None:
    """Of the items due by then (or done early), the share carried out; None when none was due."""
    done = sum(1 for state in states if state is ItemState.DONE)
    due = done + sum(1 for state in states if state is ItemState.OVERDUE)
    return done / due if due else None


def satisfied_share(satisfied: int, respondents: int) -> float | None:
    return satisfied / respondents if respondents > 0 else None


def attendance_share(pairs: Iterable[tuple[int, int]]) -> float | None:
    """Present over membership summed across meetings ((present, membership) each)."""
    present = membership = 0
    for here, of in pairs:
        present, membership = present + here, membership + of
    return present / membership if membership else None
