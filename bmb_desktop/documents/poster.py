"""A notice as a poster for a notice board: one A4 (or A3) page readable from two metres.

The municipality's name across the top, "КУЛАКТАНДЫРУУ", the title in large bold type, the text in
type of at least 20 pt on A4 (everything scaled by √2 on A3), and at the foot the contact line and
"Илинген күнү: 2026-жылдын 21-ноябры". The sans face is PT Sans, drawn for Kyrgyz Cyrillic and
clear at a distance. A text too long for the page is set smaller until it fits: a poster never runs
onto a second sheet. Text lines become paragraphs: "1) ..." a list item, "Label: value" with the
label in bold, a short line ending in ":" a bold lead-in (see ``body_blocks``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from bmb_desktop.documents.builder import CREATOR
from bmb_desktop.documents.fonts import SANS, face_name, register_fonts
from bmb_desktop.errors import UserError
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.i18n import normalise_language, translate

PAPERS = {"A4": A4, "A3": A3}
MARGIN = 16 * mm  # on A4; a board's pins and frame cover the edge
# Type sizes on A4 before any shrinking; A3 multiplies them by √2, the ratio of the two sheets.
ISSUER_SIZE, HEADING_SIZE, TITLE_SIZE, BODY_SIZE, FOOTER_SIZE = 18, 30, 34, 24, 15
READABLE_BODY_SIZE = 20  # the smallest body type on A4 still read from two metres
MIN_SCALE = 0.3  # below this the text is too long for any notice board
TITLE_FIRST = 0.12  # a long text first takes this share off the heading and title, then shrinks all
ITEM = re.compile(r"^\s*(\d{1,2}[.)]|[-–•])\s+")
FIELD = re.compile(r"^([^:.!?]{1,32}):\s+(\S.*)$")
LEAD_LENGTH = 60
_PDF_LANGUAGE = {"ky": "ky-KG", "ru": "ru-KG"}


@dataclass(frozen=True)
class PosterDocument:
    issuer: str  # "Д. Садырбаев айыл өкмөтү"
    title: str
    body: str  # the secretary's text, one paragraph a line
    posted_on: date
    contact: str = ""  # "А. Саитова, +996 772 300 415"; empty: no contact line
    paper: str = "A4"
    subject: str = ""  # the notice's kind, for the PDF's metadata


@dataclass(frozen=True)
class PosterLayout:
    paper: str
    scale: float  # of the body type: 1.0 when the text fits at full size
    title_size: float
    body_size: float

    @property
    def readable(self) -> bool:
        """Whether the body is still large enough to read from two metres, whatever the sheet."""
        return self.body_size >= READABLE_BODY_SIZE - 0.01


def paper_factor(paper: str) -> float:
    return math.sqrt(2) if paper == "A3" else 1.0


def body_blocks(body: str) -> list[tuple[str, str]]:
    """The text as (kind, text) blocks: "item", "field", "lead", "gap" or "para"."""
    blocks = []
    for line in body.strip().splitlines():
        text = line.strip()
        if not text:
            if blocks and blocks[-1][0] != "gap":
                blocks.append(("gap", ""))
        elif ITEM.match(text):
            blocks.append(("item", text))
        elif FIELD.match(text):
            blocks.append(("field", text))
        elif text.endswith(":") and len(text) <= LEAD_LENGTH:
            blocks.append(("lead", text))
        else:
            blocks.append(("para", text))
    return blocks


def render_poster(doc: PosterDocument, language: str = "ky") -> bytes:
    """The poster as a one-page PDF."""
    return _draw(doc, normalise_language(language))[0]


def poster_layout(doc: PosterDocument, language: str = "ky") -> PosterLayout:
    """The type sizes the poster is set in (measured by laying it out, as ``render_poster`` does)."""
    return _fit(doc, normalise_language(language))[0]


class _Poster:
    """The poster's paragraphs at one scale, with their heights on the page."""

    def __init__(self, doc: PosterDocument, language: str, shrink: float):
        register_fonts()
        self.factor = paper_factor(doc.paper)
        self.width, self.height = PAPERS[doc.paper]
        self.margin = MARGIN * self.factor
        self.text_width = self.width - 2 * self.margin
        self.title_scale, self.body_scale = scales(shrink)
        f, t, s = self.factor, self.factor * self.title_scale, self.factor * self.body_scale
        bold = face_name(SANS, bold=True)
        self.top = [_para(doc.issuer, _style("issuer", bold, ISSUER_SIZE * f, TA_CENTER))]
        self.main = [
            _para(translate("NOTICE", language), _style("heading", bold, HEADING_SIZE * t, TA_CENTER, space=4 * t)),
            _para(doc.title, _style("title", bold, TITLE_SIZE * t, TA_CENTER, space=14 * t)),
            *self._body(doc.body, BODY_SIZE * s, bold),
        ]
        posted = translate("Posted on: {date}", language, date=document_date(doc.posted_on, language))
        self.bottom = [_para(posted, _style("posted", bold, FOOTER_SIZE * f, TA_LEFT))]
        if doc.contact.strip():
            contact = translate("For more information: {contact}", language, contact=doc.contact.strip())
            self.bottom.insert(0, _para(contact, _style("contact", SANS, FOOTER_SIZE * f, TA_LEFT, space=2 * f)))
        self.rule_gap = 5 * mm * f
        self.top_height = self._measure(self.top)
        self.main_height = self._measure(self.main)
        self.bottom_height = self._measure(self.bottom)

    def _body(self, body: str, size: float, bold: str) -> list[Paragraph]:
        plain = _style("para", SANS, size, TA_LEFT, space=size * 0.45)
        listed = _style("item", SANS, size, TA_LEFT, space=size * 0.2, indent=size * 1.4)
        paragraphs = []
        for kind, text in body_blocks(body):
            if kind == "gap":
                paragraphs.append(_para("", _style("gap", SANS, size * 0.5, TA_LEFT)))
            elif kind == "item":
                paragraphs.append(_para(text, listed))
            elif kind == "field":
                label, value = FIELD.match(text).groups()
                paragraphs.append(Paragraph(f"<b>{_markup(label)}:</b> {_markup(value)}", _style("field", SANS, size, TA_LEFT, space=size * 0.2)))
            elif kind == "lead":
                paragraphs.append(_para(text, _style("lead", bold, size, TA_LEFT, space=size * 0.25)))
            else:
                paragraphs.append(_para(text, plain))
        return paragraphs

    def _measure(self, paragraphs: list[Paragraph]) -> float:
        return sum(p.wrap(self.text_width, self.height)[1] + p.getSpaceAfter() for p in paragraphs)

    @property
    def room(self) -> float:
        """Height left for the main block between the two rules."""
        return self.height - 2 * self.margin - self.top_height - self.bottom_height - 4 * self.rule_gap

    def fits(self) -> bool:
        return self.main_height <= self.room


