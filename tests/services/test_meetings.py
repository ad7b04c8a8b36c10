"""Recording meetings on the demo database: numbers, attendance, quorum, votes, recusals, signing."""

from datetime import date, time

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import DecisionMajority, MeetingKind, MeetingStatus, WithdrawalGround
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.group import withdraw_member
from bmb_desktop.services.meeting_agenda import (
    DecisionDraft,
    add_agenda_item,
    add_decision,
    check_decision,
    link_decision,
    move_agenda_item,
    remove_agenda_item,
    remove_decision,
    update_decision,
)
from bmb_desktop.services.meeting_summary import meeting_summary
from bmb_desktop.services.meetings import (
    MeetingDraft,
    check_meeting,
    create_meeting,
    delete_meeting,
    find_meeting,
    reopen_meeting,
    set_attendance,
    sign_meeting,
    update_meeting,
)
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Act, ConflictDeclaration, Meeting, Membership, Municipality, Person, PlanItem

HALL = "Д. Садырбаев айыл өкмөтүнүн жыйындар залы"
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


def draft(session, held_on=date(2026, 12, 4), **changes) -> MeetingDraft:
    values = dict(
        kind=MeetingKind.GROUP_MEETING, held_on=held_on, place=HALL, starts_at=time(10, 0),
        chair_membership_id=member(session, "Кандарова"), secretary_membership_id=member(session, "Ташиев"),
    )  # fmt: skip
    return MeetingDraft(**(values | changes))


def meeting_with(session, municipality_id, present=SURNAMES, **changes) -> Meeting:
    meeting = create_meeting(session, municipality_id, draft=draft(session, **changes))
    return set_attendance(session, meeting.id, present=[member(session, s) for s in present])


def road_plan_item(session) -> int:
    object_id = session.scalar(select(ConflictDeclaration.monitored_object_id))
    return session.scalar(select(PlanItem.id).where(PlanItem.object_id == object_id))


# Numbers


def test_a_new_meeting_takes_the_next_number_of_its_year_and_kind(session, municipality_id):
    meeting = create_meeting(session, municipality_id, draft=draft(session))
    gathering = create_meeting(session, municipality_id, draft=draft(
        session, kind=MeetingKind.COMMUNITY_GATHERING, title="Арал айылынын жыйыны", chair_membership_id=None,
        secretary_membership_id=None, chaired_by_name="И. Махаматалиев", participants_count=60,
    ))  # fmt: skip
    next_year = create_meeting(session, municipality_id, draft=draft(session, held_on=date(2027, 1, 14)))
    assert (meeting.number, meeting.year) == (8, 2026)
    assert (gathering.number, gathering.year) == (2, 2026)
    assert (next_year.number, next_year.year) == (1, 2027)
    assert meeting.status is MeetingStatus.DRAFT


def test_a_number_already_taken_in_the_year_is_refused(session, municipality_id):
    with pytest.raises(ValidationError) as error:
        create_meeting(session, municipality_id, draft=draft(session, number=3))
    assert error.value.problems == {"number": "№ 3/2026 протокол мурда эле катталган."}


def test_the_number_may_be_edited_to_a_free_one(session, municipality_id):
    meeting = create_meeting(session, municipality_id, draft=draft(session))
    update_meeting(session, meeting.id, draft=draft(session, number=12))
    assert find_meeting(session, municipality_id, "12/2026").id == meeting.id


def test_moving_a_meeting_into_the_next_year_renumbers_it_there(session, municipality_id):
    meeting = create_meeting(session, municipality_id, draft=draft(session))
    update_meeting(session, meeting.id, draft=draft(session, held_on=date(2027, 2, 5)))
    assert (meeting.number, meeting.year) == (1, 2027)


def test_a_meeting_needs_a_date_a_place_and_different_chair_and_secretary(session, municipality_id):
    kandarova = member(session, "Кандарова")
    problems = check_meeting(session, municipality_id, draft(session, held_on=None, place=" "))
    assert set(problems) == {"held_on", "place"}
    problems = check_meeting(session, municipality_id, draft(session, secretary_membership_id=kandarova))
    assert set(problems) == {"secretary"}


