"""SQLite's low-level failures reach the secretary as plain messages, through the real engine."""

import sqlite3

import pytest
from sqlalchemy import text

from bmb_desktop.errors import DatabaseError
from bmb_desktop.storage.database import create_sqlite_engine, open_database
from bmb_desktop.storage.sqlite_errors import DamagedDatabaseError, translated


def test_reading_a_damaged_page_says_the_file_is_damaged(tmp_path):
    path = tmp_path / "bmb.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("CREATE TABLE filler (text TEXT)")
        connection.executemany("INSERT INTO filler VALUES (?)", [("х" * 500,)] * 200)
        page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'filler'").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(b"\xee" * 4096)
    engine = create_sqlite_engine(path)
    try:
        with pytest.raises(DamagedDatabaseError, match="бузулган"), engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM filler")).all()
    finally:
        engine.dispose()


def test_other_errors_are_left_to_their_callers():
    assert translated(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert translated(ValueError("not a database error")) is None
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13
    assert isinstance(translated(full), DatabaseError)
