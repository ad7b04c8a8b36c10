"""The demo database: the real group of resolution 12/5 and a consistent year of work around it."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from sqlalchemy import Date, DateTime, func, select

from bmb_desktop.domain.enums import (
    ActStatus,
    ChairRule,
    MeetingKind,
    MemberCategory,
    MemberRole,
    Sex,
)
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import UserError
from bmb_desktop.services.demo import build_demo, create_demo_database
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import (
    Act,
    ActAddressee,
    ActParticipant,
    ActResponse,
    AgendaItem,
    Attendance,
    Base,
    ConflictDeclaration,
    CouncilSession,
    DatabaseFact,
    Decision,
    Finding,
    FormationStep,
    GatheringCandidate,
    Indicator,
    IndicatorMeasurement,
    Letter,
    Meeting,
    Membership,
    MonitoredObject,
    Municipality,
    Notice,
    NoticeBoard,
    PlanItem,
    PlanItemMethod,
    PlanItemResponsible,
    PlanVersion,
    Posting,
    Recommendation,
    RecommendationNote,
    Recusal,
    RegulationProfile,
    Resolution,
    Village,
)

TODAY = date(2026, 11, 21)
# Columns that name a day still to come (a term's end, a deadline, a planned period).
FORWARD_LOOKING = {
    ("membership", "term_ends_on"),
    ("plan_item", "starts_on"),
    ("plan_item", "ends_on"),
    ("indicator", "deadline"),
    ("recommendation", "due_on"),
    ("notice", "event_on"),  # a notice announces what is still to come
}
# Written by the audit log and file storage at the real moment of writing, not by the demo.
REAL_TIME_STAMPS = {("audit_entry", "at"), ("attachment", "added_at")}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def session(demo):
    with demo.session() as session:
        yield session


def test_the_group_is_exactly_the_five_people_of_resolution_12_5(session):
    memberships = session.scalars(select(Membership)).all()
    group = {
        short_name(m.person.given_name, m.person.surname): (m.role, m.category, m.person.sex)
        for m in memberships
    }
    assert group == {
        "Г. Кандарова": (MemberRole.CHAIR, MemberCategory.MUNICIPAL_EMPLOYEE, Sex.FEMALE),
        "К. Султанова": (
            MemberRole.MEMBER, MemberCategory.ASSOCIATION_REPRESENTATIVE, Sex.FEMALE,
        ),
        "Э. Осмоналиев": (MemberRole.MEMBER, MemberCategory.COUNCIL_DEPUTY, Sex.MALE),
        "У. Жантаева": (MemberRole.MEMBER, MemberCategory.COUNCIL_DEPUTY, Sex.FEMALE),
        "К. Ташиев": (MemberRole.MEMBER, MemberCategory.MUNICIPAL_EMPLOYEE, Sex.MALE),
    }
    for membership in memberships:
        assert membership.basis_resolution.number == "12/5"
        assert membership.appointed_on == date(2025, 10, 14)
        assert membership.term_ends_on == date(2029, 10, 14)
        assert re.fullmatch(r"\+996 7\d\d \d{3} \d{3}", membership.person.phone)


def test_the_municipality_and_its_council_session_are_the_real_ones(session):
    municipality = session.scalars(select(Municipality)).one()
    fact = session.get(DatabaseFact, "own_municipality_id")
    assert fact is not None and fact.value == str(municipality.id)
    assert (municipality.aiyl_okmotu_name, municipality.aiyl_okmotu_head) == (
        "Д. Садырбаев айыл өкмөтү", "Ш. Дарманкулов",
    )
    assert (municipality.council_chair, municipality.council_convocation) == ("А. Тешебаев", "II")
    assert municipality.responsible_secretary == "А. Саитова"
    villages = {village.name for village in session.scalars(select(Village))}
    assert {"Масы", "Беш-Жыгач", "Арал", "Богот", "Апыртан", "Шайдан", "Кызыл-Туу"} <= villages
    assert municipality.administrative_centre in villages

    session_xii = session.scalars(select(CouncilSession).where(CouncilSession.number == 12)).one()
    assert session_xii.extraordinary and session_xii.held_on == date(2025, 10, 14)
    assert [r.number for r in session_xii.resolutions] == [f"12/{n}" for n in range(1, 7)]
    group_resolution = session.scalars(select(Resolution).where(Resolution.number == "12/5")).one()
    assert group_resolution.title == (
        "Д.Садырбаев айыл аймагындагы биргелешкен мониторинг жана баалоо тобун курамын жана "
        "жобосун бекитүү жөнүндө"
    )


def test_the_regulation_profile_is_the_model_regulation_based_on_12_5(session):
    profile = session.scalars(select(RegulationProfile)).one()
    assert (profile.min_size, profile.max_size, profile.odd_size_required) == (5, 15, True)
    assert (
        profile.min_employee_percent, profile.min_deputy_percent, profile.min_citizen_percent
    ) == (25, 25, 50)
    assert profile.max_one_sex_percent == 70
    assert profile.chair_rule is ChairRule.CITIZEN_MEMBER
    assert profile.term_months == 48
    assert profile.basis_resolution.number == "12/5"
    assert profile.group_created_on == date(2025, 10, 14)


@pytest.mark.parametrize(
    "model",
    [
        Village, CouncilSession, Resolution, FormationStep, MonitoredObject, PlanVersion,
        PlanItem, PlanItemMethod, PlanItemResponsible, ConflictDeclaration, Meeting, Attendance,
        AgendaItem, Decision, Recusal, GatheringCandidate, Act, ActParticipant, Finding,
        Recommendation, RecommendationNote, ActAddressee, ActResponse, Letter, Indicator,
        IndicatorMeasurement, NoticeBoard, Notice, Posting,
    ],
    ids=lambda model: model.__name__,
)
def test_every_kind_of_record_has_demo_rows(session, model):
    assert session.scalar(select(func.count()).select_from(model)) > 0


def test_issued_acts_are_numbered_uniquely_and_one_act_is_still_a_draft(session):
    acts = session.scalars(select(Act)).all()
    issued = [act for act in acts if act.status is ActStatus.ISSUED]
    assert len(issued) >= 3
    assert all(act.number and act.year == 2026 and act.issued_on for act in issued)
    assert len({act.display_number for act in issued}) == len(issued)
    assert sorted(act.display_number for act in issued)[:3] == ["1/2026", "2/2026", "3/2026"]
    drafts = [act for act in acts if act.status is ActStatus.DRAFT]
    assert drafts and all(act.number is None and act.issued_on is None for act in drafts)
    for act in issued:
        assert {a.kind.value for a in act.addressees} == {"object", "aiyl_okmotu", "council"}


def test_no_member_with_a_conflict_is_responsible_for_or_signs_on_that_object(session):
    conflicts = {
        (c.membership_id, c.monitored_object_id)
        for c in session.scalars(select(ConflictDeclaration))
    }
    assert conflicts
    responsible = session.execute(
        select(PlanItemResponsible.membership_id, PlanItem.object_id).join(
            PlanItem, PlanItem.id == PlanItemResponsible.plan_item_id
        )
    ).all()
    signing = session.execute(
        select(ActParticipant.membership_id, Act.object_id).join(
            Act, Act.id == ActParticipant.act_id
        )
    ).all()
    assert not conflicts & {tuple(row) for row in responsible}
    assert not conflicts & {tuple(row) for row in signing}


def test_decisions_are_taken_only_with_a_quorum_and_by_those_present(session):
    members = session.scalar(select(func.count()).select_from(Membership))
    meetings = session.scalars(
        select(Meeting).where(Meeting.kind == MeetingKind.GROUP_MEETING)
    ).all()
    without_quorum = 0
    for meeting in meetings:
        present = sum(1 for a in meeting.attendance if a.present)
        decisions = [d for item in meeting.agenda_items for d in item.decisions]
        if present * 2 <= members:
            without_quorum += 1
            assert not decisions
        for decision in decisions:
            voters = decision.votes_for + decision.votes_against + decision.votes_abstained
            assert voters + len(decision.recusals) <= present
    assert without_quorum == 1
    quarters = {(m.held_on.month - 1) // 3 + 1 for m in meetings if m.held_on.year == 2026}
    assert quarters == {1, 2, 3, 4}


@pytest.mark.parametrize(
    "today", [TODAY, date(2025, 10, 14), date(2026, 3, 10), date(2026, 6, 20), date(2026, 9, 12)]
)
def test_nothing_is_dated_after_the_day_the_demo_is_seen_from(tmp_path, today):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3", today=today))
    try:
        with database.session() as session:
            for table in Base.metadata.sorted_tables:
                for column in table.columns:
                    key = (table.name, column.name)
                    if key in FORWARD_LOOKING | REAL_TIME_STAMPS:
                        continue
                    if isinstance(column.type, (Date, DateTime)):
                        latest = session.scalar(select(func.max(column)))
                        if isinstance(latest, datetime):
                            latest = latest.date()
                        assert latest is None or latest <= today, key
            issued = session.scalars(select(Act).where(Act.status == ActStatus.ISSUED)).all()
            assert all(act.issued_on <= today for act in issued)
    finally:
        database.close()


def test_seen_from_spring_the_plan_is_approved_and_no_act_is_issued_yet(tmp_path):
    path = create_demo_database(tmp_path / "demo.sqlite3", today=date(2026, 3, 10))
    database = open_database(path)
    try:
        with database.session() as session:
            versions = session.scalars(select(PlanVersion)).all()
            assert [(v.number, v.status.value) for v in versions] == [(1, "approved")]
            assert versions[0].approval_resolution.number == "14/3"
            assert session.scalar(select(func.count()).select_from(Act)) == 0
            assert session.scalar(select(func.count()).select_from(ConflictDeclaration)) == 0
    finally:
        database.close()


def test_a_non_empty_file_is_refused_and_left_byte_identical(tmp_path):
    existing = create_demo_database(tmp_path / "existing.sqlite3")
    other = tmp_path / "notes.txt"
    other.write_text("чийне\n", encoding="utf-8")
    for path in (existing, other):
        before = path.read_bytes()
        with pytest.raises(UserError):
            create_demo_database(path)
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.sqlite3", "notes.txt"]


def test_an_empty_file_is_filled_with_the_demo(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    create_demo_database(path)
    database = open_database(path)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Municipality)) == 1
    finally:
        database.close()


def test_build_demo_refuses_a_database_that_already_has_a_municipality(demo):
    with demo.session() as session:
        with pytest.raises(UserError):
            build_demo(session)
        assert session.scalar(select(func.count()).select_from(Municipality)) == 1


def test_a_day_before_the_group_existed_is_refused_without_creating_a_file(tmp_path):
    path = tmp_path / "early.sqlite3"
    with pytest.raises(UserError):
        create_demo_database(path, today=date(2025, 10, 13))
    assert not path.exists()
