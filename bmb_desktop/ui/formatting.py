"""How values look in tables and labels: dates as 14.10.2025, the way offices write them by hand."""

from __future__ import annotations

from datetime import date


def display_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def display_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return display_date(value)
    return str(value)


def sort_key(value: object) -> object:
    """A key Qt compares correctly: ISO dates, numbers as numbers, text case-insensitively."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return value
    return str(value).casefold()
