"""Where the application's shipped files live: resources/ and translations/ beside the package."""

from __future__ import annotations

import sys
from pathlib import Path


def _install_root() -> Path:
    # A PyInstaller build unpacks data beside the executable; a checkout or editable install
    # keeps resources/ and translations/ next to the package folder.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


RESOURCES_DIR = _install_root() / "resources"
TRANSLATIONS_DIR = _install_root() / "translations"
FONTS_DIR = RESOURCES_DIR / "fonts"
