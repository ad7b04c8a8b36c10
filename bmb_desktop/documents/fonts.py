"""The fonts every document embeds, registered with ReportLab once per process.

"DocSerif" (Liberation Serif, metric-compatible with Times New Roman, the face of official
papers) carries the text; "DocSans" (PT Sans, narrower, drawn for the Cyrillic of the languages of
the region) carries dense tables and the page footer. Both cover Ө ө Ү ү Ң ң. Files come from
``resources/fonts/``; nothing falls back to the PDF base-14 fonts, which have no Kyrgyz letters.
"""

from __future__ import annotations

import threading
from pathlib import Path

from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _
from bmb_desktop.paths import FONTS_DIR

SERIF = "DocSerif"
SANS = "DocSans"

# family -> (regular, bold, italic, bold italic); PT Sans ships no italic in our set, so its
# italic faces reuse the upright ones rather than fail on a stray <i>.
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    SERIF: (
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
    SANS: ("PTSans-Regular.ttf", "PTSans-Bold.ttf", "PTSans-Regular.ttf", "PTSans-Bold.ttf"),
}

_FACE_SUFFIXES = ("", "-Bold", "-Italic", "-BoldItalic")

_lock = threading.Lock()
_registered = False


class MissingFontError(UserError):
    """A font file the documents need is not where the installation put it."""


def face_name(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The registered name of one face: face_name(SERIF, bold=True) -> "DocSerif-Bold"."""
    return family + _FACE_SUFFIXES[int(bold) + 2 * int(italic)]


def register_fonts(fonts_dir: Path = FONTS_DIR) -> None:
    """Register both families; later calls do nothing. Raises MissingFontError naming the file."""
    global _registered
    with _lock:  # documents may be built on a background worker
        if _registered:
            return
        _register_families(fonts_dir)
        _registered = True


def check_font_files(fonts_dir: Path = FONTS_DIR) -> None:
    """Raise MissingFontError naming the first font file of FAMILIES absent from ``fonts_dir``."""
    for files in FAMILIES.values():
        for file_name in files:
            path = fonts_dir / file_name
            if not path.is_file():
                raise MissingFontError(
                    _(
                        "The font file {path} is missing. Reinstall the application to print"
                        " documents.",
                        path=path,
                    )
                )


def _register_families(fonts_dir: Path) -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    check_font_files(fonts_dir)  # before registering anything, so a failure leaves no half-family
    for family, files in FAMILIES.items():
        for index, file_name in enumerate(files):
            name = family + _FACE_SUFFIXES[index]
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir / file_name)))
            addMapping(family, index & 1, index >> 1, name)
