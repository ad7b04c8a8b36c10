"""Safety as the window uses it: when to back up, opening with checks, restore, the full check."""

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import ActStatus, FindingKind, MemberCategory, Sex
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.services.group import save_member
from bmb_desktop.services.municipality import MunicipalityProfile, own_municipality, save_profile
from bmb_desktop.services.safety import (
    BackupScheduler,
    automatic_backup,
    backup_due,
    full_database_check,
    open_safely,
    preview_backup,
    reason_label,
    restore_backup,
)
from bmb_desktop.storage.backup import BackupReason, backups_dir, create_backup, list_backups
from bmb_desktop.storage.crypto_backup import WrongPasswordError
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.lock import DatabaseLockedError, WriterLock
from bmb_desktop.storage.models import Act, Finding

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)


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
def db(tmp_path, blank):
    path = tmp_path / "bmb.sqlite3"
    copy_database(blank, path)
    return path


def add_member(path, surname: str) -> None:
    database = open_database(path)
    with database.session() as session:
        save_member(session, own_municipality(session).id, MemberDraft(
            surname=surname, given_name="Айгүл", sex=Sex.FEMALE, birth_date=date(1980, 1, 1),
            category=MemberCategory.CITIZEN, appointed_on=date(2025, 10, 14), basis_text="Токтом № 12/5",
        ))
    database.close()


def surnames(path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT surname FROM person")}


@pytest.mark.parametrize(
    ("last", "changes", "this_session", "closing", "due"),
    [
        (None, 0, False, False, BackupReason.SESSION),  # never backed up
        (NOW - timedelta(days=1), 5, False, False, BackupReason.SESSION),  # once per working session
        (NOW - timedelta(days=1), 0, False, False, None),  # nothing new since the last one
        (NOW - timedelta(minutes=10), 5, True, False, None),  # too soon
        (NOW - timedelta(minutes=30), 5, True, False, BackupReason.PERIODIC),  # every 30 minutes while changing
        (NOW - timedelta(hours=3), 0, True, False, None),  # no changes, however long
        (NOW - timedelta(minutes=5), 1, True, True, BackupReason.CLOSE),  # at close
        (NOW - timedelta(minutes=5), 0, True, True, None),
    ],
)
def test_when_an_automatic_backup_is_due(last, changes, this_session, closing, due):
    assert backup_due(now=NOW, last_backup_at=last, changes=changes, backed_up_this_session=this_session, closing=closing) is due


def test_each_reason_has_words_and_a_future_one_is_shown_as_it_is():
    assert reason_label("close") == "программа жабылганда"
    assert reason_label("before-restore") == "калыбына келтирүүдөн мурда"
    assert reason_label("nightly") == "nightly"


def test_the_scheduler_backs_up_per_session_every_half_hour_and_at_close(db):
    scheduler = BackupScheduler(db)
    first = scheduler.run_if_due(now=NOW)
    assert first.reason == "session"
    assert scheduler.run_if_due(now=NOW + timedelta(minutes=1)) is None  # nothing changed
    add_member(db, "Жаңы")
    assert scheduler.run_if_due(now=NOW + timedelta(minutes=20)) is None
    assert scheduler.run_if_due(now=NOW + timedelta(minutes=31)).reason == "periodic"
    add_member(db, "Дагы")
    assert scheduler.run_if_due(now=NOW + timedelta(minutes=40), closing=True).reason == "close"
    assert len(list_backups(backups_dir(db))) == 3
    assert BackupScheduler(db).run_if_due(now=NOW + timedelta(hours=2)) is None  # the next session: nothing new


def test_after_an_older_backup_is_restored_the_next_session_backs_up_again(db, tmp_path):
    older = create_backup(db, tmp_path / "usb", reason=BackupReason.MANUAL)
    add_member(db, "Кийинки")
    assert BackupScheduler(db).run_if_due(now=NOW).reason == "session"
    restore_backup(older.path, db)  # the safety backup now holds the newer log
    assert BackupScheduler(db).reason_now(now=NOW + timedelta(hours=1)) is BackupReason.SESSION


def test_a_second_copy_of_the_application_is_told_the_database_is_open(db):
    first = open_safely(db, user_name="А. Саитова")
    try:
        assert first.database is not None and not first.check.damaged
        with pytest.raises(DatabaseLockedError, match="ачык турат"):
            open_safely(db)
    finally:
        first.close()
    open_safely(db).close()


def test_a_damaged_database_at_start_up_is_moved_aside_and_the_newest_good_backup_offered(db):
    add_member(db, "Сакталган")
    good = automatic_backup(db, BackupReason.SESSION, now=NOW)
    older = create_backup(db, backups_dir(db), reason=BackupReason.SESSION, now=NOW - timedelta(days=2))
    with db.open("r+b") as handle:
        handle.seek(2 * 4096)
        handle.write(b"\x00\xff" * 2048)
    damaged_bytes = db.read_bytes()
    opening = open_safely(db)
    try:
        check = opening.check
        assert check.damaged and opening.database is None
        assert check.set_aside.read_bytes() == damaged_bytes and not db.exists()
        assert check.newest_good_backup.path == good.path != older.path
        assert check.set_aside.name in check.message and "бузулган" in check.message
        result = restore_backup(check.newest_good_backup.path, db, lock_held=True)
        assert result.safety_backup is None  # nothing to keep: the damaged file is already aside
    finally:
        opening.close()
    assert surnames(db) == {"Сакталган"}
    reopened = open_safely(db)
    assert reopened.database is not None
    reopened.close()


def test_an_older_database_is_backed_up_before_it_is_migrated(db):
    from alembic import command

    from bmb_desktop.storage.database import _alembic_config, create_sqlite_engine

    engine = create_sqlite_engine(db)
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0006")
    engine.dispose()
    opening = open_safely(db)
    try:
        assert opening.migration_backup.reason == "migration"
        assert opening.migration_backup.schema_revision == "0006"
    finally:
        opening.close()


def test_restore_previews_the_backup_and_keeps_the_current_state_first(db, tmp_path):
    add_member(db, "Эски")
    backup = create_backup(db, tmp_path / "usb", reason=BackupReason.MANUAL, password="сыр сөз 7")
    preview = preview_backup(backup.path, password="сыр сөз 7")
    assert (preview.municipality, preview.members, preview.acts, preview.meetings) == ("Д. Садырбаев", 1, 0, 0)
    assert preview.encrypted and preview.created_at == backup.created_at
    add_member(db, "Жаңы")
    result = restore_backup(backup.path, db, password="сыр сөз 7")
    assert surnames(db) == {"Эски"}
    assert result.safety_backup.reason == "before-restore" and result.safety_backup.members == 2
    assert result.restored.members == 1
    assert not [p for p in db.parent.iterdir() if p.name.startswith(".bmb-")]


def test_a_wrong_password_changes_nothing(db, tmp_path):
    backup = create_backup(db, tmp_path / "usb", reason=BackupReason.MANUAL, password="туура")
    add_member(db, "Азыркы")
    before = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}
    with pytest.raises(WrongPasswordError):
        restore_backup(backup.path, db, password="туура эмес")
    after = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}
    assert after == before
    assert not backups_dir(db).exists() and not [p for p in db.parent.iterdir() if p.name.startswith(".")]


