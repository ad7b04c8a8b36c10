"""What the meeting editor offers and reads: link targets, the register, recusals and a typed vote's outcome."""

from datetime import date, time

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import MeetingKind, MeetingStatus, MemberRole, WithdrawalGround
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.group import withdraw_member
from bmb_desktop.services.meeting_agenda import DecisionDraft, add_agenda_item, add_decision
from bmb_desktop.services.meeting_editing import (
    agenda_rows,
    decision_outcome,
    new_meeting_draft,
    recusal_choices,
    stored_meeting,
)
from bmb_desktop.services.meeting_links import (
    Link,
    LinkKind,
    decision_link_choices,
    link_fields,
    link_of,
    plan_item_choices,
)
from bmb_desktop.services.meeting_register import attendees_on, meeting_register
from bmb_desktop.services.meetings import MeetingDraft, create_meeting, set_attendance
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Act, ConflictDeclaration, Membership, Municipality, Person, PlanItem

SURNAMES = ("Кандарова", "Султанова", "Осмоналиев", "Жантаева", "Ташиев")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
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
    return session.scalar(select(Municipality.id))


def member(session, surname: str) -> int:
    return session.scalar(select(Membership.id).join(Person).where(Person.surname == surname))


def new_meeting(session, municipality_id, present=SURNAMES, **changes):
    values = dict(
        kind=MeetingKind.GROUP_MEETING, held_on=date(2026, 12, 4), place="Жыйындар залы", starts_at=time(10, 0),
        chair_membership_id=member(session, "Кандарова"), secretary_membership_id=member(session, "Ташиев"),
    )  # fmt: skip
    meeting = create_meeting(session, municipality_id, draft=MeetingDraft(**(values | changes)))
    return set_attendance(session, meeting.id, present=[member(session, s) for s in present])


def road_object(session) -> int:
    return session.scalar(select(ConflictDeclaration.monitored_object_id))


# Link targets


def test_decision_links_offer_plan_versions_acts_and_the_members_of_the_day(session, municipality_id):
    links = decision_link_choices(session, municipality_id, on=date(2026, 12, 4))
    kinds = [link.kind for link in links]
    assert kinds == sorted(kinds, key=[LinkKind.PLAN_VERSION, LinkKind.ACT, LinkKind.MEMBERSHIP].index)
    assert links[0].label == "2026-жылдын планы, 2-версия (бекитилди)"
    assert any(link.label.startswith("№ 3/2026 акт: ") for link in links)
    members = [link.label for link in links if link.kind is LinkKind.MEMBERSHIP]
    assert members[0] == "Топтун мүчөсү: У. Жантаева" and len(members) == 5


def test_a_withdrawn_member_is_still_offered_when_a_decision_names_her(session, municipality_id):
    zhantaeva = member(session, "Жантаева")
    withdraw_member(session, municipality_id, zhantaeva, on=date(2026, 11, 30), ground=WithdrawalGround.ABSENCE)
    later = date(2026, 12, 4)
    offered = {link.key for link in decision_link_choices(session, municipality_id, on=later)}
    assert Link(LinkKind.MEMBERSHIP, zhantaeva).key not in offered
    named = decision_link_choices(session, municipality_id, on=later, include_membership_id=zhantaeva)
    assert Link(LinkKind.MEMBERSHIP, zhantaeva).key in {link.key for link in named}


def test_a_decisions_link_reads_back_into_its_three_columns():
    assert link_fields(Link(LinkKind.ACT, 3)) == {"plan_version_id": None, "act_id": 3, "membership_id": None}
    assert link_fields(None) == {"plan_version_id": None, "act_id": None, "membership_id": None}
    assert link_of(plan_version_id=None, act_id=None, membership_id=7) == Link(LinkKind.MEMBERSHIP, 7)


def test_plan_items_are_those_of_the_newest_version_with_their_object(session, municipality_id):
    choices = plan_item_choices(session, municipality_id)
    assert len(choices) == 8
    assert choices[0].label.startswith("2026-жылдын планы, 1-пункт: «Масы-Суу»")
    assert all(len(choice.label) < 130 for choice in choices)


# The register


def test_the_register_lists_the_newest_first_with_quorum_and_status(session, municipality_id):
    rows = meeting_register(session, municipality_id)
    assert [row.held_on for row in rows] == sorted((row.held_on for row in rows), reverse=True)
    without_quorum = next(row for row in rows if row.label == "3/2026" and row.kind is MeetingKind.GROUP_MEETING)
    assert (without_quorum.present, without_quorum.membership, without_quorum.quorum) == (2, 5, False)
    gathering = next(row for row in rows if row.kind is MeetingKind.COMMUNITY_GATHERING)
    assert gathering.quorum is None and gathering.membership is None
    assert gathering.title == "Масы жана Беш-Жыгач айылдарынын жыйыны"
    assert rows[0].status is MeetingStatus.DRAFT and not rows[0].signed


def test_a_new_meetings_attendance_list_is_the_members_of_that_day_chair_first(session, municipality_id):
    attendees = attendees_on(session, municipality_id, date(2026, 12, 4))
    assert [a.name for a in attendees][0] == "Г. Кандарова"
    assert len(attendees) == 5 and all(a.present is None for a in attendees)
    assert attendees_on(session, municipality_id, date(2020, 1, 1)) == ()


