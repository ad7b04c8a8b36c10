"""Every text marked for translation outside Qt has a Kyrgyz and a Russian translation."""

import ast
import string
from pathlib import Path

import pytest

from bmb_desktop.locale.i18n import LANGUAGES, catalog

PACKAGE = Path(__file__).resolve().parent.parent / "bmb_desktop"
MARKERS = {"_", "N_", "translate"}


def marked_texts() -> dict[str, str]:
    """msgid -> the first file that uses it."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue  # the Qt interface uses Linguist catalogs, checked in tests/ui
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, (ast.Name, ast.Attribute))
                and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) in MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, str(path.relative_to(PACKAGE)))
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_text_is_translated(language):
    texts = catalog(language)
    missing = {msgid: where for msgid, where in marked_texts().items() if msgid not in texts}
    assert missing == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    texts = catalog(language)
    wrong = {
        msgid: texts[msgid]
        for msgid in marked_texts()
        if msgid in texts and "%" not in msgid and placeholders(msgid) != placeholders(texts[msgid])
    }
    assert wrong == {}
