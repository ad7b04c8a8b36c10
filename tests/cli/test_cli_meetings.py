"""The meetings' commands: list meetings, print protocol / attendance / gathering by number."""

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
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_print_protocol_writes_the_meeting_numbered_as_printed(capsys, demo, tmp_path):
    target = tmp_path / "протокол.pdf"
    code, out, err = run(capsys, "print", "protocol", "4/2026", "--db", demo, "--out", target)
    assert (code, err, out.strip()) == (0, "", f"Жазылды: {target}")
    text = pdf_text(target)
    assert "ПРОТОКОЛУ № 4" in text and "2026-жылдын 18-майы" in text and "ТОКТОМ КЫЛЫНДЫ:" in text


def test_print_protocol_in_russian(capsys, demo, tmp_path):
    target = tmp_path / "protocol.pdf"
    code, _, _ = run(capsys, "print", "protocol", "3/2026", "--db", demo, "--lang", "ru", "--out", target)
    assert code == 0
    assert "ПРОТОКОЛ № 3" in pdf_text(target) and "Кворума нет" in pdf_text(target)


def test_print_attendance_writes_the_sheet(capsys, demo, tmp_path):
    target = tmp_path / "sheet.pdf"
    code, _, _ = run(capsys, "print", "attendance", "4/2026", "--db", demo, "--out", target)
    assert code == 0
    text = pdf_text(target)
    assert "КАТТОО БАРАГЫ" in text and "Колу" in text and "катышкан жок (иш сапарда)" in text


def test_print_gathering_writes_the_community_gatherings_protocol(capsys, demo, tmp_path):
    target = tmp_path / "gathering.pdf"
    code, _, _ = run(capsys, "print", "gathering", "1/2026", "--db", demo, "--out", target)
    assert code == 0
    assert "Абдыкалыков" in pdf_text(target)


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("4-2026", "Ката: «4-2026» протоколдун номери эмес. Номерди жана жылды жазыңыз, мисалы: 3/2026."),
        ("9/2025", "Ката: Топтун жыйналышынын № 9/2025 протоколу табылган жок."),
    ],
)
def test_a_malformed_or_unknown_number_exits_1_with_a_kyrgyz_message_and_writes_nothing(capsys, demo, tmp_path, number, message):
    target = tmp_path / "none.pdf"
    code, out, err = run(capsys, "print", "protocol", number, "--db", demo, "--out", target)
    assert (code, out, err.strip()) == (1, "", message)
    assert not target.exists()


def test_the_gathering_number_is_looked_up_among_gatherings_only(capsys, demo, tmp_path):
    code, _, err = run(capsys, "print", "gathering", "2/2026", "--db", demo, "--out", tmp_path / "g.pdf")
    assert code == 1 and err.strip() == "Ката: Жыйындын № 2/2026 протоколу табылган жок."


def test_a_protocol_without_its_number_exits_1(capsys, demo, tmp_path):
    code, _, err = run(capsys, "print", "protocol", "--db", demo, "--out", tmp_path / "p.pdf")
    assert code == 1 and "3/2026" in err


def test_print_roster_still_works(capsys, demo, tmp_path):
    code, _, _ = run(capsys, "print", "roster", "--db", demo, "--today", "2026-11-21", "--out", tmp_path / "r.pdf")
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_list_meetings_shows_protocol_present_and_quorum(capsys, demo):
    code, out, _ = run(capsys, "list", "meetings", "--db", demo)
    assert code == 0
    header, _rule, *rows = out.splitlines()
    assert header.split()[:2] == ["Протокол", "Күнү"] and "Кворум" in header
    no_quorum = next(row for row in rows if row.startswith("3/2026"))
    assert "2/5" in no_quorum and " жок " in no_quorum


def test_list_meetings_as_json(capsys, demo):
    code, out, _ = run(capsys, "list", "meetings", "--db", demo, "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0] == {
        "protocol": "1/2025", "date": "2025-10-24", "kind": "топтун жыйналышы",
        "title": "Д. Садырбаев айыл өкмөтүнүн жыйындар залы, Масы айылы", "present": "5/5", "quorum": "ооба",
        "status": "кол коюлган",
    }  # fmt: skip


def test_check_reports_the_meeting_warnings(capsys, demo):
    code, out, _ = run(capsys, "check", "--db", demo, "--today", "2027-04-01")
    assert code == 1  # the demo breaks composition rules too
    assert "[!] 2027-жылдын I кварталында кворуму бар бир да жыйналыш өткөрүлгөн жок. (Типтүү жобо 7.2.2)" in out.splitlines()
