"""Reading back the PDFs the documents produce: text per page, layout text, and the fonts used."""

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

BASE_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


def _normalise(text: str) -> str:
    # No-break spaces keep numbers together on paper; the tests compare words.
    return re.sub(r"[ \u00a0]+", " ", text)


def page_texts(pdf: bytes) -> list[str]:
    return [_normalise(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def layout_text(pdf: bytes) -> str:
    """pdftotext -layout output: words on one printed line stay on one text line."""
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return _normalise(result.stdout.decode("utf-8"))


def word_boxes(pdf: bytes) -> list[tuple[float, float, str]]:
    """(x, y from the top, word) of every word on the first page, from pdftotext -bbox."""
    result = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>'
    found = re.findall(pattern, result.stdout.decode("utf-8"))
    return [(float(x), float(y), word) for x, y, word in found]


def fonts_used(pdf: bytes) -> list[dict]:
    """Every font dictionary referenced by any page, with what matters for embedding."""
    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts.append(
                {
                    "name": str(font["/BaseFont"]).lstrip("/"),
                    "subtype": str(font["/Subtype"]),
                    "embedded": "/FontFile2" in descriptor,
                }
            )
    return fonts


@pytest.fixture
def read_pdf():
    """Helpers to read a PDF back: ``read_pdf.pages(pdf)``, ``.layout(pdf)``, ``.fonts(pdf)``."""

    class Reader:
        pages = staticmethod(page_texts)
        fonts = staticmethod(fonts_used)

        @staticmethod
        def layout(pdf: bytes) -> str:
            if shutil.which("pdftotext") is None:
                pytest.skip("poppler-utils (pdftotext) is not installed")
            return layout_text(pdf)

        @staticmethod
        def words(pdf: bytes) -> list[tuple[float, float, str]]:
            if shutil.which("pdftotext") is None:
                pytest.skip("poppler-utils (pdftotext) is not installed")
            return word_boxes(pdf)

        @staticmethod
        def page_count(pdf: bytes) -> int:
            return len(PdfReader(io.BytesIO(pdf)).pages)

        @staticmethod
        def reader(pdf: bytes) -> PdfReader:
            return PdfReader(io.BytesIO(pdf))

    return Reader


@pytest.fixture
def base_14():
    return BASE_14