def test_restore_waits_for_the_other_copy_to_close(db, tmp_path):
    backup = create_backup(db, tmp_path / "usb", reason=BackupReason.MANUAL)
    add_member(db, "Азыркы")
    with WriterLock(db):
        with pytest.raises(DatabaseLockedError):
            restore_backup(backup.path, db)
    assert surnames(db) == {"Азыркы"}


def issued_act(path) -> int:
    from bmb_desktop.domain.acts import fingerprint
    from bmb_desktop.services.act_issue import act_content

    database = open_database(path)
    with database.session() as session:
        act = Act(municipality_id=own_municipality(session).id, subject="Суу", purpose="Баалоо", place="Масы",
                  findings=[Finding(position=1, kind=FindingKind.FACT, text="Суу үзгүлтүккө учурайт")])
        session.add(act)
        session.commit()
        content = act_content(session, act, number=1, year=2026, issued_on=date(2026, 4, 6))
        act.number, act.year, act.issued_on, act.fingerprint = 1, 2026, date(2026, 4, 6), fingerprint(content)
        act.status = ActStatus.ISSUED
        session.commit()
        act_id = act.id
    database.close()
    return act_id


def test_the_full_check_finds_an_issued_act_changed_outside_the_application(db):
    issued_act(db)
    assert full_database_check(db) == []
    with sqlite3.connect(db) as connection:  # an outsider removes the protection, then edits
        connection.execute("DROP TRIGGER finding_update_locked")
        connection.execute("UPDATE finding SET text = 'Баары жакшы'")
    checks = {finding.check: finding.message for finding in full_database_check(db)}
    assert set(checks) == {"fingerprints", "triggers"}
    assert "1/2026" in checks["fingerprints"]


def test_the_full_check_of_a_sound_database_with_an_act_passes(db):
    act_id = issued_act(db)
    database = open_database(db)
    with database.session() as session:
        assert session.scalar(select(Act.status).where(Act.id == act_id)) is ActStatus.ISSUED
    database.close()
    assert full_database_check(db) == []
