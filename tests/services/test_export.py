"""Export for the council: the folder's files checked by their checksums, an earlier export replaced
only when the new one is whole, and a full, failing or pulled-out drive or a cancel leaving nothing
that looks complete — and never a change to the database."""

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from bmb_desktop.domain.report import Period
from bmb_desktop.errors import DatabaseError, UserError
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.export import (
    CHECKSUMS,
    ExportCancelled,
    ReadBackError,
    export_error,
    export_folder_name,
    export_period,
    read_only_database,
    write_verified,
)
from bmb_desktop.storage.models import ResidentMessage

TODAY = date(2026, 11, 21)
HALF = Period(2026, 1)
FOLDER = "Д_Садырбаев_2026_H1"
CHILD = Path(__file__).with_name("export_full_child.py")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


def database_state(path: Path) -> dict:
    """Every file of the database, by name and checksum: an export must not change any."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in path.parent.iterdir() if p.name.startswith(path.name)}


def export(demo: Path, target: Path, **options):
    database = read_only_database(demo)
    try:
        with database.session() as session:
            return export_period(session, 1, HALF, target, today=TODAY, **options)
    finally:
        database.close()


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_the_folder_holds_the_report_spreadsheet_resolution_acts_and_bundle_all_checked(demo, tmp_path):
    before = database_state(demo)
    result = export(demo, tmp_path)
    assert result.folder == tmp_path / FOLDER == tmp_path / export_folder_name("Д. Садырбаев", HALF)
    assert listing(tmp_path) == [FOLDER] + [f"{FOLDER}/{name}" for name in (
        "acts", "acts/act_1-2026.pdf", "acts/act_2-2026.pdf", CHECKSUMS, "resolution_draft.pdf", "summary_report.pdf",
        "summary_report.xlsx", "Д_Садырбаев_2026_H1.bmbdata",
    )]  # fmt: skip
    lines = (result.folder / CHECKSUMS).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6  # every file but the list itself
    for line in lines:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((result.folder / name).read_bytes()).hexdigest() == digest
    assert result.size == sum(p.stat().st_size for p in result.folder.rglob("*") if p.is_file())
    assert (result.folder / "summary_report.pdf").read_bytes().startswith(b"%PDF")
    assert database_state(demo) == before


def test_sha256sum_accepts_the_checksums_file(demo, tmp_path):
    if shutil.which("sha256sum") is None:
        pytest.skip("no sha256sum here")
    result = export(demo, tmp_path)
    done = subprocess.run(["sha256sum", "--check", "--quiet", CHECKSUMS], cwd=result.folder, capture_output=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_progress_is_reported_step_by_step_to_the_end(demo, tmp_path):
    seen = []
    export(demo, tmp_path, progress=lambda done, total, what: seen.append((done, total, what)))
    totals = {total for _done, total, _what in seen}
    assert totals == {12}  # three documents and two acts made, then written; the bundle; the check
    assert [done for done, _total, _what in seen] == list(range(13))
    assert seen[3][2] == "№ 1/2026 акт" and seen[5][2] == "summary_report.pdf жазылууда"
    assert seen[10][2] == "Маалыматтар топтому" and seen[-1][2] == "Даяр"


def test_a_new_export_replaces_the_earlier_one_only_when_it_is_whole(demo, tmp_path):
    export(demo, tmp_path)
    (tmp_path / FOLDER / "old-note.txt").write_text("from the earlier export")
    export(demo, tmp_path)
    assert not (tmp_path / FOLDER / "old-note.txt").exists()
    assert listing(tmp_path)[0] == FOLDER and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("steps_before_cancel", [2, 8, 11])  # making the documents, writing them, before the check
def test_a_cancel_leaves_nothing_and_keeps_the_earlier_export(demo, tmp_path, steps_before_cancel):
    export(demo, tmp_path)
    earlier = {p: p.read_bytes() for p in (tmp_path / FOLDER).rglob("*") if p.is_file()}
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > steps_before_cancel

    with pytest.raises(ExportCancelled):
        export(demo, tmp_path, cancelled=cancelled)
    assert {p: p.read_bytes() for p in (tmp_path / FOLDER).rglob("*") if p.is_file()} == earlier
    assert [p.name for p in tmp_path.iterdir()] == [FOLDER]


def test_a_file_read_back_different_from_what_was_written_stops_the_export(demo, tmp_path, monkeypatch):
    """A stick that lies: what it returns differs from what was flushed to it."""
    real_fsync = os.fsync

    def lying_fsync(descriptor):
        real_fsync(descriptor)
        if os.path.basename(os.readlink(f"/proc/self/fd/{descriptor}")) == ".summary_report.xlsx.part":
            os.pwrite(descriptor, b"X", 100)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name the file being flushed")
    before = database_state(demo)
    monkeypatch.setattr(os, "fsync", lying_fsync)
    with pytest.raises(UserError) as failed:
        export(demo, tmp_path)
    assert "айырмаланат" in str(failed.value) and "summary_report.xlsx" in str(failed.value)
    assert listing(tmp_path) == []
    assert database_state(demo) == before


def test_a_damaged_bundle_on_reading_back_stops_the_export(demo, tmp_path, monkeypatch):
    real_fsync = os.fsync

    def lying_fsync(descriptor):
        real_fsync(descriptor)
        if os.path.basename(os.readlink(f"/proc/self/fd/{descriptor}")).endswith(".bmbdata.part"):
            size = os.fstat(descriptor).st_size
            os.pwrite(descriptor, b"\xff" * 64, size // 3)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name the file being flushed")
    monkeypatch.setattr(os, "fsync", lying_fsync)
    with pytest.raises(UserError, match="айырмаланат"):
        export(demo, tmp_path)
    assert listing(tmp_path) == []


def test_a_stick_pulled_out_during_the_export_gives_a_clear_message(demo, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()

    def pulled_out(done, total, what):
        if done == total // 2 - 1:  # the first file is about to be written
            shutil.rmtree(stick)  # the mount point's content is gone

    before = database_state(demo)
    with pytest.raises(UserError) as failed:
        export(demo, stick, progress=pulled_out)
    assert "сууруп алынган" in str(failed.value)
    assert not stick.exists() and database_state(demo) == before


def test_a_stick_too_small_is_refused_before_anything_is_written(demo, tmp_path, monkeypatch):
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10_000_000, 9_900_000, 100_000))
    with pytest.raises(UserError, match="орун жетишсиз: экспорт үчүн болжол менен"):
        export(demo, tmp_path)
    assert listing(tmp_path) == []


def _tmpfs_possible() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(sys.platform == "win32", reason="file-size limits and tmpfs are POSIX")
@pytest.mark.parametrize("limit", ["file_size", pytest.param("tmpfs", marks=pytest.mark.skipif(not _tmpfs_possible(), reason="no private mount namespace here"))])
def test_a_stick_that_fills_up_leaves_nothing_complete_looking_and_the_database_unchanged(demo, tmp_path, limit):
    before = database_state(demo)
    command = [sys.executable, str(CHILD), limit, str(demo), str(tmp_path)]
    if limit == "tmpfs":
        command = ["unshare", "-rm", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["error"] == "UserError" and "орун жетишсиз. Бүтпөй калган экспорт өчүрүлдү" in report["message"]
    assert report["left"] in ([], ["other-program.bin"])  # no folder, no file of the export
    assert database_state(demo) == before


def test_write_verified_leaves_no_temporary_file(tmp_path):
    digest = write_verified(tmp_path / "a.pdf", b"%PDF-1.7 content")
    assert digest == hashlib.sha256(b"%PDF-1.7 content").hexdigest()
    assert listing(tmp_path) == ["a.pdf"]


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "орун жетишсиз"),
        (OSError(errno.EFBIG, "File too large"), "орун жетишсиз"),
        (OSError(errno.EIO, "Input/output error"), "сууруп алынган"),
        (OSError(errno.ENODEV, "No such device"), "сууруп алынган"),
        (OSError(errno.EROFS, "Read-only file system"), "жазуудан корголгон"),
        (ReadBackError(errno.EIO, "read-back mismatch", "summary_report.pdf"), "айырмаланат"),
        (OSError(errno.EINVAL, "Invalid argument"), "Invalid argument"),
    ],
)
def test_each_drive_failure_has_its_clear_message(error, words):
    message = str(export_error(error, Path("/media/usb")))
    assert words in message and "өзгөргөн жок" in message


def test_a_windows_device_gone_reads_as_pulled_out():
    error = OSError(errno.EINVAL, "The device is not connected")
    error.winerror = 1167
    assert "сууруп алынган" in str(export_error(error, Path("E:\\")))


def test_the_database_is_opened_so_that_nothing_can_be_written(demo, tmp_path):
    database = read_only_database(demo)
    try:
        with database.session() as session:
            session.add(ResidentMessage(municipality_id=1, received_on=TODAY, channel="phone", text="x"))
            with pytest.raises(OperationalError, match="readonly"):
                session.flush()
    finally:
        database.close()
    with pytest.raises(DatabaseError):
        read_only_database(tmp_path / "none.sqlite3")
    assert not (tmp_path / "none.sqlite3").exists()


def test_an_export_into_a_missing_folder_is_refused(demo, tmp_path):
    with pytest.raises(UserError, match="папкасы жок"):
        export(demo, tmp_path / "nowhere")
