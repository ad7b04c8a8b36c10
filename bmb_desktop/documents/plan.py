"""The group's yearly monitoring and evaluation plan as a landscape table (P2), with the approval
stamp "… № 14/3 токтому менен бекитилди" in the top right corner (domain.md §9).

A version not yet approved prints as a draft; an amendment carries both the original approval and
the resolution that amended it. The table's columns are the fields of P2, so the council reads the
same plan the group keeps.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import HEADER_FILL, corner_block, para, signature_block, table_style
from bmb_desktop.documents.fonts import SANS, face_name
from bmb_desktop.documents.name_cases import keep_initials
from bmb_desktop.documents.section import kept_sections
from bmb_desktop.documents.styles import frame_width
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import N_, translate


@dataclass(frozen=True)
class PlanItemLine:
    position: int
    object_name: str
    subject: str  # "муниципалдык кызмат: Масы жана Беш-Жыгач айылдарын ичүүчү суу …"
    purpose: str
    methods: str  # translated names joined by commas
    timing: str
    responsibles: tuple[str, ...]  # ("К. Султанова", "У. Жантаева")
    information_sources: str
    resources_needed: str
    involvement: str
    analysis_method: str
    cancel_reason: str = ""  # set when the monitoring was cancelled by an amendment


@dataclass(frozen=True)
class Approval:
    resolution_number: str
    adopted_on: date


@dataclass(frozen=True)
class PlanDocument:
    municipality_name: str  # "Д. Садырбаев"
    council_name: str  # the PDF's author once approved
    aiyl_okmotu_name: str
    year: int
    version_number: int
    approval: Approval | None  # this version's approval; None prints a draft
    original_approval: Approval | None  # the first version's, printed above an amendment's
    discussed_on: date | None
    items: list[PlanItemLine]
    chair_name: str  # the group's chair, who signs

    @property
    def is_draft(self) -> bool:
        return self.approval is None


# Column label and width in mm of the 252 mm landscape frame: the fields of P2.
PLAN_COLUMNS = (
    (N_("No."), 7), (N_("Object and subject of monitoring"), 41), (N_("Purpose"), 32), (N_("Methods"), 24),
    (N_("Timing"), 19), (N_("Responsible members"), 21), (N_("Sources of information"), 30),
    (N_("Resources needed"), 25), (N_("Who takes part, at which stage"), 30), (N_("Analysis method"), 23),
)  # fmt: skip
COMPACT_SIZE = 8  # ten columns of prose: a size smaller than the usual table cells


@lru_cache(maxsize=1)
def compact_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """(cell, centred cell, header cell) for dense wide tables."""
    cell = ParagraphStyle("compact_cell", fontName=SANS, fontSize=COMPACT_SIZE, leading=COMPACT_SIZE * 1.2, embeddedHyphenation=1)
    centred = ParagraphStyle("compact_center", cell, alignment=TA_CENTER)
    head = ParagraphStyle("compact_head", centred, fontName=face_name(SANS, bold=True))
    return cell, centred, head


def compact_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *,
    centred: Collection[int] = (), strong: Collection[tuple[int, int]] = (), column_numbers: bool = False,
) -> LongTable:
    """A ruled table like ``flowables.data_table`` in a smaller face, whose tall rows may continue
    on the next page under the repeated header rather than leave half a page empty."""
    cell, centre, head = compact_styles()

    def paragraph(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
        markup = escape(text).replace("\n", "<br/>")
        return Paragraph(f"<b>{markup}</b>" if bold else markup, style)

    head_rows = [[paragraph(text, head) for text in header]]
    if column_numbers:
        head_rows.append([paragraph(str(n), head) for n in range(1, len(header) + 1)])
    body = [
        [paragraph(text, centre if column in centred else cell, (row, column) in strong) for column, text in enumerate(cells)]
        for row, cells in enumerate(rows)
    ]
    table = LongTable(head_rows + body, colWidths=list(widths), repeatRows=len(head_rows), hAlign="LEFT", splitInRow=1)
    last_head = len(head_rows) - 1
    table.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, last_head), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, last_head), "MIDDLE"), ("VALIGN", (0, last_head + 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ))  # fmt: skip
    return table


def plan_title(municipality_name: str, year: int, language: str) -> str:
    return translate(
        "Monitoring and evaluation plan of the joint monitoring and evaluation group of the {municipality} aiyl aimak for {year}",
        language, municipality=municipality_name, year=year,
    )  # fmt: skip


def stamp_text(doc: PlanDocument, language: str) -> str:
    """"… № 14/3 токтому менен бекитилди", and for an amendment the resolution that amended it."""
    lines = []
    first = doc.original_approval or doc.approval
    if first is not None:
        lines.append(translate(
            "Approved by resolution No. {number} of the {municipality} aiyl council of {date}", language,
            number=first.resolution_number, municipality=doc.municipality_name,
            date=document_date(first.adopted_on, language, case=DateCase.ATTRIBUTIVE),
        ))  # fmt: skip
    if doc.approval is not None and doc.original_approval is not None:
        lines.append(translate(
            "Amended by resolution No. {number} of the {municipality} aiyl council of {date}", language,
            number=doc.approval.resolution_number, municipality=doc.municipality_name,
            date=document_date(doc.approval.adopted_on, language, case=DateCase.ATTRIBUTIVE),
        ))  # fmt: skip
    return "\n".join(keep_initials(line) for line in lines)


def item_rows(items: Sequence[PlanItemLine], language: str) -> list[list[str]]:
    rows = []
    for item in items:
        subject = f"{item.object_name}\n{item.subject}"
        if item.cancel_reason:
            subject += "\n" + translate("Cancelled: {reason}", language, reason=item.cancel_reason)
        rows.append([
            str(item.position), subject, item.purpose, item.methods, item.timing,
            "\n".join(keep_initials(name) for name in item.responsibles),
            item.information_sources, item.resources_needed, keep_initials(item.involvement), item.analysis_method,
        ])  # fmt: skip
    return rows


def plan_table(items: Sequence[PlanItemLine], language: str) -> Flowable:
    """The plan's table, filling the landscape frame; cancelled items are printed in bold."""
    header = [translate(label, language) for label, _width in PLAN_COLUMNS]
    scale = frame_width(landscape=True) / sum(width for _label, width in PLAN_COLUMNS)
    widths = [width * scale for _label, width in PLAN_COLUMNS]
    cancelled = {(row, 1) for row, item in enumerate(items) if item.cancel_reason}
    return compact_table(header, item_rows(items, language), widths, centred=(0, 4), strong=cancelled, column_numbers=True)


