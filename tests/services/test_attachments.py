"""Attachments kept beside the database under their SHA-256: stored once, read back checked, never lost."""

import hashlib
from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import FindingKind, ResponseKind
from bmb_desktop.domain.findings import Severity
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.act_issue import act_content, issue_act, start_correction
from bmb_desktop.services.act_parts import add_finding, update_finding, update_recommendation
from bmb_desktop.services.act_responses import record_response
from bmb_desktop.services.acts import delete_draft, find_act
from bmb_desktop.services.attachments import (
    act_attachments,
    attachment_problems,
    attachments_folder,
    read_attachment,
    remove_attachment,
    store_attachment,
)
from bmb_desktop.services.checks import run_checks
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Act, ActAddressee, Attachment

PHOTO = "Түтүктүн агып жаткан жери".encode("utf-8") * 100
SCAN = b"%PDF-1.4 scan of the response"
TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def path(tmp_path, demo):
    copy = tmp_path / "data" / "bmb.sqlite3"
    copy.parent.mkdir()
    copy_database(demo, copy)
    return copy


@pytest.fixture
def session(path):
    database = open_database(path)
    with database.session() as session:
        yield session
    database.close()


def draft_id(session) -> int:
    return session.scalar(select(Act.id).where(Act.number.is_(None)))


def test_a_file_is_stored_beside_the_database_under_its_checksum(session, path, tmp_path):
    source = tmp_path / "сүрөт.jpg"
    source.write_bytes(PHOTO)
    attachment = store_attachment(session, 1, source=source, description="ФАПтын эшиги", act_id=draft_id(session))
    digest = hashlib.sha256(PHOTO).hexdigest()
    assert (attachment.sha256, attachment.size_bytes, attachment.file_name) == (digest, len(PHOTO), "сүрөт.jpg")
    assert attachment.media_type == "image/jpeg"
    stored = path.parent / "bmb-attachments" / digest[:2] / digest
    assert attachments_folder(path) == path.parent / "bmb-attachments"
    assert stored.read_bytes() == PHOTO
    assert not list(stored.parent.glob(".*.part"))  # no temporary file left behind
    assert read_attachment(session, attachment.id) == PHOTO


def test_the_same_file_twice_is_stored_once(session, path):
    act_id = draft_id(session)
    first = store_attachment(session, 1, data=PHOTO, file_name="a.jpg", act_id=act_id)
    again = store_attachment(session, 1, data=PHOTO, file_name="b.jpg", act_id=act_id)
    elsewhere = store_attachment(session, 1, data=PHOTO, file_name="c.jpg")
    assert again.id == first.id and elsewhere.id != first.id
    blobs = [p for p in (path.parent / "bmb-attachments").rglob("*") if p.is_file()]
    assert len(blobs) == 1


def test_a_file_is_deleted_only_when_nothing_refers_to_it(session, path):
    act_id = draft_id(session)
    kept = store_attachment(session, 1, data=PHOTO, file_name="a.jpg", act_id=act_id)
    other = store_attachment(session, 1, data=PHOTO, file_name="c.jpg")
    blob = path.parent / "bmb-attachments" / kept.sha256[:2] / kept.sha256
    remove_attachment(session, other.id)
    assert blob.exists()
    remove_attachment(session, kept.id)
    assert not blob.exists() and session.scalar(select(Attachment.id)) is None


def test_evidence_and_response_scans_are_not_removed_from_under_their_records(session):
    act_id = draft_id(session)
    photo = store_attachment(session, 1, data=PHOTO, file_name="a.jpg", act_id=act_id)
    add_finding(session, act_id, kind=FindingKind.FACT, text="Эшик жабык.", evidence_attachment_id=photo.id)
    with pytest.raises(UserError, match="далили катары"):
        remove_attachment(session, photo.id)
    with pytest.raises(UserError, match="Долбоордо тиркемелер бар"):
        delete_draft(session, act_id)
    scan = store_attachment(session, 1, data=SCAN, file_name="жооп.pdf")
    target = session.scalar(select(ActAddressee).where(ActAddressee.act_id == find_act(session, 1, "3/2026").id, ActAddressee.kind == "object"))
    response = record_response(session, target.id, received_on=TODAY, causes="Кечиктик.", attachment_id=scan.id)
    assert response.kind is ResponseKind.OBJECT_RESPONSE
    with pytest.raises(UserError, match="жооптун сканы"):
        remove_attachment(session, scan.id)


def test_evidence_must_be_an_attachment_of_the_same_act(session):
    loose = store_attachment(session, 1, data=PHOTO, file_name="a.jpg")
    act_id = draft_id(session)
    finding = session.get(Act, act_id).findings[0]
    with pytest.raises(ValidationError):
        update_finding(session, finding.id, evidence_attachment_id=loose.id)


def test_attachments_of_an_issued_act_are_frozen_with_it_and_counted_in_its_fingerprint(session):
    act_id = draft_id(session)
    photo = store_attachment(session, 1, data=PHOTO, file_name="a.jpg", act_id=act_id)
    act = session.get(Act, act_id)
    for recommendation in act.recommendations:
        update_recommendation(session, recommendation.id, due_on=date(2026, 12, 31))
    issue_act(session, act_id, issued_on=TODAY)
    assert [a.sha256 for a in act_content(session, act).attachments] == [photo.sha256]
    with pytest.raises(UserError, match="№ 4/2026 акт чыгарылган"):
        store_attachment(session, 1, data=SCAN, file_name="кеч.pdf", act_id=act_id)
    with pytest.raises(UserError, match="№ 4/2026 акт чыгарылган"):
        remove_attachment(session, photo.id)
    correction = start_correction(session, act_id)
    assert [(a.sha256, a.file_name) for a in act_attachments(session, correction.id)] == [(photo.sha256, "a.jpg")]


def test_a_missing_or_damaged_file_is_reported_never_passed_off_as_whole(session, path):
    photo = store_attachment(session, 1, data=PHOTO, file_name="a.jpg", act_id=draft_id(session))
    blob = path.parent / "bmb-attachments" / photo.sha256[:2] / photo.sha256
    blob.write_bytes(PHOTO[:-1] + b"!")
    with pytest.raises(UserError, match="a.jpg файлы бузулган"):
        read_attachment(session, photo.id)
    blob.unlink()
    with pytest.raises(UserError, match="a.jpg файлы .* папкасында жок"):
        read_attachment(session, photo.id)
    problems = attachment_problems(session, 1)
    assert [(f.rule, f.severity) for f in problems] == [("attachments", Severity.BROKEN)]
    assert problems[0] in run_checks(session, 1, today=TODAY)
    store_attachment(session, 1, data=PHOTO, file_name="a.jpg")  # the same content brings the file back
    assert read_attachment(session, photo.id) == PHOTO and attachment_problems(session, 1) == []


def test_an_empty_file_is_refused(session):
    with pytest.raises(ValidationError):
        store_attachment(session, 1, data=b"", file_name="бош.txt")
