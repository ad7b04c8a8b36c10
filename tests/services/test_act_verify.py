"""The fingerprint round trip: print an issued act, verify the PDF against the database, catch tampering."""

import io
import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter

from bmb_desktop.documents.act import ActFindingLine, render_act
from bmb_desktop.domain.acts import short_fingerprint
from bmb_desktop.domain.enums import FindingKind, MonitoringMethod
from bmb_desktop.services.act_documents import act_document, act_pdf
from bmb_desktop.services.act_issue import issue_act, start_correction
from bmb_desktop.services.act_parts import add_finding, update_recommendation
from bmb_desktop.services.act_verify import verify_code, verify_pdf
from bmb_desktop.services.acts import find_act
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.storage.database import copy_database, open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def path(tmp_path, demo):
    copy_database(demo, tmp_path / "bmb.sqlite3")
    return tmp_path / "bmb.sqlite3"


@pytest.fixture
def session(path):
    database = open_database(path)
    with database.session() as session:
        yield session
    database.close()


@pytest.fixture
def read_pdf_pages():
    """Each page's text, footer included, as pypdf reads it."""
    return lambda pdf: [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def printed(session, number: str, language: str = "ky") -> bytes:
    return act_pdf(session, 1, find_act(session, 1, number).id, language=language)


def with_subject(pdf: bytes, subject: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Subject": subject})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("number", ["1/2026", "2/2026", "3/2026"])
@pytest.mark.parametrize("language", ["ky", "ru"])
def test_a_printed_act_matches_the_database_in_either_language(session, number, language):
    result = verify_pdf(session, 1, printed(session, number, language))
    assert result.matches, result.message
    assert result.act_number == number


def test_a_long_act_whose_findings_break_across_pages_still_matches(session, read_pdf_pages):
    act = start_correction(session, find_act(session, 1, "2/2026").id)
    long_text = "Ашканада байкоо жүргүзүлүп, менюнун аткарылышы текшерилди жана сүрөткө тартылды. " * 9
    for number in range(1, 13):
        add_finding(session, act.id, kind=FindingKind.FACT, method=MonitoringMethod.OBSERVATION, text=f"{number}) {long_text}")
    for recommendation in act.recommendations:
        update_recommendation(session, recommendation.id, due_on=date(2027, 3, 1))
    issue_act(session, act.id, issued_on=date(2026, 11, 21))
    pdf = act_pdf(session, 1, act.id, language="ru")
    pages = read_pdf_pages(pdf)
    assert len(pages) >= 4
    last_lines = [
        [line for line in page.splitlines() if line.strip() and "контрольный код" not in line and not line.startswith("стр.")][-1]
        for page in pages[:-1]
    ]
    assert any(not line.rstrip().endswith(".") for line in last_lines)  # a finding runs on to the next page
    assert verify_pdf(session, 1, pdf).matches


def test_the_message_names_the_act_and_its_date(session):
    result = verify_pdf(session, 1, printed(session, "3/2026"))
    assert result.message == "Файл 2026-жылдын 14-сентябрындагы № 3/2026 актыга дал келет."


def test_a_code_read_from_paper_finds_its_act(session):
    act = find_act(session, 1, "2/2026")
    result = verify_code(session, 1, short_fingerprint(act.fingerprint).lower().replace("-", " "))
    assert (result.matches, result.act_number) == (True, "2/2026")
    assert not verify_code(session, 1, "0000-0000-0000").matches


def test_a_pdf_whose_fingerprint_was_changed_is_reported_as_altered(session):
    pdf = printed(session, "1/2026")
    other = find_act(session, 1, "2/2026").fingerprint
    result = verify_pdf(session, 1, with_subject(pdf, f"Act No. 1/2026; SHA-256 fingerprint {other}"))
    assert not result.matches
    assert result.message == "1-беттеги текшерүү коду файлдагы санарип изге дал келбейт: файл өзгөртүлгөн."


def test_a_reprint_with_an_edited_finding_and_the_old_fingerprint_is_caught(session):
    act = find_act(session, 1, "1/2026")
    document = act_document(session, 1, act.id)
    edited = ActFindingLine(document.facts[1].text.replace("46 үйгө", "4 үйгө"), document.facts[1].method)
    forged = render_act(replace(document, facts=[document.facts[0], edited, *document.facts[2:]]))
    result = verify_pdf(session, 1, forged)
    assert not result.matches
    assert result.message == "Файлдын тексти чыгарылган № 1/2026 актыдан айырмаланат: 2-жыйынтык."


def test_a_pdf_without_a_fingerprint_or_not_a_pdf_is_refused(session):
    pdf = printed(session, "1/2026")
    assert verify_pdf(session, 1, with_subject(pdf, "")).message.startswith("Файлда актынын санарип изи жок")
    assert verify_pdf(session, 1, b"not a pdf at all").message == "Файл окула турган PDF эмес."


def test_an_act_this_database_never_issued_is_unknown(session):
    document = act_document(session, 1, find_act(session, 1, "1/2026").id)
    stranger = render_act(replace(document, fingerprint="ab" * 32))
    result = verify_pdf(session, 1, stranger)
    assert not result.matches
    assert result.message == "Бул маалымат базасында ABAB-ABAB-ABAB санарип изи бар акт жок."


def test_a_database_changed_behind_the_triggers_no_longer_matches_its_prints(session, path):
    pdf = printed(session, "2/2026")
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("DROP TRIGGER finding_update_locked")
    raw.execute("UPDATE finding SET text = 'Ойдон чыгарылган' WHERE act_id = (SELECT id FROM act WHERE number = 2)")
    raw.close()
    session.expire_all()
    result = verify_pdf(session, 1, pdf)
    assert not result.matches
    assert result.message.startswith("Маалымат базасындагы № 2/2026 акт өзүнүн санарип изине дал келбей калды")


def test_a_superseded_act_still_matches_and_says_what_replaced_it(session):
    old = find_act(session, 1, "1/2026")
    pdf = printed(session, "1/2026")
    correction = start_correction(session, old.id)
    for recommendation in correction.recommendations:
        update_recommendation(session, recommendation.id, due_on=date(2027, 3, 1))
    issue_act(session, correction.id, issued_on=date(2026, 11, 21))
    result = verify_pdf(session, 1, pdf)
    assert result.matches
    assert result.message.endswith("Бул акт № 4/2026 акт менен алмаштырылган.")
    assert verify_pdf(session, 1, printed(session, "4/2026")).matches
