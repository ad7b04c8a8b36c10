"""What is due this week, overdue and recently answered, on the demo seen from different days;
the calendar moves open deadlines; `check` reports overdue answers."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.deadlines import DeadlineKind, DeadlineState
from bmb_desktop.domain.findings import Severity
from bmb_desktop.locale.i18n import set_language
from bmb_desktop.services.calendar import set_correction
from bmb_desktop.services.checks import run_checks
from bmb_desktop.services.deadlines import all_deadlines, deadline_overview
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Act


@pytest.fixture(scope="module")
def demos(tmp_path_factory):
    """The demo as seen from a few days of its story, built once each."""
    folder = tmp_path_factory.mktemp("demos")
    days = (date(2026, 6, 12), date(2026, 9, 25), date(2026, 10, 20), date(2026, 11, 21))
    return {day: create_demo_database(folder / f"{day}.sqlite3", today=day) for day in days}


@pytest.fixture
def seen_from(demos, tmp_path):
    """A session on a private copy of the demo as seen from ``day``."""
    from bmb_desktop.storage.database import copy_database

    opened = []

    def open_on(day):
        copy_database(demos[day], tmp_path / f"{day}.sqlite3")
        database = open_database(tmp_path / f"{day}.sqlite3")
        opened.append(database)
        return database.session()

    yield open_on
    for database in opened:
        database.close()


def summary(items):
    return [(item.kind, item.act_number or item.letter_number, item.deadline.due_on) for item in items]


def test_every_receipt_starts_a_deadline_on_the_kyrgyz_calendar(seen_from):
    with seen_from(date(2026, 11, 21)) as session:
        items = {(i.kind, i.act_number or i.letter_number): i for i in all_deadlines(session, 1, today=date(2026, 11, 21))}
    assert {key: (i.deadline.due_on, i.state) for key, i in items.items()} == {
        (DeadlineKind.INFORMATION_REQUEST, "1/2026"): (date(2026, 2, 26), DeadlineState.ANSWERED_ON_TIME),
        (DeadlineKind.OBJECT_RESPONSE, "1/2026"): (date(2026, 4, 20), DeadlineState.ANSWERED_ON_TIME),
        (DeadlineKind.AO_REPORT, "1/2026"): (date(2026, 5, 11), DeadlineState.ANSWERED_ON_TIME),  # past the May holidays
        (DeadlineKind.INFORMATION_REQUEST, "5/2026"): (date(2026, 5, 21), DeadlineState.ANSWERED_LATE),
        (DeadlineKind.OBJECT_RESPONSE, "2/2026"): (date(2026, 6, 5), DeadlineState.ANSWERED_LATE),
        (DeadlineKind.AO_REPORT, "2/2026"): (date(2026, 6, 19), DeadlineState.ANSWERED_ON_TIME),
        (DeadlineKind.INFORMATION_REQUEST, "7/2026"): (date(2026, 7, 13), DeadlineState.ANSWERED_ON_TIME),
        (DeadlineKind.OBJECT_RESPONSE, "3/2026"): (date(2026, 9, 29), DeadlineState.OVERDUE),
        (DeadlineKind.AO_REPORT, "3/2026"): (date(2026, 10, 14), DeadlineState.ANSWERED_ON_TIME),
    }


def test_the_home_screen_lists_due_this_week_overdue_and_recently_answered(seen_from):
    with seen_from(date(2026, 9, 25)) as session:
        overview = deadline_overview(session, 1, today=date(2026, 9, 25))
    assert summary(overview.due_this_week) == [(DeadlineKind.OBJECT_RESPONSE, "3/2026", date(2026, 9, 29))]
    assert overview.overdue == [] and overview.recently_answered == []
    assert overview.due_this_week[0].description() == "«Нур-Жол Курулуш» ЖЧК — № 3/2026 актыга жооп"
    with seen_from(date(2026, 10, 20)) as session:
        overview = deadline_overview(session, 1, today=date(2026, 10, 20))
    assert summary(overview.overdue) == [(DeadlineKind.OBJECT_RESPONSE, "3/2026", date(2026, 9, 29))]
    assert summary(overview.recently_answered) == [(DeadlineKind.AO_REPORT, "3/2026", date(2026, 10, 14))]
    assert overview.as_json()["overdue"][0] | {"description": ""} == {
        "kind": "object_response", "state": "overdue", "act": "3/2026", "letter": None,
        "party": "«Нур-Жол Курулуш» ЖЧК", "description": "", "received_on": "2026-09-15", "due_on": "2026-09-29",
        "answered_on": None, "days_left": 0, "days_late": 21,
    }  # fmt: skip


def test_a_late_answer_shows_as_recently_answered_late(seen_from):
    with seen_from(date(2026, 6, 12)) as session:
        overview = deadline_overview(session, 1, today=date(2026, 6, 12))
    assert [(i.act_number, i.state) for i in overview.recently_answered] == [("2/2026", DeadlineState.ANSWERED_LATE)]
    assert summary(overview.due_this_week) == []  # the council report, due 19 June, is 7 days away


def test_a_calendar_correction_moves_an_open_deadline(seen_from):
    with seen_from(date(2026, 9, 25)) as session:
        set_correction(session, day=date(2026, 9, 28), is_working_day=False, name="Токтом менен дем алыш күн")
        overview = deadline_overview(session, 1, today=date(2026, 9, 25))
        assert summary(overview.due_this_week) == [(DeadlineKind.OBJECT_RESPONSE, "3/2026", date(2026, 9, 30))]


def test_an_act_on_the_aiyl_okmotu_runs_only_its_report_to_the_council(seen_from):
    from bmb_desktop.domain.enums import AddresseeKind, DeliveryMethod, FindingKind
    from bmb_desktop.services.act_issue import issue_act
    from bmb_desktop.services.act_parts import add_finding, add_recommendation, set_participants
    from bmb_desktop.services.act_responses import record_delivery
    from bmb_desktop.services.acts import create_act, save_draft

    today = date(2026, 11, 21)
    with seen_from(today) as session:
        act = create_act(session, 1, object_id=1, today=today)  # the aiyl okmotu itself (seed 000 §4.3)
        save_draft(session, act.id, purpose="Баалоо", subject="Кабыл алуу", place="Масы айылы",
                   period_start=date(2026, 11, 2), period_end=date(2026, 11, 13))  # fmt: skip
        add_finding(session, act.id, kind=FindingKind.FACT, text="Кезек күтүү 2 саат.")
        add_recommendation(session, act.id, addressee="Айыл өкмөтү", text="Кабыл алуу графигин илүү.", due_on=date(2027, 1, 15))
        set_participants(session, act.id, [1, 4], today=today)
        issue_act(session, act.id, issued_on=today)
        for addressee in act.addressees:
            record_delivery(session, addressee.id, method=DeliveryMethod.BY_HAND, sent_on=today, received_on=today,
                            receiver_name="А. Саитова")  # fmt: skip
        assert [a.kind for a in act.addressees] == [AddresseeKind.AIYL_OKMOTU, AddresseeKind.COUNCIL]
        items = [i for i in all_deadlines(session, 1, today=today) if i.act_number == act.display_number]
        assert [(i.kind, i.deadline.due_on) for i in items] == [(DeadlineKind.AO_REPORT, date(2026, 12, 21))]


def test_a_superseded_act_runs_no_deadline(seen_from):
    with seen_from(date(2026, 11, 21)) as session:
        act = session.scalar(select(Act).where(Act.number == 3))
        session.execute(Act.__table__.update().where(Act.id == act.id).values(status="superseded"))
        session.commit()
        assert "3/2026" not in {i.act_number for i in all_deadlines(session, 1, today=date(2026, 11, 21))}


def test_check_reports_the_overdue_response_as_a_warning_with_its_source(seen_from):
    with seen_from(date(2026, 11, 21)) as session:
        findings = [f for f in run_checks(session, 1, today=date(2026, 11, 21)) if f.rule == "overdue_response"]
        assert [(f.severity, f.text()) for f in findings] == [(
            Severity.WARNING,
            "«Нур-Жол Курулуш» ЖЧК — № 3/2026 актыга жооп келген жок: мөөнөтү 2026-жылдын 29-сентябрында бүткөн"
            " (53 күн өттү) (Типтүү жобо 4.3)",
        )]  # fmt: skip
        set_language("ru")
        russian = [f.text() for f in run_checks(session, 1, today=date(2026, 11, 21)) if f.rule == "overdue_response"]
        assert russian == [
            "«Нур-Жол Курулуш» ЖЧК — ответ на акт № 3/2026: срок истёк 29 сентября 2026 года (53 дн. назад),"
            " документ не поступил (Типовое положение 4.3)"
        ]