def test_a_group_meeting_cannot_precede_the_group(session, municipality_id):
    early = draft(session, held_on=date(2025, 10, 1), chair_membership_id=None, secretary_membership_id=None)
    problems = check_meeting(session, municipality_id, early)
    assert problems == {"held_on": "Топ 14.10.2025 түзүлгөн; анын жыйналышы андан мурун өтүшү мүмкүн эмес."}


# Attendance and quorum


def test_attendance_covers_every_member_active_that_day_and_refuses_others(session, municipality_id):
    zhantaeva = member(session, "Жантаева")
    withdraw_member(session, municipality_id, zhantaeva, on=date(2026, 11, 30), ground=WithdrawalGround.HEALTH)
    meeting = create_meeting(session, municipality_id, draft=draft(session))
    with pytest.raises(ValidationError) as error:
        set_attendance(session, meeting.id, present=[zhantaeva])
    assert error.value.problems == {"attendance": "04.12.2026 күнү топтун мүчөсү болгон эмес: У. Жантаева."}
    set_attendance(session, meeting.id, present=[member(session, "Кандарова")],
                   notes={member(session, "Ташиев"): "ооруп калган"})  # fmt: skip
    summary = meeting_summary(session, meeting.id)
    assert (summary.membership, summary.present) == (4, 1)
    assert summary.absent_names == ["К. Султанова", "Э. Осмоналиев", "К. Ташиев"]  # roster order
    assert [a.note for a in summary.attendees if a.name == "К. Ташиев"] == ["ооруп калган"]


@pytest.mark.parametrize(("present", "quorum"), [(SURNAMES[:2], False), (SURNAMES[:3], True)])
def test_two_of_five_is_no_quorum_and_three_is(session, municipality_id, present, quorum):
    meeting = meeting_with(session, municipality_id, present=present)
    item = add_agenda_item(session, meeting.id, title="Маалымат")
    add_decision(session, item.id, draft=DecisionDraft("Маалымат эске алынсын.", votes_for=len(present)))
    summary = meeting_summary(session, meeting.id)
    assert summary.quorum is quorum and summary.needed_for_quorum == 3
    assert [(d.passes, d.valid) for d in summary.decisions] == [(True, quorum)]


def test_a_meeting_without_attendance_has_no_quorum_and_no_marks(session, municipality_id):
    summary = meeting_summary(session, create_meeting(session, municipality_id, draft=draft(session)).id)
    assert summary.quorum is False and not summary.attendance_recorded and summary.present == 0


def test_a_gathering_has_no_group_quorum(session, municipality_id):
    gathering = find_meeting(session, municipality_id, "1/2026", kind=MeetingKind.COMMUNITY_GATHERING)
    summary = meeting_summary(session, gathering.id)
    assert summary.quorum is None
    assert [(d.vote.votes_for, d.passes, d.valid) for d in summary.decisions] == [(112, True, True), (97, True, True)]


def test_the_demo_meetings_read_back_with_their_quorum_absences_and_recusal(session, municipality_id):
    no_quorum = meeting_summary(session, find_meeting(session, municipality_id, "3/2026").id)
    assert (no_quorum.present, no_quorum.membership, no_quorum.quorum) == (2, 5, False)
    school = meeting_summary(session, find_meeting(session, municipality_id, "4/2026").id)
    assert school.present_names == ["Г. Кандарова", "К. Султанова", "У. Жантаева", "К. Ташиев"]
    assert school.absent_names == ["Э. Осмоналиев"]
    assert [(d.vote.votes_for, d.recused_names, d.passes) for d in school.decisions] == [
        (4, (), True), (3, ("К. Ташиев",), True),
    ]


