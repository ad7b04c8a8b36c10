"""The data bundle: export → import reproduces the period exactly, twice changes nothing, and a
foreign, damaged, escaping, oversized or contradicting file is refused before anything changes."""

import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import DeliveryMethod, RecommendationStatus
from bmb_desktop.domain.report import Period
from bmb_desktop.services.act_issue import issue_act, start_correction
from bmb_desktop.services.act_parts import update_finding, update_recommendation
from bmb_desktop.services.act_responses import record_delivery, record_response, set_recommendation_status
from bmb_desktop.services.attachments import store_attachment
from bmb_desktop.services.bundle import BundleError, import_bundle, open_bundle, write_bundle
from bmb_desktop.services.bundle_data import period_data
from bmb_desktop.services.bundle_import import ImportConflict
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.services.notice_boards import attach_posting_photo
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Act, ActAddressee, Municipality, Posting
from bmb_desktop.storage.safe_extract import UnsafeFileError

TODAY = date(2026, 11, 21)
PHOTO = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00" + bytes(range(256)) * 8
SCAN = b"%PDF-1.4 the contractor's answer, scanned"
YEAR, FIRST_HALF = Period(2026), Period(2026, 1)


def _with_attachments(path: Path) -> None:
    """The FAP act issued with a photo as evidence, then corrected; an answer's scan; a posting's photo."""
    database = open_database(path)
    with database.session() as session:
        act = session.scalar(select(Act).where(Act.number.is_(None)))
        photo = store_attachment(session, 1, data=PHOTO, file_name="эшик.png", description="ФАПтын эшиги", act_id=act.id)
        update_finding(session, act.findings[0].id, evidence_attachment_id=photo.id)
        for recommendation in act.recommendations:
            update_recommendation(session, recommendation.id, due_on=date(2026, 12, 31))
        issue_act(session, act.id, issued_on=date(2026, 11, 19))
        correction = start_correction(session, act.id)
        issue_act(session, correction.id, issued_on=TODAY)
        addressee = session.scalar(select(ActAddressee).where(ActAddressee.act_id == correction.id, ActAddressee.kind == "object"))
        record_delivery(session, addressee.id, method=DeliveryMethod.BY_HAND, sent_on=TODAY, received_on=TODAY, receiver_name="Фельдшер")
        scan = store_attachment(session, 1, data=SCAN, file_name="жооп.pdf")
        record_response(session, addressee.id, received_on=TODAY, measures="Дарылар тапшырылды", attachment_id=scan.id)
        set_recommendation_status(session, correction.recommendations[0].id, status=RecommendationStatus.ACCEPTED, noted_on=TODAY)
        posting = session.scalar(select(Posting).where(Posting.posted_on >= date(2026, 7, 1)).order_by(Posting.id))
        attach_posting_photo(session, 1, posting.id, data=PHOTO, file_name="такта.png")
    database.close()


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """The demo with attached files, and its 2026 and first half-year bundles."""
    folder = tmp_path_factory.mktemp("source")
    path = create_demo_database(folder / "demo.sqlite3")
    _with_attachments(path)
    database = open_database(path)
    with database.session() as session:
        write_bundle(session, 1, YEAR, folder / "year.bmbdata")
        write_bundle(session, 1, FIRST_HALF, folder / "half.bmbdata")
        expected = {YEAR: period_data(session, 1, YEAR), FIRST_HALF: period_data(session, 1, FIRST_HALF)}
    database.close()
    return folder, expected


def exported(path: Path, period: Period, name: str = "Д. Садырбаев") -> dict:
    database = open_database(path)
    with database.session() as session:
        municipality_id = session.scalar(select(Municipality.id).where(Municipality.name == name))
        data = period_data(session, municipality_id, period)
    database.close()
    return data


def counts(path: Path) -> dict:
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def test_the_bundle_lists_every_file_with_its_checksum(source):
    folder, expected = source
    with zipfile.ZipFile(folder / "year.bmbdata") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = sorted(archive.namelist())
        for entry in manifest["files"]:
            assert hashlib.sha256(archive.read(entry["name"])).hexdigest() == entry["sha256"]
    assert (manifest["format"], manifest["version"], manifest["period"]["year"]) == ("bmb-desktop-bundle", 1, 2026)
    assert manifest["municipality"] == {"name": "Д. Садырбаев", "district": expected[YEAR]["municipality"]["district"], "region": expected[YEAR]["municipality"]["region"]}
    photo, scan = hashlib.sha256(PHOTO).hexdigest(), hashlib.sha256(SCAN).hexdigest()
    assert names == sorted(["manifest.json", "data.json", f"attachments/{photo}", f"attachments/{scan}"])


