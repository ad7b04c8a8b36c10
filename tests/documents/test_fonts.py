"""The bundled fonts: present, licensed, covering Kyrgyz letters, registered once."""

import shutil

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from bmb_desktop.documents.fonts import (
    FAMILIES,
    SANS,
    SERIF,
    MissingFontError,
    check_font_files,
    face_name,
    register_fonts,
)
from bmb_desktop.paths import FONTS_DIR

FONT_FILES = sorted({name for files in FAMILIES.values() for name in files})


@pytest.mark.parametrize("file_name", FONT_FILES)
def test_every_font_covers_the_kyrgyz_letters(file_name):
    characters = TTFontFile(str(FONTS_DIR / file_name)).charToGlyph
    missing = [letter for letter in "ӨөҮүҢңЁё№" if ord(letter) not in characters]
    assert missing == []


def test_fonts_ship_with_their_licences_and_nothing_unused():
    shipped = {path.name for path in FONTS_DIR.glob("*.ttf")}
    assert shipped == set(FONT_FILES)
    assert "SIL OPEN FONT LICENSE" in (FONTS_DIR / "LICENSE-Liberation.txt").read_text()
    assert "ParaType-Free-Font-License" in (FONTS_DIR / "LICENSE-PTFonts.txt").read_text()


def test_registering_twice_is_harmless_and_gives_every_face():
    register_fonts()
    register_fonts()
    registered = set(pdfmetrics.getRegisteredFontNames())
    for family in (SERIF, SANS):
        for bold in (False, True):
            for italic in (False, True):
                assert face_name(family, bold=bold, italic=italic) in registered


def test_a_missing_font_file_is_named_in_the_error(tmp_path):
    for name in FONT_FILES:
        if name != "PTSans-Bold.ttf":
            shutil.copy(FONTS_DIR / name, tmp_path / name)
    with pytest.raises(MissingFontError) as raised:
        check_font_files(tmp_path)
    assert str(tmp_path / "PTSans-Bold.ttf") in str(raised.value)
    assert "табылган жок" in str(raised.value)  # translated for the user


def test_complete_font_folder_passes_the_check():
    check_font_files(FONTS_DIR)
