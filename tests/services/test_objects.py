"""The register of monitored objects: validation, editing, protected removal and the listing."""

import pytest

from bmb_desktop.domain.enums import ObjectKind, SubjectKind
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.services.objects import (
    ObjectDraft,
    check_object,
    delete_object,
    draft_of,
    find_object,
    list_objects,
    objects_listing,
    save_object,
)
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Plan, PlanItem, PlanVersion

WATER = ObjectDraft(
    name="  «Масы-Суу»   ИСПАКБ ", kind=ObjectKind.COMMUNITY_ORGANISATION, head_name="Ж. Мамытов",
    contact_person="Ж. Мамытов", phone="0770 214 863", address="Масы айылы",
)  # fmt: skip


@pytest.fixture
def register(tmp_path):
    database = open_database(tmp_path / "objects.sqlite3")
    with database.session() as session:
        municipality = save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
            aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
            council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
        ))  # fmt: skip
        yield session, municipality.id
    database.close()


def test_an_object_is_saved_with_its_contact_and_a_normalised_phone_and_name(register):
    session, municipality_id = register
    saved = save_object(session, municipality_id, WATER)
    assert (saved.name, saved.kind, saved.phone) == ("«Масы-Суу» ИСПАКБ", ObjectKind.COMMUNITY_ORGANISATION, "+996 770 214 863")
    assert (saved.head_name, saved.contact_person, saved.address) == ("Ж. Мамытов", "Ж. Мамытов", "Масы айылы")
    assert draft_of(find_object(session, municipality_id, saved.id)).name == "«Масы-Суу» ИСПАКБ"


def test_the_name_and_the_kind_are_required_and_the_phone_must_be_kyrgyz(register):
    session, municipality_id = register
    problems = check_object(session, municipality_id, ObjectDraft(phone="12345"))
    assert set(problems) == {"name", "kind", "phone"}
    assert problems["name"] == "Объекттин аталышын жазыңыз."


def test_two_objects_cannot_share_a_name_but_an_object_keeps_its_own(register):
    session, municipality_id = register
    saved = save_object(session, municipality_id, WATER)
    with pytest.raises(ValidationError) as error:
        save_object(session, municipality_id, ObjectDraft(name="«масы-суу» испакб", kind=ObjectKind.CONSULTANT))
    assert error.value.problems == {"name": "Мындай аталыштагы объект мурда катталган."}
    updated = save_object(session, municipality_id, ObjectDraft(**{**WATER.__dict__, "address": "Беш-Жыгач айылы"}), object_id=saved.id)
    assert updated.id == saved.id and updated.address == "Беш-Жыгач айылы"


def test_an_object_named_in_a_plan_cannot_be_deleted_but_an_unused_one_can(register):
    session, municipality_id = register
    used = save_object(session, municipality_id, WATER)
    unused = save_object(session, municipality_id, ObjectDraft(name="Маданият үйү", kind=ObjectKind.MUNICIPAL_INSTITUTION))
    plan = Plan(municipality_id=municipality_id, year=2026, versions=[PlanVersion(number=1, items=[PlanItem(
        object_id=used.id, subject_kind=SubjectKind.MUNICIPAL_SERVICE, subject="Суу", quarter=1,
    )])])  # fmt: skip
    session.add(plan)
    session.commit()
    with pytest.raises(UserError, match="өчүрүүгө болбойт"):
        delete_object(session, municipality_id, used.id)
    delete_object(session, municipality_id, unused.id)
    assert [row.name for row in list_objects(session, municipality_id)] == ["«Масы-Суу» ИСПАКБ"]


def test_objects_of_another_municipality_are_not_found(register):
    session, municipality_id = register
    saved = save_object(session, municipality_id, WATER)
    with pytest.raises(UserError, match="табылган жок"):
        find_object(session, municipality_id + 1, saved.id)


def test_the_register_lists_objects_in_the_order_of_p4_with_their_use(tmp_path):
    from sqlalchemy import select

    from bmb_desktop.services.demo import create_demo_database
    from bmb_desktop.storage.models import Municipality

    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    try:
        with database.session() as session:
            municipality_id = session.scalar(select(Municipality.id))
            rows = list_objects(session, municipality_id)
            assert [row.kind for row in rows] == sorted((row.kind for row in rows), key=list(ObjectKind).index)
            assert rows[0].name == "Д. Садырбаев айыл өкмөтү" and rows[0].plan_items == 2
            fap = next(row for row in rows if "ФАП" in row.name)
            assert (fap.plan_items, fap.acts) == (2, 1)
            listing = objects_listing(session, municipality_id)
            assert listing.keys[:3] == ("id", "name", "kind") and len(listing.rows) == 8
            assert listing.as_json()[0]["kind"] == "айыл өкмөтү"
            assert [row.name for row in list_objects(session, municipality_id, kind=ObjectKind.MUNICIPAL_ENTERPRISE)] == [
                "«Таза Айыл» муниципалдык ишканасы"
            ]
    finally:
        database.close()