# The editor's reading of a meeting


def test_a_stored_meeting_reads_back_as_the_draft_the_form_edits(session, municipality_id):
    meeting = new_meeting(session, municipality_id)
    stored = stored_meeting(session, meeting.id)
    assert stored.label == "8/2026" and not stored.signed
    assert stored.draft.place == "Жыйындар залы" and stored.draft.number == 8
    assert stored.draft.chair_membership_id == member(session, "Кандарова")


def test_a_new_group_meeting_is_chaired_by_the_groups_chair_and_a_gathering_by_no_one_yet(session, municipality_id):
    chair = session.scalar(select(Membership.id).where(Membership.role == MemberRole.CHAIR))
    group = new_meeting_draft(session, municipality_id, MeetingKind.GROUP_MEETING, on=date(2026, 12, 4))
    gathering = new_meeting_draft(session, municipality_id, MeetingKind.COMMUNITY_GATHERING, on=date(2026, 12, 4))
    assert (group.held_on, group.chair_membership_id) == (date(2026, 12, 4), chair)
    assert gathering.chair_membership_id is None and gathering.secretary_membership_id is None


def test_agenda_rows_carry_each_decisions_vote_outcome_and_link(session, municipality_id):
    meeting = new_meeting(session, municipality_id)
    item = add_agenda_item(session, meeting.id, title="Актынын долбоору жөнүндө", heard="Г. Кандарова")
    act_id = session.scalar(select(Act.id).where(Act.object_id == road_object(session)))
    add_decision(session, item.id, draft=DecisionDraft("Акт бекитилсин.", 2, 2, 0, act_id=act_id))
    [row] = agenda_rows(session, meeting.id)
    [decision] = row.decisions
    assert (row.position, row.heard) == (1, "Г. Кандарова")
    assert decision.link == Link(LinkKind.ACT, act_id)
    assert decision.recused_names == ("К. Ташиев",)  # removed for the road's conflict
    assert not decision.passes  # a tie does not pass
    assert decision.draft().act_id == act_id


def test_a_member_removed_for_the_acts_object_is_a_forced_recusal_with_the_reason(session, municipality_id):
    meeting = new_meeting(session, municipality_id, present=SURNAMES[:4] + ("Ташиев",))
    item = add_agenda_item(session, meeting.id, title="Акт жөнүндө")
    act_id = session.scalar(select(Act.id).where(Act.object_id == road_object(session)))
    free = recusal_choices(session, item.id, act_id=None)
    forced = recusal_choices(session, item.id, act_id=act_id)
    assert not any(choice.forced for choice in free) and len(free) == 5
    tashiev = next(choice for choice in forced if choice.name == "К. Ташиев")
    assert tashiev.forced and "кызыкчылыктардын кагылышуусу" in tashiev.forced_reason


def test_a_gathering_offers_no_recusals(session, municipality_id):
    meeting = new_meeting(
        session, municipality_id, present=("Кандарова",), kind=MeetingKind.COMMUNITY_GATHERING, title="Арал айылынын жыйыны",
        chair_membership_id=None, secretary_membership_id=None, participants_count=40,
    )  # fmt: skip
    item = add_agenda_item(session, meeting.id, title="Талапкерлер")
    assert recusal_choices(session, item.id, act_id=None) == []
    outcome = decision_outcome(session, item.id, DecisionDraft("Шайлансын.", 21, 0, 0))
    assert (outcome.present, outcome.passes) == (40, True)
    assert not decision_outcome(session, item.id, DecisionDraft("Шайлансын.", 20, 0, 0)).passes


def test_a_typed_vote_reports_the_problem_and_whether_it_passes(session, municipality_id):
    meeting = new_meeting(session, municipality_id, present=SURNAMES[:3])
    item = add_agenda_item(session, meeting.id, title="Маселе")
    too_many = decision_outcome(session, item.id, DecisionDraft("Токтом.", 4, 0, 0))
    assert too_many.problems == {"votes": "4 добуш жазылды, бирок 3 гана мүчө катышып отурат."}
    recused = decision_outcome(session, item.id, DecisionDraft("Токтом.", 3, 0, 0, recused=(member(session, "Кандарова"),)))
    assert (recused.eligible, recused.recused) == (2, 1) and "votes" in recused.problems
    tie = decision_outcome(session, item.id, DecisionDraft("Токтом.", 1, 1, 1))
    assert tie.problems == {} and not tie.passes and tie.valid


def test_a_vote_at_a_meeting_without_quorum_is_invalid(session, municipality_id):
    meeting = new_meeting(session, municipality_id, present=SURNAMES[:2])
    item = add_agenda_item(session, meeting.id, title="Маселе")
    outcome = decision_outcome(session, item.id, DecisionDraft("Токтом.", 2, 0, 0))
    assert outcome.passes and not outcome.valid


def test_plan_item_choices_keep_a_stored_item_of_an_older_version(session, municipality_id):
    old_item = session.scalar(select(PlanItem.id).order_by(PlanItem.id))
    newest = {choice.id for choice in plan_item_choices(session, municipality_id)}
    if old_item in newest:
        pytest.skip("the demo's first item belongs to the newest version")
    assert old_item in {choice.id for choice in plan_item_choices(session, municipality_id, include_id=old_item)}
