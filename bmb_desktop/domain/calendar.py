"""Working days in Kyrgyzstan: weekends, public holidays, and the secretary's corrections.

Public holidays come from the ``holidays`` package; Orozo ait and Kurman ait are fixed by decree
each year and the government moves days off, so the secretary's corrections always win.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=8)
def _official(years: tuple[int, ...], language: str):
    import holidays

    return holidays.country_holidays("KG", years=years, language="ru_KG" if language == "ru" else "ky")


@dataclass
class WorkingCalendar:
    """Which days are working days; ``corrections`` maps a day to True (working) or False (off)."""

    corrections: Mapping[date, bool] = field(default_factory=dict)
    language: str = "ky"

    def _official_for(self, day: date):
        return _official(tuple(range(day.year - 1, day.year + 2)), self.language)

    def holiday_name(self, day: date) -> str | None:
        return self._official_for(day).get(day)

    def is_working_day(self, day: date) -> bool:
        if day in self.corrections:
            return self.corrections[day]
        official = self._official_for(day)
        if day in official:
            return False
        if day in official.weekend_workdays:
            return True
        return day.weekday() < 5

    def working_day_on_or_after(self, day: date) -> date:
        """``day`` if it is a working day, else the next one: a deadline falling on a day off ends then."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (the day of the event itself not counted)."""
        day = start
        remaining = count
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negative when end is earlier."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(1 for offset in range(1, (end - start).days + 1) if self.is_working_day(start + timedelta(days=offset)))

    def days_off(self, years: Iterable[int]) -> dict[date, str]:
        """Official holidays of ``years`` by day, before corrections."""
        found: dict[date, str] = {}
        for year in years:
            found.update({day: name for day, name in _official((year,), self.language).items()})
        return dict(sorted(found.items()))
