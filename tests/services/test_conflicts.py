"""Conflicts of interest (G5, C1–C3): declarations, the council chair's decision, removals and warnings."""

from datetime import date

import pytest

from bmb_desktop.domain.enums import MemberCategory, MemberRole, ObjectKind, Sex, WithdrawalGround
from bmb_desktop.domain.findings import Severity
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.services.conflicts import (
    conflict_warnings,
    decide_conflict,
    declarations,
    declare_conflict,
    removed_for_object,
)
from bmb_desktop.services.group import save_member, withdraw_member
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import MonitoredObject

APPOINTED = date(2025, 10, 14)
DECLARED = date(2026, 4, 24)
DECIDED = date(2026, 4, 27)
TODAY = date(2026, 5, 15)
G5_WARNING = (
    "К. Ташиев мониторинг объектин («Нур-Жол Курулуш» ЖЧК) жетектейт же анын өкүлү; "
    "кызыкчылыктардын кагылышуусу билдирилиши керек"
)


@pytest.fixture(scope="module")
def blank(tmp_path_factory):
    """A migrated empty database, copied for each test: migrating every time is slow."""
    path = tmp_path_factory.mktemp("blank") / "blank.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def session(tmp_path, blank):
    copy_database(blank, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


@pytest.fixture
def municipality(session):
    return save_profile(session, MunicipalityProfile(
        name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
        council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
    ))


def add_object(session, municipality, name, head, contact=""):
    monitored = MonitoredObject(municipality_id=municipality.id, name=name, kind=ObjectKind.PROCUREMENT_SUPPLIER,
                                head_name=head, contact_person=contact)
    session.add(monitored)
    session.commit()
    return monitored


@pytest.fixture
def road(session, municipality):
    return add_object(session, municipality, "«Нур-Жол Курулуш» ЖЧК", "Б. Ташиев", "Р. Алиев")


@pytest.fixture
def school(session, municipality):
    return add_object(session, municipality, "№25 Кызыл-Туу орто мектеби", "Н. Абдыразакова")


def add_member(session, municipality, surname, given_name):
    return save_member(session, municipality.id, MemberDraft(
        surname=surname, given_name=given_name, sex=Sex.MALE, birth_date=date(1992, 1, 30),
        category=MemberCategory.MUNICIPAL_EMPLOYEE, role=MemberRole.MEMBER, appointed_on=APPOINTED,
        basis_text="Токтом № 12/5",
    ))


@pytest.fixture
def tashiev(session, municipality):
    return add_member(session, municipality, "Ташиев", "Канат")


def declare(session, municipality, member, monitored, **changes):
    values = dict(membership_id=member.id, object_id=monitored.id, subject="Көчө оңдоо жумуштары",
                  declared_on=DECLARED, statement="Ишкананын директору менин агам.")
    values.update(changes)
    return declare_conflict(session, municipality.id, **values)


def test_a_declaration_needs_the_member_the_object_the_date_and_the_statement(session, municipality):
    with pytest.raises(ValidationError) as refused:
        declare_conflict(session, municipality.id, membership_id=None, object_id=None, subject=" ",
                         declared_on=None, statement="")
    assert refused.value.problems == {
        "membership": "Кызыкчылыктардын кагылышуусун билдирген мүчөнү тандаңыз.",
        "object": "Мониторинг объектин тандаңыз же предметин жазыңыз.",
        "declared_on": "Билдирүүнүн күнүн жазыңыз.",
        "statement": "Мүчө эмнени билдиргенин жазыңыз.",
    }


def test_a_subject_without_an_object_is_enough(session, municipality, tashiev):
    declaration = declare_conflict(session, municipality.id, membership_id=tashiev.id, object_id=None,
                                   subject=" Жергиликтүү демилге ", declared_on=DECLARED, statement="Агам долбоордун жетекчиси.")
    assert declaration.subject == "Жергиликтүү демилге"
    assert [d.id for d in declarations(session, municipality.id)] == [declaration.id]


def test_an_undecided_declaration_awaits_the_council_chair(session, municipality, tashiev, school):
    declare(session, municipality, tashiev, school)
    warnings = conflict_warnings(session, municipality.id, today=TODAY)
    assert [(w.severity, w.text()) for w in warnings] == [(
        Severity.WARNING,
        "К. Ташиев билдирген кызыкчылыктардын кагылышуусу боюнча кеңештин төрагасынын чечими күтүлүүдө (Типтүү жобо 6)",
    )]


def test_a_decided_removal_takes_the_member_off_that_object_from_the_decision_day(session, municipality, tashiev, road, school):
    declaration = declare(session, municipality, tashiev, road)
    decide_conflict(session, declaration.id, removed=True, decided_on=DECIDED, note=" 6.4-пункт ")
    assert removed_for_object(session, municipality.id, road.id, on=date(2026, 4, 26)) == {}
    removals = removed_for_object(session, municipality.id, road.id, on=DECIDED)
    assert list(removals) == [tashiev.id]
    assert removals[tashiev.id].reason == "К. Ташиев кызыкчылыктардын кагылышуусуна байланыштуу бул мониторингден четтетилген"
    assert removed_for_object(session, municipality.id, school.id, on=TODAY) == {}
    assert declaration.decision_note == "6.4-пункт"


def test_a_decision_not_to_remove_removes_no_one(session, municipality, tashiev, road):
    declaration = declare(session, municipality, tashiev, road)
    decide_conflict(session, declaration.id, removed=False, decided_on=DECIDED)
    assert removed_for_object(session, municipality.id, road.id, on=TODAY) == {}


def test_a_decision_needs_a_date_not_before_the_declaration(session, municipality, tashiev, road):
    declaration = declare(session, municipality, tashiev, road)
    with pytest.raises(ValidationError) as no_date:
        decide_conflict(session, declaration.id, removed=True, decided_on=None)
    assert no_date.value.problems == {"decided_on": "Чечимдин күнүн жазыңыз."}
    with pytest.raises(ValidationError) as too_early:
        decide_conflict(session, declaration.id, removed=True, decided_on=date(2026, 4, 23))
    assert too_early.value.problems == {"decided_on": "Чечим билдирүүдөн мурун болушу мүмкүн эмес."}
    with pytest.raises(NotFoundError):
        decide_conflict(session, declaration.id + 1, removed=True, decided_on=DECIDED)


def test_a_member_named_as_an_objects_head_is_warned_about(session, municipality, road, school):
    add_member(session, municipality, "Ташиев", "Бакыт")
    warnings = conflict_warnings(session, municipality.id, today=TODAY)
    assert [(w.rule, w.severity, w.source) for w in warnings] == [("conflict", Severity.WARNING, "Типтүү жобо 6")]
    assert warnings[0].message == G5_WARNING.replace("К. Ташиев", "Б. Ташиев")


@pytest.mark.parametrize("head", ["Ташиев Канат", "ТАШИЕВ КАНАТ", "К.Ташиев", "к. ташиев"])
def test_the_name_match_ignores_case_spacing_and_dots(session, municipality, tashiev, head):
    add_object(session, municipality, "«Нур-Жол Курулуш» ЖЧК", head)
    assert [w.message for w in conflict_warnings(session, municipality.id, today=TODAY)] == [G5_WARNING]


def test_a_member_named_as_an_objects_contact_person_is_warned_about(session, municipality, road):
    add_member(session, municipality, "Алиев", "Руслан")
    assert len(conflict_warnings(session, municipality.id, today=TODAY)) == 1


def test_the_head_warning_ends_once_the_member_is_removed_from_that_object(session, municipality, road):
    namesake = add_member(session, municipality, "Ташиев", "Бакыт")
    declaration = declare(session, municipality, namesake, road)
    decide_conflict(session, declaration.id, removed=True, decided_on=DECIDED)
    assert conflict_warnings(session, municipality.id, today=date(2026, 4, 26))[0].message.startswith("Б. Ташиев мониторинг объектин")
    assert conflict_warnings(session, municipality.id, today=DECIDED) == []


def test_a_former_member_is_not_warned_about(session, municipality, road):
    namesake = add_member(session, municipality, "Ташиев", "Бакыт")
    withdraw_member(session, municipality.id, namesake.id, on=date(2026, 1, 10), ground=WithdrawalGround.OWN_APPLICATION)
    assert conflict_warnings(session, municipality.id, today=TODAY) == []


def test_unrelated_names_raise_no_warning(session, municipality, tashiev, road, school):
    assert conflict_warnings(session, municipality.id, today=TODAY) == []
