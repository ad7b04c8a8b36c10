"""The regulation profile in Settings: presets, own values, validation, saving, and the basis resolution."""

from dataclasses import replace
from datetime import date

import pytest

from bmb_desktop.domain.enums import ChairRule, MemberCategory, MemberRole, Sex
from bmb_desktop.domain.findings import Severity
from bmb_desktop.domain.regulation import CUSTOM, LOCAL, MODEL
from bmb_desktop.errors import ValidationError
from bmb_desktop.services.group import composition_findings, regulation_of
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.services.regulation import (
    RegulationDraft,
    add_resolution,
    apply_preset,
    council_resolutions,
    load_regulation,
    matching_preset,
    save_regulation,
    validate_regulation,
)
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Membership, Municipality, Person

TODAY = date(2026, 3, 1)


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
def town(session):
    return save_profile(session, MunicipalityProfile(
        name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
        council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
    ))


def other_municipality(session) -> Municipality:
    """A second municipality in the same file, as a district office's database may hold."""
    other = Municipality(name="Мин-Булак")
    session.add(other)
    session.commit()
    return other


def add_chair_employee(session, municipality_id):
    """A one-member group whose chair is a municipal employee (broken under the model regulation)."""
    person = Person(municipality_id=municipality_id, surname="Кандарова", given_name="Гүлнара", sex=Sex.FEMALE,
                    birth_date=date(1984, 3, 17))
    session.add(Membership(municipality_id=municipality_id, person=person, category=MemberCategory.MUNICIPAL_EMPLOYEE,
                           role=MemberRole.CHAIR, appointed_on=date(2025, 10, 14), basis_text="№ 12/5"))
    session.commit()


def test_a_new_municipality_starts_with_the_model_regulation(session, town):
    draft = load_regulation(session, town.id)
    assert draft == RegulationDraft()
    assert matching_preset(draft) == MODEL


def test_a_municipality_without_a_profile_reads_as_the_model_regulation(session, town):
    assert load_regulation(session, other_municipality(session).id) == RegulationDraft()


def test_the_local_preset_fills_every_rule_and_keeps_the_groups_basis():
    draft = RegulationDraft(basis_resolution_id=7, group_created_on=date(2025, 10, 14))
    local = apply_preset(draft, LOCAL)
    assert (local.preset, local.min_size, local.max_size, local.odd_size_required) == (LOCAL, 5, 11, False)
    assert (local.min_employee_percent, local.min_deputy_percent, local.min_citizen_percent) == (0, 0, 0)
    assert (local.max_one_sex_percent, local.chair_rule, local.term_months) == (100, ChairRule.ELECTED_BY_GROUP, 12)
    assert (local.basis_resolution_id, local.group_created_on) == (7, date(2025, 10, 14))
    assert apply_preset(local, MODEL) == replace(draft, preset=MODEL)


def test_changing_one_value_makes_the_values_the_municipalitys_own():
    assert matching_preset(apply_preset(RegulationDraft(), LOCAL)) == LOCAL
    assert matching_preset(replace(RegulationDraft(), max_size=11)) == CUSTOM
    assert apply_preset(replace(RegulationDraft(), max_size=11), CUSTOM).max_size == 11


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"min_size": 0}, "min_size"),
        ({"min_size": 9, "max_size": 7}, "max_size"),
        ({"min_employee_percent": 101}, "min_employee_percent"),
        ({"max_one_sex_percent": -1}, "max_one_sex_percent"),
        ({"max_one_sex_percent": 40}, "max_one_sex_percent"),
        ({"min_employee_percent": 40, "min_deputy_percent": 40}, "min_citizen_percent"),
        ({"term_months": 0}, "term_months"),
        ({"min_meetings_per_quarter": -1}, "min_meetings_per_quarter"),
        ({"preset": CUSTOM, "name": ""}, "name"),
        ({"preset": CUSTOM, "name": "Типтүү жобо"}, "name"),
    ],
)
def test_an_impossible_profile_is_refused_with_the_message_on_its_field(changes, field):
    problems = validate_regulation(replace(RegulationDraft(), **changes))
    assert list(problems) == [field]


def test_quota_shares_summing_to_exactly_100_are_allowed():
    assert validate_regulation(replace(RegulationDraft(), min_employee_percent=25, min_deputy_percent=25)) == {}
    problems = validate_regulation(replace(RegulationDraft(), min_employee_percent=30, min_deputy_percent=25))
    assert problems == {"min_citizen_percent": "Үч минималдуу үлүштүн жыйындысы 105%; алар чогуу 100%дан ашпашы керек."}


