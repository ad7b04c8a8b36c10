"""Translation of texts produced outside Qt: errors, rule findings, CLI output and documents.

Source texts are English message ids marked with ``_()``; the Kyrgyz and Russian catalogs are the
gettext files under ``translations/core/ky/`` and ``translations/core/ru/`` (one file per area, all
merged). Kyrgyz is the default.
The Qt interface has its own Linguist catalogs (see ``ui/translation.py``).
"""

from __future__ import annotations

import contextvars
from functools import lru_cache

from bmb_desktop.paths import TRANSLATIONS_DIR

LANGUAGES = ("ky", "ru")
DEFAULT_LANGUAGE = "ky"

_current = contextvars.ContextVar("bmb_language", default=DEFAULT_LANGUAGE)


def set_language(language: str) -> None:
    """Make ``language`` the one that ``_()`` translates into from now on."""
    _current.set(normalise_language(language))


def current_language() -> str:
    return _current.get()


def normalise_language(language: str | None) -> str:
    code = (language or DEFAULT_LANGUAGE).split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=None)
def catalog(language: str) -> dict[str, str]:
    """The translated texts of one language, by English message id."""
    from babel.messages.pofile import read_po  # imported here: only needed on first translation

    texts: dict[str, str] = {}
    for path in sorted((TRANSLATIONS_DIR / "core" / language).glob("*.po")):
        with path.open("rb") as handle:
            po = read_po(handle, locale=language)
        texts.update({m.id: m.string for m in po if m.id and m.string and not m.fuzzy})
    return texts


def translate(message_id: str, language: str | None = None, **values: object) -> str:
    """``message_id`` in ``language`` (the current one by default), with ``values`` filled in."""
    text = catalog(normalise_language(language or current_language())).get(message_id, message_id)
    return text.format(**values) if values else text


def _(message_id: str, **values: object) -> str:
    """Translate into the current language; the usual gettext spelling, so extraction finds it."""
    return translate(message_id, **values)


def N_(message_id: str) -> str:
    """Mark a text for extraction without translating it yet (translated where it is shown)."""
    return message_id
