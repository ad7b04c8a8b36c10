"""Backups: consistent while the database is in use, checked before they count, thinned in rotation."""

import json
import sqlite3
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from bmb_desktop.domain.enums import MemberCategory, Sex
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.services.group import save_member
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.backup import (
    BackupError,
    BackupReason,
    attachments_dir,
    backup_stamp,
    backups_dir,
    create_backup,
    list_backups,
    verify_backup,
)
from bmb_desktop.storage.backup_rotation import ROTATION, backups_to_keep, thin_backups
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.restore import install_unpacked, unpack_backup

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def blank(tmp_path_factory):
    path = tmp_path_factory.mktemp("blank") / "blank.sqlite3"
    database = open_database(path)
    with database.session() as session:
        save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="АӨ", aiyl_okmotu_head="Ш. Дарманкулов",
            council_name="Кеңеш", council_convocation="II", council_chair="А. Тешебаев", responsible_secretary="А. Саитова",
            villages=["Масы"],
        ))
    database.close()
    return path


@pytest.fixture
def database(tmp_path, blank):
    copy_database(blank, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    yield database
    database.close()


def add_member(database, surname: str) -> None:
    with database.session() as session:
        municipality_id = session.execute(text("SELECT id FROM municipality")).scalar()
        save_member(session, municipality_id, MemberDraft(
            surname=surname, given_name="Айгүл", sex=Sex.FEMALE, birth_date=date(1980, 1, 1),
            category=MemberCategory.CITIZEN, appointed_on=date(2025, 10, 14), basis_text="Токтом № 12/5",
        ))


def surnames(path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT surname FROM person")}


def test_backup_and_restore_round_trip_with_attachments(tmp_path, database):
    add_member(database, "Сыдыкова")
    blob = attachments_dir(database.path) / "ab" / ("ab" + "0" * 62)
    blob.parent.mkdir(parents=True)
    blob.write_bytes(b"scan of the act")
    info = create_backup(database.path, tmp_path / "usb", reason=BackupReason.MANUAL, now=NOW)
    assert info.path.name == "bmb-20261121-093000Z-manual.bmbbackup"
    assert (info.municipality, info.members, info.acts, info.meetings, info.attachments) == ("Д. Садырбаев", 1, 0, 0, 1)
    assert verify_backup(info.path).audit_last_id == info.audit_last_id > 0

    add_member(database, "Кийинкиева")  # after the backup: must be gone after the restore
    blob.write_bytes(b"changed later")
    database.close()
    unpacked = unpack_backup(info.path, tmp_path / "work")
    install_unpacked(unpacked, database.path)
    assert surnames(database.path) == {"Сыдыкова"}
    assert blob.read_bytes() == b"scan of the act"
    reopened = open_database(database.path)  # a whole database the application opens again
    reopened.close()


def test_a_backup_taken_while_another_connection_writes_holds_only_committed_work(tmp_path, database):
    add_member(database, "Бекитилди")
    connection = sqlite3.connect(database.path)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE person SET surname = 'Бүтпөгөн' WHERE surname = 'Бекитилди'")
    try:
        info = create_backup(database.path, tmp_path / "usb", reason=BackupReason.MANUAL)
    finally:
        connection.rollback()
        connection.close()
    unpacked = unpack_backup(info.path, tmp_path / "work")
    assert surnames(unpacked.database) == {"Бекитилди"}


def test_the_copy_inside_a_backup_is_a_single_file_without_a_wal(tmp_path, database):
    add_member(database, "Бекитилди")
    info = create_backup(database.path, tmp_path / "usb", reason=BackupReason.MANUAL)
    with zipfile.ZipFile(info.path) as bundle:
        names = set(bundle.namelist())
        header = bundle.read("database.sqlite3")[:20]
        manifest = json.loads(bundle.read("manifest.json"))
    assert names == {"database.sqlite3", "manifest.json"}
    assert header[18:20] == b"\x01\x01"  # rollback-journal format: no -wal needed to read it
    assert manifest["files"][0]["name"] == "database.sqlite3" and len(manifest["files"][0]["sha256"]) == 64


def test_a_changed_or_cut_backup_is_refused(tmp_path, database):
    info = create_backup(database.path, tmp_path / "usb", reason=BackupReason.MANUAL)
    data = bytearray(info.path.read_bytes())
    cut = tmp_path / "cut.bmbbackup"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupError):
        verify_backup(cut)
    with zipfile.ZipFile(info.path) as source, zipfile.ZipFile(tmp_path / "swapped.bmbbackup", "w") as target:
        target.writestr("manifest.json", source.read("manifest.json"))
        target.writestr("database.sqlite3", source.read("database.sqlite3")[:-1] + b"\x01")
    with pytest.raises(BackupError, match="бүтүн"):
        verify_backup(tmp_path / "swapped.bmbbackup")


def test_two_backups_in_the_same_second_get_their_own_files(tmp_path, database):
    first = create_backup(database.path, tmp_path / "usb", reason=BackupReason.MANUAL, now=NOW)
    second = create_backup(database.path, tmp_path / "usb", reason=BackupReason.MANUAL, now=NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_rotation_keeps_the_newest_and_one_per_day_week_and_month():
    moments = [NOW - timedelta(hours=hours) for hours in range(0, 24 * 400, 5)]  # every 5 hours for 400 days
    kept = backups_to_keep(moments)
    ordered = sorted(moments, reverse=True)
    assert set(ordered[:3]) <= kept
    assert len(kept) <= ROTATION.newest + ROTATION.daily + ROTATION.weekly + ROTATION.monthly
    days = {moment.astimezone().date() for moment in kept}
    assert {(NOW - timedelta(days=n)).astimezone().date() for n in range(1, 11)} <= days
    months = {(moment.astimezone().year, moment.astimezone().month) for moment in kept}
    assert len(months) == ROTATION.monthly
    assert min(kept) < NOW - timedelta(days=230)  # nine months: the newest of each, back to March


def test_thinning_a_folder_removes_only_what_the_rotation_drops(tmp_path):
    folder = tmp_path / "bmb-backups"
    folder.mkdir()
    for hours in range(0, 24 * 60, 6):
        moment = NOW - timedelta(hours=hours)
        (folder / f"bmb-{moment:%Y%m%d-%H%M%S}Z-periodic.bmbbackup").write_bytes(b"x")
    (folder / "notes.txt").write_text("not a backup")
    newest = list_backups(folder)[0]
    removed = thin_backups(folder, keep_also=newest)
    left = list_backups(folder)
    assert len(left) + len(removed) == 240
    assert {backup_stamp(p) for p in left} == backups_to_keep(backup_stamp(p) for p in left + removed)
    assert (folder / "notes.txt").exists() and newest in left


def test_a_failing_backup_never_thins_the_older_ones(tmp_path, database):
    from bmb_desktop.services.safety import automatic_backup

    folder = backups_dir(database.path)
    folder.mkdir()
    for days in range(60):
        moment = NOW - timedelta(days=days)
        (folder / f"bmb-{moment:%Y%m%d-%H%M%S}Z-session.bmbbackup").write_bytes(b"old")
    database.close()
    with database.path.open("r+b") as handle:  # damage a page in the middle of the file
        handle.seek(3 * 4096)
        handle.write(b"\xff" * 4096)
    with pytest.raises(BackupError):
        automatic_backup(database.path, BackupReason.PERIODIC)
    assert len(list_backups(folder)) == 60
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
