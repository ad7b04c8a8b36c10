"""Letters: information requests (P8) tracked like responses, advance notices (P7), cover letters of acts."""

from datetime import date

import pytest

from bmb_desktop.domain.deadlines import DeadlineKind, DeadlineState
from bmb_desktop.domain.enums import AddresseeKind, LetterKind
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.services.acts import find_act
from bmb_desktop.services.deadlines import all_deadlines
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.letter_drafts import (
    draft_cover_letter,
    draft_information_request,
    draft_monitoring_notice,
    letter_document,
)
from bmb_desktop.services.letters import (
    create_letter,
    find_letter,
    list_letters,
    record_letter_answer,
    record_letter_receipt,
    update_letter,
)
from bmb_desktop.storage.database import copy_database, open_database

TODAY = date(2026, 11, 21)


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


def test_letters_are_numbered_from_one_each_year(session):
    letter = create_letter(session, 1, kind=LetterKind.INFORMATION_REQUEST, sent_on=TODAY, addressee="«Таза Айыл» МИ",
                           subject="Маалымат берүү жөнүндө")  # fmt: skip
    assert letter.number == "10"
    next_year = create_letter(session, 1, kind=LetterKind.MONITORING_NOTICE, sent_on=date(2027, 1, 12),
                              addressee="Арал ФАПы", subject="Билдирүү")  # fmt: skip
    assert next_year.number == "1"
    assert find_letter(session, 1, "10/2026").id == letter.id
    assert find_letter(session, 1, "1").id == next_year.id  # the latest year's letter 1
    assert find_letter(session, 1, "1/2026").sent_on == date(2026, 2, 16)
    with pytest.raises(NotFoundError):
        find_letter(session, 1, "30/2026")
    with pytest.raises(UserError):
        find_letter(session, 1, "он")


def test_a_letter_needs_its_date_addressee_and_subject(session):
    with pytest.raises(ValidationError) as refused:
        create_letter(session, 1, kind=LetterKind.INFORMATION_REQUEST, sent_on=None, addressee=" ", subject="")
    assert set(refused.value.problems) == {"sent_on", "addressee", "subject"}
    letter = find_letter(session, 1, "2/2026")
    update_letter(session, letter.id, subject="Мониторинг тууралуу билдирүү")
    assert letter.subject == "Мониторинг тууралуу билдирүү"


def test_an_information_request_runs_ten_days_from_receipt_and_is_answered(session):
    letter = draft_information_request(session, 1, object_id=8, sent_on=TODAY, plan_item_id=12)
    assert letter.kind is LetterKind.INFORMATION_REQUEST
    assert letter.addressee == "«Таза Айыл» муниципалдык ишканасы\nА. Эргешовго"
    assert "он күндүн ичинде" in letter.body and letter.subject == "Маалымат берүү жөнүндө"
    with pytest.raises(ValidationError):
        record_letter_answer(session, letter.id, answered_on=date(2026, 11, 30))
    with pytest.raises(ValidationError):
        record_letter_receipt(session, letter.id, received_on=date(2026, 11, 20))
    record_letter_receipt(session, letter.id, received_on=date(2026, 11, 23))
    label = f"{letter.number}/2026"
    item = next(i for i in all_deadlines(session, 1, today=date(2026, 11, 30)) if i.letter_number == label)
    assert (item.kind, item.deadline.due_on, item.state) == (DeadlineKind.INFORMATION_REQUEST, date(2026, 12, 3), DeadlineState.DUE_THIS_WEEK)
    assert item.party == "«Таза Айыл» муниципалдык ишканасы"
    record_letter_answer(session, letter.id, answered_on=date(2026, 12, 2))
    item = next(i for i in all_deadlines(session, 1, today=date(2026, 12, 4)) if i.letter_number == label)
    assert item.state is DeadlineState.ANSWERED_ON_TIME


def test_an_advance_notice_tells_when_why_how_and_who(session):
    letter = draft_monitoring_notice(session, 1, plan_item_id=12, sent_on=date(2026, 9, 25))
    lines = letter.body.split("\n")
    assert lines[0].startswith("2026-жылдын 1-октябрынан 2026-жылдын 15-декабрына чейин биргелешкен мониторинг")
    assert any(line.startswith("Максаты: ") for line in lines)
    assert any(line.startswith("Ыкмалары: ") for line in lines)
    assert lines[-1] == "Жооптуу мүчөлөр: К. Султанова, К. Ташиев."
    assert letter.kind is LetterKind.MONITORING_NOTICE and letter.plan_item_id == 12


def test_a_cover_letter_asks_each_addressee_for_its_own_answer(session):
    act = find_act(session, 1, "3/2026")
    texts = {}
    for addressee in act.addressees:
        letter = draft_cover_letter(session, act.id, addressee.id, sent_on=date(2026, 9, 14))
        texts[addressee.kind] = letter
        assert letter.subject == "№ 3/2026 актыны жөнөтүү жөнүндө" and letter.act_id == act.id
    assert "10 жумушчу күндүн ичинде" in texts[AddresseeKind.OBJECT].body
    assert "30 календардык күндүн ичинде" in texts[AddresseeKind.AIYL_OKMOTU].body
    assert "кезексиз сессия" in texts[AddresseeKind.COUNCIL].body
    assert texts[AddresseeKind.AIYL_OKMOTU].addressee == "Д. Садырбаев айыл өкмөтү\nШ. Дарманкуловго"
    assert "2026-жылдын 14-сентябрындагы № 3/2026 актысын" in texts[AddresseeKind.OBJECT].body
    document = letter_document(session, 1, texts[AddresseeKind.OBJECT].id)
    assert document.enclosure == "№ 3/2026 акт" and document.signer_name == "Г. Кандарова"


def test_the_letters_listing_shows_a_requests_due_day(session):
    table = list_letters(session, 1)
    rows = {row[0]: dict(zip(table.keys, row)) for row in table.rows}
    assert rows["5/2026"]["due_on"] == date(2026, 5, 21) and rows["5/2026"]["answered_on"] == date(2026, 5, 28)
    assert rows["3/2026"]["due_on"] is None  # a cover letter: the act's own deadlines apply
    assert table.columns[0] == "Номери"
