"""Signed protocols and approved plans are immutable in the database itself; attempts are logged.

The triggers are tried with plain SQL (as an outside editor would) and through the ORM with
``commit_or_refuse`` (as the services do), which records the refusal in the audit log.
"""

import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import (
    AuditAction,
    MeetingKind,
    MeetingStatus,
    MemberCategory,
    MonitoringMethod,
    PlanItemStatus,
    PlanVersionStatus,
    Sex,
    SubjectKind,
)
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.services.group import save_member
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.audit import broken_links
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.immutability import FrozenRecordError, commit_or_refuse, expected_triggers
from bmb_desktop.storage.models import (
    AgendaItem,
    Attendance,
    AuditEntry,
    Decision,
    GatheringCandidate,
    Meeting,
    Plan,
    PlanItem,
    PlanItemMethod,
    PlanItemResponsible,
    PlanProposal,
    PlanVersion,
    Recusal,
)

DAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory):
    """A signed meeting and a gathering, an approved plan version and a draft one, made as the app does."""
    path = tmp_path_factory.mktemp("frozen") / "frozen.sqlite3"
    database = open_database(path, user_name="А. Саитова")
    with database.session() as session:
        municipality = save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="АӨ", aiyl_okmotu_head="Ш. Дарманкулов",
            council_name="Кеңеш", council_convocation="II", council_chair="А. Тешебаев", responsible_secretary="А. Саитова",
            villages=["Масы"],
        ))
        members = [
            save_member(session, municipality.id, MemberDraft(
                surname=surname, given_name="Айгүл", sex=Sex.FEMALE, birth_date=date(1980, 1, 1),
                category=MemberCategory.CITIZEN, appointed_on=date(2025, 10, 14), basis_text="Токтом № 12/5",
            )).id
            for surname in ("Кандарова", "Ташиева", "Мамытова")
        ]
        meeting = Meeting(
            municipality_id=municipality.id, kind=MeetingKind.GROUP_MEETING, year=2026, number=1, held_on=DAY,
            place="Айыл өкмөтү", attendance=[Attendance(membership_id=m, present=True) for m in members[:2]],
            agenda_items=[AgendaItem(position=1, title="План", decisions=[
                Decision(position=1, text="Бекитилсин", votes_for=1, recusals=[Recusal(membership_id=members[1])]),
            ])],
        )
        gathering = Meeting(
            municipality_id=municipality.id, kind=MeetingKind.COMMUNITY_GATHERING, year=2026, number=1, held_on=DAY,
            place="Клуб", title="Жыйын", candidates=[GatheringCandidate(position=1, full_name="Ж. Осмонов", votes_for=40)],
        )
        plan = Plan(municipality_id=municipality.id, year=2026, versions=[
            PlanVersion(number=1, items=[PlanItem(
                position=1, subject_kind=SubjectKind.MUNICIPAL_SERVICE, subject="Суу", quarter=1,
                methods=[PlanItemMethod(method=MonitoringMethod.OBSERVATION)],
                responsibles=[PlanItemResponsible(membership_id=members[0])],
            )], proposals=[PlanProposal(position=1, text="Мектепти кошуу", accepted=True)]),
            PlanVersion(number=2, items=[PlanItem(position=1, subject_kind=SubjectKind.MUNICIPAL_SERVICE, subject="Жол")]),
        ])
        session.add_all([meeting, gathering, plan])
        session.commit()
        meeting.status = gathering.status = MeetingStatus.SIGNED  # frozen once their content exists
        plan.versions[0].status = PlanVersionStatus.APPROVED
        session.commit()
    database.close()
    return path


@pytest.fixture
def path(tmp_path, frozen):
    copy_database(frozen, tmp_path / "bmb.sqlite3")
    return tmp_path / "bmb.sqlite3"


def sql(path, statement, *parameters):
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=ON")
    try:
        with connection:
            connection.execute(statement, parameters)
    finally:
        connection.close()


def refuses(path, statement, *parameters, prefix):
    with pytest.raises(sqlite3.IntegrityError, match=prefix):
        sql(path, statement, *parameters)


def test_every_freeze_trigger_exists_at_head(tmp_path):
    database = open_database(tmp_path / "new.sqlite3")
    database.close()
    with sqlite3.connect(tmp_path / "new.sqlite3") as connection:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    expected = expected_triggers()
    assert expected <= present
    assert {"meeting_signed_unchanged", "plan_version_approved_unchanged", "recusal_delete_frozen", "act_issued_unchanged"} <= expected


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE meeting SET place = 'Башка жер' WHERE kind = 'group_meeting'",
        "UPDATE meeting SET status = 'draft', place = 'Башка жер' WHERE kind = 'group_meeting'",
        "DELETE FROM meeting WHERE kind = 'group_meeting'",
        "UPDATE attendance SET present = 0",
        "DELETE FROM attendance",
        "INSERT INTO attendance (meeting_id, membership_id, present, note) SELECT id, 3, 1, '' FROM meeting WHERE kind = 'group_meeting'",
        "UPDATE agenda_item SET title = 'Башка маселе'",
        "INSERT INTO agenda_item (meeting_id, position, title, heard, spoke) SELECT id, 2, 'Кошумча', '', '' FROM meeting WHERE kind = 'group_meeting'",
        "UPDATE decision SET votes_for = 2",
        "DELETE FROM decision",
        "DELETE FROM recusal",
        "INSERT INTO recusal (decision_id, membership_id) SELECT id, 1 FROM decision",
        "UPDATE gathering_candidate SET votes_for = 400",
        "DELETE FROM gathering_candidate",
        "INSERT INTO meeting (municipality_id, kind, year, number, held_on, place, title, chaired_by_name, secretary_name, guests, status)"
        " VALUES (1, 'group_meeting', 2026, 9, '2026-04-01', 'x', '', '', '', '', 'signed')",
    ],
)
def test_a_signed_protocol_and_its_content_cannot_change(path, statement):
    refuses(path, statement, prefix="BMB_PROTOCOL_LOCKED")


