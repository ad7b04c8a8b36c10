"""The page furniture of every document: the "бет 1 / 3" footer, drawn once the text is laid out.

The total page count is known only at the end, so the canvas keeps each finished page's state and
draws the footers in a second pass when the document is saved (the usual ReportLab recipe).
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from bmb_desktop.documents.fonts import SANS
from bmb_desktop.documents.styles import FOOTER_BASELINE, LEFT_MARGIN, RIGHT_MARGIN
from bmb_desktop.locale.i18n import translate

FOOTER_SIZE = 8


def numbered_canvas(*, footer_text: str = "", language: str = "ky") -> type[Canvas]:
    """A canvas class for ``doc.build(canvasmaker=...)`` that numbers pages "бет N / total".

    ``footer_text`` (short, e.g. an act's fingerprint) is printed at the left of every footer.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setFont(SANS, FOOTER_SIZE)
            if footer_text:
                self.drawString(LEFT_MARGIN, FOOTER_BASELINE, footer_text)
            label = translate("page {page} / {total}", language, page=number, total=total)
            self.drawRightString(width - RIGHT_MARGIN, FOOTER_BASELINE, label)
            self.restoreState()

    return NumberedCanvas
