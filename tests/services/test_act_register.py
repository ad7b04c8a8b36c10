"""The registers of the acts screen and one act as the editor reads it, on the demo."""

from datetime import date

import pytest

from bmb_desktop.domain.deadlines import DeadlineState
from bmb_desktop.domain.enums import ActStatus, AddresseeKind, LetterKind
from bmb_desktop.services.act_issue import start_correction
from bmb_desktop.services.act_register import act_register, issued_acts, letter_register
from bmb_desktop.services.act_view import act_view
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.storage.database import open_database

TODAY = date(2026, 11, 21)


@pytest.fixture
def demo(tmp_path):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    with database.session() as session:
        yield session, own_municipality(session).id
    database.close()


def test_the_register_puts_drafts_first_then_the_newest_with_the_most_pressing_answer(demo):
    session, municipality_id = demo
    rows = act_register(session, municipality_id, today=TODAY)

    assert [(row.number, row.status) for row in rows] == [
        ("", ActStatus.DRAFT), ("3/2026", ActStatus.ISSUED), ("2/2026", ActStatus.ISSUED), ("1/2026", ActStatus.ISSUED),
    ]
    road = rows[1]
    assert (road.deadline, road.due_on) == (DeadlineState.OVERDUE, date(2026, 9, 29))
    assert (road.recommendations, road.open_recommendations) == (3, 1)  # one in progress; one done, one not considered
    assert rows[0].deadline is None and rows[0].year == 2026
    assert [row.number for row in issued_acts(session, municipality_id, today=TODAY)] == ["3/2026", "2/2026", "1/2026"]


def test_a_correction_names_both_acts(demo):
    session, municipality_id = demo
    old = next(row for row in act_register(session, municipality_id, today=TODAY) if row.number == "1/2026")
    new = start_correction(session, old.act_id)
    view = act_view(session, new.id, municipality_id, today=TODAY)

    assert view.is_draft and view.supersedes_number == "1/2026"
    assert view.addressees == ()  # a draft goes to no one yet
    assert len(view.findings) == 4 and len(view.recommendations) == 4  # the content is copied to be corrected


def test_an_issued_act_shows_each_addressees_due_day_and_answers(demo):
    session, municipality_id = demo
    road = next(row for row in act_register(session, municipality_id, today=TODAY) if row.number == "3/2026")
    view = act_view(session, road.act_id, municipality_id, today=TODAY)

    by_kind = {a.kind: a for a in view.addressees}
    assert list(by_kind) == [AddresseeKind.OBJECT, AddresseeKind.AIYL_OKMOTU, AddresseeKind.COUNCIL]
    assert (by_kind[AddresseeKind.OBJECT].due_on, by_kind[AddresseeKind.OBJECT].days_late) == (date(2026, 9, 29), 53)
    assert by_kind[AddresseeKind.AIYL_OKMOTU].deadline is DeadlineState.ANSWERED_ON_TIME
    assert len(by_kind[AddresseeKind.AIYL_OKMOTU].responses) == 1
    assert not by_kind[AddresseeKind.COUNCIL].answers and by_kind[AddresseeKind.COUNCIL].due_on is None
    assert view.fingerprint_holds and len(view.short_code) == 14
    rejected = [r for r in view.recommendations if r.status_reason]
    assert rejected and rejected[0].notes


def test_the_letters_are_listed_newest_first_with_a_requests_due_day(demo):
    session, municipality_id = demo
    rows = letter_register(session, municipality_id, today=TODAY)

    assert [row.number for row in rows][:2] == ["9/2026", "8/2026"]
    first = next(row for row in rows if row.number == "1/2026")
    assert first.kind is LetterKind.INFORMATION_REQUEST
    assert (first.due_on, first.answered_on, first.deadline) == (date(2026, 2, 26), date(2026, 2, 25), DeadlineState.ANSWERED_ON_TIME)
    assert next(row for row in rows if row.number == "8/2026").deadline is None  # a cover letter awaits no answer
