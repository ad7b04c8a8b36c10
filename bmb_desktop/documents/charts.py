"""Small charts drawn with ReportLab graphics, readable at a glance and in black and white.

An indicator's chart shows the planned path from the baseline to the target (dashed), the target
itself (a flag at the deadline), the measured values of the main source (a solid line with dots),
the values of the other sources (hollow marks) and the forecast to the deadline (dotted). The same
drawing renders into a PDF page or, as SVG, into the window. The report issue reuses the helpers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors

from bmb_desktop.documents.fonts import SANS, register_fonts
from bmb_desktop.domain.enums import EvidenceSource
from bmb_desktop.domain.indicators import Chart

FACT = colors.Color(0.1, 0.25, 0.55)
PLAN = colors.Color(0.45, 0.45, 0.45)
TARGET = colors.Color(0.05, 0.45, 0.2)
AHEAD = colors.Color(0.05, 0.5, 0.25)
BEHIND = colors.Color(0.75, 0.1, 0.1)
GRID = colors.Color(0.85, 0.85, 0.85)
SOURCE_COLOURS = {
    EvidenceSource.PROGRAMME_DATA: colors.Color(0.1, 0.25, 0.55),
    EvidenceSource.RESIDENTS_SURVEY: colors.Color(0.85, 0.45, 0.0),
    EvidenceSource.STAFF_ASSESSMENT: colors.Color(0.45, 0.2, 0.6),
}
LABEL_SIZE = 6.5


@dataclass(frozen=True)
class Frame:
    """The plot area inside a drawing and the ranges it maps."""

    left: float
    bottom: float
    width: float
    height: float
    start: date
    end: date
    low: float
    high: float

    def x(self, day: date) -> float:
        span = max((self.end - self.start).days, 1)
        return self.left + (day - self.start).days / span * self.width

    def y(self, value: float) -> float:
        return self.bottom + (value - self.low) / (self.high - self.low) * self.height


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round values from at or below ``low`` to at or above ``high``, about ``count`` steps apart."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(f * magnitude for f in (1, 2, 2.5, 5, 10) if f * magnitude >= raw)
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    return [round(first + index * step, 10) for index in range(int(round((last - first) / step)) + 1)]


def value_range(values: list[float]) -> list[float]:
    """The ticks of the vertical axis; it starts at zero when that costs less than half the height."""
    low, high = min(values), max(values)
    if 0 <= low <= high * 0.5:
        low = 0.0
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    return nice_ticks(low, high)


def year_marks(start: date, end: date) -> tuple[list[date], list[tuple[date, str]]]:
    """Ticks at each new year inside the range, and each year's label at the middle of its visible
    part when that part is long enough to hold it (two months)."""
    ticks = [date(year, 1, 1) for year in range(start.year + 1, end.year + 2) if start < date(year, 1, 1) <= end]
    labels = []
    for year in range(start.year, end.year + 1):
        first, last = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        if (last - first).days >= 60:
            labels.append((first + (last - first) / 2, str(year)))
    return ticks, labels


def tick_text(value: float, decimal_comma: bool = True) -> str:
    text = f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:.1f}"
    text = text.replace(",", "\u00a0")
    return text.replace(".", ",") if decimal_comma else text


def _drawing(width: float, height: float) -> Drawing:
    # the renderer starts every drawing in its initial font: ours, never base-14 Helvetica
    return Drawing(width, height, initialFontName=SANS, initialFontSize=LABEL_SIZE)


def indicator_chart(chart: Chart, *, width: float, height: float, behind: bool = False, target_label: str = "") -> Drawing:
    """The chart of one indicator in a ``width`` × ``height`` drawing (points)."""
    register_fonts()
    values = [v for _d, v in chart.fact] + [v for _d, v, _s in chart.others]
    values += [p[1] for p in (chart.baseline, chart.target) if p]
    if chart.forecast:
        values.append(chart.forecast[1][1])
    ticks = value_range(values)
    drawing = _drawing(width, height)
    frame = Frame(30, 13, width - 30 - 8, height - 13 - 6, chart.start, chart.end, ticks[0], ticks[-1])
    _axes(drawing, frame, ticks)
    if chart.baseline and chart.target:
        (d0, v0), (d1, v1) = chart.baseline, chart.target
        drawing.add(Line(frame.x(d0), frame.y(v0), frame.x(d1), frame.y(v1), strokeColor=PLAN, strokeWidth=0.8, strokeDashArray=[3, 2]))
    if chart.target:
        day, value = chart.target
        _flag(drawing, frame.x(day), frame.y(value), f"{target_label} {tick_text(value)}".strip())
    if chart.forecast:
        (d0, v0), (d1, v1) = chart.forecast
        colour = BEHIND if behind else AHEAD
        drawing.add(Line(frame.x(d0), frame.y(v0), frame.x(d1), frame.y(v1), strokeColor=colour, strokeWidth=1, strokeDashArray=[1, 1.5]))
        drawing.add(Circle(frame.x(d1), frame.y(v1), 2.2, fillColor=colors.white, strokeColor=colour, strokeWidth=0.8))
    for day, value, source in chart.others:
        _hollow_mark(drawing, frame.x(day), frame.y(value), source)
    if chart.fact:
        points = [coordinate for day, value in chart.fact for coordinate in (frame.x(day), frame.y(value))]
        if len(chart.fact) > 1:
            drawing.add(PolyLine(points, strokeColor=FACT, strokeWidth=1.4))
        for day, value in chart.fact:
            drawing.add(Circle(frame.x(day), frame.y(value), 1.8, fillColor=FACT, strokeColor=FACT))
        day, value = chart.fact[-1]
        drawing.add(String(frame.x(day) + 3, frame.y(value) + 3, tick_text(value), fontName=SANS, fontSize=LABEL_SIZE, fillColor=FACT))
    return drawing


def _axes(drawing: Drawing, frame: Frame, ticks: list[float]) -> None:
    for value in ticks:
        y = frame.y(value)
        drawing.add(Line(frame.left, y, frame.left + frame.width, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(frame.left - 2, y - 2, tick_text(value), fontName=SANS, fontSize=LABEL_SIZE, textAnchor="end"))
    drawing.add(Line(frame.left, frame.bottom, frame.left + frame.width, frame.bottom, strokeColor=colors.black, strokeWidth=0.5))
    drawing.add(Line(frame.left, frame.bottom, frame.left, frame.bottom + frame.height, strokeColor=colors.black, strokeWidth=0.5))
    ticks, labels = year_marks(frame.start, frame.end)
    for day in ticks:
        x = frame.x(day)
        drawing.add(Line(x, frame.bottom, x, frame.bottom - 3, strokeColor=colors.black, strokeWidth=0.5))
    for day, text in labels:
        drawing.add(String(frame.x(day), frame.bottom - 9, text, fontName=SANS, fontSize=LABEL_SIZE, textAnchor="middle"))


def _flag(drawing: Drawing, x: float, y: float, text: str) -> None:
    """The target: a bar at its value with a pennant, its value written to the left above."""
    drawing.add(Line(x - 6, y, x + 3, y, strokeColor=TARGET, strokeWidth=1.6))
    drawing.add(Polygon([x, y, x, y + 7, x + 5, y + 5], fillColor=TARGET, strokeColor=TARGET, strokeWidth=0.5))
    if text:
        drawing.add(String(x - 2, y + 8.5, text, fontName=SANS, fontSize=LABEL_SIZE, fillColor=TARGET, textAnchor="end"))


def _hollow_mark(drawing: Drawing, x: float, y: float, source: EvidenceSource) -> None:
    colour = SOURCE_COLOURS[source]
    if source is EvidenceSource.RESIDENTS_SURVEY:
        drawing.add(Polygon([x - 2.6, y - 2, x + 2.6, y - 2, x, y + 2.6], fillColor=colors.white, strokeColor=colour, strokeWidth=0.9))
    elif source is EvidenceSource.STAFF_ASSESSMENT:
        drawing.add(Rect(x - 2.2, y - 2.2, 4.4, 4.4, fillColor=colors.white, strokeColor=colour, strokeWidth=0.9))
    else:
        drawing.add(Circle(x, y, 2.2, fillColor=colors.white, strokeColor=colour, strokeWidth=0.9))


def legend(items: list[tuple[str, str]], *, width: float) -> Drawing:
    """A one-line legend: (kind, text) with kind plan, fact, forecast, target, survey or staff."""
    register_fonts()
    drawing = _drawing(width, 12)
    x = 0.0
    for kind, text in items:
        _legend_sample(drawing, kind, x, 4)
        drawing.add(String(x + 16, 1.5, text, fontName=SANS, fontSize=7.5))
        x += 16 + len(text) * 3.6 + 12
    return drawing


def _legend_sample(drawing: Drawing, kind: str, x: float, y: float) -> None:
    if kind == "plan":
        drawing.add(Line(x, y, x + 12, y, strokeColor=PLAN, strokeWidth=0.8, strokeDashArray=[3, 2]))
    elif kind == "fact":
        drawing.add(Line(x, y, x + 12, y, strokeColor=FACT, strokeWidth=1.4))
        drawing.add(Circle(x + 6, y, 1.8, fillColor=FACT, strokeColor=FACT))
    elif kind == "forecast":
        drawing.add(Line(x, y, x + 12, y, strokeColor=BEHIND, strokeWidth=1, strokeDashArray=[1, 1.5]))
    elif kind == "target":
        _flag(drawing, x + 7, y - 2, "")
    elif kind == "survey":
        _hollow_mark(drawing, x + 6, y, EvidenceSource.RESIDENTS_SURVEY)
    elif kind == "staff":
        _hollow_mark(drawing, x + 6, y, EvidenceSource.STAFF_ASSESSMENT)


def chart_svg(chart: Chart, *, width: float, height: float, behind: bool = False, target_label: str = "") -> str:
    """The same chart as SVG text, for the window's dashboard."""
    from reportlab.graphics import renderSVG

    drawing = indicator_chart(chart, width=width, height=height, behind=behind, target_label=target_label)
    return renderSVG.drawToString(drawing)


