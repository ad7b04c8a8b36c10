"""Meeting rules (domain.md §5, G8): quorum, votes, protocol numbers, quarters and absences."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bmb_desktop.domain.enums import DecisionMajority
from bmb_desktop.locale.i18n import _


def quorum_reached(present: int, membership: int) -> bool:
    """More than half of the total number of members is present (M2); exactly half is not enough."""
    return membership > 0 and present * 2 > membership


@dataclass(frozen=True)
class Vote:
    votes_for: int
    against: int
    abstained: int

    @property
    def cast(self) -> int:
        return self.votes_for + self.against + self.abstained


def vote_problems(vote: Vote, *, present: int, recused: int) -> dict[str, str]:
    """Votes must be whole numbers and cannot exceed the members present who may vote."""
    problems = {}
    if min(vote.votes_for, vote.against, vote.abstained) < 0:
        problems["votes"] = _("Votes cannot be negative.")
    eligible = present - recused
    if vote.cast > eligible:
        problems["votes"] = _(
            "{cast} votes recorded, but only {eligible} members present may vote ({recused} did not vote because of a conflict of interest).",
            cast=vote.cast, eligible=max(eligible, 0), recused=recused,
        ) if recused else _("{cast} votes recorded, but only {eligible} members are present.", cast=vote.cast, eligible=max(eligible, 0))
    return problems


def decision_passes(vote: Vote, *, present: int, membership: int, majority: DecisionMajority) -> bool:
    """A decision passes by a majority (M3): of those voting, of those present, or of all members.

    A tie never passes.
    """
    base = {
        DecisionMajority.OF_VOTING: vote.cast,
        DecisionMajority.OF_PRESENT: present,
        DecisionMajority.OF_ALL_MEMBERS: membership,
    }[majority]
    return base > 0 and vote.votes_for * 2 > base


def next_protocol_number(numbers_this_year: list[int]) -> int:
    return max(numbers_this_year, default=0) + 1


def protocol_label(number: int | None, year: int) -> str:
    """As printed: "3/2026"."""
    return f"{number}/{year}" if number else ""


def parse_protocol_label(text: str) -> tuple[int, int] | None:
    """"3/2026" -> (3, 2026); None when the text is not such a number."""
    parts = text.strip().split("/")
    if len(parts) != 2 or not all(part.strip().isdigit() for part in parts):
        return None
    number, year = (int(part) for part in parts)
    return (number, year) if number > 0 and 1990 < year < 2200 else None


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarters_between(start: date, end: date) -> list[tuple[int, int]]:
    """Every (year, quarter) from the one containing ``start`` to the one containing ``end``."""
    year, quarter = quarter_of(start)
    last = quarter_of(end)
    found = []
    while (year, quarter) <= last:
        found.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return found


def quarter_end(year: int, quarter: int) -> date:
    return {1: date(year, 3, 31), 2: date(year, 6, 30), 3: date(year, 9, 30), 4: date(year, 12, 31)}[quarter]


def quarters_short_of_meetings(
    meeting_days: list[date], *, group_created_on: date, today: date, required_per_quarter: int
) -> list[tuple[int, int, int]]:
    """Finished quarters since the group's creation with fewer meetings than required (M1).

    Returns (year, quarter, meetings held). The quarter of the creation counts only if at least a
    month of it remained; the current quarter is judged once it has ended.
    """
    held: dict[tuple[int, int], int] = {}
    for day in meeting_days:
        held[quarter_of(day)] = held.get(quarter_of(day), 0) + 1
    short = []
    for year, quarter in quarters_between(group_created_on, today):
        end = quarter_end(year, quarter)
        if end >= today:
            continue
        if (year, quarter) == quarter_of(group_created_on) and (end - group_created_on).days < 30:
            continue
        if held.get((year, quarter), 0) < required_per_quarter:
            short.append((year, quarter, held.get((year, quarter), 0)))
    return short


ABSENCES_FOR_WITHDRAWAL = 3


def consecutive_absences(attendance_in_order: list[bool]) -> int:
    """Absences since the member last attended (oldest first in the list); 3 is a ground (G8)."""
    count = 0
    for present in reversed(attendance_in_order):
        if present:
            break
        count += 1
    return count