def test_saving_the_local_preset_changes_the_chair_finding(session, town):
    add_chair_employee(session, town.id)
    chair = lambda: next(f for f in composition_findings(session, town.id, today=TODAY) if f.rule == "chair")  # noqa: E731
    assert chair().severity is Severity.BROKEN

    save_regulation(session, town.id, apply_preset(load_regulation(session, town.id), LOCAL))

    assert chair().severity is Severity.OK
    assert chair().source == "Жергиликтүү жобо 3.5"
    assert load_regulation(session, town.id).preset == LOCAL


def test_own_values_are_kept_with_their_title_and_a_preset_keeps_no_title(session, town):
    own = replace(RegulationDraft(), preset=CUSTOM, name="  Мин-Булак жобосу ", min_size=7, odd_size_required=False)
    save_regulation(session, town.id, own)
    stored = session.get(Municipality, town.id).regulation
    assert (stored.preset, stored.name, stored.min_size) == (CUSTOM, "Мин-Булак жобосу", 7)
    assert regulation_of(stored).source("size").startswith("Мин-Булак жобосу")

    save_regulation(session, town.id, replace(load_regulation(session, town.id), preset=MODEL))
    assert session.get(Municipality, town.id).regulation.name == ""


def test_an_invalid_profile_is_not_stored(session, town):
    with pytest.raises(ValidationError) as refused:
        save_regulation(session, town.id, replace(RegulationDraft(), term_months=0))
    assert set(refused.value.problems) == {"term_months"}
    session.rollback()
    assert session.get(Municipality, town.id).regulation.term_months == 48


def test_the_basis_resolution_must_belong_to_the_municipality(session, town):
    other = other_municipality(session)
    foreign = add_resolution(session, other.id, number="2/1", adopted_on=date(2019, 3, 28), title="БМжБ тобунун жобосун бекитүү жөнүндө")
    with pytest.raises(ValidationError) as refused:
        save_regulation(session, town.id, replace(RegulationDraft(), basis_resolution_id=foreign.id))
    assert set(refused.value.problems) == {"basis_resolution_id"}


def test_a_new_resolution_becomes_the_groups_basis(session, town):
    resolution = add_resolution(session, town.id, number="№ 12 / 5", adopted_on=date(2025, 10, 14),
                                title=" БМжБ тобун бекитүү жөнүндө ")
    assert (resolution.number, resolution.title) == ("12/5", "БМжБ тобун бекитүү жөнүндө")
    save_regulation(session, town.id, replace(RegulationDraft(), basis_resolution_id=resolution.id, group_created_on=date(2025, 10, 14)))
    stored = session.get(Municipality, town.id).regulation
    assert stored.basis_resolution.number == "12/5"
    assert stored.group_created_on == date(2025, 10, 14)


@pytest.mark.parametrize(
    ("number", "adopted_on", "title", "fields"),
    [
        ("12-5", date(2025, 10, 14), "Жөнүндө", {"number"}),
        ("", None, "", {"number", "adopted_on", "title"}),
    ],
)
def test_a_resolution_needs_a_number_a_date_and_a_title(session, town, number, adopted_on, title, fields):
    with pytest.raises(ValidationError) as refused:
        add_resolution(session, town.id, number=number, adopted_on=adopted_on, title=title)
    assert set(refused.value.problems) == fields


def test_the_same_resolution_cannot_be_recorded_twice(session, town):
    add_resolution(session, town.id, number="12/5", adopted_on=date(2025, 10, 14), title="Жөнүндө")
    with pytest.raises(ValidationError) as refused:
        add_resolution(session, town.id, number="12/5", adopted_on=date(2025, 10, 14), title="Жөнүндө")
    assert refused.value.problems == {"number": "Ушул күнкү № 12/5 токтом мурун катталган."}


def test_resolutions_are_listed_newest_first_for_their_municipality_only(session, town):
    add_resolution(session, town.id, number="12/5", adopted_on=date(2025, 10, 14), title="Биринчи")
    add_resolution(session, town.id, number="14/3", adopted_on=date(2026, 1, 28), title="Экинчи")
    add_resolution(session, other_municipality(session).id, number="2/1", adopted_on=date(2019, 3, 28), title="Башка")
    assert [r.number for r in council_resolutions(session, town.id)] == ["14/3", "12/5"]
