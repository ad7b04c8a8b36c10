"""Writing an act: drafting with autosave, its parts, participants and conflicts, issuing, correcting."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.acts import fingerprint, short_fingerprint
from bmb_desktop.domain.enums import ActStatus, AddresseeKind, FindingKind, MonitoringMethod, SubjectKind
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.services.act_issue import (
    act_content,
    find_by_fingerprint,
    fingerprint_holds,
    issue_act,
    issue_problems,
    start_correction,
)
from bmb_desktop.services.act_parts import (
    add_finding,
    add_recommendation,
    move_finding,
    participant_choices,
    remove_finding,
    set_participants,
    update_finding,
    update_recommendation,
)
from bmb_desktop.services.acts import create_act, delete_draft, find_act, save_draft
from bmb_desktop.services.conflicts import decide_conflict, declare_conflict
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Act

TODAY = date(2026, 11, 21)
ROAD, WASTE, AO_OBJECT = 6, 8, 1  # monitored objects of the demo
TASHIEV, SULTANOVA, KANDAROVA, ZHANTAEVA = 5, 2, 1, 4  # memberships of the demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def database(tmp_path, demo):
    copy_database(demo, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    yield database
    database.close()


@pytest.fixture
def session(database):
    with database.session() as session:
        yield session


def fap_draft(session) -> Act:
    return session.scalar(select(Act).where(Act.status == ActStatus.DRAFT))


def complete_draft(session, *, object_id=ROAD) -> Act:
    act = create_act(session, 1, object_id=object_id, today=TODAY)
    save_draft(
        session, act.id, purpose="Оңдоонун сапатын текшерүү", subject="Көчөнү оңдоо", place="Масы айылы",
        subject_kind=SubjectKind.PROCUREMENT_DELIVERY, period_start=date(2026, 10, 1), period_end=date(2026, 10, 30),
    )  # fmt: skip
    add_finding(session, act.id, kind=FindingKind.FACT, method=MonitoringMethod.OBSERVATION, text="Шагыл 8 см.")
    add_recommendation(session, act.id, addressee="Айыл өкмөтү", text="Шагылды толуктоо.", due_on=date(2027, 3, 1))
    set_participants(session, act.id, [KANDAROVA, ZHANTAEVA], today=TODAY)
    return act


def test_an_act_drafted_from_the_plan_takes_its_object_subject_period_and_members(session):
    declaration = declare_conflict(
        session, 1, membership_id=SULTANOVA, object_id=WASTE, subject="", declared_on=date(2026, 9, 20),
        statement="Карындашы ишканада бухгалтер.",
    )  # fmt: skip
    decide_conflict(session, declaration.id, removed=True, decided_on=date(2026, 9, 22))
    act = create_act(session, 1, plan_item_id=12, today=TODAY)
    assert act.status is ActStatus.DRAFT and act.number is None
    assert (act.object_id, act.period_start, act.period_end) == (WASTE, date(2026, 10, 1), date(2026, 12, 15))
    assert act.subject and act.purpose
    assert [p.membership_id for p in act.participants] == [TASHIEV]  # К. Султанова was removed (C2)


def test_save_draft_commits_each_change_and_reports_what_changed(database, session):
    act = fap_draft(session)
    assert save_draft(session, act.id, place="Арал айылы, ФАП", purpose=act.purpose) == ["place"]
    assert save_draft(session, act.id, place="Арал айылы, ФАП") == []
    with database.session() as other:  # a power cut now loses nothing: it is on disk
        assert other.get(Act, act.id).place == "Арал айылы, ФАП"
    save_draft(session, act.id, purpose=None, period_end=None)
    assert (act.purpose, act.period_end) == ("", None)
    with pytest.raises(ValidationError):
        save_draft(session, act.id, object_id=999)
    with pytest.raises(ValidationError):
        save_draft(session, act.id, period_start="2026-07-01")
    with pytest.raises(ValueError):
        save_draft(session, act.id, number=7)


def test_findings_are_added_edited_ordered_and_removed_on_a_draft(session):
    act = fap_draft(session)
    first = act.findings[0]
    added = add_finding(session, act.id, kind=FindingKind.EVALUATION, method=MonitoringMethod.FOCUS_GROUP, text="Жаңы")
    assert added.position == 4
    update_finding(session, added.id, text="Фокус-топтун жыйынтыгы", method=None)
    assert (added.text, added.method) == ("Фокус-топтун жыйынтыгы", None)
    move_finding(session, added.id, position=1)
    assert [f.id for f in act.findings][:2] == [added.id, first.id]
    assert [f.position for f in act.findings] == [1, 2, 3, 4]
    remove_finding(session, first.id)
    assert [f.position for f in act.findings] == [1, 2, 3] and first.id not in [f.id for f in act.findings]


def test_the_editor_says_why_a_member_may_not_sign(session):
    act = create_act(session, 1, object_id=ROAD, today=TODAY)
    choices = {c.membership_id: c for c in participant_choices(session, act.id, today=TODAY)}
    assert set(choices) == {1, 2, 3, 4, 5}
    assert choices[TASHIEV].excluded == "К. Ташиев кызыкчылыктардын кагылышуусуна байланыштуу бул мониторингден четтетилген"
    assert not choices[KANDAROVA].excluded
    with pytest.raises(ValidationError) as refused:
        set_participants(session, act.id, [KANDAROVA, TASHIEV], today=TODAY)
    assert refused.value.problems == {f"participants.{TASHIEV}": choices[TASHIEV].excluded}
    assert set_participants(session, act.id, [KANDAROVA, ZHANTAEVA, KANDAROVA], today=TODAY) == [KANDAROVA, ZHANTAEVA]
    assert sorted(p.membership_id for p in act.participants) == [KANDAROVA, ZHANTAEVA]


def test_issuing_explains_what_is_missing_and_then_numbers_and_freezes_the_act(session):
    act = fap_draft(session)
    problems = issue_problems(session, act.id, issued_on=TODAY)
    assert set(problems) == {"recommendations.1", "recommendations.2"}
    assert problems["recommendations.1"] == "1-сунуштама: мөөнөтүн жазыңыз."
    with pytest.raises(ValidationError):
        issue_act(session, act.id, issued_on=TODAY)
    assert act.status is ActStatus.DRAFT
    for recommendation in act.recommendations:
        update_recommendation(session, recommendation.id, due_on=date(2026, 12, 31))
    issued = issue_act(session, act.id, issued_on=TODAY)
    assert (issued.status, issued.display_number, issued.issued_on) == (ActStatus.ISSUED, "4/2026", TODAY)
    assert issued.fingerprint == fingerprint(act_content(session, issued)) and fingerprint_holds(session, issued)
    assert [a.kind for a in issued.addressees] == [AddresseeKind.OBJECT, AddresseeKind.AIYL_OKMOTU, AddresseeKind.COUNCIL]
    assert [a.name for a in issued.addressees][1:] == ["Д. Садырбаев айыл өкмөтү", "Д. Садырбаев айылдык кеңеши"]
    assert find_act(session, 1, "4/2026").id == act.id
    assert find_by_fingerprint(session, 1, short_fingerprint(issued.fingerprint)).id == act.id
    with pytest.raises(UserError, match="№ 4/2026 акт чыгарылган"):
        add_finding(session, act.id, kind=FindingKind.FACT, text="Кеч кошулган факт")


def test_an_act_on_the_aiyl_okmotu_goes_to_the_aiyl_okmotu_and_the_council_only(session):
    act = complete_draft(session, object_id=AO_OBJECT)
    issue_act(session, act.id, issued_on=TODAY)
    assert [a.kind for a in act.addressees] == [AddresseeKind.AIYL_OKMOTU, AddresseeKind.COUNCIL]


def test_a_removed_member_among_the_participants_blocks_issuing(session):
    act = complete_draft(session)
    # Put К. Ташиев in as the database would take it from an older draft, past the editor's check.
    from bmb_desktop.storage.models import ActParticipant

    act.participants.append(ActParticipant(membership_id=TASHIEV))
    session.commit()
    problems = issue_problems(session, act.id, issued_on=TODAY)
    assert list(problems) == [f"participants.{TASHIEV}"]
    assert "К. Ташиев" in problems[f"participants.{TASHIEV}"]


def test_a_later_number_cannot_carry_an_earlier_date(session):
    act = complete_draft(session)
    save_draft(session, act.id, period_start=date(2026, 1, 10), period_end=date(2026, 1, 20))
    problems = issue_problems(session, act.id, issued_on=date(2026, 9, 1))
    assert problems == {"issued_on": "№ 3/2026 актынын күнү — 2026-жылдын 14-сентябры; кийинки номердеги акт андан мурунку күн менен белгилениши мүмкүн эмес."}
    assert issue_act(session, act.id, issued_on=date(2027, 1, 11)).display_number == "1/2027"


def test_a_mistake_is_corrected_by_a_new_act_that_supersedes_the_old_one(session):
    old = find_act(session, 1, "1/2026")
    old_fingerprint = old.fingerprint
    correction = start_correction(session, old.id)
    assert start_correction(session, old.id).id == correction.id  # one correction at a time
    assert correction.status is ActStatus.DRAFT and correction.supersedes_act_id == old.id
    assert [f.text for f in correction.findings] == [f.text for f in old.findings]
    assert [r.text for r in correction.recommendations] == [r.text for r in old.recommendations]
    assert {p.membership_id for p in correction.participants} == {p.membership_id for p in old.participants}
    finding = correction.findings[2]
    update_finding(session, finding.id, text=finding.text.replace("104", "114"))
    for recommendation in correction.recommendations:  # the old dates have passed: the group sets new ones
        update_recommendation(session, recommendation.id, due_on=date(2027, 3, 1))
    new = issue_act(session, correction.id, issued_on=TODAY)
    assert new.display_number == "4/2026"
    session.refresh(old)
    assert old.status is ActStatus.SUPERSEDED and old.fingerprint == old_fingerprint and fingerprint_holds(session, old)
    assert act_content(session, new).supersedes_fingerprint == old_fingerprint
    with pytest.raises(UserError):
        start_correction(session, old.id)


def test_a_draft_can_be_deleted_and_an_issued_act_cannot(session):
    act = complete_draft(session)
    delete_draft(session, act.id)
    assert session.get(Act, act.id) is None
    with pytest.raises(UserError):
        delete_draft(session, find_act(session, 1, "2/2026").id)


def test_act_numbers_are_read_as_printed(session):
    with pytest.raises(UserError, match="«4-2026» — актынын номери эмес"):
        find_act(session, 1, "4-2026")
    with pytest.raises(NotFoundError, match="№ 9/2026 акт жок"):
        find_act(session, 1, "9/2026")
