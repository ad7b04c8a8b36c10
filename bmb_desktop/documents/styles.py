"""The one stylesheet and page geometry shared by every printed document.

Sizes follow Kyrgyz official papers: a 12 pt serif body with 13 pt titles; A4 with a 30 mm
binding margin on the left, 15 mm on the right and 20 mm top and bottom. Documents ask for
styles by name (``stylesheet()["body"]``), so a change here changes every document alike.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as turned
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm

from bmb_desktop.documents.fonts import SANS, SERIF, face_name, register_fonts

LEFT_MARGIN = 30 * mm
RIGHT_MARGIN = 15 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 20 * mm
FOOTER_BASELINE = 11 * mm  # inside the bottom margin, clear of the text frame

BODY_SIZE = 12
CELL_SIZE = 9.5


def page_size(*, landscape: bool = False) -> tuple[float, float]:
    return turned(A4) if landscape else A4


def frame_width(*, landscape: bool = False) -> float:
    """The width text may use between the margins."""
    return page_size(landscape=landscape)[0] - LEFT_MARGIN - RIGHT_MARGIN


@lru_cache(maxsize=1)
def stylesheet() -> StyleSheet1:
    """All named paragraph styles; the fonts are registered on first use."""
    register_fonts()
    serif_bold = face_name(SERIF, bold=True)
    sheet = StyleSheet1()

    def add(name: str, parent: str | None = None, **attributes: object) -> None:
        base = sheet[parent] if parent else None
        sheet.add(ParagraphStyle(name, base, **attributes))

    add("base", fontName=SERIF, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.25)
    add("body", "base", alignment=TA_JUSTIFY, firstLineIndent=12.5 * mm, spaceAfter=3)
    add("body_left", "base", spaceAfter=3)
    add("title", "base", fontName=serif_bold, fontSize=13, leading=16.5, alignment=TA_CENTER,
        spaceBefore=6, spaceAfter=6)
    add("subtitle", "base", alignment=TA_CENTER, spaceAfter=2)
    add("heading", "base", fontName=serif_bold, spaceBefore=10, spaceAfter=4, keepWithNext=1)
    add("small", "base", fontSize=9, leading=11)
    # The resolution header: session line, number line, then the date (left) and place (right).
    add("header_line", "base", fontName=serif_bold, alignment=TA_CENTER)
    add("number_line", "header_line", fontSize=13, leading=16.5, spaceBefore=6, spaceAfter=6)
    add("date_line", "base", alignment=TA_LEFT)
    add("place_line", "base", alignment=TA_RIGHT)
    # The group's letterhead and the right-hand corner blocks (appendix header, approval stamp).
    add("letterhead", "base", fontSize=11, leading=13.5, alignment=TA_CENTER)
    add("letterhead_name", "letterhead", fontName=serif_bold, fontSize=13, leading=16)
    add("corner", "base", fontSize=11, leading=13.5)
    # Table cells: the narrower sans, breaking at hyphens in "аты-жөнү" when a column is tight.
    add("cell", "base", fontName=SANS, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.2,
        embeddedHyphenation=1)
    add("cell_center", "cell", alignment=TA_CENTER)
    add("cell_head", "cell_center", fontName=face_name(SANS, bold=True))
    add("signature_role", "base")
    add("signature_name", "base", alignment=TA_RIGHT)
    return sheet
