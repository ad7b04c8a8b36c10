"""Shared by the notices screen tests: a copy of one demo database per test, seen from its own today."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.settings import load_settings
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Notice

DEMO_TODAY = date(2026, 11, 21)  # the demo's own today


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from bmb_desktop.services.demo import create_demo_database

    return create_demo_database(tmp_path_factory.mktemp("notices-demo") / "demo.sqlite3", today=DEMO_TODAY)


@pytest.fixture
def notices_context(tmp_path, demo_file, translations):
    from bmb_desktop.services.municipality import own_municipality
    from bmb_desktop.ui.context import AppContext
    from bmb_desktop.ui.tasks import TaskRunner

    copy_database(demo_file, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        municipality_id = own_municipality(session).id
    yield AppContext(
        database=database, municipality_id=municipality_id, settings=load_settings(), translations=translations,
        tasks=TaskRunner(synchronous=True), demo=True, today=lambda: DEMO_TODAY,
    )  # fmt: skip
    database.close()


def notice_id_of(context, kind: NoticeKind) -> int:
    with context.database.session() as session:
        return session.scalar(select(Notice.id).where(Notice.kind == kind).order_by(Notice.id))
