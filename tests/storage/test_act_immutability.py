"""Issued acts are immutable in the database itself (A7): triggers refuse raw SQL, not only the services."""

import importlib
import sqlite3

import pytest
from sqlalchemy import select

from bmb_desktop.errors import UserError
from bmb_desktop.services.acts import commit, save_draft
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Act, Finding

MIGRATION = importlib.import_module("bmb_desktop.storage.migrations.versions.0006_issued_acts_immutable")
ISSUED = "(SELECT id FROM act WHERE number = 1 AND year = 2026)"
DRAFT = "(SELECT id FROM act WHERE status = 'draft')"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def path(tmp_path, demo):
    copy = tmp_path / "bmb.sqlite3"
    copy_database(demo, copy)
    return copy


@pytest.fixture
def raw(path):
    connection = sqlite3.connect(path, isolation_level=None)
    yield connection
    connection.close()


def test_every_trigger_of_the_migration_exists_at_head(raw):
    names = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(MIGRATION.TRIGGERS) <= names
    assert len(MIGRATION.TRIGGERS) == 16


@pytest.mark.parametrize(
    "statement",
    [
        f"UPDATE act SET place = 'Башка жер' WHERE id = {ISSUED}",
        f"UPDATE act SET status = 'draft' WHERE id = {ISSUED}",
        f"UPDATE act SET status = 'superseded', purpose = 'Башка' WHERE id = {ISSUED}",
        f"UPDATE act SET fingerprint = '' WHERE id = {ISSUED}",
        f"DELETE FROM act WHERE id = {ISSUED}",
        f"UPDATE finding SET text = 'Оңдолгон текст' WHERE act_id = {ISSUED}",
        f"DELETE FROM finding WHERE act_id = {ISSUED}",
        f"INSERT INTO finding (act_id, position, kind, text) VALUES ({ISSUED}, 9, 'fact', 'Кошумча факт')",
        f"UPDATE finding SET act_id = {ISSUED} WHERE act_id = {DRAFT}",
        f"UPDATE recommendation SET text = 'Башка' WHERE act_id = {ISSUED}",
        f"UPDATE recommendation SET addressee = 'Башка' WHERE act_id = {ISSUED}",
        f"UPDATE recommendation SET due_on = '2027-01-01' WHERE act_id = {ISSUED}",
        f"DELETE FROM recommendation WHERE act_id = {ISSUED}",
        f"INSERT INTO recommendation (act_id, position, addressee, text, status, status_reason)"
        f" VALUES ({ISSUED}, 9, 'АӨ', 'Кошумча', 'open', '')",
        f"DELETE FROM act_participant WHERE act_id = {ISSUED}",
        f"INSERT INTO act_participant (act_id, membership_id) SELECT {ISSUED}, id FROM membership"
        f" WHERE id NOT IN (SELECT membership_id FROM act_participant WHERE act_id = {ISSUED}) LIMIT 1",
        f"INSERT INTO attachment (municipality_id, file_name, media_type, size_bytes, sha256, description, act_id,"
        f" added_at) VALUES (1, 'сүрөт.jpg', 'image/jpeg', 3, '{'a' * 64}', '', {ISSUED}, '2026-11-21')",
        "INSERT INTO act (municipality_id, status, subject, purpose, place, fingerprint, updated_at)"
        " VALUES (1, 'issued', '', '', '', '', '2026-11-21')",
        f"UPDATE act SET status = 'issued' WHERE id = {DRAFT}",
    ],
)
def test_raw_sql_cannot_change_an_issued_act_or_its_content(raw, statement):
    before = raw.execute("SELECT count(*), group_concat(fingerprint) FROM act").fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="BMB_ACT_LOCKED"):
        raw.execute(statement)
    assert raw.execute("SELECT count(*), group_concat(fingerprint) FROM act").fetchone() == before


def test_follow_up_stays_editable_on_an_issued_act(raw):
    raw.execute(f"UPDATE recommendation SET status = 'implemented', status_reason = '' WHERE act_id = {ISSUED}")
    raw.execute(
        "INSERT INTO recommendation_note (recommendation_id, noted_on, status, text)"
        f" SELECT id, '2026-11-21', 'implemented', 'Текшерилди' FROM recommendation WHERE act_id = {ISSUED}"
    )
    raw.execute(f"UPDATE act_addressee SET receiver_name = 'Ж. Мамытов' WHERE act_id = {ISSUED}")
    statuses = {row[0] for row in raw.execute(f"SELECT status FROM recommendation WHERE act_id = {ISSUED}")}
    assert statuses == {"implemented"}


def test_an_issued_act_may_only_pass_to_superseded_and_then_is_frozen_too(raw):
    raw.execute(f"UPDATE act SET status = 'superseded', updated_at = '2026-11-21' WHERE id = {ISSUED}")
    assert raw.execute(f"SELECT status FROM act WHERE id = {ISSUED}").fetchone() == ("superseded",)
    for statement in (f"UPDATE act SET status = 'issued' WHERE id = {ISSUED}", f"DELETE FROM finding WHERE act_id = {ISSUED}"):
        with pytest.raises(sqlite3.IntegrityError, match="BMB_ACT_LOCKED"):
            raw.execute(statement)


def test_a_draft_changes_freely(raw):
    raw.execute(f"UPDATE act SET place = 'Арал айылы, ФАП' WHERE id = {DRAFT}")
    raw.execute(f"DELETE FROM finding WHERE act_id = {DRAFT}")
    raw.execute(f"DELETE FROM act_participant WHERE act_id = {DRAFT}")
    raw.execute(f"DELETE FROM recommendation WHERE act_id = {DRAFT}")
    raw.execute(f"DELETE FROM act WHERE id = {DRAFT}")
    assert raw.execute("SELECT count(*) FROM act WHERE status = 'draft'").fetchone() == (0,)


def test_the_services_explain_the_refusal_in_kyrgyz(path):
    database = open_database(path)
    try:
        with database.session() as session:
            act = session.scalar(select(Act).where(Act.number == 1, Act.year == 2026))
            with pytest.raises(UserError) as refused:
                save_draft(session, act.id, place="Башка жер")
            assert str(refused.value).startswith("№ 1/2026 акт чыгарылган, аны өзгөртүүгө болбойт.")
            # Past the services' own check, the database refuses and the session stays usable.
            finding = session.scalar(select(Finding).where(Finding.act_id == act.id).limit(1))
            finding.text = "Оңдолгон текст"
            with pytest.raises(UserError, match="№ 1/2026 акт чыгарылган"):
                commit(session, act)
            session.refresh(finding)
            assert finding.text != "Оңдолгон текст"
            assert session.scalar(select(Act.place).where(Act.id == act.id)).startswith("Масы")
    finally:
        database.close()
