"""PDF bytes from parts on portrait and landscape pages: a resolution and its wide appendix.

``builder.render_pdf`` prints a whole document in one orientation. A council resolution is
portrait, but the plan it approves is a landscape table; this renders both into one PDF with the
same margins, fonts, metadata and "бет N / total" footer, each part starting on a new page.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from bmb_desktop.documents.builder import CREATOR
from bmb_desktop.documents.fonts import SERIF, register_fonts
from bmb_desktop.documents.page import numbered_canvas
from bmb_desktop.documents.styles import BODY_SIZE, BOTTOM_MARGIN, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, page_size
from bmb_desktop.locale.i18n import normalise_language

PORTRAIT, LANDSCAPE = "portrait", "landscape"
PDF_LANGUAGE = {"ky": "ky-KG", "ru": "ru-KG"}  # as builder.render_pdf tags its documents


def _template(name: str) -> PageTemplate:
    size = page_size(landscape=name == LANDSCAPE)
    frame = Frame(
        LEFT_MARGIN, BOTTOM_MARGIN, size[0] - LEFT_MARGIN - RIGHT_MARGIN, size[1] - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"text-{name}",
    )  # fmt: skip
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def render_parts_pdf(
    parts: Sequence[tuple[bool, Sequence[Flowable]]], *, title: str, author: str, subject: str = "", language: str = "ky",
) -> bytes:
    """Lay out (landscape?, flowables) parts in order, each from a new page in its orientation."""
    register_fonts()
    language = normalise_language(language)
    first_landscape = bool(parts and parts[0][0])
    templates = [_template(LANDSCAPE), _template(PORTRAIT)] if first_landscape else [_template(PORTRAIT), _template(LANDSCAPE)]
    buffer = BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=page_size(landscape=first_landscape), pageTemplates=templates,
        leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN,
        title=title, author=author, subject=subject, creator=CREATOR, lang=PDF_LANGUAGE[language], displayDocTitle=1,
        initialFontName=SERIF, initialFontSize=BODY_SIZE,
    )  # fmt: skip
    story: list[Flowable] = []
    for index, (landscape, flowables) in enumerate(parts):
        if index:
            story += [NextPageTemplate(LANDSCAPE if landscape else PORTRAIT), PageBreak()]
        story += list(flowables)
    document.build(story, canvasmaker=numbered_canvas(language=language))
    return buffer.getvalue()