def test_fewer_members_present_than_the_recorded_votes_is_refused(session, municipality_id):
    meeting = meeting_with(session, municipality_id)
    item = add_agenda_item(session, meeting.id, title="Маалымат")
    add_decision(session, item.id, draft=DecisionDraft("Маалымат эске алынсын.", votes_for=5))
    with pytest.raises(ValidationError) as error:
        set_attendance(session, meeting.id, present=[member(session, s) for s in SURNAMES[:4]])
    assert error.value.problems == {
        "attendance": "Күн тартибинин 1-маселеси: 5 добуш жазылды, бирок 4 гана мүчө катышып отурат."
    }


# Votes and recusals


def test_votes_cannot_exceed_the_members_present(session, municipality_id):
    meeting = meeting_with(session, municipality_id, present=SURNAMES[:4])
    item = add_agenda_item(session, meeting.id, title="Маалымат")
    problems = check_decision(session, item.id, DecisionDraft("Кабыл алынсын.", votes_for=4, against=1))
    assert problems == {"votes": "5 добуш жазылды, бирок 4 гана мүчө катышып отурат."}
    assert check_decision(session, item.id, DecisionDraft("", votes_for=4)) == {"text": "Чечимдин текстин жазыңыз."}


def test_a_member_removed_for_a_conflict_on_the_meetings_object_is_recused_automatically(session, municipality_id):
    meeting = meeting_with(session, municipality_id, plan_item_id=road_plan_item(session))
    item = add_agenda_item(session, meeting.id, title="Көчө оңдоо боюнча мониторинг")
    problems = check_decision(session, item.id, DecisionDraft("Мониторинг уланылсын.", votes_for=5))
    assert problems["votes"].startswith("5 добуш жазылды, бирок катышкандардын 4 гана мүчөсү добуш бере алат")
    decision = add_decision(session, item.id, draft=DecisionDraft("Мониторинг уланылсын.", votes_for=4))
    assert [r.membership_id for r in decision.recusals] == [member(session, "Ташиев")]
    assert meeting_summary(session, meeting.id).decisions[0].recused_names == ("К. Ташиев",)


def test_linking_a_decision_to_an_act_on_the_conflicted_object_recuses_the_member(session, municipality_id):
    meeting = meeting_with(session, municipality_id)
    item = add_agenda_item(session, meeting.id, title="Акт жөнүндө")
    decision = add_decision(session, item.id, draft=DecisionDraft("Акт бекитилсин.", votes_for=5))
    road_object = session.scalar(select(ConflictDeclaration.monitored_object_id))
    road_act = session.scalar(select(Act.id).where(Act.object_id == road_object))
    with pytest.raises(ValidationError):
        link_decision(session, decision.id, act_id=road_act)
    update_decision(session, decision.id, draft=DecisionDraft("Акт бекитилсин.", votes_for=4))
    linked = link_decision(session, decision.id, act_id=road_act)
    assert linked.act_id == road_act and [r.membership_id for r in linked.recusals] == [member(session, "Ташиев")]


def test_only_members_present_can_be_recused(session, municipality_id):
    meeting = meeting_with(session, municipality_id, present=SURNAMES[:4])  # К. Ташиев is absent
    item = add_agenda_item(session, meeting.id, title="Маалымат")
    absent = DecisionDraft("Кабыл алынсын.", votes_for=3, recused=(member(session, "Ташиев"),))
    assert check_decision(session, item.id, absent) == {
        "recused": "Добуш берүүгө катышкан жок деп жыйналышта отурган мүчөлөр гана белгиленет; катышпагандар: К. Ташиев."
    }
    present = DecisionDraft("Кабыл алынсын.", votes_for=3, recused=(member(session, "Жантаева"),))
    decision = add_decision(session, item.id, draft=present)
    assert meeting_summary(session, meeting.id).decisions[0].recused_names == ("У. Жантаева",)
    with pytest.raises(ValidationError):
        update_decision(session, decision.id, draft=DecisionDraft("Кабыл алынсын.", votes_for=4, recused=present.recused))


