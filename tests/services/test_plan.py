"""The plan's services: items with eligible responsibles, the lifecycle to the council's approval,
amendments as new versions, and read-only approved and superseded versions."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import (
    MeetingKind,
    MemberCategory,
    MemberRole,
    MonitoringMethod,
    ObjectKind,
    PlanItemStatus,
    PlanVersionStatus,
    Sex,
    SubjectKind,
    WithdrawalGround,
)
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.domain.plan import ItemDraft
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services import plan as plans
from bmb_desktop.services import plan_items as items
from bmb_desktop.services.conflicts import decide_conflict, declare_conflict
from bmb_desktop.services.group import save_member, withdraw_member
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.services.objects import ObjectDraft, save_object
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import AgendaItem, Attendance, Decision, Meeting, PlanVersion, Resolution

APPOINTED = date(2025, 10, 14)
TODAY = date(2026, 1, 10)
S = PlanVersionStatus


@pytest.fixture
def group(tmp_path):
    """Five members and two objects; yields (session, municipality id, members by surname, objects by key)."""
    database = open_database(tmp_path / "plan.sqlite3")
    with database.session() as session:
        municipality = save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
            aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
            council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
        ))  # fmt: skip
        members = {}
        for surname, given, sex, category, role in (
            ("Кандарова", "Гүлнара", Sex.FEMALE, MemberCategory.CITIZEN, MemberRole.CHAIR),
            ("Султанова", "Канышай", Sex.FEMALE, MemberCategory.ASSOCIATION_REPRESENTATIVE, MemberRole.SECRETARY),
            ("Осмоналиев", "Эркинбек", Sex.MALE, MemberCategory.COUNCIL_DEPUTY, MemberRole.MEMBER),
            ("Жантаева", "Умут", Sex.FEMALE, MemberCategory.CITIZEN, MemberRole.MEMBER),
            ("Ташиев", "Канат", Sex.MALE, MemberCategory.MUNICIPAL_EMPLOYEE, MemberRole.MEMBER),
        ):
            members[surname] = save_member(session, municipality.id, MemberDraft(
                surname=surname, given_name=given, sex=sex, birth_date=date(1980, 1, 1), category=category,
                role=role, appointed_on=APPOINTED, basis_text="Токтом № 12/5",
            )).id  # fmt: skip
        objects = {
            "water": save_object(session, municipality.id, ObjectDraft(name="«Масы-Суу» ИСПАКБ", kind=ObjectKind.COMMUNITY_ORGANISATION)).id,
            "road": save_object(session, municipality.id, ObjectDraft(name="«Нур-Жол Курулуш» ЖЧК", kind=ObjectKind.PROCUREMENT_SUPPLIER)).id,
        }
        yield session, municipality.id, members, objects
    database.close()


def draft(objects, members, **changes) -> ItemDraft:
    values = dict(
        object_id=objects["water"], subject_kind=SubjectKind.MUNICIPAL_SERVICE,
        subject="Ичүүчү суу менен камсыз кылуу кызматынын сапаты", purpose="Суунун үзгүлтүксүз берилишин баалоо",
        methods=(MonitoringMethod.OBSERVATION, MonitoringMethod.QUESTIONNAIRE),
        responsible_ids=(members["Султанова"], members["Жантаева"]), quarter=1,
        starts_on=date(2026, 2, 16), ends_on=date(2026, 3, 27), information_sources="ИСПАКБнын отчету",
        resources_needed="120 анкета", involvement="Көчө активисттери — талаа иштеринде", analysis_method="Пайыз менен",
    )  # fmt: skip
    return ItemDraft(**(values | changes))


def vote(session, municipality_id, members, version_id, *, held_on, votes=(5, 0, 0), number=1):
    """A group meeting with everyone present and one decision linked to the plan version."""
    votes_for, against, abstained = votes
    session.add(Meeting(
        municipality_id=municipality_id, kind=MeetingKind.GROUP_MEETING, year=held_on.year, number=number,
        held_on=held_on, place="Айыл өкмөтүнүн жыйындар залы",
        attendance=[Attendance(membership_id=mid, present=True) for mid in members.values()],
        agenda_items=[AgendaItem(position=1, title="Планга өзгөртүүлөр жөнүндө", decisions=[Decision(
            position=1, text="Өзгөртүүлөр жактырылсын", votes_for=votes_for, votes_against=against,
            votes_abstained=abstained, plan_version_id=version_id,
        )])],
    ))  # fmt: skip
    session.commit()


def approved_plan(session, municipality_id, objects, members):
    """A 2026 plan with two items, discussed, submitted and approved by resolution 14/3."""
    version = plans.create_plan(session, municipality_id, year=2026)
    items.save_item(session, municipality_id, version.id, draft(objects, members), on=TODAY)
    road = draft(objects, members, object_id=objects["road"], subject_kind=SubjectKind.PROCUREMENT_DELIVERY,
                 subject="Жибек Жолу көчөсүн оңдоо", quarter=None, starts_on=date(2026, 4, 20), ends_on=date(2026, 8, 28),
                 responsible_ids=(members["Осмоналиев"],))  # fmt: skip
    items.save_item(session, municipality_id, version.id, road, on=TODAY)
    plans.record_discussion(session, municipality_id, version.id, discussed_on=date(2026, 1, 12))
    plans.submit_version(session, municipality_id, version.id, submitted_on=date(2026, 1, 19))
    return plans.approve_version(session, municipality_id, version.id, resolution_number="14/3", adopted_on=date(2026, 1, 28))


def test_a_new_plan_is_an_empty_draft_of_version_1_and_a_year_has_one_plan(group):
    session, municipality_id, _members, _objects = group
    version = plans.create_plan(session, municipality_id, year=2026)
    assert (version.number, version.status, version.items) == (1, S.DRAFT, [])
    with pytest.raises(ValidationError) as error:
        plans.create_plan(session, municipality_id, year=2026)
    assert error.value.problems == {"year": "2026-жылга план мурда түзүлгөн."}


def test_an_item_keeps_every_field_of_p2_with_several_methods_and_responsibles(group):
    session, municipality_id, members, objects = group
    version = plans.create_plan(session, municipality_id, year=2026)
    item = items.save_item(session, municipality_id, version.id, draft(objects, members), on=TODAY)
    assert item.position == 1 and item.monitored_object.name == "«Масы-Суу» ИСПАКБ"
    assert {m.method for m in item.methods} == {MonitoringMethod.OBSERVATION, MonitoringMethod.QUESTIONNAIRE}
    assert {r.membership_id for r in item.responsibles} == {members["Султанова"], members["Жантаева"]}
    assert (item.quarter, item.starts_on, item.ends_on) == (1, date(2026, 2, 16), date(2026, 3, 27))
    assert (item.information_sources, item.resources_needed, item.analysis_method) == ("ИСПАКБнын отчету", "120 анкета", "Пайыз менен")
    assert item.involvement == "Көчө активисттери — талаа иштеринде"
    assert items.draft_of(item) == draft(objects, members)


def test_a_member_removed_for_a_conflict_on_the_object_cannot_be_responsible_for_it(group):
    session, municipality_id, members, objects = group
    declaration = declare_conflict(
        session, municipality_id, membership_id=members["Ташиев"], object_id=objects["road"], subject="",
        declared_on=date(2026, 1, 5), statement="Ишкананын директору — агам",
    )  # fmt: skip
    decide_conflict(session, declaration.id, removed=True, decided_on=date(2026, 1, 8))
    version = plans.create_plan(session, municipality_id, year=2026)
    road = draft(objects, members, object_id=objects["road"], responsible_ids=(members["Ташиев"],))
    problems = items.check_item(session, municipality_id, version.id, road, on=TODAY)
    assert problems == {"responsibles": "К. Ташиев кызыкчылыктардын кагылышуусуна байланыштуу бул мониторингден четтетилген"}
    with pytest.raises(ValidationError):
        items.save_item(session, municipality_id, version.id, road, on=TODAY)
    # the same member may answer for another object
    water = draft(objects, members, responsible_ids=(members["Ташиев"],))
    assert items.check_item(session, municipality_id, version.id, water, on=TODAY) == {}
    candidates = {c.membership_id: c for c in items.responsible_candidates(session, municipality_id, object_id=objects["road"], on=TODAY)}
    assert not candidates[members["Ташиев"]].eligible and "К. Ташиев" in candidates[members["Ташиев"]].reason
    assert all(c.eligible for mid, c in candidates.items() if mid != members["Ташиев"])


def test_a_member_who_left_the_group_cannot_be_made_responsible(group):
    session, municipality_id, members, objects = group
    withdraw_member(session, municipality_id, members["Жантаева"], on=date(2026, 1, 5), ground=WithdrawalGround.HEALTH)
    version = plans.create_plan(session, municipality_id, year=2026)
    problems = items.check_item(session, municipality_id, version.id, draft(objects, members), on=TODAY)
    assert problems == {"responsibles": "У. Жантаева топтун учурдагы мүчөсү эмес."}
    assert members["Жантаева"] not in {c.membership_id for c in items.responsible_candidates(session, municipality_id, object_id=objects["water"], on=TODAY)}


def test_the_lifecycle_records_the_discussion_the_answers_submission_and_the_resolution(group):
    session, municipality_id, members, objects = group
    version = plans.create_plan(session, municipality_id, year=2026)
    items.save_item(session, municipality_id, version.id, draft(objects, members), on=TODAY)
    school = plans.add_proposal(session, municipality_id, version.id, text="Мектептеги ысык тамакты кошуу")
    pasture = plans.add_proposal(session, municipality_id, version.id, text="Жайыт комитетин кошуу")
    plans.record_discussion(session, municipality_id, version.id, discussed_on=date(2026, 1, 12), note="Эки сунуш түштү")
    assert (version.status, version.discussed_on, version.aiyl_okmotu_proposals) == (S.DISCUSSED, date(2026, 1, 12), "Эки сунуш түштү")
    with pytest.raises(ValidationError) as error:
        plans.submit_version(session, municipality_id, version.id, submitted_on=date(2026, 1, 19))
    assert set(error.value.problems) == {"proposals"}
    plans.answer_proposal(session, municipality_id, school.id, accepted=True, answer="2-пункт")
    with pytest.raises(ValidationError) as error:
        plans.answer_proposal(session, municipality_id, pasture.id, accepted=False)
    assert set(error.value.problems) == {"answer"}
    plans.answer_proposal(session, municipality_id, pasture.id, accepted=False, answer="Комитеттин курамы жаңыланууда")
    plans.submit_version(session, municipality_id, version.id, submitted_on=date(2026, 1, 19))
    approved = plans.approve_version(session, municipality_id, version.id, resolution_number="№ 14/3", adopted_on=date(2026, 1, 28))
    assert approved.status is S.APPROVED
    assert (approved.approval_resolution.number, approved.approval_resolution.adopted_on) == ("14/3", date(2026, 1, 28))
    assert plans.version_in_force(approved.plan) is approved
    assert [(p.accepted, p.answer) for p in approved.proposals] == [(True, "2-пункт"), (False, "Комитеттин курамы жаңыланууда")]


def test_steps_cannot_be_skipped(group):
    session, municipality_id, members, objects = group
    version = plans.create_plan(session, municipality_id, year=2026)
    with pytest.raises(ValidationError) as error:
        plans.record_discussion(session, municipality_id, version.id, discussed_on=date(2026, 1, 12))
    assert set(error.value.problems) == {"items"}
    items.save_item(session, municipality_id, version.id, draft(objects, members), on=TODAY)
    with pytest.raises(ValidationError) as error:
        plans.approve_version(session, municipality_id, version.id, resolution_number="14/3", adopted_on=date(2026, 1, 28))
    assert set(error.value.problems) == {"status"}


def test_an_approved_version_is_read_only_but_its_progress_is_recorded(group):
    session, municipality_id, members, objects = group
    version = approved_plan(session, municipality_id, objects, members)
    first = version.items[0]
    with pytest.raises(UserError, match="бекиткен, аны өзгөртүүгө болбойт"):
        items.save_item(session, municipality_id, version.id, draft(objects, members, purpose="Башка"), on=TODAY, item_id=first.id)
    with pytest.raises(UserError):
        plans.add_proposal(session, municipality_id, version.id, text="Дагы бир сунуш")
    with pytest.raises(UserError):
        items.delete_item(session, municipality_id, first.id)
    items.set_item_status(session, municipality_id, first.id, status=PlanItemStatus.IN_PROGRESS)
    assert first.status is PlanItemStatus.IN_PROGRESS
    with pytest.raises(UserError, match="өзгөртүү киргизип"):
        items.set_item_status(session, municipality_id, first.id, status=PlanItemStatus.CANCELLED, cancel_reason="Керек эмес")
    assert first.purpose == "Суунун үзгүлтүксүз берилишин баалоо"


def test_an_amendment_copies_the_version_in_force_into_a_new_draft(group):
    session, municipality_id, members, objects = group
    original = approved_plan(session, municipality_id, objects, members)
    amendment = plans.amend_plan(session, municipality_id, original.plan_id, reason="Көчө оңдоо IV кварталга жылдырылды")
    assert (amendment.number, amendment.status, amendment.amendment_reason) == (2, S.DRAFT, "Көчө оңдоо IV кварталга жылдырылды")
    assert original.status is S.APPROVED and plans.version_in_force(original.plan) is original
    assert [i.source_item_id for i in amendment.items] == [i.id for i in original.items]
    for copy, source in zip(amendment.items, original.items):
        assert (copy.subject, copy.quarter, copy.starts_on) == (source.subject, source.quarter, source.starts_on)
        assert {m.method for m in copy.methods} == {m.method for m in source.methods}
        assert {r.membership_id for r in copy.responsibles} == {r.membership_id for r in source.responsibles}
    road = amendment.items[1]
    moved = items.draft_of(road)
    moved = ItemDraft(**{**moved.__dict__, "quarter": 4, "starts_on": date(2026, 10, 1), "ends_on": date(2026, 11, 30)})
    items.save_item(session, municipality_id, amendment.id, moved, on=TODAY, item_id=road.id)
    assert original.items[1].quarter is None and original.items[1].ends_on == date(2026, 8, 28)
    with pytest.raises(ValidationError) as error:
        plans.amend_plan(session, municipality_id, original.plan_id, reason="Дагы бир өзгөртүү")
    assert set(error.value.problems) == {"status"}


def test_an_amendment_needs_a_passed_group_vote_and_its_approval_supersedes_the_old_version(group):
    session, municipality_id, members, objects = group
    original = approved_plan(session, municipality_id, objects, members)
    amendment = plans.amend_plan(session, municipality_id, original.plan_id, reason="Жайыт комитети жокко чыгарылды")
    plans.record_discussion(session, municipality_id, amendment.id, discussed_on=date(2026, 6, 22))
    with pytest.raises(ValidationError) as error:
        plans.submit_version(session, municipality_id, amendment.id, submitted_on=date(2026, 6, 23))
    assert set(error.value.problems) == {"group_vote"}
    vote(session, municipality_id, members, amendment.id, held_on=date(2026, 6, 19), votes=(2, 3, 0), number=1)
    with pytest.raises(ValidationError, match="кабыл алынган жок"):
        plans.submit_version(session, municipality_id, amendment.id, submitted_on=date(2026, 6, 23))
    vote(session, municipality_id, members, amendment.id, held_on=date(2026, 6, 20), votes=(5, 0, 0), number=2)
    plans.submit_version(session, municipality_id, amendment.id, submitted_on=date(2026, 6, 23))
    assert original.status is S.APPROVED  # still in force while the council has not decided
    plans.approve_version(session, municipality_id, amendment.id, resolution_number="16/2", adopted_on=date(2026, 6, 26))
    assert (original.status, amendment.status) == (S.SUPERSEDED, S.APPROVED)
    assert plans.version_in_force(original.plan) is amendment
    with pytest.raises(UserError, match="окуу үчүн гана"):
        plans.editable_version(session, municipality_id, original.id)
    rows = plans.version_rows(original.plan)
    assert [(r.number, r.status, r.resolution_number, r.in_force) for r in rows] == [
        (1, S.SUPERSEDED, "14/3", False), (2, S.APPROVED, "16/2", True),
    ]


def test_a_resolution_number_already_recorded_with_another_date_is_refused(group):
    session, municipality_id, members, objects = group
    session.add(Resolution(municipality_id=municipality_id, number="14/3", adopted_on=date(2026, 1, 27), title="Башка токтом"))
    session.commit()
    version = plans.create_plan(session, municipality_id, year=2026)
    items.save_item(session, municipality_id, version.id, draft(objects, members), on=TODAY)
    plans.record_discussion(session, municipality_id, version.id, discussed_on=date(2026, 1, 12))
    plans.submit_version(session, municipality_id, version.id, submitted_on=date(2026, 1, 19))
    with pytest.raises(ValidationError) as error:
        plans.approve_version(session, municipality_id, version.id, resolution_number="14/3", adopted_on=date(2026, 1, 28))
    assert set(error.value.problems) == {"resolution_number"}
    assert version.status is S.SUBMITTED


def test_stepping_back_withdraws_from_the_council_then_reopens_the_discussion(group):
    session, municipality_id, members, objects = group
    version = plans.create_plan(session, municipality_id, year=2026)
    items.save_item(session, municipality_id, version.id, draft(objects, members), on=TODAY)
    plans.record_discussion(session, municipality_id, version.id, discussed_on=date(2026, 1, 12))
    plans.submit_version(session, municipality_id, version.id, submitted_on=date(2026, 1, 19))
    with pytest.raises(UserError, match="кеңештен кайтарып алыңыз"):
        items.move_item(session, municipality_id, version.items[0].id, position=1)
    assert plans.step_back(session, municipality_id, version.id).status is S.DISCUSSED and version.submitted_on is None
    assert plans.step_back(session, municipality_id, version.id).status is S.DRAFT and version.discussed_on is None
    with pytest.raises(UserError):
        plans.step_back(session, municipality_id, version.id)


def test_discarding_an_amendment_keeps_the_approved_version_and_a_lone_draft_takes_its_plan(group):
    session, municipality_id, members, objects = group
    original = approved_plan(session, municipality_id, objects, members)
    amendment = plans.amend_plan(session, municipality_id, original.plan_id, reason="Сыноо")
    plans.discard_version(session, municipality_id, amendment.id)
    assert [v.number for v in original.plan.versions] == [1]
    with pytest.raises(UserError):
        plans.discard_version(session, municipality_id, original.id)
    draft_2027 = plans.create_plan(session, municipality_id, year=2027)
    plans.discard_version(session, municipality_id, draft_2027.id)
    assert plans.plan_of_year(session, municipality_id, 2027) is None


def test_an_item_a_meeting_refers_to_is_cancelled_rather_than_deleted(group):
    session, municipality_id, members, objects = group
    version = plans.create_plan(session, municipality_id, year=2026)
    item = items.save_item(session, municipality_id, version.id, draft(objects, members), on=TODAY)
    session.add(Meeting(
        municipality_id=municipality_id, kind=MeetingKind.OBSERVED_EVENT, year=2026, held_on=date(2026, 1, 9),
        title="Тендер", plan_item_id=item.id,
    ))  # fmt: skip
    session.commit()
    with pytest.raises(UserError, match="жокко чыгарыңыз"):
        items.delete_item(session, municipality_id, item.id)
    cancelled = ItemDraft(**{**items.draft_of(item).__dict__, "status": PlanItemStatus.CANCELLED, "cancel_reason": "Объект жабылды"})
    items.save_item(session, municipality_id, version.id, cancelled, on=TODAY, item_id=item.id)
    assert (item.status, item.cancel_reason) == (PlanItemStatus.CANCELLED, "Объект жабылды")


def test_items_are_reordered_and_renumbered(group):
    session, municipality_id, members, objects = group
    version = plans.create_plan(session, municipality_id, year=2026)
    for subject in ("Биринчи", "Экинчи", "Үчүнчү"):
        items.save_item(session, municipality_id, version.id, draft(objects, members, subject=subject), on=TODAY)
    items.move_item(session, municipality_id, version.items[2].id, position=1)
    session.expire_all()
    stored = session.get(PlanVersion, version.id)
    assert [(i.position, i.subject) for i in stored.items] == [(1, "Үчүнчү"), (2, "Биринчи"), (3, "Экинчи")]
    items.delete_item(session, municipality_id, stored.items[0].id)
    assert [(i.position, i.subject) for i in session.get(PlanVersion, version.id).items] == [(1, "Биринчи"), (2, "Экинчи")]


def test_plans_of_another_municipality_are_not_found(group):
    session, municipality_id, members, objects = group
    version = plans.create_plan(session, municipality_id, year=2026)
    with pytest.raises(UserError):
        plans.find_version(session, municipality_id + 1, version.id)
    assert session.scalar(select(PlanVersion.id)) == version.id
