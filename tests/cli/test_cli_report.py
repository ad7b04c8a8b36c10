"""The report's commands: report (PDF, XLSX, draft resolution), export for the council, import."""

import hashlib
import zipfile

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bmb_desktop.__main__ import main
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.database import open_database

EXPORT = "Д_Садырбаев_2026_H1"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


def run(capsys, *arguments):
    code = main([str(argument) for argument in arguments])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def fingerprint(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_report_writes_the_pdf_the_spreadsheet_and_the_draft_resolution(capsys, demo, tmp_path):
    out_pdf, out_xlsx, out_resolution = tmp_path / "отчет.pdf", tmp_path / "отчет.xlsx", tmp_path / "токтом.pdf"
    code, out, err = run(
        capsys, "report", "--year", "2026", "--half", "1", "--db", demo, "--today", "2026-11-21",
        "--out", out_pdf, "--xlsx", out_xlsx, "--resolution", out_resolution,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"Жазылды: {out_pdf}", f"Жазылды: {out_xlsx}", f"Жазылды: {out_resolution}"]
    assert "ЖЫЙЫНДЫ ОТЧЕТ" in pdf_text(out_pdf) and "Мазмуну" in pdf_text(out_pdf)
    assert load_workbook(out_xlsx).sheetnames[0] == "Жыйынтык"
    assert "отчетун угуу жөнүндө" in pdf_text(out_resolution)


def test_report_in_russian(capsys, demo, tmp_path):
    target = tmp_path / "report.pdf"
    code, out, _err = run(capsys, "--lang", "ru", "report", "--year", "2026", "--db", demo, "--today", "2026-11-21", "--out", target)
    assert code == 0 and out.startswith("Записано") and "ИТОГОВЫЙ ОТЧЕТ" in pdf_text(target)


def test_a_period_not_begun_is_refused_and_nothing_written(capsys, demo, tmp_path):
    target = tmp_path / "r.pdf"
    code, out, err = run(capsys, "report", "--year", "2027", "--db", demo, "--today", "2026-11-21", "--out", target)
    assert code == 1 and out == "" and "баштала элек" in err and not target.exists()


def test_export_writes_the_checked_folder_and_leaves_the_database_as_it_was(capsys, demo, tmp_path):
    before = fingerprint(demo)
    code, out, err = run(capsys, "export", "--year", "2026", "--half", "1", "--db", demo, "--to", tmp_path, "--today", "2026-11-21")
    assert (code, err) == (0, "")
    assert out.strip() == f"Экспорттолду жана текшерилди: {tmp_path / EXPORT} (7 файл)"
    assert (tmp_path / EXPORT / "checksums.sha256").is_file() and fingerprint(demo) == before


def test_export_to_a_missing_folder_is_refused(capsys, demo, tmp_path):
    code, _out, err = run(capsys, "export", "--year", "2026", "--db", demo, "--to", tmp_path / "жок", "--today", "2026-11-21")
    assert code == 1 and "папкасы жок" in err


def test_import_loads_the_bundle_and_a_second_import_changes_nothing(capsys, demo, tmp_path):
    run(capsys, "export", "--year", "2026", "--half", "1", "--db", demo, "--to", tmp_path, "--today", "2026-11-21")
    bundle = tmp_path / EXPORT / f"{EXPORT}.bmbdata"
    target = tmp_path / "district.sqlite3"
    code, out, err = run(capsys, "import", bundle, "--db", target)
    assert (code, err) == (0, "") and out.startswith("Импорттолду: Д. Садырбаев, 2026-жылдын I жарым жылдыгы;")
    code, out, _err = run(capsys, "import", bundle, "--db", target)
    assert code == 0 and out.startswith("Импорттоого эч нерсе жок")


def test_import_of_a_foreign_file_says_why_and_creates_no_database(capsys, tmp_path):
    foreign = tmp_path / "сүрөттөр.zip"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    code, out, err = run(capsys, "import", foreign, "--db", tmp_path / "district.sqlite3")
    assert code == 1 and out == "" and "BMB Desktop маалыматтар топтому эмес" in err
    assert not (tmp_path / "district.sqlite3").exists()


def test_a_database_of_several_municipalities_needs_the_one_named(capsys, demo, tmp_path):
    run(capsys, "export", "--year", "2026", "--half", "1", "--db", demo, "--to", tmp_path, "--today", "2026-11-21")
    target = tmp_path / "district.sqlite3"
    database = open_database(target)
    with database.session() as session:
        save_profile(session, MunicipalityProfile(
            name="Кара-Суу", district="Ноокен району", region="Жалал-Абад облусу", aiyl_okmotu_name="Кара-Суу АӨ",
            aiyl_okmotu_head="Б. Бакиров", council_name="Кара-Суу айылдык кеңеши", council_convocation="II",
            council_chair="А. Алиев", responsible_secretary="Ж. Жумабаева", villages=["Кара-Суу"],
        ))  # fmt: skip
    database.close()
    # save_profile made Кара-Суу the database's own municipality; the district's database has none
    import sqlite3

    with sqlite3.connect(target) as connection:
        connection.execute("DELETE FROM database_fact WHERE key = 'own_municipality_id'")
    run(capsys, "import", tmp_path / EXPORT / f"{EXPORT}.bmbdata", "--db", target)
    code, _out, err = run(capsys, "report", "--year", "2026", "--half", "1", "--db", target, "--today", "2026-11-21", "--out", tmp_path / "r.pdf")
    assert code == 1 and "--municipality" in err and "Кара-Суу" in err and "Д. Садырбаев" in err
    code, _out, _err = run(
        capsys, "report", "--year", "2026", "--half", "1", "--db", target, "--today", "2026-11-21", "--out", tmp_path / "r.pdf",
        "--municipality", "д. садырбаев",
    )  # fmt: skip
    assert code == 0 and "Г. Кандарова" in pdf_text(tmp_path / "r.pdf")
    code, _out, err = run(capsys, "report", "--year", "2026", "--db", target, "--out", tmp_path / "x.pdf", "--municipality", "Жок", "--today", "2026-11-21")
    assert code == 1 and "Жок айыл аймагы жок" in err