def test_export_then_import_into_a_fresh_database_reproduces_the_period_exactly(source, tmp_path):
    folder, expected = source
    target = tmp_path / "district.sqlite3"
    result = import_bundle(folder / "year.bmbdata", target)
    assert result.changed and result.municipality == "Д. Садырбаев" and result.period == YEAR
    assert exported(target, YEAR) == expected[YEAR]
    acts = {a["key"]: a["status"] for a in expected[YEAR]["acts"]}
    assert acts == {"1/2026": "issued", "2/2026": "issued", "3/2026": "issued", "4/2026": "superseded", "5/2026": "issued"}
    blobs = sorted(p.name for p in (tmp_path / "district-attachments").rglob("*") if p.is_file())
    assert blobs == sorted([hashlib.sha256(PHOTO).hexdigest(), hashlib.sha256(SCAN).hexdigest()])


def test_importing_the_same_bundle_twice_changes_nothing(source, tmp_path):
    folder, _expected = source
    target = tmp_path / "district.sqlite3"
    import_bundle(folder / "year.bmbdata", target)
    before = counts(target)
    again = import_bundle(folder / "year.bmbdata", target)
    assert not again.changed and again.changes == 0
    assert counts(target) == before and before["audit_entry"] > 0


def test_the_half_year_then_the_year_brings_the_database_up_to_the_year(source, tmp_path):
    folder, expected = source
    target = tmp_path / "district.sqlite3"
    import_bundle(folder / "half.bmbdata", target)
    assert exported(target, FIRST_HALF) == expected[FIRST_HALF]
    assert import_bundle(folder / "year.bmbdata", target).changed
    assert exported(target, YEAR) == expected[YEAR]


def test_a_database_holding_another_municipality_keeps_it_untouched(source, tmp_path):
    folder, expected = source
    target = tmp_path / "district.sqlite3"
    database = open_database(target)
    with database.session() as session:
        save_profile(session, MunicipalityProfile(
            name="Кара-Суу", district="Ноокен району", region="Жалал-Абад облусу", aiyl_okmotu_name="Кара-Суу АӨ",
            aiyl_okmotu_head="Б. Бакиров", council_name="Кара-Суу айылдык кеңеши", council_convocation="II",
            council_chair="А. Алиев", responsible_secretary="Ж. Жумабаева", villages=["Кара-Суу", "Масы"],
        ))  # fmt: skip
    database.close()
    other_before = exported(target, YEAR, "Кара-Суу")
    import_bundle(folder / "year.bmbdata", target)
    assert exported(target, YEAR) == expected[YEAR]
    assert exported(target, YEAR, "Кара-Суу") == other_before
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM municipality").fetchone()[0] == 2


def rewritten(original: Path, target: Path, *, change_data=None, change_manifest=None, extra: dict | None = None, keep_checksums=False) -> Path:
    """A copy of a bundle with its data or manifest changed; checksums follow the data unless kept."""
    with zipfile.ZipFile(original) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest, data = json.loads(members["manifest.json"]), json.loads(members["data.json"])
    if change_data:
        change_data(data)
        members["data.json"] = json.dumps(data, ensure_ascii=False).encode("utf-8")
        if not keep_checksums:
            entry = next(e for e in manifest["files"] if e["name"] == "data.json")
            entry["size"], entry["sha256"] = len(members["data.json"]), hashlib.sha256(members["data.json"]).hexdigest()
    if change_manifest:
        change_manifest(manifest)
    members["manifest.json"] = json.dumps(manifest).encode("utf-8")
    members.update(extra or {})
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return target


def refused(bundle: Path, target: Path, error=BundleError):
    before = target.read_bytes() if target.exists() else None
    with pytest.raises(error) as caught:
        import_bundle(bundle, target)
    if before is not None:
        assert target.read_bytes() == before
    else:
        assert not target.exists()
    return caught.value


def test_a_file_that_is_not_a_bundle_is_refused_with_the_reason(tmp_path):
    text = tmp_path / "notes.bmbdata"
    text.write_text("not a zip")
    assert refused(text, tmp_path / "t.sqlite3").reason == "foreign"
    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("photo.jpg", b"jpeg")
    assert "BMB Desktop" in str(refused(other_zip, tmp_path / "t.sqlite3"))
    assert refused(tmp_path / "missing.bmbdata", tmp_path / "t.sqlite3").reason == "missing"


def test_a_changed_byte_is_caught_by_its_checksum(source, tmp_path):
    folder, _expected = source
    with zipfile.ZipFile(folder / "year.bmbdata") as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = members["data.json"]
    members["data.json"] = data.replace("Ноокен".encode(), "Нуокен".encode(), 1)  # the same size, one letter changed
    assert len(members["data.json"]) == len(data) and members["data.json"] != data
    damaged = tmp_path / "damaged.bmbdata"
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    error = refused(damaged, tmp_path / "t.sqlite3")
    assert error.reason == "mismatch" and "data.json" in str(error)


def test_a_file_whose_size_differs_from_the_manifest_is_refused(source, tmp_path):
    folder, _expected = source
    longer = rewritten(folder / "year.bmbdata", tmp_path / "longer.bmbdata", keep_checksums=True,
                       change_data=lambda data: data["municipality"].update(phone="+996 000 000 000 000"))  # fmt: skip
    assert refused(longer, tmp_path / "t.sqlite3").reason == "damaged"