def scales(shrink: float) -> tuple[float, float]:
    """(title scale, body scale) for ``shrink`` from 0 (full size) to 1 (the smallest type): the
    heading and title give up an eighth before the body type gets any smaller."""
    if shrink <= TITLE_FIRST:
        return 1.0 - shrink, 1.0
    body = 1.0 - (shrink - TITLE_FIRST) / (1.0 - TITLE_FIRST) * (1.0 - MIN_SCALE)
    return (1.0 - TITLE_FIRST) * body, body


def _fit(doc: PosterDocument, language: str) -> tuple[PosterLayout, _Poster]:
    """The least shrinking (to 0.5 %) at which the main block fits the page."""
    if doc.paper not in PAPERS:
        raise ValueError(f"paper must be one of {sorted(PAPERS)}")
    poster = _Poster(doc, language, 0.0)
    if not poster.fits():
        fits, too_big = 1.0, 0.0
        if not _Poster(doc, language, fits).fits():
            raise UserError(translate("The text of the notice is too long for one poster. Shorten it.", language))
        while fits - too_big > 0.005:
            middle = (fits + too_big) / 2
            fits, too_big = (middle, too_big) if _Poster(doc, language, middle).fits() else (fits, middle)
        poster = _Poster(doc, language, fits)
    factor = paper_factor(doc.paper)
    layout = PosterLayout(
        doc.paper, round(poster.body_scale, 3), TITLE_SIZE * factor * poster.title_scale, BODY_SIZE * factor * poster.body_scale
    )
    return layout, poster


def _draw(doc: PosterDocument, language: str) -> tuple[bytes, PosterLayout]:
    from reportlab.pdfgen.canvas import Canvas

    layout, poster = _fit(doc, language)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=PAPERS[doc.paper], initialFontName=SANS, lang=_PDF_LANGUAGE[language])
    canvas.setTitle(doc.title)
    canvas.setAuthor(doc.issuer)
    canvas.setSubject(doc.subject)
    canvas.setCreator(CREATOR)
    canvas.setViewerPreference("DisplayDocTitle", "true")
    left, y = poster.margin, poster.height - poster.margin
    y = _place(canvas, poster.top, left, y, poster.text_width) - poster.rule_gap
    _rule(canvas, left, y, poster.text_width, 1.2 * poster.factor)
    floor = poster.margin + poster.bottom_height + 2 * poster.rule_gap
    # Optical centre: a third of the spare height above the text, two thirds below.
    spare = (y - poster.rule_gap) - floor - poster.main_height
    _place(canvas, poster.main, left, y - poster.rule_gap - max(0.0, spare) / 3, poster.text_width)
    _rule(canvas, left, floor - poster.rule_gap, poster.text_width, 0.8 * poster.factor)
    _place(canvas, poster.bottom, left, poster.margin + poster.bottom_height, poster.text_width)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), layout


def _place(canvas, paragraphs: list[Paragraph], left: float, top: float, width: float) -> float:
    """Draw ``paragraphs`` downwards from ``top``; return where the next one would start."""
    for paragraph in paragraphs:
        _, height = paragraph.wrap(width, top)
        paragraph.drawOn(canvas, left, top - height)
        top -= height + paragraph.getSpaceAfter()
    return top


def _rule(canvas, left: float, y: float, width: float, thickness: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(thickness)
    canvas.line(left, y, left + width, y)
    canvas.restoreState()


def _style(name: str, font: str, size: float, alignment: int, *, space: float = 0.0, indent: float = 0.0) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * 1.22, alignment=alignment, spaceAfter=space,
        leftIndent=indent, firstLineIndent=-indent,
    )  # fmt: skip


def _markup(text: str) -> str:
    """Escaped text with no-break spaces where a line break would mislead a reader."""
    text = re.sub(r"№\s+", "№\u00a0", text)  # "№ 1/2026"
    text = re.sub(r"(\+?\d[\d ]{6,}\d)", lambda m: m.group(1).replace(" ", "\u00a0"), text)  # phones
    text = re.sub(r"\b(\w)\. (?=\w)", "\\1.\u00a0", text)  # "Г. Кандарова"
    text = re.sub(r" — (\d)", "\u00a0—\u00a0\\1", text)  # "аткарылды — 3"
    return escape(text)


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_markup(text), style)
