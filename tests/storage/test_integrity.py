"""The checks of a database file: quick at start-up, full on demand, and a damaged file set aside."""

import hashlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.backup import attachment_file
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.integrity import full_check, move_aside, quick_check
from bmb_desktop.storage.models import Attachment

PHOTO_SHA = hashlib.sha256(b"photo").hexdigest()


@pytest.fixture(scope="module")
def blank(tmp_path_factory):
    path = tmp_path_factory.mktemp("blank") / "blank.sqlite3"
    database = open_database(path)
    with database.session() as session:
        municipality = save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="АӨ", aiyl_okmotu_head="Ш. Дарманкулов",
            council_name="Кеңеш", council_convocation="II", council_chair="А. Тешебаев", responsible_secretary="А. Саитова",
            villages=["Масы", "Арал", "Шайдан"],
        ))
        session.add(Attachment(municipality_id=municipality.id, file_name="акт.jpg", sha256=PHOTO_SHA, size_bytes=5))
        session.commit()
    database.close()
    return path


@pytest.fixture
def path(tmp_path, blank):
    path = tmp_path / "bmb.sqlite3"
    copy_database(blank, path)
    blob = attachment_file(path, PHOTO_SHA)
    blob.parent.mkdir(parents=True)
    blob.write_bytes(b"photo")
    return path


def damage(path, page=2):
    with path.open("r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(os.urandom(4096))


def test_a_sound_database_passes_both_checks(path):
    assert quick_check(path) == []
    assert full_check(path) == []


def test_damaged_pages_are_found_and_marked_as_damage(path):
    damage(path, page=3)
    findings = quick_check(path)
    assert findings and all(f.damaged for f in findings)
    assert "SQLite" in findings[0].message


def test_a_file_that_is_not_a_database_is_damage(tmp_path):
    path = tmp_path / "bmb.sqlite3"
    path.write_bytes(os.urandom(8192))
    [finding] = quick_check(path)
    assert finding.damaged and finding.check == "file"


def test_a_missing_or_new_empty_file_needs_no_check(tmp_path):
    assert quick_check(tmp_path / "none.sqlite3") == []
    (tmp_path / "empty.sqlite3").touch()
    assert quick_check(tmp_path / "empty.sqlite3") == []


def test_a_locked_database_is_not_called_damaged(path):
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        findings = quick_check(path)
    finally:
        holder.rollback()
        holder.close()
    assert findings and not any(f.damaged for f in findings)


def test_full_check_finds_broken_links_files_chain_and_triggers(path):
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("INSERT INTO village (municipality_id, name, position) VALUES (99, 'Жок', 9)")
        connection.execute("UPDATE audit_entry SET user_name = 'Бөтөн' WHERE id = 2")
        connection.execute("DROP TRIGGER meeting_signed_unchanged")
    attachment_file(path, PHOTO_SHA).write_bytes(b"phot0")  # same size, other content
    found = {finding.check: finding for finding in full_check(path)}
    assert set(found) == {"foreign_keys", "attachments", "audit_chain", "triggers"}
    assert "village" in found["foreign_keys"].message and "municipality" in found["foreign_keys"].message
    assert "акт.jpg" in found["attachments"].message
    assert "meeting_signed_unchanged" in found["triggers"].message
    assert not any(finding.damaged for finding in found.values())


def test_full_check_runs_the_extra_checks_it_is_given(path):
    from bmb_desktop.storage.integrity import IntegrityFinding

    seen = []

    def count_villages(session):
        seen.append(session.execute(text("SELECT count(*) FROM village")).scalar())
        return [IntegrityFinding("villages", "three")]

    assert [f.check for f in full_check(path, extra_checks=(count_villages,)) if f.check == "villages"] == ["villages"]
    assert seen == [3]


def test_moving_aside_keeps_the_file_and_its_wal_byte_for_byte(path, tmp_path):
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("INSERT INTO database_fact (key, value) VALUES ('left', 'in the wal')")
    writer.commit()
    crashed = tmp_path / "crashed" / "bmb.sqlite3"  # the files as a power cut leaves them
    crashed.parent.mkdir()
    shutil.copyfile(path, crashed)
    shutil.copyfile(f"{path}-wal", f"{crashed}-wal")
    writer.close()
    database_bytes, wal_bytes = crashed.read_bytes(), Path(f"{crashed}-wal").read_bytes()
    aside = move_aside(crashed, now=datetime(2026, 11, 21, 10, 0))
    assert aside.name == "bmb.damaged-20261121-100000.sqlite3"
    assert sorted(p.name for p in crashed.parent.iterdir()) == [aside.name, aside.name + "-wal"]
    assert aside.read_bytes() == database_bytes
    assert Path(f"{aside}-wal").read_bytes() == wal_bytes
    again = crashed.parent / "bmb.sqlite3"
    again.write_bytes(b"second damaged file")
    assert move_aside(again, now=datetime(2026, 11, 21, 10, 0)).name == "bmb.damaged-20261121-100000-2.sqlite3"
