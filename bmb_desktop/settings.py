"""The user's settings, declared once with types and defaults, kept as JSON in the config folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

APP_NAME = "BMB Desktop"
APP_AUTHOR = "BMB"


def config_dir() -> Path:
    # BMB_CONFIG_DIR lets tests and district IT keep settings apart from the user's own.
    override = os.environ.get("BMB_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    override = os.environ.get("BMB_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    return data_dir() / "bmb.sqlite3"


def demo_database_dir() -> Path:
    return data_dir() / "demo"


@dataclass
class Settings:
    language: str = "ky"  # the interface language: "ky" or "ru"
    document_language: str = "ky"  # the language of printed documents
    user_name: str = ""  # written into the audit log
    database_path: str = ""  # empty: the default under the user data folder

    @property
    def database(self) -> Path:
        return Path(self.database_path) if self.database_path else default_database_path()


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    """The saved settings; unknown keys are ignored and a damaged file falls back to defaults."""
    try:
        raw = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {field.name for field in fields(Settings)}
    values = {key: value for key, value in raw.items() if key in known and isinstance(value, str)}
    return Settings(**values)


def save_settings(settings: Settings) -> None:
    """Write the settings atomically so a power cut never leaves half a file."""
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".json.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(asdict(settings), handle, ensure_ascii=False, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
