"""Opening a BMB database: SQLite pragmas for power cuts, migrations with a copy kept first.

Alembic is loaded only when a database needs it: the newest revision is read from the migration
files' own declarations, and the stored one with plain SQL, so that opening a database that is
already up to date (every start but the first after an update) costs no Alembic at all.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from bmb_desktop.errors import DatabaseError
from bmb_desktop.locale.i18n import _

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL with synchronous=FULL keeps every committed transaction through a power cut.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    from bmb_desktop.storage.sqlite_errors import install_error_translation

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _apply_pragmas)
    install_error_translation(engine)  # a full disk or a damaged file reads as a plain message
    return engine


def _alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory():
    """The migration scripts, read once per process: Alembic compiles every file when it reads them."""
    return _scripts_in(MIGRATIONS_DIR)


@lru_cache(maxsize=4)
def _scripts_in(directory: Path):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(directory))
    return ScriptDirectory.from_config(config)


def head_revision() -> str:
    return _declared_head(MIGRATIONS_DIR) or script_directory().get_current_head()


# `revision = "0001"`, `down_revision: str | None = "0001"` as the migration template writes them.
DECLARATION = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


@lru_cache(maxsize=4)
def _declared_head(directory: Path) -> str | None:
    """The newest revision as the migration files declare it, read without Alembic (which imports
    every script); None unless the scripts form one plain chain, and then Alembic is asked."""
    links: dict[str, str | None] = {}
    for script in sorted((directory / "versions").rglob("*.py")):
        if "__pycache__" in script.parts or script.name.startswith((".#", "__init__")):
            continue  # what Alembic skips too
        declared = dict(DECLARATION.findall(script.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(declared["revision"])
            down = ast.literal_eval(declared.get("down_revision", "None"))
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str) or revision in links or not (down is None or isinstance(down, str)):
            return None  # a merge, a computed value, a duplicate: not a plain chain
        links[revision] = down
    heads = set(links) - set(links.values())
    bases = [revision for revision, down in links.items() if down is None]
    if len(heads) != 1 or len(bases) != 1 or any(down is not None and down not in links for down in links.values()):
        return None
    return heads.pop()


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database; None for a new (or foreign) file."""
    with engine.connect() as connection:
        table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        if connection.exec_driver_sql(table).first() is None:
            return None
        stored = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
        if len(stored) > 1:  # branches, which BMB's migrations never make: Alembic says what it makes of them
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(connection).get_current_revision()
    return stored[0] if stored else None


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (never a plain file copy)."""
    source_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    target_db = sqlite3.connect(target)
    try:
        source_db.backup(target_db)
    finally:
        target_db.close()
        source_db.close()


@dataclass
class Database:
    """An open database file: its engine and a factory of sessions."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    migrated_from: str | None = None  # revision before this opening migrated it, if it did
    backup_before_migration: Path | None = None

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str, *, create: bool = True, user_name: str = "") -> Database:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    A database written by a newer BMB Desktop is refused untouched. Before an existing database
    is migrated, a copy is kept beside it.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise DatabaseError(_("The database file {path} does not exist.", path=path))
    if path.exists() and not _looks_like_sqlite(path):
        raise DatabaseError(_("The file {path} is not a BMB Desktop database.", path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path)
    try:
        revision = current_revision(engine)
        head = head_revision()
        if revision is not None and revision != head and revision not in known_revisions():
            raise DatabaseError(
                _(
                    "The database {path} was written by a newer version of BMB Desktop. "
                    "Install the newer version to open it; the file was not changed.",
                    path=path,
                )
            )
        if revision is None and _has_tables(engine):
            raise DatabaseError(_("The file {path} is not a BMB Desktop database.", path=path))
        backup = None
        if revision is not None and revision != head:
            backup = _keep_copy_before_migration(engine, path, revision)
        if revision != head:
            _upgrade(engine, backup)
    except BaseException:
        engine.dispose()
        raise
    from bmb_desktop.storage.audit import USER_NAME_KEY, install_audit

    factory = sessionmaker(engine, expire_on_commit=False, info={USER_NAME_KEY: user_name})
    install_audit(factory)
    return Database(path, engine, factory, migrated_from=revision, backup_before_migration=backup)


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _keep_copy_before_migration(engine: Engine, path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-migration-{revision}-{stamp}{path.suffix}")
    engine.dispose()
    copy_database(path, target)
    return target


def _upgrade(engine: Engine, copy: Path | None = None) -> None:
    """Migrate to the newest schema; on any failure put the copy taken before back in place."""
    from alembic import command

    try:
        with engine.connect() as connection:
            # Batch migrations rebuild a table by copying it; with foreign keys on, SQLite refuses to
            # drop a table others refer to. The pragma only works outside a transaction, and every
            # reference is checked before the migration is committed.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
            with connection.begin():
                command.upgrade(_alembic_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(_("The database could not be brought up to date: {count} records lost their references.", count=len(broken)))
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
    except BaseException:
        engine.dispose()
        if copy is not None:
            copy_database(copy, Path(engine.url.database))
        raise
