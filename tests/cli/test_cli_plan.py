"""The plan's commands: print plan, plan-resolution and indicators; list plans, objects and indicators."""

import json

import pytest
from pypdf import PdfReader

from bmb_desktop.__main__ import main
from bmb_desktop.services.demo import create_demo_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


def run(capsys, *arguments):
    code = main([str(argument) for argument in arguments])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_print_plan_writes_the_plan_in_force_with_its_stamp(capsys, demo, tmp_path):
    target = tmp_path / "план.pdf"
    code, out, err = run(capsys, "print", "plan", "--year", "2026", "--db", demo, "--out", target)
    assert (code, err) == (0, "") and out.strip() == f"Жазылды: {target}"
    text = pdf_text(target)
    assert "№ 14/3 токтому менен бекитилди" in text and "№ 16/2 токтому менен өзгөртүүлөр киргизилди" in text


def test_print_plan_with_a_version_number_prints_that_version(capsys, demo, tmp_path):
    target = tmp_path / "v1.pdf"
    code, _, _ = run(capsys, "print", "plan", "1", "--year", "2026", "--db", demo, "--out", target)
    assert code == 0 and "16/2" not in pdf_text(target)


def test_the_year_defaults_to_the_year_of_today(capsys, demo, tmp_path):
    target = tmp_path / "plan.pdf"
    code, _, _ = run(capsys, "print", "plan", "--today", "2026-11-21", "--db", demo, "--out", target)
    assert code == 0 and "2026-жылга карата мониторинг жана баалоо планы" in pdf_text(target)


def test_a_year_without_a_plan_is_explained_and_nothing_is_written(capsys, demo, tmp_path):
    target = tmp_path / "жок.pdf"
    code, out, err = run(capsys, "print", "plan", "--year", "2031", "--db", demo, "--out", target)
    assert code == 1 and out == ""
    assert err.strip() == "Ката: 2031-жылга план жок."
    assert not target.exists()


def test_a_version_number_must_be_a_number(capsys, demo, tmp_path):
    code, _, err = run(capsys, "print", "plan", "экинчи", "--year", "2026", "--db", demo, "--out", tmp_path / "x.pdf")
    assert code == 1 and "Пландын версиясынын номерин жазыңыз" in err


def test_print_plan_resolution_and_indicators(capsys, demo, tmp_path):
    resolution, sheet = tmp_path / "токтом.pdf", tmp_path / "индикаторлор.pdf"
    assert run(capsys, "print", "plan-resolution", "--year", "2026", "--db", demo, "--out", resolution)[0] == 0
    assert "№ 16/2 ТОКТОМУ" in pdf_text(resolution)
    assert run(capsys, "print", "indicators", "--today", "2026-11-21", "--db", demo, "--out", sheet)[0] == 0
    assert "план жана факт" in pdf_text(sheet)


def test_list_plans_shows_items_with_status_and_the_overdue_flag(capsys, demo):
    code, out, _ = run(capsys, "list", "plans", "--db", demo, "--today", "2026-11-21", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(row["position"], row["status"]) for row in rows][:4] == [
        (1, "аткарылды"), (2, "аткарылды"), (3, "аткарылды"), (4, "аткарылууда"),
    ]
    assert [row["position"] for row in rows if row["flag"] == "мөөнөтү өттү"] == [4]


def test_list_plans_as_a_table_is_kyrgyz(capsys, demo):
    code, out, _ = run(capsys, "list", "plans", "--db", demo, "--today", "2026-11-21")
    header, rule, *rows = out.splitlines()
    assert code == 0 and header.startswith("Жыл") and "Жооптуулар" in header and set(rule) == {"-"}
    assert len(rows) == 8


def test_list_objects_and_indicators(capsys, demo):
    code, out, _ = run(capsys, "list", "objects", "--db", demo, "--json")
    assert code == 0 and len(json.loads(out)) == 8
    code, out, _ = run(capsys, "list", "indicators", "--db", demo, "--today", "2026-11-21", "--json")
    rows = {row["code"]: row for row in json.loads(out)}
    assert code == 0 and rows["П-2"]["outlook"] == "пландан артта калууда"


def test_check_reports_the_overdue_item_and_the_indicators_behind(capsys, demo):
    code, out, _ = run(capsys, "check", "--db", demo, "--today", "2026-11-21")
    assert code == 1  # the group's composition gaps
    lines = out.splitlines()
    assert any(line.startswith("[!] 2026-жылдын планы, 4-пункт") and line.endswith("(Типтүү жобо 8.1)") for line in lines)
    assert sum(1 for line in lines if "пландан артта калууда" in line) == 4