# Bar and pie charts for the summary report: categories with their labels at the left, bars
# measured on one axis from zero, the value written at each bar's end, the legend underneath.
BAR_LABEL_SIZE = 7.5
BAR = 9.0  # the thickness of one bar
BAR_GAP = 5.0  # between categories


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]  # one per category
    colour: colors.Color


def wrap_label(text: str, width: float, size: float = BAR_LABEL_SIZE) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` (a single long word stays whole)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", SANS, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def horizontal_bars(
    categories: list[str], series: list[Series], *, width: float, stacked: bool = False,
    maximum: float | None = None, value_text=None, whole_numbers: bool = False,
) -> Drawing:
    """One row per category with a bar per series (or one stacked bar); the height follows the rows.

    ``maximum`` fixes the axis end (100 for percentages); ``value_text`` words a value (default
    ``tick_text``); ``whole_numbers`` keeps the axis on counts. Values are drawn from zero; a
    negative value counts as zero.
    """
    register_fonts()
    value_text = value_text or tick_text
    label_width = min(width * 0.38, 150)
    labels = [wrap_label(text, label_width - 6) for text in categories]
    per_row = BAR if stacked else BAR * max(len(series), 1)
    rows = [max(per_row, len(lines) * (BAR_LABEL_SIZE + 1.5)) for lines in labels]
    legend_lines = _legend_rows([(s.colour, s.name) for s in series], width) if len(series) > 1 or stacked else []
    legend_height = len(legend_lines) * 11 + (4 if legend_lines else 0)
    axis_height = 14
    height = sum(rows) + BAR_GAP * (len(rows) + 1) + axis_height + legend_height
    drawing = _drawing(width, height)
    totals = [sum(max(s.values[i], 0) for s in series) if stacked else max((max(s.values[i], 0) for s in series), default=0) for i in range(len(categories))]
    largest = max(totals + [1.0])
    if maximum is not None and largest <= maximum:
        ticks = [maximum * step / 4 for step in range(5)]  # 0, 25, 50, 75, 100 for percentages
    else:
        ticks = nice_ticks(0, largest)  # a value past the usual end (a target overshot) widens the axis
    if whole_numbers and ticks[1] - ticks[0] < 1:
        ticks = [float(value) for value in range(0, math.ceil(ticks[-1]) + 1)]
    left, right = label_width, width - 24
    scale = (right - left) / (ticks[-1] or 1)
    bottom = legend_height + axis_height
    for value in ticks:
        x = left + value * scale
        drawing.add(Line(x, bottom, x, height - 2, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(x, bottom - 9, tick_text(value), fontName=SANS, fontSize=LABEL_SIZE, textAnchor="middle"))
    drawing.add(Line(left, bottom, left, height - 2, strokeColor=colors.black, strokeWidth=0.5))
    top = height - BAR_GAP
    for index, (lines, row) in enumerate(zip(labels, rows)):
        middle = top - row / 2
        for number, line in enumerate(lines):
            y = middle + (len(lines) / 2 - number - 1) * (BAR_LABEL_SIZE + 1.5) + 2
            drawing.add(String(left - 4, y, line, fontName=SANS, fontSize=BAR_LABEL_SIZE, textAnchor="end"))
        _row_bars(drawing, series, index, left, scale, middle, stacked, value_text, right)
        top -= row + BAR_GAP
    for number, items in enumerate(legend_lines):
        _legend_line(drawing, items, legend_height - 11 * (number + 1))
    return drawing


def _row_bars(drawing, series, index, left, scale, middle, stacked, value_text, right) -> None:
    if stacked:
        x = left
        for s in series:
            value = max(s.values[index], 0)
            length = value * scale
            if length > 0:
                drawing.add(Rect(x, middle - BAR / 2, length, BAR, fillColor=s.colour, strokeColor=colors.white, strokeWidth=0.5))
                if length > 14:
                    drawing.add(String(x + length / 2, middle - 2.5, value_text(value), fontName=SANS, fontSize=LABEL_SIZE, fillColor=colors.white, textAnchor="middle"))
            x += length
        return
    y = middle + BAR * len(series) / 2
    for s in series:
        y -= BAR
        value = max(s.values[index], 0)
        drawing.add(Rect(left, y + 0.8, value * scale, BAR - 1.6, fillColor=s.colour, strokeColor=None))
        drawing.add(String(min(left + value * scale + 2, right + 2), y + 2.2, value_text(s.values[index]), fontName=SANS, fontSize=LABEL_SIZE))


def _legend_rows(items: list[tuple[colors.Color, str]], width: float) -> list[list[tuple[colors.Color, str]]]:
    """The legend's (colour, name) items laid out in lines that fit ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows: list[list[tuple[colors.Color, str]]] = [[]]
    used = 0.0
    for colour, name in items:
        need = 14 + stringWidth(name, SANS, BAR_LABEL_SIZE) + 12
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append((colour, name))
        used += need
    return rows


def _legend_line(drawing: Drawing, items: list[tuple[colors.Color, str]], y: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = 0.0
    for colour, name in items:
        drawing.add(Rect(x, y + 1, 9, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 12, y + 1.5, name, fontName=SANS, fontSize=BAR_LABEL_SIZE))
        x += 14 + stringWidth(name, SANS, BAR_LABEL_SIZE) + 12


def pie_chart(slices: list[tuple[str, float, colors.Color]], *, width: float, height: float, value_text=None) -> Drawing:
    """A pie of the slices' shares with a legend at its right: "label — value (share)"."""
    from reportlab.graphics.shapes import Wedge

    register_fonts()
    value_text = value_text or (lambda value, share: f"{tick_text(value)} ({share * 100:.0f}%)")
    drawing = _drawing(width, height)
    total = sum(value for _label, value, _colour in slices if value > 0)
    radius = min(height / 2 - 4, width * 0.2)
    cx, cy = radius + 4, height / 2
    angle = 90.0
    for _label, value, colour in slices:
        if value <= 0 or total <= 0:
            continue
        sweep = 360.0 * value / total
        if sweep >= 359.99:
            drawing.add(Circle(cx, cy, radius, fillColor=colour, strokeColor=colors.white, strokeWidth=0.8))
        else:
            drawing.add(Wedge(cx, cy, radius, angle - sweep, angle, fillColor=colour, strokeColor=colors.white, strokeWidth=0.8))
        angle -= sweep
    x = cx + radius + 16
    shown = [(label, value, colour) for label, value, colour in slices if value > 0]
    step = min(13.0, (height - 8) / max(len(shown), 1))
    y = cy + step * len(shown) / 2 - step + 3
    for label, value, colour in shown:
        drawing.add(Rect(x, y, 9, 7, fillColor=colour, strokeColor=None))
        text = f"{label} — {value_text(value, value / total)}"
        for number, line in enumerate(wrap_label(text, width - x - 14)[:2]):
            drawing.add(String(x + 13, y + 0.5 - number * 8.5, line, fontName=SANS, fontSize=BAR_LABEL_SIZE))
        y -= step
    return drawing


def drawing_svg(drawing: Drawing) -> str:
    """Any of these drawings as SVG text, so the window shows the same picture as the paper."""
    from reportlab.graphics import renderSVG

    return renderSVG.drawToString(drawing)
