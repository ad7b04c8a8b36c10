"""The group's members as a use case: saving, the single roles, withdrawing, and composition findings."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from bmb_desktop.domain.enums import MemberCategory, MemberRole, MembershipStatus, Sex, WithdrawalGround
from bmb_desktop.domain.findings import Severity
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.group import (
    active_memberships,
    check_member,
    composition_findings,
    regulation_of,
    role_holders,
    save_member,
    withdraw_member,
)
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.services.roster import list_members
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Membership, Person

APPOINTED = date(2025, 10, 14)


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
        council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы", "Арал"],
    ))


def draft(**changes) -> MemberDraft:
    complete = MemberDraft(
        surname="Султанова", given_name="Канышай", patronymic="Токтосуновна", sex=Sex.FEMALE,
        birth_date=date(1968, 11, 2), phone="0700 526 114", position="Аялдар кеңешинин төрайымы",
        category=MemberCategory.ASSOCIATION_REPRESENTATIVE, appointed_on=APPOINTED,
        basis_text="Жыйындын протоколу № 1",
    )
    return replace(complete, **changes)


def chair_draft(**changes) -> MemberDraft:
    return draft(surname="Кандарова", given_name="Гүлнара", patronymic="Асановна", phone="",
                 category=MemberCategory.CITIZEN, role=MemberRole.CHAIR, **changes)


def test_saving_a_member_creates_the_person_and_membership_with_the_phone_normalised(session, municipality):
    membership = save_member(session, municipality.id, draft(surname="  Султанова ", phone="0700 526 114"))
    session.expire_all()
    stored = session.get(Membership, membership.id)
    assert stored.person.surname == "Султанова"
    assert stored.person.phone == "+996 700 526 114"
    assert (stored.category, stored.role, stored.appointed_on) == (
        MemberCategory.ASSOCIATION_REPRESENTATIVE, MemberRole.MEMBER, APPOINTED,
    )
    assert stored.status is MembershipStatus.ACTIVE and stored.basis_text == "Жыйындын протоколу № 1"


def test_a_member_without_a_phone_is_saved_with_an_empty_phone(session, municipality):
    membership = save_member(session, municipality.id, draft(phone=""))
    assert membership.person.phone == ""


def test_a_draft_with_problems_is_refused_and_nothing_is_saved(session, municipality):
    with pytest.raises(ValidationError) as refused:
        save_member(session, municipality.id, draft(surname="", phone="+7 701 123 45 67"))
    assert refused.value.problems == {
        "surname": "Фамилиясын жазыңыз.",
        "phone": "Кыргызстандын телефон номерин жазыңыз, мисалы: 0700 123 456 же +996 700 123 456.",
    }
    assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_second_chair_is_refused_with_the_holders_name(session, municipality):
    save_member(session, municipality.id, chair_draft())
    with pytest.raises(ValidationError) as refused:
        save_member(session, municipality.id, draft(role=MemberRole.CHAIR))
    assert refused.value.problems == {"role": "Г. Кандарова буга чейин эле төрага; топто мындай бир гана адам болот."}
    assert str(refused.value) == "Г. Кандарова буга чейин эле төрага; топто мындай бир гана адам болот."


def test_the_live_check_reports_the_second_chair_without_saving(session, municipality):
    save_member(session, municipality.id, chair_draft())
    assert check_member(session, municipality.id, draft(role=MemberRole.CHAIR)) == {
        "role": "Г. Кандарова буга чейин эле төрага; топто мындай бир гана адам болот.",
    }
    assert session.scalar(select(func.count()).select_from(Membership)) == 1


def test_the_chair_can_edit_her_own_record(session, municipality):
    chair = save_member(session, municipality.id, chair_draft())
    edited = save_member(session, municipality.id, chair_draft(position="Мугалим"), membership_id=chair.id)
    assert edited.id == chair.id and edited.person.position == "Мугалим"
    assert session.scalar(select(func.count()).select_from(Membership)) == 1


def test_a_new_chair_may_be_appointed_on_the_day_the_old_one_left(session, municipality):
    chair = save_member(session, municipality.id, chair_draft())
    withdraw_member(session, municipality.id, chair.id, on=date(2026, 3, 1), ground=WithdrawalGround.OWN_APPLICATION)
    successor = save_member(session, municipality.id, draft(role=MemberRole.CHAIR, appointed_on=date(2026, 3, 1)),
                            replaces_membership_id=chair.id)
    assert successor.replaces_membership_id == chair.id
    # From 28 February on, both hold the chair at some time; from 1 March only the successor.
    assert role_holders(session, municipality.id, date(2026, 2, 28)) == {MemberRole.CHAIR: "Г. Кандарова, К. Султанова"}
    assert role_holders(session, municipality.id, date(2026, 3, 1)) == {MemberRole.CHAIR: "К. Султанова"}


def test_role_holders_leave_out_the_membership_being_edited(session, municipality):
    chair = save_member(session, municipality.id, chair_draft())
    assert role_holders(session, municipality.id, APPOINTED, excluding=chair.id) == {}


@pytest.mark.parametrize("ground", [g for g in WithdrawalGround if g is not WithdrawalGround.OTHER])
def test_a_member_can_withdraw_on_each_ground(session, municipality, ground):
    membership = save_member(session, municipality.id, draft())
    withdrawn = withdraw_member(session, municipality.id, membership.id, on=date(2026, 3, 1), ground=ground)
    assert withdrawn.status is MembershipStatus.WITHDRAWN
    assert (withdrawn.withdrawn_on, withdrawn.withdrawal_ground) == (date(2026, 3, 1), ground)


def test_the_other_ground_requires_a_note(session, municipality):
    membership = save_member(session, municipality.id, draft())
    with pytest.raises(ValidationError) as refused:
        withdraw_member(session, municipality.id, membership.id, on=date(2026, 3, 1), ground=WithdrawalGround.OTHER, note="  ")
    assert refused.value.problems == {"note": "Башка негизди жазыңыз."}
    assert session.get(Membership, membership.id).status is MembershipStatus.ACTIVE
    withdrawn = withdraw_member(session, municipality.id, membership.id, on=date(2026, 3, 1),
                                ground=WithdrawalGround.OTHER, note=" Башка айылга көчүп кетти ")
    assert withdrawn.withdrawal_note == "Башка айылга көчүп кетти"


def test_a_withdrawal_before_the_appointment_is_refused(session, municipality):
    membership = save_member(session, municipality.id, draft())
    with pytest.raises(ValidationError) as refused:
        withdraw_member(session, municipality.id, membership.id, on=date(2025, 10, 13), ground=WithdrawalGround.HEALTH)
    assert refused.value.problems == {"withdrawn_on": "Курамдан чыгуу дайындалгандан мурун болушу мүмкүн эмес."}


def test_a_withdrawal_without_date_and_ground_names_both(session, municipality):
    membership = save_member(session, municipality.id, draft())
    with pytest.raises(ValidationError) as refused:
        withdraw_member(session, municipality.id, membership.id, on=None, ground=None)
    assert refused.value.problems == {
        "withdrawn_on": "Курамдан чыккан күнүн жазыңыз.",
        "ground": "Курамдан чыгуунун негизин тандаңыз.",
    }


def test_a_member_cannot_withdraw_twice(session, municipality):
    membership = save_member(session, municipality.id, draft())
    withdraw_member(session, municipality.id, membership.id, on=date(2026, 3, 1), ground=WithdrawalGround.HEALTH)
    with pytest.raises(ValidationError) as refused:
        withdraw_member(session, municipality.id, membership.id, on=date(2026, 4, 1), ground=WithdrawalGround.HEALTH)
    assert refused.value.problems == {"withdrawn_on": "Бул мүчө топтун курамынан буга чейин чыккан."}


def test_withdrawn_members_stay_in_the_roster_history(session, municipality):
    chair = save_member(session, municipality.id, chair_draft())
    member = save_member(session, municipality.id, draft())
    withdraw_member(session, municipality.id, member.id, on=date(2026, 3, 1), ground=WithdrawalGround.ABSENCE)
    rows = list_members(session, municipality.id, as_of=date(2026, 6, 1))
    assert [(row.short_name, row.status) for row in rows] == [
        ("Г. Кандарова", MembershipStatus.ACTIVE), ("К. Султанова", MembershipStatus.WITHDRAWN),
    ]
    assert rows[1].withdrawal_ground is WithdrawalGround.ABSENCE
    assert [m.id for m in active_memberships(session, municipality.id, date(2026, 6, 1))] == [chair.id]
    assert {m.id for m in active_memberships(session, municipality.id, date(2026, 2, 28))} == {chair.id, member.id}


def test_a_member_of_another_municipality_is_not_found(session, municipality):
    membership = save_member(session, municipality.id, draft())
    with pytest.raises(NotFoundError):
        withdraw_member(session, municipality.id + 1, membership.id, on=date(2026, 3, 1), ground=WithdrawalGround.HEALTH)
    with pytest.raises(NotFoundError):
        save_member(session, municipality.id, draft(), membership_id=membership.id + 100)


def test_composition_counts_only_the_members_active_on_the_day(session, municipality):
    save_member(session, municipality.id, chair_draft())
    member = save_member(session, municipality.id, draft())
    withdraw_member(session, municipality.id, member.id, on=date(2026, 3, 1), ground=WithdrawalGround.HEALTH)
    before = {f.rule: f for f in composition_findings(session, municipality.id, today=date(2026, 2, 1))}
    after = {f.rule: f for f in composition_findings(session, municipality.id, today=date(2026, 3, 1))}
    assert before["size"].message == "Мүчөлөрдүн саны: 2 (талап: 5–15 адам)"
    assert after["size"].message == "Мүчөлөрдүн саны: 1 (талап: 5–15 адам)"
    assert "term" not in after  # the profile has no creation date yet


def test_the_stored_profile_becomes_domain_rules_with_the_presets_citations(session, municipality):
    profile = municipality.regulation
    assert regulation_of(profile).source("citizens") == "Типтүү жобо 5.2.3"
    profile.preset, profile.max_size, profile.odd_size_required = "local", 11, False
    assert regulation_of(profile).source("size") == "Жергиликтүү жобо 3.4"
    profile.name = "Д. Садырбаев айыл аймагынын БМжБ тобу жөнүндө жобо"
    assert regulation_of(profile).source("size") == "Д. Садырбаев айыл аймагынын БМжБ тобу жөнүндө жобо 3.4"
    assert regulation_of(None).source("sex") == "Типтүү жобо 5.2.3"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    yield database
    database.close()


def test_the_demo_group_shows_exactly_its_real_gaps(demo):
    with demo.session() as session:
        municipality_id = session.scalar(select(Membership.municipality_id).limit(1))
        findings = composition_findings(session, municipality_id, today=date(2026, 11, 21))
    broken = [f for f in findings if f.severity is Severity.BROKEN]
    assert [f.text() for f in broken] == [
        "Жарандар жана алардын бирикмелеринин өкүлдөрү: 5 мүчөнүн 1 (20%); кеминде 3 адам талап кылынат (50%) (Типтүү жобо 5.2.3)",
        "Төрага Г. Кандарова — муниципалдык кызматчы; төрага жарандардын атынан чыккан мүчөлөрдүн ичинен шайланат (Типтүү жобо 5.4.6)",
    ]
    by_rule = {f.rule: f for f in findings}
    assert by_rule["employees"].holds and by_rule["deputies"].holds and by_rule["sex"].holds
    assert by_rule["term"].text() == "Топтун ыйгарым укуктарынын мөөнөтү: 2029-жылдын 14-октябрына чейин (Типтүү жобо 5.3.1)"


def test_the_demo_group_is_warned_of_its_term_ending(demo):
    with demo.session() as session:
        municipality_id = session.scalar(select(Membership.municipality_id).limit(1))
        term = {f.rule: f for f in composition_findings(session, municipality_id, today=date(2029, 8, 1))}["term"]
    assert term.severity is Severity.WARNING
    assert term.message == "Топтун ыйгарым укуктарынын мөөнөтү 2029-жылдын 14-октябрында бүтөт, 74 күн калды"


def test_a_chair_appointed_earlier_than_the_current_chair_is_still_refused(tmp_path):
    from datetime import date as day

    from bmb_desktop.domain.enums import MemberCategory, MemberRole, Sex
    from bmb_desktop.domain.members import MemberDraft
    from bmb_desktop.errors import ValidationError
    from bmb_desktop.services.demo import create_demo_database
    from bmb_desktop.services.group import save_member
    from bmb_desktop.services.municipality import own_municipality
    from bmb_desktop.storage.database import open_database

    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    with database.session() as session:
        municipality_id = own_municipality(session).id
        draft = MemberDraft(
            surname="Асанова", given_name="Айгүл", sex=Sex.FEMALE, birth_date=day(1985, 3, 3),
            category=MemberCategory.CITIZEN, role=MemberRole.CHAIR, appointed_on=day(2025, 9, 1),
            basis_text="Жыйындын протоколу № 1",
        )
        with pytest.raises(ValidationError) as raised:
            save_member(session, municipality_id, draft)
        assert "Г. Кандарова" in raised.value.problems["role"]
    database.close()


def test_an_own_regulation_is_cited_by_its_title_without_the_model_clause_numbers():
    from bmb_desktop.domain.regulation import CUSTOM
    from bmb_desktop.services.group import regulation_of
    from bmb_desktop.storage.models import RegulationProfile

    profile = RegulationProfile(name="Мин-Булак жобосу", preset=CUSTOM, min_size=5, max_size=11,
                                odd_size_required=False, min_employee_percent=0, min_deputy_percent=0,
                                min_citizen_percent=50, max_one_sex_percent=70, term_months=24,
                                min_meetings_per_quarter=1)
    from bmb_desktop.domain.enums import ChairRule, DecisionMajority, ProtocolSigners

    profile.chair_rule, profile.protocol_signers = ChairRule.APPOINTED, ProtocolSigners.ALL_MEMBERS
    profile.decision_majority = DecisionMajority.OF_VOTING
    assert regulation_of(profile).source("citizens") == "Мин-Булак жобосу"
