"""The summary report (жыйынды отчет, S1): title page, contents with page numbers, numbered sections
of text, tables and charts, the secretary's conclusions and proposals, and the chair's signature.

The document arrives worded (``SummaryReportDocument`` of ``report_blocks``); this module lays it out. The contents
are a ReportLab ``TableOfContents`` filled by a second pass (``multiBuild``) from the headings, so
its page numbers are those printed in the footers; each heading is also a PDF bookmark. The title
page carries no page number, as council documents print it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, HRFlowable, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from bmb_desktop.documents.builder import CREATOR
from bmb_desktop.documents.charts import nice_ticks
from bmb_desktop.documents.flowables import data_table, group_header, para, signature_block, table_style
from bmb_desktop.documents.fonts import SERIF, face_name, register_fonts
from bmb_desktop.documents.name_cases import keep_initials
from bmb_desktop.documents.page import numbered_canvas
from bmb_desktop.documents.report_blocks import Block, ChartBlock, ReportSection, TableBlock, TextBlock
from bmb_desktop.documents.section import TableSection
from bmb_desktop.documents.styles import BODY_SIZE, BOTTOM_MARGIN, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, frame_width, page_size, stylesheet
from bmb_desktop.documents.summary_charts import chart_drawing
from bmb_desktop.locale.i18n import normalise_language

BLANK_LINES = 6  # ruled lines left for conclusions written by hand
MAX_CHART_ROWS = 14  # rows of a bar chart: two such charts fit a page
PDF_LANGUAGE = {"ky": "ky-KG", "ru": "ru-KG"}


@dataclass(frozen=True)
class SummaryReportDocument:
    municipality_name: str
    letterhead_place: str  # "Масы айылы"
    title: str  # "ЖЫЙЫНДЫ ОТЧЕТ"
    subtitle: str  # "… тобунун 2026-жылдын I жарым жылдыгындагы иши жөнүндө"
    period_line: str  # "01.01.2026 – 30.06.2026"
    state_line: str  # "2026-жылдын 21-ноябрына карата абалы" for a period still running; else empty
    addressed_line: str  # to whom the report is presented
    presented_line: str  # "presented to the community on …", or empty
    place_year: str  # "Масы айылы, 2026"
    contents_title: str
    sections: tuple[ReportSection, ...]
    conclusions_title: str
    conclusions_heading: str
    conclusions: str
    proposals_heading: str
    proposals: str
    signer_role: str
    signer_name: str
    document_title: str = ""  # the PDF's title metadata
    author: str = ""
    footer: str = ""


class _ReportTemplate(BaseDocTemplate):
    """Reports each numbered heading to the contents and makes it a bookmark."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = flowable.getPlainText()
        key = f"section-{self.seq.nextf('heading')}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)
        self.notify("TOCEntry", (level, escape(text), self.page, key))


def heading(text: str, level: int = 0) -> Paragraph:
    paragraph = para(keep_initials(text), "heading" if level == 0 else "report_subheading")
    paragraph.toc_level = level  # read by _ReportTemplate.afterFlowable
    return paragraph


def _styles() -> dict[str, ParagraphStyle]:
    sheet = stylesheet()
    if "report_title" not in sheet:
        bold = face_name(SERIF, bold=True)
        sheet.add(ParagraphStyle("report_title", sheet["title"], fontSize=22, leading=28, spaceBefore=0, spaceAfter=10))
        sheet.add(ParagraphStyle("report_subtitle", sheet["title"], fontSize=14, leading=18))
        sheet.add(ParagraphStyle("report_line", sheet["subtitle"], spaceAfter=4))
        sheet.add(ParagraphStyle("report_subheading", sheet["heading"], fontName=bold, fontSize=BODY_SIZE, spaceBefore=6))
        sheet.add(ParagraphStyle("caption", sheet["small"], fontName=face_name(SERIF, italic=True), alignment=TA_CENTER, spaceBefore=2, spaceAfter=6))
        sheet.add(ParagraphStyle("toc_0", sheet["base"], leftIndent=0, firstLineIndent=0, spaceBefore=3, rightIndent=12 * mm))
    return {name: sheet[name] for name in ("toc_0",)}


def title_page(doc: SummaryReportDocument, language: str) -> list[Flowable]:
    parts: list[Flowable] = group_header(municipality_name=doc.municipality_name, administrative_centre=doc.letterhead_place, language=language)
    parts += [Spacer(1, 55 * mm), para(doc.title, "report_title"), para(keep_initials(doc.subtitle), "report_subtitle"), para(doc.period_line, "report_line")]
    if doc.state_line:
        parts.append(para(doc.state_line, "report_line"))
    parts += [Spacer(1, 30 * mm), para(keep_initials(doc.addressed_line), "report_line")]
    if doc.presented_line:
        parts.append(para(doc.presented_line, "report_line"))
    parts += [Spacer(1, 55 * mm), para(doc.place_year, "report_line"), PageBreak()]
    return parts


