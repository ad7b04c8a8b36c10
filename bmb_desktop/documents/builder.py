"""Turns a list of flowables into PDF bytes: A4 page, margins, footer, fonts embedded, metadata.

Every printed document goes through ``render_pdf``, so all of them share one page layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from bmb_desktop.documents.fonts import SERIF, register_fonts
from bmb_desktop.documents.page import numbered_canvas
from bmb_desktop.documents.styles import (
    BODY_SIZE,
    BOTTOM_MARGIN,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    TOP_MARGIN,
    page_size,
)
from bmb_desktop.locale.i18n import normalise_language

CREATOR = "BMB Desktop"
_PDF_LANGUAGE = {"ky": "ky-KG", "ru": "ru-KG"}


def render_pdf(
    flowables: Sequence[Flowable],
    *,
    title: str,
    author: str,
    subject: str = "",
    landscape: bool = False,
    footer_text: str = "",
    language: str = "ky",
) -> bytes:
    """Lay ``flowables`` out on A4 pages numbered "бет 1 / N" and return the PDF.

    ``footer_text`` is printed at the left of every footer (an act's fingerprint, for one).
    The flowables are consumed: build a fresh list for each call.
    """
    register_fonts()
    language = normalise_language(language)
    buffer = BytesIO()
    size = page_size(landscape=landscape)
    # No frame padding: the margins are exactly those of official papers, and tables sized to
    # frame_width() fill the line from margin to margin.
    frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        size[0] - LEFT_MARGIN - RIGHT_MARGIN,
        size[1] - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=size,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator=CREATOR,
        lang=_PDF_LANGUAGE[language],
        displayDocTitle=1,
        # Without this the canvas starts in Helvetica and the PDF names a base-14 font.
        initialFontName=SERIF,
        initialFontSize=BODY_SIZE,
    )
    document.build(
        list(flowables), canvasmaker=numbered_canvas(footer_text=footer_text, language=language)
    )
    return buffer.getvalue()
