"""Roster rows: current members by role, former ones after them, ages on the chosen day."""

from datetime import date

import pytest

from bmb_desktop.domain.enums import MemberCategory, MemberRole, MembershipStatus, Sex, WithdrawalGround
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.services.roster import list_members, members_listing
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Membership, Person, Resolution


@pytest.fixture
def session(tmp_path):
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


def add_member(session, municipality, surname, given, role, category, sex=Sex.FEMALE, **membership):
    person = Person(municipality_id=municipality.id, surname=surname, given_name=given, sex=sex,
                    birth_date=date(1980, 5, 20), village=municipality.villages[0])
    session.add(person)
    membership.setdefault("appointed_on", date(2025, 10, 14))
    session.add(Membership(municipality_id=municipality.id, person=person, role=role, category=category, **membership))


@pytest.fixture
def municipality(session):
    municipality = save_profile(session, MunicipalityProfile(
        name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="АӨ",
        aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши",
        council_convocation="II", council_chair="А. Тешебаев", responsible_secretary="А. Саитова",
        villages=["Масы"],
    ))
    resolution = Resolution(municipality_id=municipality.id, number="12/5", adopted_on=date(2025, 10, 14), title="")
    session.add(resolution)
    add_member(session, municipality, "Ташиев", "Кубан", MemberRole.MEMBER, MemberCategory.MUNICIPAL_EMPLOYEE,
               sex=Sex.MALE, basis_resolution=resolution)
    add_member(session, municipality, "Кандарова", "Гүлнара", MemberRole.CHAIR, MemberCategory.MUNICIPAL_EMPLOYEE,
               basis_resolution=resolution)
    add_member(session, municipality, "Асанова", "Айгүл", MemberRole.MEMBER, MemberCategory.CITIZEN,
               basis_text="Жыйындын протоколу № 1", status=MembershipStatus.WITHDRAWN,
               withdrawn_on=date(2026, 3, 1), withdrawal_ground=WithdrawalGround.HEALTH)
    session.commit()
    return municipality


def test_current_members_come_first_chair_leading(session, municipality):
    rows = list_members(session, municipality.id, as_of=date(2026, 11, 21))
    assert [row.short_name for row in rows] == ["Г. Кандарова", "К. Ташиев", "А. Асанова"]
    assert [row.is_active_on(date(2026, 11, 21)) for row in rows] == [True, True, False]
    assert rows[0].basis == "№ 12/5, 14.10.2025"
    assert rows[2].basis == "Жыйындын протоколу № 1"
    assert rows[0].age == 46 and rows[0].village == "Масы"


def test_a_member_withdrawn_later_is_still_current_on_an_earlier_day(session, municipality):
    rows = list_members(session, municipality.id, as_of=date(2026, 1, 10), include_former=False)
    assert "А. Асанова" in [row.short_name for row in rows]


def test_nobody_appointed_after_the_day_is_listed(session, municipality):
    assert list_members(session, municipality.id, as_of=date(2025, 10, 13)) == []


def test_listing_for_the_command_line_is_translated(session, municipality):
    table = members_listing(session, municipality.id, as_of=date(2026, 11, 21))
    assert table.columns[1] == "Аты-жөнү"
    assert table.rows[0][2:4] == ("муниципалдык кызматчы", "төрага")
    assert table.rows[-1][-1] == "курамдан чыккан"
    assert table.as_json()[0]["name"] == "Кандарова Гүлнара"
