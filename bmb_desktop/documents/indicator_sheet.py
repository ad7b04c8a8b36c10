"""The indicator sheet: development-programme indicators, plan versus fact, with a chart each (I1–I3).

Landscape pages under the group's letterhead: a table of the quantitative indicators (baseline,
target, the latest fact with its period and source, where the plan stands on that day, the
deviation, the forecast and the outlook), a table of the qualitative ones in words, then a small
chart per indicator that a council member can read at a glance. Values arrive already worded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.charts import indicator_chart, legend
from bmb_desktop.documents.flowables import group_header, para, signature_block, table_style
from bmb_desktop.documents.name_cases import keep_initials
from bmb_desktop.documents.plan import compact_table
from bmb_desktop.documents.section import kept_sections
from bmb_desktop.documents.styles import frame_width
from bmb_desktop.domain.indicators import Chart
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.i18n import N_, translate


@dataclass(frozen=True)
class QuantitativeLine:
    code: str
    name: str
    kind: str
    unit: str
    baseline: str  # "350 (31.12.2025)"
    target: str  # "900 (31.12.2026)"
    fact: str  # "420\n01.01.2026 – 30.06.2026\nпрограмманын маалыматтары"
    planned: str
    deviation: str  # "−202,7 (−32,6%)"
    forecast: str
    outlook: str
    flagged: bool  # behind schedule or missed: printed in bold
    others: str  # values of the other sources


@dataclass(frozen=True)
class QualitativeLine:
    code: str
    name: str
    kind: str
    baseline: str
    target: str
    deadline: str
    assessments: str  # "2026-жылдын I жарым жылдыгы, тургундарды сурамжылоо: …", one per line


@dataclass(frozen=True)
class ChartPanel:
    caption: str  # "П-1. Ичүүчү суу менен туруктуу камсыз болгон үй чарбаларынын үлүшү, %"
    outlook: str
    flagged: bool
    chart: Chart


@dataclass(frozen=True)
class IndicatorSheetDocument:
    municipality_name: str
    aiyl_okmotu_name: str
    administrative_centre: str
    programme: str
    as_of: date
    quantitative: list[QuantitativeLine]
    qualitative: list[QualitativeLine]
    charts: list[ChartPanel]
    chair_name: str


QUANTITATIVE_COLUMNS = (
    (N_("No."), 7), (N_("Code"), 10), (N_("Indicator"), 42), (N_("Kind"), 20), (N_("Unit"), 14),
    (N_("Baseline"), 19), (N_("Target, deadline"), 20), (N_("Fact, period, source"), 28), (N_("Plan"), 14),
    (N_("Deviation"), 17), (N_("Forecast"), 17), (N_("Outlook"), 21), (N_("Other sources"), 23),
)  # fmt: skip
QUALITATIVE_COLUMNS = (
    (N_("No."), 7), (N_("Code"), 10), (N_("Indicator"), 45), (N_("At the start"), 45), (N_("Aim"), 45),
    (N_("Deadline"), 18), (N_("Assessments"), 82),
)  # fmt: skip
CHARTS_PER_ROW = 3
CHART_HEIGHT = 118


def sheet_title(language: str) -> str:
    return translate("Development programme indicators: plan and fact", language)


def quantitative_rows(lines: Sequence[QuantitativeLine]) -> list[list[str]]:
    return [
        [str(n), x.code, x.name, x.kind, x.unit, x.baseline, x.target, x.fact, x.planned, x.deviation, x.forecast, x.outlook, x.others]
        for n, x in enumerate(lines, start=1)
    ]


def qualitative_rows(lines: Sequence[QualitativeLine]) -> list[list[str]]:
    return [
        [str(n), x.code, x.name, x.baseline, x.target, x.deadline, x.assessments]
        for n, x in enumerate(lines, start=1)
    ]


def _table(columns, rows, language: str, *, centred=(), strong=()) -> Flowable:
    header = [translate(label, language) for label, _width in columns]
    scale = frame_width(landscape=True) / sum(width for _label, width in columns)
    return compact_table(header, rows, [w * scale for _l, w in columns], centred=centred, strong=strong)


def chart_grid(panels: Sequence[ChartPanel], language: str) -> Table:
    """The charts, three to a row, each under its caption and above its outlook."""
    width = frame_width(landscape=True) / CHARTS_PER_ROW
    cells = []
    for panel in panels:
        drawing = indicator_chart(
            panel.chart, width=width - 8, height=CHART_HEIGHT, behind=panel.flagged,
            target_label=translate("target", language),
        )  # fmt: skip
        cells.append([para(panel.caption, "cell", bold=True), drawing, para(panel.outlook, "cell", bold=panel.flagged)])
    rows = [cells[i : i + CHARTS_PER_ROW] for i in range(0, len(cells), CHARTS_PER_ROW)]
    rows[-1] += [""] * (CHARTS_PER_ROW - len(rows[-1]))
    # the legend is the table's header row: it stays with the heading and the first charts, and
    # repeats on every page of charts
    key = legend(legend_items(language), width=frame_width(landscape=True))
    table = Table(
        [[key] + [""] * (CHARTS_PER_ROW - 1), *rows], colWidths=[width] * CHARTS_PER_ROW, hAlign="LEFT", repeatRows=1,
    )  # fmt: skip
    table.setStyle(table_style(
        ("SPAN", (0, 0), (-1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ))  # fmt: skip
    return table


def legend_items(language: str) -> list[tuple[str, str]]:
    return [
        ("plan", translate("plan: from the baseline to the target", language)),
        ("target", translate("target", language)),
        ("fact", translate("fact", language)),
        ("forecast", translate("forecast", language)),
        ("survey", translate("residents' survey", language)),
        ("staff", translate("staff assessment", language)),
    ]


def sheet_flowables(doc: IndicatorSheetDocument, language: str = "ky") -> list[Flowable]:
    parts: list[Flowable] = group_header(
        municipality_name=doc.municipality_name, administrative_centre=doc.administrative_centre, language=language,
    )  # fmt: skip
    as_of = translate("as of {date}", language, date=document_date(doc.as_of, language))
    parts += [para(sheet_title(language), "title"), para(as_of, "subtitle")]
    if doc.programme:
        parts.append(para(doc.programme, "subtitle"))
    parts.append(Spacer(1, 3 * mm))
    sections: list[tuple[Flowable | None, Flowable]] = []
    if doc.quantitative:
        strong = {(row, 11) for row, line in enumerate(doc.quantitative) if line.flagged}
        table = _table(QUANTITATIVE_COLUMNS, quantitative_rows(doc.quantitative), language, centred=(0, 4, 5, 6, 8, 9, 10), strong=strong)
        sections.append((para(translate("Indicators measured in numbers", language), "heading"), table))
    if doc.qualitative:
        table = _table(QUALITATIVE_COLUMNS, qualitative_rows(doc.qualitative), language, centred=(0, 5))
        sections.append((para(translate("Indicators described in words", language), "heading"), table))
    if doc.charts:
        heading = para(translate("Charts: plan, fact and forecast", language), "heading")
        sections.append((heading, chart_grid(doc.charts, language)))
    if not sections:
        sections.append((None, para(translate("No indicators are recorded yet.", language), "body_left")))
    role = translate("Chair of the joint monitoring and evaluation group", language)
    signature = [Spacer(1, 6 * mm), signature_block([(role, keep_initials(doc.chair_name))])]
    return parts + kept_sections(sections, after=signature)


def render_indicator_sheet(doc: IndicatorSheetDocument, language: str = "ky") -> bytes:
    return render_pdf(
        sheet_flowables(doc, language),
        title=sheet_title(language),
        author=doc.aiyl_okmotu_name,
        subject=doc.programme,
        landscape=True,
        language=language,
    )