def test_a_signed_protocol_can_be_reopened_and_then_corrected(path):
    sql(path, "UPDATE meeting SET status = 'draft' WHERE kind = 'group_meeting'")
    sql(path, "UPDATE meeting SET place = 'Клуб' WHERE kind = 'group_meeting'")
    sql(path, "DELETE FROM recusal")
    sql(path, "UPDATE meeting SET status = 'signed' WHERE kind = 'group_meeting'")
    refuses(path, "UPDATE meeting SET place = 'Мектеп' WHERE kind = 'group_meeting'", prefix="BMB_PROTOCOL_LOCKED")


def test_an_elected_candidate_can_still_be_linked_to_the_person_they_became(path):
    sql(path, "UPDATE gathering_candidate SET person_id = 1")
    refuses(path, "UPDATE gathering_candidate SET person_id = 2, votes_for = 1", prefix="BMB_PROTOCOL_LOCKED")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE plan_version SET amendment_reason = 'x' WHERE number = 1",
        "UPDATE plan_version SET status = 'draft' WHERE number = 1",
        "DELETE FROM plan_version WHERE number = 1",
        "UPDATE plan_item SET subject = 'Башка' WHERE version_id = (SELECT id FROM plan_version WHERE number = 1)",
        "UPDATE plan_item SET version_id = (SELECT id FROM plan_version WHERE number = 1) WHERE subject = 'Жол'",
        "DELETE FROM plan_item WHERE version_id = (SELECT id FROM plan_version WHERE number = 1)",
        "INSERT INTO plan_item (version_id, position, subject_kind, subject, purpose, information_sources, resources_needed,"
        " involvement, analysis_method, status, cancel_reason) SELECT id, 2, 'municipal_service', 'Кошумча', '', '', '', '', '',"
        " 'planned', '' FROM plan_version WHERE number = 1",
        "INSERT INTO plan_item_method (plan_item_id, method) SELECT id, 'focus_group' FROM plan_item WHERE subject = 'Суу'",
        "DELETE FROM plan_item_responsible",
        "UPDATE plan_proposal SET answer = 'Башкача'",
        "DELETE FROM plan WHERE year = 2026",
        "INSERT INTO plan_version (plan_id, number, status, aiyl_okmotu_proposals, amendment_reason) VALUES (1, 3, 'approved', '', '')",
    ],
)
def test_an_approved_plan_and_its_content_cannot_change(path, statement):
    refuses(path, statement, prefix="BMB_PLAN_LOCKED")


def test_carrying_out_an_approved_plan_and_superseding_it_are_allowed(path):
    sql(path, "UPDATE plan_item SET status = 'cancelled', cancel_reason = 'Комитет жаңыланды' WHERE subject = 'Суу'")
    sql(path, "UPDATE plan_item SET subject = 'Жол оңдоо' WHERE subject = 'Жол'")  # the draft version is free
    sql(path, "UPDATE plan_version SET status = 'approved' WHERE number = 2")
    sql(path, "UPDATE plan_version SET status = 'superseded' WHERE number = 1")
    refuses(path, "UPDATE plan_version SET status = 'approved' WHERE number = 1", prefix="BMB_PLAN_LOCKED")
    sql(path, "UPDATE plan_item SET status = 'done' WHERE subject = 'Суу'")  # still carried out after an amendment


def test_a_refused_change_is_rolled_back_and_logged_in_a_transaction_of_its_own(path):
    database = open_database(path, user_name="А. Саитова")
    try:
        with database.session() as session:
            meeting = session.scalar(select(Meeting).where(Meeting.kind == MeetingKind.GROUP_MEETING))
            meeting.place = "Башка жер"
            with pytest.raises(FrozenRecordError, match="Кол коюлган протоколду өзгөртүүгө болбойт") as refused:
                commit_or_refuse(session)
            assert refused.value.detail == "a signed protocol cannot be changed; reopen it first"
            assert session.get(Meeting, meeting.id).place == "Айыл өкмөтү"
            entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert (entry.action, entry.table_name, entry.record_id, entry.user_name) == (
                AuditAction.REFUSED, "meeting", str(meeting.id), "А. Саитова",
            )
            assert json.loads(entry.changes) == {
                "attempt": "update", "reason": "a signed protocol cannot be changed; reopen it first",
                "fields": {"place": ["Айыл өкмөтү", "Башка жер"]},
            }
            assert broken_links(session) == []
            item = session.scalar(select(PlanItem).where(PlanItem.subject == "Суу"))
            item.status = PlanItemStatus.DONE  # the next, allowed change goes through and is logged as usual
            commit_or_refuse(session)
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert (last.action, last.table_name) == (AuditAction.UPDATE, "plan_item")
            assert broken_links(session) == []
    finally:
        database.close()


def test_a_refused_delete_of_content_names_the_rows_attempted(path):
    database = open_database(path)
    try:
        with database.session() as session:
            version = session.scalar(select(PlanVersion).where(PlanVersion.number == 1))
            version.items[0].methods.clear()
            with pytest.raises(FrozenRecordError, match="Бекитилген пландын"):
                commit_or_refuse(session)
            entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert (entry.action, entry.table_name) == (AuditAction.REFUSED, "plan_item_method")
            assert json.loads(entry.changes)["attempt"] == "delete"
    finally:
        database.close()
