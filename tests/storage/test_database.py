"""Opening databases: power-cut-safe pragmas, migrations with a copy first, refusal of foreign files."""

import sqlite3

import pytest
from sqlalchemy import text

from bmb_desktop.errors import DatabaseError
from bmb_desktop.storage.database import current_revision, head_revision, open_database


def test_new_database_is_created_at_the_latest_schema_with_safe_pragmas(tmp_path):
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    assert current_revision(database.engine) == head_revision()
    database.close()


def test_missing_file_is_refused_when_creation_is_not_allowed(tmp_path):
    with pytest.raises(DatabaseError, match="bmb.sqlite3"):
        open_database(tmp_path / "bmb.sqlite3", create=False)
    assert not (tmp_path / "bmb.sqlite3").exists()


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    assert "BMB Desktop" in str(raised.value)
    assert path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "letter.sqlite3"
    path.write_text("Урматтуу айыл өкмөтү!", encoding="utf-8")
    with pytest.raises(DatabaseError):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "Урматтуу айыл өкмөтү!"


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseError):
        open_database(path)


EXTRA_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "0099_probe"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("probe_table", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("probe_table")
"""


def test_older_database_is_copied_before_it_is_migrated(tmp_path, monkeypatch):
    import shutil

    from sqlalchemy import inspect

    from bmb_desktop.storage import database as database_module

    path = tmp_path / "old.sqlite3"
    old = open_database(path)
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO database_fact (key, value) VALUES ('probe', 'Масы')"))
    old.close()

    newer_migrations = tmp_path / "migrations"
    shutil.copytree(database_module.MIGRATIONS_DIR, newer_migrations)
    (newer_migrations / "versions" / "0099_probe.py").write_text(EXTRA_REVISION.format(head=head_revision()))
    monkeypatch.setattr(database_module, "MIGRATIONS_DIR", newer_migrations)

    migrated = open_database(path)
    assert current_revision(migrated.engine) == "0099_probe"
    assert "probe_table" in inspect(migrated.engine).get_table_names()
    copy = migrated.backup_before_migration
    migrated.close()
    assert copy is not None and copy.exists()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT value FROM database_fact WHERE key='probe'").fetchone() == ("Масы",)
        assert "probe_table" not in {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}


def test_foreign_keys_are_enforced(tmp_path):
    from sqlalchemy.exc import IntegrityError

    from bmb_desktop.storage.models import Village

    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        session.add(Village(municipality_id=999, name="Масы"))
        with pytest.raises(IntegrityError):
            session.commit()
    database.close()


def test_committed_records_survive_reopening(tmp_path):
    from bmb_desktop.storage.models import DatabaseFact

    path = tmp_path / "bmb.sqlite3"
    database = open_database(path)
    with database.session() as session:
        session.add(DatabaseFact(key="probe", value="Масы"))
        session.commit()
    database.close()
    database = open_database(path)
    with database.session() as session:
        assert session.get(DatabaseFact, "probe").value == "Масы"
    database.close()


def test_a_database_with_linked_records_migrates_from_an_early_schema(tmp_path):
    """Table rebuilds of later migrations must not trip over foreign keys of existing rows."""
    from alembic import command

    from bmb_desktop.storage import database as database_module

    path = tmp_path / "early.sqlite3"
    engine = database_module.create_sqlite_engine(path)
    with engine.begin() as connection:
        command.upgrade(database_module._alembic_config(connection), "0004")
        connection.exec_driver_sql(
            "INSERT INTO municipality (id, name, district, region, administrative_centre, aiyl_okmotu_name,"
            " aiyl_okmotu_head, council_name, council_convocation, council_chair, responsible_secretary, phone,"
            " created_at) VALUES (1, 'Д. Садырбаев', '', '', '', '', '', '', 'II', '', '', '', '2025-10-14')"
        )
        connection.exec_driver_sql("INSERT INTO plan (id, municipality_id, year) VALUES (1, 1, 2026)")
        connection.exec_driver_sql(
            "INSERT INTO plan_version (id, plan_id, number, status, aiyl_okmotu_proposals, amendment_reason)"
            " VALUES (1, 1, 1, 'draft', '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO plan_item (id, version_id, position, subject_kind, subject, purpose, information_sources,"
            " resources_needed, involvement, analysis_method, status, cancel_reason)"
            " VALUES (1, 1, 1, 'municipal_service', 'Таза суу', '', '', '', '', '', 'planned', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO act (id, municipality_id, status, plan_item_id, subject, purpose, place, fingerprint,"
            " updated_at) VALUES (1, 1, 'draft', 1, 'Таза суу', '', '', '', '2026-01-10')"
        )
    engine.dispose()

    database = open_database(path)
    assert current_revision(database.engine) == head_revision()
    assert database.backup_before_migration is not None
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT plan_item_id FROM act WHERE id = 1").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    database.close()
