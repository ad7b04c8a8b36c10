"""Every service entry point takes an enum as the plain value a combo box or the command line hands back,
takes the same branch as for the member, and refuses a value that is none of the choices next to its field."""

from dataclasses import replace
from datetime import date

import pytest

from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import (
    ActStatus,
    AuditAction,
    ChairRule,
    DeliveryMethod,
    EvidenceSource,
    FindingKind,
    FormationKind,
    IndicatorKind,
    LetterKind,
    MeetingKind,
    MemberCategory,
    MemberRole,
    MonitoringMethod,
    NoticeKind,
    ObjectKind,
    PlanItemStatus,
    RecommendationStatus,
    Sex,
    SubjectKind,
    WithdrawalGround,
)
from bmb_desktop.domain.members import MemberDraft, validate_member
from bmb_desktop.domain.plan import ItemDraft, item_problems
from bmb_desktop.errors import ValidationError
from bmb_desktop.services.act_parts import add_finding, update_finding
from bmb_desktop.services.act_responses import record_delivery, set_recommendation_status
from bmb_desktop.services.acts import get_act, save_draft
from bmb_desktop.services.audit_log import AuditFilter, browse
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.formation import start_formation
from bmb_desktop.services.gathering import ElectedPerson
from bmb_desktop.services.group import role_holders, save_member, withdraw_member
from bmb_desktop.services.indicators import IndicatorDraft, MeasurementDraft, check_measurement, find_indicator, save_indicator
from bmb_desktop.services.letters import create_letter
from bmb_desktop.services.meeting_editing import new_meeting_draft, stored_meeting
from bmb_desktop.services.meetings import MeetingDraft, check_meeting, find_meeting, update_meeting
from bmb_desktop.services.notices import NoticeDraft, create_notice
from bmb_desktop.services.objects import ObjectDraft, list_objects, save_object
from bmb_desktop.services.plan_items import set_item_status
from bmb_desktop.services.regulation import RegulationDraft, save_regulation
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Act, ActAddressee, Letter, Recommendation