def test_an_absent_member_loses_a_recorded_recusal_with_the_new_attendance(session, municipality_id):
    meeting = meeting_with(session, municipality_id)
    item = add_agenda_item(session, meeting.id, title="Маалымат")
    add_decision(session, item.id, draft=DecisionDraft("Кабыл алынсын.", votes_for=3, recused=(member(session, "Жантаева"),)))
    set_attendance(session, meeting.id, present=[member(session, s) for s in SURNAMES if s != "Жантаева"])
    assert meeting_summary(session, meeting.id).decisions[0].recused_names == ()


def test_a_tie_does_not_pass(session, municipality_id):
    meeting = meeting_with(session, municipality_id, present=SURNAMES[:4])
    item = add_agenda_item(session, meeting.id, title="Планга өзгөртүү")
    add_decision(session, item.id, draft=DecisionDraft("Өзгөртүү кабыл алынсын.", votes_for=2, against=2))
    assert [d.passes for d in meeting_summary(session, meeting.id).decisions] == [False]


@pytest.mark.parametrize(
    ("majority", "passes"),
    [(DecisionMajority.OF_VOTING, True), (DecisionMajority.OF_PRESENT, False), (DecisionMajority.OF_ALL_MEMBERS, False)],
)
def test_the_regulations_majority_decides_whether_a_vote_passes(session, municipality_id, majority, passes):
    session.get(Municipality, municipality_id).regulation.decision_majority = majority
    session.commit()
    meeting = meeting_with(session, municipality_id, present=SURNAMES[:4])
    item = add_agenda_item(session, meeting.id, title="Планга өзгөртүү")
    add_decision(session, item.id, draft=DecisionDraft("Өзгөртүү кабыл алынсын.", votes_for=2, against=1))
    assert [d.passes for d in meeting_summary(session, meeting.id).decisions] == [passes]


def test_a_recused_member_is_outside_the_base_of_all_members(session, municipality_id):
    session.get(Municipality, municipality_id).regulation.decision_majority = DecisionMajority.OF_ALL_MEMBERS
    session.commit()
    meeting = meeting_with(session, municipality_id, present=SURNAMES[:4])
    item = add_agenda_item(session, meeting.id, title="Маалымат")
    recused = (member(session, "Жантаева"),)
    add_decision(session, item.id, draft=DecisionDraft("Кабыл алынсын.", votes_for=2, abstained=1, recused=recused))
    assert [d.passes for d in meeting_summary(session, meeting.id).decisions] == [False]  # 2 of 4 who may vote
    add_decision(session, item.id, draft=DecisionDraft("Кабыл алынсын.", votes_for=3, recused=recused))
    assert [d.passes for d in meeting_summary(session, meeting.id).decisions] == [False, True]


def test_decisions_link_to_a_plan_version_and_a_members_withdrawal(session, municipality_id):
    meeting = meeting_with(session, municipality_id)
    item = add_agenda_item(session, meeting.id, title="Мүчөнү чыгаруу жөнүндө")
    decision = add_decision(session, item.id, draft=DecisionDraft("Сунушталсын.", votes_for=5))
    zhantaeva = member(session, "Жантаева")
    linked = link_decision(session, decision.id, membership_id=zhantaeva)
    assert linked.membership_id == zhantaeva
    with pytest.raises(ValidationError) as error:
        link_decision(session, decision.id, plan_version_id=99999)
    assert error.value.problems == {"plan_version": "Пландын версиясы табылган жок."}


# Agenda


def test_agenda_items_keep_their_numbers_when_moved_and_removed(session, municipality_id):
    meeting = create_meeting(session, municipality_id, draft=draft(session))
    first, second, third = (add_agenda_item(session, meeting.id, title=t) for t in ("Биринчи", "Экинчи", "Үчүнчү"))
    move_agenda_item(session, third.id, position=1)
    assert [(i.title, i.position) for i in meeting.agenda_items] == [("Үчүнчү", 1), ("Биринчи", 2), ("Экинчи", 3)]
    remove_agenda_item(session, first.id)
    assert [(i.title, i.position) for i in meeting.agenda_items] == [("Үчүнчү", 1), ("Экинчи", 2)]
    with pytest.raises(ValidationError):
        add_agenda_item(session, meeting.id, title="  ")