def contents_page(doc: SummaryReportDocument) -> list[Flowable]:
    toc = TableOfContents(
        levelStyles=[_styles()["toc_0"]], dotsMinLevel=0, rightColumnWidth=12 * mm,
        tableStyle=table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)),
    )  # fmt: skip
    return [para(doc.contents_title, "title"), Spacer(1, 4 * mm), toc, PageBreak()]


def block_flowables(block: Block, width: float, *, before: Sequence[Flowable] = ()) -> list[Flowable]:
    """A block's flowables; ``before`` (the sentence introducing a table) stays with the table's first rows."""
    if isinstance(block, TextBlock):
        return [para(keep_initials(block.text), block.style)]
    if isinstance(block, ChartBlock):
        parts = chart_parts(block)
        drawings: list[Flowable] = [chart_drawing(part, width=width) for part in parts]
        return [*before, *drawings[:-1], KeepTogether([drawings[-1], para(block.caption, "caption")])]
    total = sum(block.widths)
    widths = [width * w / total for w in block.widths]
    table = data_table(block.header, [tuple(keep_initials(c) for c in row) for row in block.rows], widths, centred=block.centred, strong=block.strong)
    caption = [para(block.caption, "caption")] if block.caption else []
    return [TableSection(table, before=list(before)), *caption]


def chart_parts(block: ChartBlock) -> list[ChartBlock]:
    """A bar chart of many rows cut into charts that each fit a page; the last one takes the caption."""
    if block.kind == "pie" or len(block.categories) <= MAX_CHART_ROWS:
        return [block]
    rows = zip(*(values for _name, values, _colour in block.series))
    largest = max((sum(row) if block.kind == "stacked" else max(row)) for row in rows)
    end = nice_ticks(0, max(largest, 100 if block.percent else 1))[-1]  # one scale for every part
    return [
        replace(
            block, categories=block.categories[start : start + MAX_CHART_ROWS], axis_end=end,
            series=tuple((name, values[start : start + MAX_CHART_ROWS], colour) for name, values, colour in block.series),
        )
        for start in range(0, len(block.categories), MAX_CHART_ROWS)
    ]  # fmt: skip


def section_flowables(number: int, section: ReportSection, width: float) -> list[Flowable]:
    parts: list[Flowable] = [heading(f"{number}. {section.title}")]
    introduction: list[Flowable] = []  # a sentence waiting to see whether a table follows it
    for block in section.blocks:
        if isinstance(block, TextBlock):
            parts += introduction
            introduction = block_flowables(block, width)
        elif isinstance(block, TableBlock):
            parts += block_flowables(block, width, before=introduction)
            introduction = []
        else:
            parts += introduction + block_flowables(block, width)
            introduction = []
    return parts + introduction


def closing_flowables(doc: SummaryReportDocument, number: int) -> list[Flowable]:
    """The conclusions and proposals as the secretary wrote them (ruled lines if she has not), signed."""
    parts: list[Flowable] = [heading(f"{number}. {doc.conclusions_title}")]
    for title, text in ((doc.conclusions_heading, doc.conclusions), (doc.proposals_heading, doc.proposals)):
        parts.append(para(title, "report_subheading"))
        paragraphs = [p for p in text.split("\n") if p.strip()]
        parts += [para(keep_initials(p), "body") for p in paragraphs] or [
            HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=8 * mm) for _ in range(BLANK_LINES)
        ]
    signature = signature_block([(doc.signer_role, keep_initials(doc.signer_name))])
    return parts[:-1] + [KeepTogether([parts[-1], Spacer(1, 10 * mm), signature])]


def report_story(doc: SummaryReportDocument, language: str = "ky") -> list[Flowable]:
    _styles()
    width = frame_width()
    story = title_page(doc, language) + contents_page(doc)
    for number, section in enumerate(doc.sections, start=1):
        story += section_flowables(number, section, width)
    return story + closing_flowables(doc, len(doc.sections) + 1)


def _canvas_without_title_number(language: str, footer: str):
    base = numbered_canvas(footer_text=footer, language=language)

    class ReportCanvas(base):
        def _draw_footer(self, number: int, total: int) -> None:
            if number > 1:
                super()._draw_footer(number, total)

    return ReportCanvas


def render_summary_report(doc: SummaryReportDocument, language: str = "ky") -> bytes:
    register_fonts()
    language = normalise_language(language)
    buffer = BytesIO()
    size = page_size()
    frame = Frame(
        LEFT_MARGIN, BOTTOM_MARGIN, size[0] - LEFT_MARGIN - RIGHT_MARGIN, size[1] - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text",
    )  # fmt: skip
    template = _ReportTemplate(
        buffer, pagesize=size, pageTemplates=[PageTemplate(id="page", frames=[frame])],
        leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN,
        title=doc.document_title or doc.title, author=doc.author, subject=doc.subtitle, creator=CREATOR,
        lang=PDF_LANGUAGE[language], displayDocTitle=1, initialFontName=SERIF, initialFontSize=BODY_SIZE,
    )  # fmt: skip
    template.multiBuild(report_story(doc, language), canvasmaker=_canvas_without_title_number(language, doc.footer))
    return buffer.getvalue()
