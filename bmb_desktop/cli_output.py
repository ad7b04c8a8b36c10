"""Printing listings in the terminal: aligned columns for people, JSON for scripts."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

from bmb_desktop.locale.i18n import _
from bmb_desktop.services.listing import Listing

MAX_CELL = 48


def _cell(value) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(char) else 1 for char in text)


def format_listing(table: Listing) -> str:
    if not table.rows:
        return _("Nothing to list.")
    cells = [[_cell(value) for value in row] for row in table.rows]
    widths = [
        max(_width(title), *(_width(row[index]) for row in cells)) for index, title in enumerate(table.columns)
    ]

    def line(values):
        return "  ".join(value + " " * (width - _width(value)) for value, width in zip(values, widths)).rstrip()

    header = line(table.columns)
    return "\n".join([header, "-" * _width(header), *(line(row) for row in cells)])


def print_listing(table: Listing, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(table.as_json(), ensure_ascii=False, indent=2))
    else:
        print(format_listing(table))
