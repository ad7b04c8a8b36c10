"""What the roster's dialogs get from services.roster_editing, on the demo municipality."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import MemberCategory, MemberRole, Sex, WithdrawalGround
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.services.conflicts import declare_conflict, decide_conflict
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.group import withdraw_member
from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.services.roster_editing import (
    ReplacementLink,
    check_replacement,
    declaration_rows,
    default_term_end,
    group_basis_resolution_id,
    member_draft,
    member_choices,
    object_choices,
    replace_member,
    replacement_links,
    resolution_choices,
    village_choices,
)
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Membership, MonitoredObject, Person, RegulationProfile

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """Built once; each test works on its own copy."""
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def session(tmp_path, demo_file):
    copy_database(demo_file, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


@pytest.fixture
def municipality_id(session):
    return own_municipality(session).id


def membership_of(session, surname) -> Membership:
    return session.scalar(select(Membership).join(Person).where(Person.surname == surname))


def successor(**changes) -> MemberDraft:
    draft = MemberDraft(
        surname="Абдыкадырова", given_name="Айгүл", sex=Sex.FEMALE, birth_date=date(1990, 4, 5),
        phone="0555 123 456", category=MemberCategory.CITIZEN, appointed_on=date(2026, 6, 1),
        basis_text="Жыйындын 2026-жылдын 28-майындагы №2 протоколу",
    )
    return replace(draft, **changes)


def test_choices_list_the_villages_in_order_and_resolutions_newest_first(session, municipality_id):
    villages = [choice.label for choice in village_choices(session, municipality_id)]
    assert villages[0] == "Масы" and "Арал" in villages
    resolutions = resolution_choices(session, municipality_id)
    assert resolutions[0].label.startswith("№ 18/1, 16.10.2026 — ")
    assert any(choice.label.startswith("№ 12/5, 14.10.2025 — ") for choice in resolutions)


def test_the_groups_own_resolution_is_the_default_basis(session, municipality_id):
    basis_id = group_basis_resolution_id(session, municipality_id)
    label = {choice.id: choice.label for choice in resolution_choices(session, municipality_id)}[basis_id]
    assert label.startswith("№ 12/5")


def test_object_and_member_choices_name_the_monitored_objects_and_the_current_members(session, municipality_id):
    objects = [choice.label for choice in object_choices(session, municipality_id)]
    assert "«Нур-Жол Курулуш» жоопкерчилиги чектелген коому (ЖЧК)" in objects
    members = [choice.label for choice in member_choices(session, municipality_id, on=TODAY)]
    assert members == ["У. Жантаева", "Г. Кандарова", "Э. Осмоналиев", "К. Султанова", "К. Ташиев"]
    assert member_choices(session, municipality_id, on=date(2025, 1, 1)) == []


def test_a_new_member_serves_until_the_groups_term_ends(session, municipality_id):
    assert default_term_end(session, municipality_id, date(2026, 6, 1)) == date(2029, 10, 14)
    assert default_term_end(session, municipality_id, None) is None


def test_without_a_creation_date_the_term_is_a_full_term_from_appointment(session, municipality_id):
    profile = session.scalar(select(RegulationProfile))
    profile.group_created_on, profile.term_months = None, 12
    session.commit()
    assert default_term_end(session, municipality_id, date(2026, 1, 31)) == date(2027, 1, 31)


def test_a_member_still_in_the_group_cannot_be_replaced(session, municipality_id):
    tashiev = membership_of(session, "Ташиев")
    problems = check_replacement(session, municipality_id, tashiev.id, date(2026, 6, 1))
    assert problems == {"replaces": "Ордуна башка мүчө дайындоодон мурун К. Ташиев топтун курамынан чыкканын каттаңыз."}
    with pytest.raises(ValidationError) as refused:
        replace_member(session, municipality_id, successor(), replaces_membership_id=tashiev.id)
    assert set(refused.value.problems) == {"replaces"}


def test_a_replacement_is_recorded_as_such_and_only_once(session, municipality_id):
    tashiev = membership_of(session, "Ташиев")
    withdraw_member(session, municipality_id, tashiev.id, on=date(2026, 5, 20), ground=WithdrawalGround.HEALTH)

    new = replace_member(session, municipality_id, successor(), replaces_membership_id=tashiev.id)

    assert new.replaces_membership_id == tashiev.id
    links = replacement_links(session, municipality_id)
    assert links[new.id] == ReplacementLink(replaces="К. Ташиев")
    assert links[tashiev.id] == ReplacementLink(replaced_by="А. Абдыкадырова")
    again = check_replacement(session, municipality_id, tashiev.id, date(2026, 6, 1))
    assert again == {"replaces": "К. Ташиев: ордуна буга чейин эле А. Абдыкадырова дайындалган."}
    # editing the successor itself is not a second replacement
    assert check_replacement(session, municipality_id, tashiev.id, date(2026, 6, 1), membership_id=new.id) == {}


def test_a_replacement_cannot_start_before_the_predecessor_left(session, municipality_id):
    tashiev = membership_of(session, "Ташиев")
    withdraw_member(session, municipality_id, tashiev.id, on=date(2026, 5, 20), ground=WithdrawalGround.HEALTH)
    with pytest.raises(ValidationError) as refused:
        replace_member(session, municipality_id, successor(appointed_on=date(2026, 5, 1), phone="12"),
                       replaces_membership_id=tashiev.id)
    assert refused.value.problems["appointed_on"] == (
        "К. Ташиев топтун курамынан 20.05.2026 чыккан; ордуна келген мүчө андан мурун дайындала албайт."
    )
    assert "phone" in refused.value.problems  # the member's own problems are reported together


def test_the_successor_may_take_the_chair_of_a_chair_who_left(session, municipality_id):
    kandarova = membership_of(session, "Кандарова")
    withdraw_member(session, municipality_id, kandarova.id, on=date(2026, 6, 1), ground=WithdrawalGround.OWN_APPLICATION)
    new = replace_member(session, municipality_id, successor(role=MemberRole.CHAIR), replaces_membership_id=kandarova.id)
    assert new.role is MemberRole.CHAIR


def test_replacing_an_unknown_member_is_not_found(session, municipality_id):
    with pytest.raises(NotFoundError):
        check_replacement(session, municipality_id, 9999, date(2026, 6, 1))


def test_declaration_rows_name_the_member_the_object_and_the_decision(session, municipality_id):
    rows = declaration_rows(session, municipality_id)
    assert len(rows) == 1
    row = rows[0]
    assert row.member == "К. Ташиев"
    assert row.concerns.startswith("«Нур-Жол Курулуш» жоопкерчилиги чектелген коому (ЖЧК) — Масы айылындагы")
    assert (row.declared_on, row.decided_on, row.removed) == (date(2026, 4, 24), date(2026, 4, 27), True)


def test_a_new_declaration_is_listed_first_and_undecided_until_decided(session, municipality_id):
    osmonaliev = membership_of(session, "Осмоналиев")
    school = session.scalar(select(MonitoredObject).where(MonitoredObject.name.like("%мектеби%")))
    declared = declare_conflict(session, municipality_id, membership_id=osmonaliev.id, object_id=school.id, subject="",
                                declared_on=date(2026, 11, 2), statement="Кызым мектептин ашканасында иштейт.")
    row = declaration_rows(session, municipality_id)[0]
    assert (row.id, row.member, row.concerns, row.decided_on) == (declared.id, "Э. Осмоналиев", school.name, None)
    decide_conflict(session, declared.id, removed=True, decided_on=date(2026, 11, 5))
    assert declaration_rows(session, municipality_id)[0].removed


def test_a_stored_member_is_edited_as_a_draft(session, municipality_id):
    kandarova = membership_of(session, "Кандарова")
    draft = member_draft(session, municipality_id, kandarova.id)
    assert (draft.surname, draft.role) == ("Кандарова", MemberRole.CHAIR)
    assert draft.basis_resolution_id == kandarova.basis_resolution_id
    with pytest.raises(NotFoundError):
        member_draft(session, municipality_id + 1, kandarova.id)
