"""The Linguist catalogs of the window are complete, current, and compiled into the .qm files."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from bmb_desktop.paths import TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "bmb_desktop" / "ui"
LANGUAGES = ("ky", "ru")


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / "qt" / f"bmb_{language}.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the translation element."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def lupdate() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    return tool if tool.exists() else Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_has_a_finished_translation(language):
    unfinished = [
        key for key, translation in messages(ts_path(language)).items()
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    wrong = [
        key for key, translation in messages(ts_path(language)).items()
        if any((f"%{n}" in key[1]) != (f"%{n}" in (translation.text or "")) for n in range(1, 10))
    ]
    assert wrong == []


def test_lupdate_finds_no_text_missing_from_the_catalogs(tmp_path):
    fresh = tmp_path / "bmb_ky.ts"
    sources = sorted(str(path) for path in UI_DIR.rglob("*.py"))
    result = subprocess.run(
        [str(lupdate()), "-locations", "none", *sources, "-ts", str(fresh)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    in_code = set(messages(fresh))
    assert len(in_code) > 100
    for language in LANGUAGES:
        assert in_code - set(messages(ts_path(language))) == set(), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_matches_its_source(qapp, language):
    translator = QTranslator()
    assert translator.load(str(ts_path(language).with_suffix(".qm")))
    stale = [
        key for key, translation in messages(ts_path(language)).items()
        if translator.translate(key[0], key[1]) != translation.text
    ]
    assert stale == []
