"""The audit log as the log screen reads it: filters, pages newest first, and the chain's check."""

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from bmb_desktop.domain.enums import AuditAction, MemberCategory, Sex
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.errors import ValidationError
from bmb_desktop.services.audit_log import AuditFilter, browse, table_names, user_names, verify_chain
from bmb_desktop.services.audit_user import set_audit_user
from bmb_desktop.services.group import save_member
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import AuditEntry


@pytest.fixture
def database(tmp_path):
    database = open_database(tmp_path / "bmb.sqlite3", user_name="А. Саитова")
    with database.session() as session:
        municipality = save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="АӨ", aiyl_okmotu_head="Ш. Дарманкулов",
            council_name="Кеңеш", council_convocation="II", council_chair="А. Тешебаев", responsible_secretary="А. Саитова",
            villages=["Масы", "Арал"],
        ))
        for surname in ("Кандарова", "Ташиева", "Мамытова"):
            save_member(session, municipality.id, MemberDraft(
                surname=surname, given_name="Айгүл", sex=Sex.FEMALE, birth_date=date(1980, 1, 1),
                category=MemberCategory.CITIZEN, appointed_on=date(2025, 10, 14), basis_text="Токтом № 12/5",
            ))
    set_audit_user(database, "Б. Токтогулов")
    with database.session() as session:
        save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="АӨ", aiyl_okmotu_head="Ш. Дарманкулов",
            council_name="Кеңеш", council_convocation="II", council_chair="А. Тешебаев", responsible_secretary="А. Саитова",
            villages=["Масы"],
        ))
    yield database
    database.close()


def test_every_change_is_listed_newest_first_with_who_and_what(database):
    with database.session() as session:
        page = browse(session)
    assert page.total == len(page.rows) and page.pages == 1
    assert [row.id for row in page.rows] == sorted((row.id for row in page.rows), reverse=True)
    newest = page.rows[0]
    assert (newest.action, newest.action_label, newest.table_name, newest.user_name) == (AuditAction.DELETE, "өчүрүлдү", "village", "Б. Токтогулов")
    assert newest.changes["name"] == ["Арал", None]
    assert newest.at.tzinfo is not None


def test_filters_narrow_by_user_action_table_record_and_text(database):
    with database.session() as session:
        by_user = browse(session, where=AuditFilter(user_name="Б. Токтогулов"))
        created_people = browse(session, where=AuditFilter(actions=(AuditAction.CREATE,), table_name="person"))
        by_text = browse(session, where=AuditFilter(text="Ташиева"))
        one_record = browse(session, where=AuditFilter(table_name="person", record_id="1"))
        assert user_names(session) == ["А. Саитова", "Б. Токтогулов"]
        assert {"person", "membership", "village", "municipality"} <= set(table_names(session))
    assert {row.user_name for row in by_user.rows} == {"Б. Токтогулов"} and by_user.total == 1
    assert created_people.total == 3 and {row.table_name for row in created_people.rows} == {"person"}
    assert by_text.total == 1 and by_text.rows[0].changes["surname"] == [None, "Ташиева"]
    assert [row.record_id for row in one_record.rows] == ["1"]


def test_dates_filter_by_the_secretarys_own_days(database):
    today = datetime.now(timezone.utc).astimezone().date()
    with database.session() as session:
        total = browse(session).total
        session.execute(update(AuditEntry).where(AuditEntry.id == 1).values(at=datetime.now(timezone.utc) - timedelta(days=10)))
        assert browse(session, where=AuditFilter(since=today)).total == total - 1
        assert browse(session, where=AuditFilter(until=today - timedelta(days=5))).total == 1
        session.rollback()


def test_pages_split_the_log(database):
    with database.session() as session:
        total = browse(session).total
        first, second = browse(session, page=1, page_size=5), browse(session, page=2, page_size=5)
        last = browse(session, page=first.pages, page_size=5)
        beyond = browse(session, page=first.pages + 1, page_size=5)
    assert first.pages == -(-total // 5) and len(first.rows) == 5
    assert first.rows[-1].id > second.rows[0].id
    assert len(last.rows) == total - 5 * (first.pages - 1) and beyond.rows == []


@pytest.mark.parametrize(
    ("arguments", "field"),
    [({"page": 0}, "page"), ({"page_size": 0}, "page_size"), ({"page_size": 5000}, "page_size"),
     ({"where": AuditFilter(since=date(2026, 5, 2), until=date(2026, 5, 1))}, "until")],
)
def test_impossible_requests_are_explained(database, arguments, field):
    with database.session() as session, pytest.raises(ValidationError) as refused:
        browse(session, **arguments)
    assert field in refused.value.problems


def test_the_chain_is_intact_and_an_outside_edit_or_deletion_is_found(database):
    with database.session() as session:
        report = verify_chain(session)
    assert report.intact and "бүтүн" in report.message() and str(report.entries) in report.message()
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE audit_entry SET user_name = 'Бөтөн' WHERE id = 3")
    with database.session() as session:
        edited = verify_chain(session)
    assert edited.broken == [3] and "BMB Desktop" in edited.message()
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE audit_entry SET user_name = 'А. Саитова' WHERE id = 3")
        connection.execute("DELETE FROM audit_entry WHERE id = 5")
    with database.session() as session:
        assert verify_chain(session).broken == [6]