def test_a_cut_off_bundle_is_refused(source, tmp_path):
    folder, _expected = source
    cut = tmp_path / "cut.bmbdata"
    cut.write_bytes((folder / "year.bmbdata").read_bytes()[:-300])
    assert refused(cut, tmp_path / "t.sqlite3").reason in ("foreign", "damaged", "mismatch")


def test_a_bundle_of_a_newer_version_asks_for_the_newer_application(source, tmp_path):
    folder, _expected = source
    newer = rewritten(folder / "year.bmbdata", tmp_path / "newer.bmbdata", change_manifest=lambda m: m.update(version=2))
    error = refused(newer, tmp_path / "t.sqlite3")
    assert error.reason == "newer" and "жаңыраак" in str(error)


def test_a_file_the_manifest_does_not_list_is_refused(source, tmp_path):
    folder, _expected = source
    extra = rewritten(folder / "year.bmbdata", tmp_path / "extra.bmbdata", extra={"attachments/readme.txt": b"hello"})
    assert refused(extra, tmp_path / "t.sqlite3").reason == "damaged"


def test_a_path_leaving_the_folder_is_refused(source, tmp_path):
    folder, _expected = source
    escaping = rewritten(folder / "year.bmbdata", tmp_path / "escape.bmbdata", extra={"../../etc/cron.d/evil": b"* * * * * root true"})
    error = refused(escaping, tmp_path / "t.sqlite3", UnsafeFileError)
    assert error.reason == "path"


def test_a_zip_bomb_is_refused_before_it_is_inflated(source, tmp_path):
    folder, _expected = source
    bomb = rewritten(folder / "year.bmbdata", tmp_path / "bomb.bmbdata", extra={f"attachments/{'0' * 64}": bytes(20 << 20)})
    assert bomb.stat().st_size < 1 << 20
    assert refused(bomb, tmp_path / "t.sqlite3", UnsafeFileError).reason == "bomb"


def test_data_of_another_municipality_than_the_manifest_names_is_refused(source, tmp_path):
    folder, _expected = source
    swapped = rewritten(folder / "year.bmbdata", tmp_path / "swap.bmbdata", change_data=lambda data: data["municipality"].update(name="Башка"))
    assert refused(swapped, tmp_path / "t.sqlite3").reason == "damaged"


def test_an_issued_act_that_differs_stops_the_import_and_changes_nothing(source, tmp_path):
    folder, _expected = source
    target = tmp_path / "district.sqlite3"
    import_bundle(folder / "year.bmbdata", target)

    def contradict(data):
        data["municipality"]["phone"] = "+996 555 000 111"  # imported before the acts: must be rolled back
        data["acts"][0]["place"] = "Башка жер"

    conflicting = rewritten(folder / "year.bmbdata", tmp_path / "conflict.bmbdata", change_data=contradict)
    error = refused(conflicting, target, ImportConflict)
    assert "1/2026" in str(error) and "өзгөргөн жок" in str(error)


def test_a_damaged_attached_file_stops_the_writing_of_a_bundle(tmp_path, source):
    folder, _expected = source
    copy = tmp_path / "copy.sqlite3"
    copy_database(folder / "demo.sqlite3", copy)
    shutil.copytree(folder / "demo-attachments", tmp_path / "copy-attachments")
    blob = next(p for p in (tmp_path / "copy-attachments").rglob("*") if p.is_file())
    blob.write_bytes(b"changed")
    database = open_database(copy)
    with database.session() as session, pytest.raises(Exception, match="бузулган"):
        write_bundle(session, 1, YEAR, tmp_path / "out.bmbdata")
    database.close()


def test_an_opened_bundle_reads_its_attached_files_checked(source):
    folder, _expected = source
    with open_bundle(folder / "year.bmbdata") as bundle:
        assert bundle.blob(hashlib.sha256(PHOTO).hexdigest()) == PHOTO
        assert bundle.data["period"] == {"year": 2026, "half": None, "start": "2026-01-01", "end": "2026-12-31"}


def test_the_data_is_free_of_database_ids(source):
    _folder, expected = source
    text = json.dumps(expected[YEAR], ensure_ascii=False)
    assert '"id"' not in text and "_id" not in text
    assert io.StringIO(text).read().count('"key"') > 20


def test_a_failing_import_into_a_new_database_leaves_no_database_behind(source, tmp_path):
    folder, _expected = source
    broken = rewritten(folder / "year.bmbdata", tmp_path / "broken.bmbdata",
                       change_data=lambda data: data["memberships"][0].update(person="Эч ким|||"))  # fmt: skip
    error = refused(broken, tmp_path / "new.sqlite3")
    assert error.reason == "damaged" and not list(tmp_path.glob("new.sqlite3*"))