def test_removing_a_decision_renumbers_the_rest(session, municipality_id):
    meeting = meeting_with(session, municipality_id)
    item = add_agenda_item(session, meeting.id, title="Маалымат")
    first, second = (add_decision(session, item.id, draft=DecisionDraft(t, votes_for=5)) for t in ("Бир", "Эки"))
    remove_decision(session, first.id)
    assert [(d.text, d.position) for d in item.decisions] == [("Эки", 1)]


# Signing


def test_signing_needs_the_chair_and_the_secretary_present(session, municipality_id):
    meeting = meeting_with(session, municipality_id, present=SURNAMES[:4], secretary_membership_id=None)
    with pytest.raises(ValidationError) as error:
        sign_meeting(session, meeting.id)
    assert set(error.value.problems) == {"secretary"}
    update_meeting(session, meeting.id, draft=draft(session))  # К. Ташиев, who is absent
    with pytest.raises(ValidationError) as error:
        sign_meeting(session, meeting.id)
    assert error.value.problems == {"secretary": "Жыйналыштын катчысы катышкан жок деп белгиленген."}


def test_a_signed_protocol_is_changed_only_after_reopening_it(session, municipality_id):
    meeting = meeting_with(session, municipality_id)
    assert sign_meeting(session, meeting.id).status is MeetingStatus.SIGNED
    with pytest.raises(UserError) as error:
        add_agenda_item(session, meeting.id, title="Кошумча")
    assert error.value.message == "№ 8/2026 протоколго кол коюлган. Оңдоо киргизүү үчүн аны кайра ачыңыз."
    with pytest.raises(UserError):
        delete_meeting(session, meeting.id)
    reopen_meeting(session, meeting.id)
    add_agenda_item(session, meeting.id, title="Кошумча")
    delete_meeting(session, meeting.id)
    assert session.get(Meeting, meeting.id) is None


def test_a_gathering_is_signed_by_its_own_chair_and_secretary(session, municipality_id):
    gathering = create_meeting(session, municipality_id, draft=draft(
        session, kind=MeetingKind.COMMUNITY_GATHERING, title="Арал айылынын жыйыны", chair_membership_id=None,
        secretary_membership_id=None, chaired_by_name="И. Махаматалиев", participants_count=60,
    ))  # fmt: skip
    with pytest.raises(ValidationError) as error:
        sign_meeting(session, gathering.id)
    assert set(error.value.problems) == {"secretary"}
    update_meeting(session, gathering.id, draft=draft(
        session, kind=MeetingKind.COMMUNITY_GATHERING, title="Арал айылынын жыйыны", chair_membership_id=None,
        secretary_membership_id=None, chaired_by_name="И. Махаматалиев", secretary_name="Н. Исакова",
        participants_count=60,
    ))  # fmt: skip
    assert sign_meeting(session, gathering.id).status is MeetingStatus.SIGNED


# Finding by number


def test_a_meeting_is_found_by_its_printed_number_and_kind(session, municipality_id):
    assert find_meeting(session, municipality_id, "3/2026").held_on == date(2026, 5, 12)
    gathering = find_meeting(session, municipality_id, "1/2026", kind=MeetingKind.COMMUNITY_GATHERING)
    assert gathering.held_on == date(2026, 2, 20)


def test_a_malformed_or_unknown_number_is_a_clear_error(session, municipality_id):
    with pytest.raises(UserError) as malformed:
        find_meeting(session, municipality_id, "3-2026")
    assert malformed.value.message == "«3-2026» протоколдун номери эмес. Номерди жана жылды жазыңыз, мисалы: 3/2026."
    with pytest.raises(NotFoundError) as unknown:
        find_meeting(session, municipality_id, "9/2025")
    assert unknown.value.message == "Топтун жыйналышынын № 9/2025 протоколу табылган жок."

