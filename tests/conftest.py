"""Test-wide set-up: Qt offscreen, and settings and data folders kept out of the user's own."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("BMB_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("BMB_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def _kyrgyz_by_default():
    from bmb_desktop.locale.i18n import set_language

    set_language("ky")
    yield
    set_language("ky")