def plan_head(doc: PlanDocument, language: str) -> list[Flowable]:
    """The corner (stamp or DRAFT), the title and, for an amendment, which version this is."""
    parts: list[Flowable] = []
    if doc.is_draft:
        parts.append(para(translate("DRAFT", language), "place_line", bold=True))
        if doc.original_approval is not None:
            parts.append(corner_block(stamp_text(doc, language)))
    else:
        parts.append(corner_block(stamp_text(doc, language)))
    parts.append(para(keep_initials(plan_title(doc.municipality_name, doc.year, language)), "title"))
    if doc.version_number > 1:
        parts.append(para(translate("Version {number}, with amendments", language, number=doc.version_number), "subtitle"))
    return parts + [Spacer(1, 3 * mm)]


def plan_flowables(doc: PlanDocument, language: str = "ky") -> list[Flowable]:
    """Everything printed on the plan, in order, ready for ``render_pdf``."""
    parts = plan_head(doc, language)
    after: list[Flowable] = []
    if doc.discussed_on is not None:
        text = translate(
            "The plan was discussed with the {aiyl_okmotu} on {date}.", language,
            aiyl_okmotu=doc.aiyl_okmotu_name, date=document_date(doc.discussed_on, language, case=DateCase.LOCATIVE),
        )  # fmt: skip
        after += [Spacer(1, 3 * mm), para(keep_initials(text), "body_left")]
    role = translate("Chair of the joint monitoring and evaluation group", language)
    after += [Spacer(1, 4 * mm), signature_block([(role, keep_initials(doc.chair_name))])]
    if not doc.items:
        return parts + [para(translate("The plan has no items yet.", language), "body_left"), *after]
    return parts + kept_sections([(None, plan_table(doc.items, language))], after=after)


def render_plan(doc: PlanDocument, language: str = "ky") -> bytes:
    """The plan as PDF bytes: landscape A4, numbered pages."""
    return render_pdf(
        plan_flowables(doc, language),
        title=plan_title(doc.municipality_name, doc.year, language),
        author=doc.aiyl_okmotu_name if doc.is_draft else doc.council_name,
        subject=stamp_text(doc, language).replace("\n", "; ") or translate("DRAFT", language),
        landscape=True,
        language=language,
    )
