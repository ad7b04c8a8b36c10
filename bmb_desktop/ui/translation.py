"""The Qt translators of the interface language, swapped at run time without a restart.

Our own strings come from ``translations/qt/bmb_<lang>.qm``. Qt's own dialogs (file, print,
message boxes) use ``qtbase_ru.qm``; Qt ships no Kyrgyz catalog, so Kyrgyz falls back to Russian
for them, which every Kyrgyz official reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bmb_desktop.locale.i18n import normalise_language, set_language
from bmb_desktop.paths import TRANSLATIONS_DIR

QT_CATALOG_DIR = TRANSLATIONS_DIR / "qt"
# Shown in the language's own spelling, so a user can find her language in any interface language.
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский"}
QT_LOCALES = {"ky": QLocale(QLocale.Language.Kyrgyz, QLocale.Country.Kyrgyzstan),
              "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kyrgyzstan)}


def catalog_path(language: str) -> Path:
    return QT_CATALOG_DIR / f"bmb_{language}.qm"


def qt_base_catalog_path() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ru.qm"


class Translations:
    """Installs the translators of one language on the application and swaps them on request.

    Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, which is
    how the pages re-translate themselves.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def apply(self, language: str | None) -> str:
        """Switch the core texts and the Qt interface to ``language``; returns the code applied."""
        code = normalise_language(language)
        set_language(code)  # first, so pages reloading on LanguageChange get core texts in it too
        QLocale.setDefault(QT_LOCALES[code])
        self.clear()
        self._installed = [t for t in (self._load(catalog_path(code)), self._load(qt_base_catalog_path())) if t]
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = code
        return code

    def clear(self) -> None:
        """Remove our translators: the interface falls back to its English source texts."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def _load(self, path: Path) -> QTranslator | None:
        translator = QTranslator(self._app)
        if path.is_file() and translator.load(str(path)):
            return translator
        return None
