"""The safety commands: backup, restore, verify-db and audit, with their exit codes."""

import json
import sqlite3
from datetime import date

import pytest

from bmb_desktop.__main__ import main
from bmb_desktop.domain.enums import MemberCategory, Sex
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.services.group import save_member
from bmb_desktop.services.municipality import MunicipalityProfile, own_municipality, save_profile
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.lock import WriterLock


@pytest.fixture(scope="module")
def blank(tmp_path_factory):
    path = tmp_path_factory.mktemp("blank") / "blank.sqlite3"
    database = open_database(path, user_name="А. Саитова")
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


def run(capsys, *arguments) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


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


def test_backup_and_restore_with_a_password_file(capsys, db, tmp_path):
    add_member(db, "Эски")
    password = tmp_path / "password.txt"
    password.write_text("сыр сөз\n", encoding="utf-8")
    code, out, _ = run(capsys, "backup", "--db", db, "--to", tmp_path / "usb", "--password-file", password)
    assert code == 0 and "текшерилди" in out and "Д. Садырбаев" in out and "Мүчөлөр: 1" in out
    [backup] = list((tmp_path / "usb").iterdir())
    assert b"SQLite" not in backup.read_bytes()  # protected: nothing readable inside

    add_member(db, "Жаңы")
    code, out, _ = run(capsys, "restore", backup, "--db", db, "--password-file", password)
    assert code == 0 and "Калыбына келтирилди" in out and "before-restore" in out
    assert surnames(db) == {"Эски"}


def test_restore_with_a_wrong_password_exits_1_and_changes_nothing(capsys, db, tmp_path):
    (tmp_path / "right.txt").write_text("туура", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("туура эмес", encoding="utf-8")
    run(capsys, "backup", "--db", db, "--to", tmp_path / "usb", "--password-file", tmp_path / "right.txt")
    [backup] = list((tmp_path / "usb").iterdir())
    before = db.read_bytes()
    code, _, err = run(capsys, "restore", backup, "--db", db, "--password-file", tmp_path / "wrong.txt")
    assert code == 1 and "Сырсөз туура эмес" in err
    assert db.read_bytes() == before and not (tmp_path / "bmb-backups").exists()


def test_restore_while_the_window_has_the_database_open_is_refused(capsys, db, tmp_path):
    run(capsys, "backup", "--db", db, "--to", tmp_path / "usb")
    [backup] = list((tmp_path / "usb").iterdir())
    with WriterLock(db):
        code, _, err = run(capsys, "restore", backup, "--db", db)
    assert code == 1 and "ачык турат" in err


def test_verify_db_passes_a_sound_database_and_fails_a_damaged_one_with_the_reason(capsys, db):
    code, out, _ = run(capsys, "verify-db", "--db", db)
    assert code == 0 and "бүтүн" in out
    with db.open("r+b") as handle:
        handle.seek(2 * 4096)
        handle.write(b"\xff" * 4096)
    code, out, _ = run(capsys, "verify-db", "--db", db)
    assert code == 1 and "SQLite" in out


def test_verify_db_in_russian_names_an_edited_audit_log(capsys, db):
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE audit_entry SET user_name = 'Бөтөн' WHERE id = 1")
    code, out, _ = run(capsys, "--lang", "ru", "verify-db", "--db", db)
    assert code == 1 and "Журнал аудита изменён вне BMB Desktop" in out


def test_audit_verify_and_listing(capsys, db):
    add_member(db, "Ташиева")
    code, out, _ = run(capsys, "audit", "--db", db, "--verify")
    assert code == 0 and "Аудит журналы бүтүн" in out
    code, out, _ = run(capsys, "audit", "--db", db, "--table", "person", "--json")
    listing = json.loads(out)
    assert code == 0 and listing["total"] == 1 and listing["entries"][0]["changes"]["surname"] == [None, "Ташиева"]
    code, out, _ = run(capsys, "audit", "--db", db, "--action", "create")
    assert code == 0 and "түзүлдү" in out and "person" in out
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM audit_entry WHERE id = 2")
    code, out, _ = run(capsys, "audit", "--db", db, "--verify")
    assert code == 1 and "BMB Desktop'тон тышкары" in out


def test_backup_of_a_missing_database_is_explained(capsys, tmp_path):
    code, _, err = run(capsys, "backup", "--db", tmp_path / "none.sqlite3", "--to", tmp_path / "usb")
    assert code == 1 and "none.sqlite3" in err
