"""A full disk while saving, backing up and exporting: a clear message, old files intact, database whole.

Each case runs in a child process whose disk runs out: by a file-size limit (RLIMIT_FSIZE, always
possible) and, where the machine allows it, on a tiny tmpfs in a private mount namespace.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.backup import BackupReason, attachments_dir, create_backup
from bmb_desktop.storage.database import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="file-size limits and tmpfs are POSIX")

CHILD = Path(__file__).with_name("disk_full_child.py")
DISK_FULL = "Диск толуп калды"  # the start of the Kyrgyz message for SQLITE_FULL


def _tmpfs_possible() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


LIMITS = ["file_size", pytest.param("tmpfs", marks=pytest.mark.skipif(not _tmpfs_possible(), reason="no private mount namespace here"))]


def _run(limit: str, scenario: str, work: Path) -> dict:
    command = [sys.executable, str(CHILD), limit, scenario, str(work)]
    if limit == "tmpfs":
        command = ["unshare", "-rm", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _database(folder: Path) -> Path:
    path = folder / "bmb.sqlite3"
    database = open_database(path)
    with database.session() as session:
        save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="АӨ", aiyl_okmotu_head="Ш. Дарманкулов",
            council_name="Кеңеш", council_convocation="II", council_chair="А. Тешебаев", responsible_secretary="А. Саитова",
            villages=["Масы"],
        ))
    database.close()
    return path


def _integrity(path: Path) -> list:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall()


@pytest.mark.parametrize("limit", LIMITS)
def test_saving_on_a_full_disk_says_so_and_keeps_every_saved_record(tmp_path, limit):
    _database(tmp_path)
    report = _run(limit, "save", tmp_path)
    assert report["saved"], "some members fit before the disk was full"
    assert report["error"] in ("DiskFullError", "DatabaseError")
    assert "Диск" in report["message"] or "диск" in report["message"]
    if limit == "tmpfs":
        assert report["error"] == "DiskFullError" and report["message"].startswith(DISK_FULL)
    path = (tmp_path / "after" if limit == "tmpfs" else tmp_path) / "bmb.sqlite3"
    assert _integrity(path) == [("ok",)]
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute("SELECT surname FROM person WHERE surname LIKE 'Full%'")}
    assert names == set(report["saved"])


@pytest.mark.parametrize("limit", LIMITS)
def test_backup_to_a_full_stick_leaves_the_older_backup_byte_identical(tmp_path, limit):
    path = _database(tmp_path)
    folder = attachments_dir(path) / "ab"
    folder.mkdir(parents=True)
    for name in ("a1", "a2"):
        (folder / name).write_bytes(os.urandom(400_000))  # stored uncompressed: the backup outgrows the limit
    older = create_backup(path, tmp_path / "usb", reason=BackupReason.MANUAL)
    before = older.path.read_bytes()
    shutil.rmtree(folder)
    folder.mkdir()
    for name in ("a3", "a4"):
        (folder / name).write_bytes(os.urandom(400_000))
    report = _run(limit, "backup", tmp_path)
    assert report["error"] == "BackupError"
    assert "орун жетишсиз" in report["message"] and "өзгөртүлгөн жок" in report["message"]
    usb = (tmp_path / "after" if limit == "tmpfs" else tmp_path) / "usb"
    assert sorted(p.name for p in usb.iterdir()) == [older.path.name]  # no partial file left
    assert (usb / older.path.name).read_bytes() == before
    assert _integrity(path) == [("ok",)]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".bmb-backup-")]


@pytest.mark.parametrize("limit", LIMITS)
def test_export_to_a_full_disk_leaves_the_previous_file_byte_identical(tmp_path, limit):
    export = tmp_path / "export"
    export.mkdir()
    previous = b"%PDF-1.7\n" + b"old report\n" * 900
    (export / "report.pdf").write_bytes(previous)
    report = _run(limit, "export", tmp_path)
    assert report["error"] == "UserError"
    assert "report.pdf" in report["message"] and "диск" in report["message"].lower()
    result = (tmp_path / "after" if limit == "tmpfs" else tmp_path) / "export"
    assert sorted(p.name for p in result.iterdir()) == ["report.pdf"]
    assert (result / "report.pdf").read_bytes() == previous
