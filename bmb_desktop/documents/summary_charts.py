"""The summary report's charts as plain specifications, drawn for the PDF and, as SVG, for the screen.

A ``report_blocks.ChartBlock`` holds worded labels and numbers only; ``chart_drawing`` turns it into a ReportLab
drawing of the frame's width, so the report screen and the printed report show the same picture.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from bmb_desktop.documents.charts import Series, drawing_svg, horizontal_bars, pie_chart, tick_text
from bmb_desktop.documents.report_blocks import ChartBlock

PALETTE = {
    "good": colors.Color(0.13, 0.55, 0.27),
    "partly": colors.Color(0.55, 0.75, 0.35),
    "accepted": colors.Color(0.2, 0.4, 0.7),
    "progress": colors.Color(0.45, 0.65, 0.88),
    "open": colors.Color(0.7, 0.7, 0.7),
    "bad": colors.Color(0.78, 0.15, 0.13),
    "dark": colors.Color(0.35, 0.35, 0.35),
    "late": colors.Color(0.93, 0.6, 0.1),
    "plan": colors.Color(0.62, 0.62, 0.62),
    "fact": colors.Color(0.1, 0.25, 0.55),
}


def chart_drawing(block: ChartBlock, *, width: float) -> Drawing:
    if block.kind == "pie":
        values = block.series[0][1]
        slices = [(label, value, PALETTE[key]) for label, value, key in zip(block.categories, values, block.slice_colours)]
        return pie_chart(slices, width=width, height=max(90.0, 14.0 * len(slices) + 16))
    series = [Series(name, values, PALETTE[colour]) for name, values, colour in block.series]
    value_text = (lambda value: f"{value:.0f}%") if block.percent else (lambda value: tick_text(value))
    return horizontal_bars(
        list(block.categories), series, width=width, stacked=block.kind == "stacked",
        maximum=block.axis_end or (100 if block.percent else None), value_text=value_text, whole_numbers=not block.percent,
    )  # fmt: skip


def chart_svg(block: ChartBlock, *, width: float) -> str:
    return drawing_svg(chart_drawing(block, width=width))
