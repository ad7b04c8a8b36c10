"""The schema revisions read without Alembic agree with Alembic, and anything unusual is left to Alembic."""

import shutil
import sqlite3
import sys

import pytest

from bmb_desktop.storage import database as database_module
from bmb_desktop.storage.database import (
    _declared_head,
    current_revision,
    head_revision,
    open_database,
    script_directory,
)


def test_the_declared_head_is_alembics_head():
    assert _declared_head(database_module.MIGRATIONS_DIR) == script_directory().get_current_head()
    assert head_revision() == script_directory().get_current_head()


def copied_migrations(tmp_path):
    target = tmp_path / "migrations"
    shutil.copytree(database_module.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_a_merge_of_two_branches_is_left_to_alembic(tmp_path):
    migrations = copied_migrations(tmp_path)
    head = head_revision()
    (migrations / "versions" / "0098_side.py").write_text(f'revision = "0098_side"\ndown_revision = "{head}"\n')
    (migrations / "versions" / "0099_other.py").write_text(f'revision = "0099_other"\ndown_revision = "{head}"\n')
    assert _declared_head(migrations) is None  # two heads: not a plain chain
    (migrations / "versions" / "0100_merge.py").write_text('revision = "0100_merge"\ndown_revision = ("0098_side", "0099_other")\n')
    assert _declared_head(migrations) is None  # a merge: Alembic knows what it means


def test_annotated_declarations_of_newer_templates_are_read(tmp_path):
    migrations = copied_migrations(tmp_path)
    (migrations / "versions" / "0099_typed.py").write_text(
        f'from typing import Union\n\nrevision: str = "0099_typed"\ndown_revision: Union[str, None] = "{head_revision()}"\n'
    )
    assert _declared_head(migrations) == "0099_typed"


def test_a_script_without_a_plain_revision_is_left_to_alembic(tmp_path):
    migrations = copied_migrations(tmp_path)
    (migrations / "versions" / "0099_computed.py").write_text(f'revision = "0099" + "_computed"\ndown_revision = "{head_revision()}"\n')
    assert _declared_head(migrations) is None


def test_opening_an_up_to_date_database_loads_no_alembic(tmp_path):
    path = tmp_path / "bmb.sqlite3"
    open_database(path).close()
    code = (
        "import sys; from bmb_desktop.storage.database import open_database; "
        f"database = open_database({str(path)!r}); database.close(); "
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))"
    )
    import subprocess

    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert shown == "[]"


@pytest.mark.parametrize("stored", [None, "0001"])
def test_the_stored_revision_is_read_with_plain_sql(tmp_path, stored):
    path = tmp_path / "bmb.sqlite3"
    database = open_database(path)
    engine = database.engine
    if stored is None:
        with sqlite3.connect(path) as connection:
            connection.execute("DROP TABLE alembic_version")
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (stored,))
    assert current_revision(engine) == stored
    database.close()
