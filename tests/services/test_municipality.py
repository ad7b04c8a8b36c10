"""The municipality profile: validation per field, creation on first run, later edits."""

import pytest

from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import set_language
from bmb_desktop.services.municipality import (
    MunicipalityProfile,
    own_municipality,
    save_profile,
    validate_profile,
)
from bmb_desktop.storage.database import open_database


def sadyrbaev(**changes) -> MunicipalityProfile:
    values = dict(
        name="Д. Садырбаев",
        district="Ноокен району",
        region="Жалал-Абад облусу",
        administrative_centre="Масы айылы",
        aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        aiyl_okmotu_head="Ш. Дарманкулов",
        council_name="Д. Садырбаев айылдык кеңеши",
        council_convocation="II",
        council_chair="А. Тешебаев",
        responsible_secretary="А. Саитова",
        villages=["Масы", "Беш-Жыгач"],
    )
    values.update(changes)
    return MunicipalityProfile(**values)


@pytest.fixture
def session(tmp_path):
    database = open_database(tmp_path / "bmb.sqlite3", user_name="А. Саитова")
    with database.session() as session:
        yield session
    database.close()


def test_complete_profile_has_no_problems():
    assert validate_profile(sadyrbaev()) == {}


def test_each_missing_field_is_named_in_kyrgyz():
    problems = validate_profile(MunicipalityProfile())
    assert set(problems) == {
        "name", "district", "region", "aiyl_okmotu_name", "aiyl_okmotu_head", "council_name",
        "council_convocation", "council_chair", "responsible_secretary", "villages",
    }
    assert problems["name"] == "Айыл аймагынын аталышын жазыңыз."


def test_messages_follow_the_language():
    set_language("ru")
    assert validate_profile(sadyrbaev(name=" "))["name"] == "Укажите название айылного аймака."


def test_convocation_must_be_roman_and_villages_unique():
    problems = validate_profile(sadyrbaev(council_convocation="2", villages=["Масы", "масы"]))
    assert set(problems) == {"council_convocation", "villages"}


def test_first_save_creates_the_own_municipality_with_the_model_regulation(session):
    assert own_municipality(session) is None
    municipality = save_profile(session, sadyrbaev(council_convocation="ii"))
    assert own_municipality(session).id == municipality.id
    assert municipality.council_convocation == "II"
    assert [village.name for village in municipality.villages] == ["Масы", "Беш-Жыгач"]
    regulation = municipality.regulation
    assert (regulation.min_size, regulation.max_size, regulation.min_citizen_percent) == (5, 15, 50)
    assert regulation.max_one_sex_percent == 70 and regulation.term_months == 48


def test_later_save_updates_the_same_municipality_and_keeps_village_ids(session):
    first = save_profile(session, sadyrbaev())
    masy_id = first.villages[0].id
    second = save_profile(session, sadyrbaev(council_chair="Б. Асанов", villages=["Масы", "Арал"]))
    assert second.id == first.id
    assert second.council_chair == "Б. Асанов"
    assert [(v.name, v.id == masy_id) for v in second.villages] == [("Масы", True), ("Арал", False)]


def test_invalid_profile_is_refused_and_nothing_is_saved(session):
    with pytest.raises(ValidationError) as raised:
        save_profile(session, sadyrbaev(region=""))
    assert set(raised.value.problems) == {"region"}
    assert own_municipality(session) is None
