"""How the plan is going: the records linked to each item across versions, overdue items and the
plan's findings for `check` and the home screen."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import ActStatus, MeetingKind, PlanVersionStatus
from bmb_desktop.domain.findings import Severity
from bmb_desktop.services.checks import run_checks
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.plan import find_plan, version_in_force
from bmb_desktop.services.plan_progress import item_progress, lineages, plan_warnings, plans_listing, timing_text
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

TODAY = date(2026, 11, 21)


def open_demo(tmp_path, as_of=None):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3", today=as_of))
    session = database.session()
    return database, session, session.scalar(select(Municipality.id))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database, session, municipality_id = open_demo(tmp_path_factory.mktemp("demo"))
    yield session, municipality_id
    session.close()
    database.close()


def test_each_item_shows_its_acts_and_meetings(demo):
    session, municipality_id = demo
    version = version_in_force(find_plan(session, municipality_id, 2026))
    progress = {p.position: p for p in item_progress(session, municipality_id, version.id, today=TODAY)}
    assert [a.label for a in progress[1].acts] == ["1/2026"] and progress[1].has_issued_act
    assert [a.label for a in progress[3].acts] == ["3/2026"]
    assert [m.kind for m in progress[3].meetings] == [MeetingKind.OBSERVED_EVENT]
    assert [a.status for a in progress[4].acts] == [ActStatus.DRAFT]
    assert progress[1].responsible_names == ("К. Султанова", "У. Жантаева")
    assert progress[4].timing == "III квартал, 01.07.2026 – 30.09.2026"


def test_only_the_item_past_its_time_without_an_issued_act_is_overdue(demo):
    session, municipality_id = demo
    version = version_in_force(find_plan(session, municipality_id, 2026))
    progress = item_progress(session, municipality_id, version.id, today=TODAY)
    assert [p.position for p in progress if p.overdue] == [4]  # the FAP: its act is still a draft
    assert not progress[5].overdue  # the pasture committee's monitoring was cancelled


def test_acts_linked_to_an_amended_item_belong_to_the_item_in_every_version(demo):
    session, municipality_id = demo
    plan = find_plan(session, municipality_id, 2026)
    superseded = plan.versions[0]
    assert superseded.status is PlanVersionStatus.SUPERSEDED
    progress = {p.position: p for p in item_progress(session, municipality_id, superseded.id, today=TODAY)}
    assert [a.label for a in progress[1].acts] == ["1/2026"]
    assert not any(p.overdue or p.problems for p in progress.values())  # its items live on in version 2
    groups = lineages(plan)
    first, second = plan.versions
    assert groups[first.items[0].id] == groups[second.items[0].id] == {first.items[0].id, second.items[0].id}
    assert groups[second.items[-1].id] == {second.items[-1].id}  # the house of culture is new in version 2


def test_the_overdue_item_is_a_warning_that_names_the_draft_act(demo):
    session, municipality_id = demo
    findings = plan_warnings(session, municipality_id, today=TODAY)
    assert [(f.rule, f.severity) for f in findings] == [("plan_overdue", Severity.WARNING)]
    assert findings[0].text() == (
        "2026-жылдын планы, 4-пункт (Арал фельдшердик-акушердик пункту (ФАП)): мөөнөтү 30.09.2026 бүттү, "
        "акт азырынча долбоор бойдон турат (Типтүү жобо 8.1)"
    )


def test_check_and_the_home_screen_get_the_plan_findings(demo):
    session, municipality_id = demo
    rules = [f.rule for f in run_checks(session, municipality_id, today=TODAY)]
    assert "plan_overdue" in rules and "indicator" in rules


def test_seen_in_early_april_the_water_monitoring_waits_for_its_act(tmp_path):
    database, session, municipality_id = open_demo(tmp_path, as_of=date(2026, 4, 1))
    try:
        texts = [f.message for f in plan_warnings(session, municipality_id, today=date(2026, 4, 1))]
        assert texts == [
            "2026-жылдын планы, 1-пункт («Масы-Суу» ичүүчү сууну пайдалануучулардын айылдык коомдук бирикмеси (ИСПАКБ)): "
            "мөөнөтү 27.03.2026 бүттү, акт азырынча долбоор бойдон турат"
        ]
    finally:
        session.close()
        database.close()


def test_a_group_at_work_before_the_year_is_warned_until_its_plan_is_approved(tmp_path):
    database, session, municipality_id = open_demo(tmp_path, as_of=date(2026, 1, 20))
    try:
        findings = plan_warnings(session, municipality_id, today=date(2026, 1, 20))
        assert [f.text() for f in findings] == [
            "2026-жылдын планы азырынча бекитиле элек (кеңешке берилди) (Типтүү жобо 7.3.1)"
        ]
        assert plan_warnings(session, municipality_id, today=date(2027, 1, 20))[0].message == (
            "2027-жылга мониторинг жана баалоо планы жок"
        )
    finally:
        session.close()
        database.close()


def test_a_responsible_member_who_left_after_approval_is_flagged_on_unfinished_items(tmp_path):
    from bmb_desktop.domain.enums import WithdrawalGround
    from bmb_desktop.services.group import withdraw_member
    from bmb_desktop.storage.models import Membership, Person

    database, session, municipality_id = open_demo(tmp_path)
    try:
        membership = session.scalar(select(Membership).join(Person).where(Person.surname == "Осмоналиев"))
        withdraw_member(session, municipality_id, membership.id, on=date(2026, 11, 1), ground=WithdrawalGround.OWN_APPLICATION)
        findings = [f for f in plan_warnings(session, municipality_id, today=TODAY) if f.rule == "plan_responsible"]
        # the SEDP indicators and the house of culture are still to do; the road's act is issued
        assert [f.message.split(":")[0] for f in findings] == [
            "2026-жылдын планы, 7-пункт (Д. Садырбаев айыл өкмөтү)", "2026-жылдын планы, 8-пункт (Масы айылдык маданият үйү)",
        ]
        assert findings[0].message.endswith("Э. Осмоналиев топтун учурдагы мүчөсү эмес.")
    finally:
        session.close()
        database.close()


def test_the_listing_shows_every_item_of_the_version_in_force_with_its_flag(demo):
    session, municipality_id = demo
    listing = plans_listing(session, municipality_id, today=TODAY)
    rows = listing.as_json()
    assert len(rows) == 8 and {row["version"] for row in rows} == {2}
    assert [row["position"] for row in rows if row["flag"]] == [4]
    assert rows[0]["acts"] == "1/2026" and rows[0]["status"] == "аткарылды"
    assert rows[5]["status"] == "жокко чыгарылды"


def test_timing_is_written_with_the_quarter_and_the_dates():
    assert timing_text(3, None, None, "ky") == "III квартал"
    assert timing_text(None, date(2026, 2, 16), date(2026, 3, 27), "ru") == "16.02.2026 – 27.03.2026"
    assert timing_text(4, date(2026, 12, 1), None, "ru") == "IV квартал, 01.12.2026"
