"""Indicator rules (domain.md §8, I1–I3): plan versus fact, the deviation, a linear forecast of
reaching the target by its deadline, and whether the indicator is on track.

A measured value is the indicator's level at the end of its period. The plan is the straight path
from the baseline (on its date) to the target (on its deadline). The fact is the series of the
indicator's main source — the one measured most often, programme data first on a tie; the other
sources (I3) are kept beside it for comparison and never averaged in, since a survey and an
official figure do not measure the same thing. The forecast is the least-squares line through the
baseline and the main series, read at the deadline. A qualitative indicator is described in
words: no number is made up for it, and it gets no forecast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bmb_desktop.domain.enums import EvidenceSource
from bmb_desktop.locale.i18n import _

SOURCE_ORDER = (EvidenceSource.PROGRAMME_DATA, EvidenceSource.RESIDENTS_SURVEY, EvidenceSource.STAFF_ASSESSMENT)


class Outlook(StrEnum):
    ACHIEVED = "achieved"  # the latest value has reached the target
    ON_TRACK = "on_track"  # the forecast reaches the target by the deadline
    BEHIND = "behind"  # the forecast falls short of the target
    MISSED = "missed"  # the deadline has passed without reaching the target
    NO_DATA = "no_data"  # nothing measured yet
    NO_FORECAST = "no_forecast"  # one point in time only: no trend to read
    INCOMPLETE = "incomplete"  # the baseline or the target or the deadline is missing
    QUALITATIVE = "qualitative"  # described in words

    @property
    def is_flagged(self) -> bool:
        return self in (Outlook.BEHIND, Outlook.MISSED)


@dataclass(frozen=True)
class Measurement:
    period_start: date
    period_end: date
    source: EvidenceSource
    value: float | None = None
    text: str = ""


@dataclass(frozen=True)
class IndicatorFacts:
    quantitative: bool
    baseline: float | None
    baseline_on: date | None
    target: float | None
    deadline: date | None
    measurements: tuple[Measurement, ...] = ()


Point = tuple[date, float]


@dataclass(frozen=True)
class Assessment:
    outlook: Outlook
    main_source: EvidenceSource | None
    fact: tuple[Point, ...]  # the main source's values at their periods' ends, oldest first
    others: tuple[tuple[date, float, EvidenceSource], ...]  # values of the other sources
    latest: Measurement | None  # the main source's latest measurement
    planned: float | None  # where the straight path from baseline to target stands at the latest period's end
    deviation: float | None  # latest value minus planned
    progress: float | None  # the share of the planned change achieved (1.0 = the whole way)
    forecast: float | None  # the forecast value at the deadline
    start: date | None  # the baseline's day (or the first period's start when it is not recorded)

    @property
    def deviation_share(self) -> float | None:
        """The deviation as a share of the planned value (-0.1 = 10 % below plan)."""
        if self.deviation is None or not self.planned:
            return None
        return self.deviation / abs(self.planned)


def main_source(measurements: Sequence[Measurement]) -> EvidenceSource | None:
    """The source measured most often among values given as numbers; programme data wins a tie."""
    counts = {source: 0 for source in SOURCE_ORDER}
    for measurement in measurements:
        if measurement.value is not None:
            counts[measurement.source] += 1
    best = max(SOURCE_ORDER, key=lambda source: (counts[source], -SOURCE_ORDER.index(source)))
    return best if counts[best] else None


def assess(facts: IndicatorFacts, *, today: date) -> Assessment:
    """Plan versus fact and the outlook of one indicator as of ``today``."""
    source = main_source(facts.measurements) if facts.quantitative else None
    numbered = sorted((m for m in facts.measurements if m.value is not None), key=lambda m: m.period_end)
    main = [m for m in numbered if m.source is source]
    fact = tuple(_by_day((m.period_end, float(m.value)) for m in main))
    others = tuple((m.period_end, float(m.value), m.source) for m in numbered if m.source is not source)
    latest = main[-1] if main else None
    empty = Assessment(Outlook.QUALITATIVE, None, (), (), None, None, None, None, None, None)
    if not facts.quantitative:
        return empty
    start = facts.baseline_on or (main[0].period_start if main else None)
    if facts.baseline is None or facts.target is None or facts.deadline is None:
        return Assessment(Outlook.INCOMPLETE, source, fact, others, latest, None, None, None, None, start)
    if latest is None:
        return Assessment(Outlook.NO_DATA, source, fact, others, None, None, None, None, None, start)
    planned = planned_value(facts.baseline, facts.target, start, facts.deadline, latest.period_end)
    value = float(latest.value)
    change = facts.target - facts.baseline
    progress = (value - facts.baseline) / change if change else None
    forecast = linear_forecast(((start, facts.baseline), *fact), facts.deadline)
    outlook = _outlook(facts, value, forecast, latest.period_end, today)
    return Assessment(outlook, source, fact, others, latest, planned, value - planned, progress, forecast, start)


def _outlook(facts: IndicatorFacts, value: float, forecast: float | None, measured_on: date, today: date) -> Outlook:
    if reaches(value, facts.baseline, facts.target):
        return Outlook.ACHIEVED
    if today > facts.deadline or measured_on >= facts.deadline:
        return Outlook.MISSED
    if forecast is None:
        return Outlook.NO_FORECAST
    return Outlook.ON_TRACK if reaches(forecast, facts.baseline, facts.target) else Outlook.BEHIND


def reaches(value: float, baseline: float, target: float) -> bool:
    """Whether ``value`` is at the target or beyond it, in the direction from baseline to target.

    A target below the baseline (fewer complaints, say) is reached from above; a target equal to the
    baseline means keeping the level.
    """
    return value <= target if target < baseline else value >= target


def planned_value(baseline: float, target: float, start: date, deadline: date, on: date) -> float:
    """The straight path from the baseline on ``start`` to the target on ``deadline``, read on ``on``."""
    span = (deadline - start).days
    if span <= 0 or on >= deadline:
        return target
    if on <= start:
        return baseline
    return baseline + (target - baseline) * (on - start).days / span


def linear_forecast(points: Sequence[Point], deadline: date) -> float | None:
    """The least-squares line through ``points`` read at ``deadline``; None with fewer than two days."""
    points = _by_day(points)
    if len(points) < 2:
        return None
    xs = [day.toordinal() for day, _value in points]
    ys = [value for _day, value in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread
    return mean_y + slope * (deadline.toordinal() - mean_x)


def _by_day(points) -> list[Point]:
    """One value per day, the later one winning (a measurement on the baseline's day replaces it)."""
    found: dict[date, float] = {}
    for day, value in points:
        found[day] = value
    return sorted(found.items())


def half_year(day: date) -> tuple[date, date]:
    """The half-year containing ``day``: measurements are taken by half-year unless told otherwise."""
    if day.month <= 6:
        return date(day.year, 1, 1), date(day.year, 6, 30)
    return date(day.year, 7, 1), date(day.year, 12, 31)


def last_ended_half_year(today: date) -> tuple[date, date]:
    """The latest half-year that has ended before ``today``."""
    start, _end = half_year(today)
    if start.month == 1:
        return date(today.year - 1, 7, 1), date(today.year - 1, 12, 31)
    return date(today.year, 1, 1), date(today.year, 6, 30)


def period_problems(period_start: date | None, period_end: date | None) -> dict[str, str]:
    if period_start is None or period_end is None:
        return {"period": _("Enter the period the value was measured for.")}
    if period_end < period_start:
        return {"period": _("The period cannot end before it starts.")}
    return {}


@dataclass(frozen=True)
class Chart:
    """What a small chart of one indicator shows: the planned path, the facts, the forecast."""

    start: date
    end: date
    baseline: Point | None
    target: Point | None
    fact: tuple[Point, ...]
    others: tuple[tuple[date, float, EvidenceSource], ...]
    forecast: tuple[Point, Point] | None  # from the latest fact to the deadline


def chart_of(facts: IndicatorFacts, assessment: Assessment) -> Chart | None:
    """The chart of a quantitative indicator; None when there is nothing in numbers to draw."""
    if not facts.quantitative:
        return None
    baseline = (assessment.start, facts.baseline) if assessment.start and facts.baseline is not None else None
    target = (facts.deadline, facts.target) if facts.deadline and facts.target is not None else None
    days = [p[0] for p in (baseline, target) if p] + [d for d, _v in assessment.fact] + [d for d, _v, _s in assessment.others]
    if not days or (baseline is None and target is None and not assessment.fact):
        return None
    forecast = None
    if assessment.forecast is not None and assessment.fact and facts.deadline and assessment.fact[-1][0] < facts.deadline:
        forecast = (assessment.fact[-1], (facts.deadline, assessment.forecast))
    return Chart(min(days), max(days), baseline, target, assessment.fact, assessment.others, forecast)
