"""The summary report's content as plain blocks — text, tables, charts — worded by the services and
laid out by ``summary_report``; nothing here needs ReportLab, so building a report's content is cheap.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChartBlock:
    """One chart: ``kind`` is "bars", "stacked" or "pie".

    Bars: a row per category, a bar per series (name, values, colour key). A pie: a slice per
    category, its values in the one series and its colours in ``slice_colours``.
    """

    key: str  # "recommendations", "answers", "indicators", "satisfaction"
    caption: str
    kind: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...], str], ...]
    slice_colours: tuple[str, ...] = ()
    percent: bool = False  # values are percentages: the axis runs to 100 and values read "36%"
    axis_end: float | None = None  # where the value axis ends; None: fitted to the values


@dataclass(frozen=True)
class TextBlock:
    text: str
    style: str = "body"


@dataclass(frozen=True)
class TableBlock:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative widths; scaled to the frame
    centred: tuple[int, ...] = ()
    strong: tuple[tuple[int, int], ...] = ()  # body cells printed bold: something that needs attention
    caption: str = ""


Block = TextBlock | TableBlock | ChartBlock


@dataclass(frozen=True)
class ReportSection:
    title: str
    blocks: tuple[Block, ...]