TODAY = date(2026, 11, 21)
DRAFT_ACT, ISSUED_ACT, DRAFT_MEETING, GROUP_MEETING_LABEL = 4, 3, 11, "2/2026"
MUNICIPALITY = 1


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def session(tmp_path, demo):
    copy_database(demo, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


def refused_field(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.problems


# The helper itself


@pytest.mark.parametrize("value", [FindingKind.FACT, "fact"])
def test_as_enum_gives_the_member_for_a_member_or_its_value(value):
    assert as_enum(FindingKind, value, field="kind") is FindingKind.FACT


def test_as_enum_leaves_an_empty_choice_empty_unless_it_is_required():
    assert as_enum(FindingKind, "", field="kind") is None and as_enum(FindingKind, None, field="kind") is None
    assert list(refused_field(lambda: as_enum(FindingKind, None, field="kind", required=True))) == ["kind"]


def test_as_enum_refuses_junk_with_a_translated_message_next_to_the_field():
    problems = refused_field(lambda: as_enum(FindingKind, "rumour", field="kind"))
    assert problems == {"kind": "«rumour» сунушталган тандоолордун бири эмес; алардын бирин тандаңыз."}


# Arguments


def test_a_finding_takes_its_kind_and_method_as_plain_values(session):
    finding = add_finding(session, DRAFT_ACT, kind="evaluation", method="observation", text="Баа.")
    assert (finding.kind, finding.method) == (FindingKind.EVALUATION, MonitoringMethod.OBSERVATION)
    update_finding(session, finding.id, kind="fact", method="")
    assert (finding.kind, finding.method) == (FindingKind.FACT, None)
    assert list(refused_field(lambda: add_finding(session, DRAFT_ACT, kind="rumour"))) == ["kind"]
    assert list(refused_field(lambda: update_finding(session, finding.id, method="guesswork"))) == ["method"]


def test_an_acts_subject_kind_is_saved_from_its_plain_value(session):
    assert save_draft(session, DRAFT_ACT, subject_kind="local_initiative") == ["subject_kind"]
    assert get_act(session, DRAFT_ACT).subject_kind is SubjectKind.LOCAL_INITIATIVE
    assert list(refused_field(lambda: save_draft(session, DRAFT_ACT, subject_kind="gossip"))) == ["subject_kind"]


def test_a_letter_takes_its_kind_as_a_plain_value(session):
    letter = create_letter(session, MUNICIPALITY, kind="information_request", sent_on=TODAY, addressee="Мектеп",
                           subject="Маалымат")  # fmt: skip
    assert session.get(Letter, letter.id).kind is LetterKind.INFORMATION_REQUEST
    refused = refused_field(lambda: create_letter(session, MUNICIPALITY, kind="", sent_on=TODAY, addressee="", subject=""))
    assert list(refused) == ["kind"]


def test_a_delivery_method_and_a_recommendation_status_come_as_plain_values(session):
    addressee = session.query(ActAddressee).filter_by(act_id=ISSUED_ACT).first()
    record_delivery(session, addressee.id, method="post", sent_on=TODAY, received_on=None)
    assert addressee.delivery_method is DeliveryMethod.POST
    recommendation = session.query(Recommendation).filter_by(act_id=ISSUED_ACT).first()
    # A rejection needs its reason: the check compares members.
    problems = refused_field(lambda: set_recommendation_status(session, recommendation.id, status="rejected", noted_on=TODAY))
    assert list(problems) == ["reason"]
    set_recommendation_status(session, recommendation.id, status="implemented", noted_on=TODAY)
    assert recommendation.status is RecommendationStatus.IMPLEMENTED
    by_pigeon = refused_field(lambda: record_delivery(session, addressee.id, method="pigeon", sent_on=None, received_on=None))
    assert list(by_pigeon) == ["method"]


def test_another_ground_of_withdrawal_given_as_a_plain_value_needs_its_note(session):
    assert list(refused_field(lambda: withdraw_member(session, MUNICIPALITY, 5, on=TODAY, ground="other"))) == ["note"]
    membership = withdraw_member(session, MUNICIPALITY, 5, on=TODAY, ground="health")
    assert membership.withdrawal_ground is WithdrawalGround.HEALTH
    assert list(refused_field(lambda: withdraw_member(session, MUNICIPALITY, 4, on=TODAY, ground="boredom"))) == ["ground"]


def test_a_new_group_formation_given_as_a_plain_value_starts_with_its_announcement_done(session):
    process = start_formation(session, MUNICIPALITY, kind="new_group", started_on=TODAY)
    assert process.kind is FormationKind.NEW_GROUP
    assert process.steps[0].done_on == TODAY


def test_a_new_group_meeting_given_as_a_plain_value_is_chaired_by_the_groups_chair(session):
    draft = new_meeting_draft(session, MUNICIPALITY, "group_meeting", on=TODAY)
    assert draft.kind is MeetingKind.GROUP_MEETING and draft.chair_membership_id == 1
    assert list(refused_field(lambda: new_meeting_draft(session, MUNICIPALITY, "party", on=TODAY))) == ["kind"]


def test_a_meeting_is_found_by_a_kind_given_as_a_plain_value(session):
    assert find_meeting(session, MUNICIPALITY, GROUP_MEETING_LABEL, kind="group_meeting").id == 5
    assert find_meeting(session, MUNICIPALITY, "1/2026", kind="community_gathering").kind is MeetingKind.COMMUNITY_GATHERING


def test_objects_are_listed_by_a_kind_given_as_a_plain_value(session):
    rows = list_objects(session, MUNICIPALITY, kind="procurement_supplier")
    assert [row.object_id for row in rows] == [6]
    assert len(list_objects(session, MUNICIPALITY, kind="")) > 1  # an empty choice: every kind


def test_a_plan_items_status_comes_as_a_plain_value(session):
    assert set_item_status(session, MUNICIPALITY, 15, status="in_progress").status is PlanItemStatus.IN_PROGRESS
    assert list(refused_field(lambda: set_item_status(session, MUNICIPALITY, 15, status="dreaming"))) == ["status"]


# Drafts


def test_a_group_meeting_draft_with_a_plain_kind_needs_no_event_title_and_keeps_its_kind(session):
    stored = stored_meeting(session, DRAFT_MEETING).draft
    draft = replace(stored, kind="group_meeting")
    assert draft.kind is MeetingKind.GROUP_MEETING
    assert "title" not in check_meeting(session, MUNICIPALITY, draft, meeting_id=DRAFT_MEETING)
    assert update_meeting(session, DRAFT_MEETING, draft=draft).kind is MeetingKind.GROUP_MEETING


def test_a_meeting_draft_of_no_kind_is_refused_next_to_the_kind(session):
    draft = MeetingDraft(kind="party", held_on=TODAY, place="Зал")
    assert list(check_meeting(session, MUNICIPALITY, draft)) == ["kind"]


def test_a_notice_draft_takes_its_kind_as_a_plain_value(session):
    notice = create_notice(session, MUNICIPALITY, draft=NoticeDraft(kind="free", title="Кулактандыруу", body="Текст",
                                                                     created_on=TODAY))  # fmt: skip
    assert notice.kind is NoticeKind.FREE
    assert list(refused_field(lambda: create_notice(session, MUNICIPALITY, draft=NoticeDraft(kind="rumour")))) == ["kind"]


def test_an_object_draft_takes_its_kind_as_a_plain_value(session):
    saved = save_object(session, MUNICIPALITY, ObjectDraft(name="Жаңы бала бакча", kind="municipal_institution"))
    assert saved.kind is ObjectKind.MUNICIPAL_INSTITUTION
    assert list(refused_field(lambda: save_object(session, MUNICIPALITY, ObjectDraft(name="Башка", kind="shop")))) == ["kind"]


def test_indicator_and_measurement_drafts_take_plain_values_and_a_repeated_source_is_caught(session):
    indicator = save_indicator(session, MUNICIPALITY, IndicatorDraft(
        name="Сынак", kind="outputs", deadline=date(2027, 12, 31), baseline=1, baseline_on=date(2026, 1, 1), target=5,
    ))  # fmt: skip
    assert indicator.kind is IndicatorKind.OUTPUTS
    existing = find_indicator(session, MUNICIPALITY, 1).measurements[0]
    again = MeasurementDraft(period_start=existing.period_start, period_end=existing.period_end,
                             source=str(existing.source), value=1)  # fmt: skip
    assert again.source is existing.source
    assert "period" in check_measurement(find_indicator(session, MUNICIPALITY, 1), again)
    assert list(check_measurement(indicator, MeasurementDraft(source="rumour"))) == ["source"]


def test_a_regulation_draft_takes_its_rules_as_plain_values(session):
    draft = RegulationDraft(chair_rule="appointed", protocol_signers="all_members", decision_majority="of_present")
    assert draft.chair_rule is ChairRule.APPOINTED
    assert save_regulation(session, MUNICIPALITY, draft).chair_rule is ChairRule.APPOINTED
    assert list(refused_field(lambda: save_regulation(session, MUNICIPALITY, RegulationDraft(chair_rule="lot")))) == ["chair_rule"]


MEMBER = dict(surname="Асанова", given_name="Айгүл", birth_date=date(1990, 5, 1), appointed_on=TODAY, basis_text="Токтом")


def test_a_member_draft_takes_sex_category_and_role_as_plain_values(session):
    draft = MemberDraft(**MEMBER, sex="female", category="citizen", role="member")
    assert (draft.sex, draft.category, draft.role) == (Sex.FEMALE, MemberCategory.CITIZEN, MemberRole.MEMBER)
    assert save_member(session, MUNICIPALITY, draft).category is MemberCategory.CITIZEN
    # A second chair is refused with the role's name, also when the role was set as a plain value later.
    draft.role = "chair"
    problems = validate_member(draft, role_holders=role_holders(session, MUNICIPALITY, TODAY))
    assert list(problems) == ["role"] and draft.role is MemberRole.CHAIR
    assert list(validate_member(MemberDraft(**MEMBER, sex="other", category="citizen"))) == ["sex"]


def test_an_elected_persons_sex_comes_as_a_plain_value():
    assert ElectedPerson(1, "Асанова", "Айгүл", sex="female").sex is Sex.FEMALE


def test_a_cancelled_plan_item_given_as_plain_values_needs_its_reason():
    draft = ItemDraft(object_id=1, subject_kind="municipal_service", subject="Суу", purpose="Текшерүү",
                      methods=("observation", "focus_group"), responsible_ids=(1,), quarter=2, status="cancelled")  # fmt: skip
    assert draft.methods == (MonitoringMethod.OBSERVATION, MonitoringMethod.FOCUS_GROUP)
    assert all(isinstance(method, MonitoringMethod) for method in draft.methods)
    assert list(item_problems(draft, year=2026)) == ["cancel_reason"]
    assert list(item_problems(replace(draft, methods=("telepathy",)), year=2026)) == ["methods"]


def test_the_audit_log_is_filtered_by_actions_given_as_plain_values(session):
    page = browse(session, where=AuditFilter(actions=("create",)))
    assert page.total > 0 and {row.action for row in page.rows} == {AuditAction.CREATE}
    assert list(refused_field(lambda: browse(session, where=AuditFilter(actions=("shred",))))) == ["actions"]


def test_stored_values_stay_members(session):
    # Values read from the database need no conversion: they are members already.
    assert session.get(Act, ISSUED_ACT).status is ActStatus.ISSUED
