"""The acts' commands: print act and letter, verify, deadlines, list acts and letters, overdue in check."""

import json

import pytest
from pypdf import PdfReader, PdfWriter

from bmb_desktop.__main__ import main
from bmb_desktop.services.demo import create_demo_database

OVERDUE = "«Нур-Жол Курулуш» ЖЧК — № 3/2026 актыга жооп"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture(scope="module")
def act_pdf(demo, tmp_path_factory):
    target = tmp_path_factory.mktemp("print") / "акт.pdf"
    assert main(["print", "act", "3/2026", "--db", str(demo), "--out", str(target)]) == 0
    return target


def run(capsys, *arguments):
    code = main([str(argument) for argument in arguments])
    out, err = capsys.readouterr()
    return code, out, err


def test_print_act_writes_the_act_with_its_verification_code(act_pdf):
    reader = PdfReader(act_pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "АКТ № 3/2026" in text and "Жибек Жолу" in text and "Алдым:" in text
    assert "текшерүү коду" in text and len(reader.metadata.subject.split()[-1]) == 64


def test_verify_a_genuine_print_exits_0(capsys, demo, act_pdf):
    code, out, err = run(capsys, "verify", act_pdf, "--db", demo)
    assert (code, err) == (0, "")
    assert out.strip() == "Файл 2026-жылдын 14-сентябрындагы № 3/2026 актыга дал келет."


def test_verify_a_tampered_print_exits_1_with_the_reason(capsys, demo, act_pdf, tmp_path):
    writer = PdfWriter(clone_from=PdfReader(act_pdf))
    writer.add_metadata({"/Subject": "Act No. 3/2026; SHA-256 fingerprint " + "0" * 64})
    tampered = tmp_path / "өзгөртүлгөн.pdf"
    with tampered.open("wb") as handle:
        writer.write(handle)
    code, out, _ = run(capsys, "verify", tampered, "--db", demo)
    assert code == 1
    assert out.strip() == "1-беттеги текшерүү коду файлдагы санарип изге дал келбейт: файл өзгөртүлгөн."


def test_verify_a_code_read_from_paper_and_as_json(capsys, demo, act_pdf):
    code_on_paper = PdfReader(act_pdf).pages[0].extract_text().split("текшерүү коду ")[1].split()[0]
    code, out, _ = run(capsys, "verify", code_on_paper, "--db", demo, "--json")
    assert code == 0
    assert json.loads(out) == {"matches": True, "act": "3/2026", "message": "Файл 2026-жылдын 14-сентябрындагы № 3/2026 актыга дал келет."}
    code, out, _ = run(capsys, "verify", "0000-0000-0000", "--db", demo, "--lang", "ru")
    assert (code, out.strip()) == (1, "В этой базе данных нет акта с контрольным кодом 0000-0000-0000.")


def test_verify_something_that_is_neither_a_file_nor_a_code(capsys, demo, tmp_path):
    code, out, err = run(capsys, "verify", tmp_path / "жок.pdf", "--db", demo)
    assert code == 1 and out == ""
    assert err.strip() == f"Ката: {tmp_path / 'жок.pdf'} — файл да, текшерүү коду да эмес."


def test_deadlines_lists_due_overdue_and_recently_answered(capsys, demo):
    code, out, _ = run(capsys, "deadlines", "--db", demo, "--today", "2026-11-21")
    assert code == 0
    assert out.splitlines() == [
        "Ушул жумада мөөнөтү бүтөт:", "  жок",
        "Мөөнөтү өткөн:", f"  {OVERDUE} — мөөнөтү 29.09.2026 болчу, 53 күн өттү",
        "Жакында жооп келген:", "  жок",
    ]  # fmt: skip


def test_deadlines_as_json_for_another_day(capsys, demo):
    code, out, _ = run(capsys, "deadlines", "--db", demo, "--today", "2026-10-20", "--json")
    assert code == 0
    overview = json.loads(out)
    assert overview["today"] == "2026-10-20"
    assert [(i["kind"], i["act"], i["days_late"]) for i in overview["overdue"]] == [("object_response", "3/2026", 21)]
    assert [(i["kind"], i["act"], i["answered_on"]) for i in overview["recently_answered"]] == [
        ("ao_report", "3/2026", "2026-10-12"),
    ]


def test_check_includes_the_overdue_response(capsys, demo):
    code, out, _ = run(capsys, "check", "--db", demo, "--today", "2026-11-21")
    assert code == 1
    assert f"[!] {OVERDUE} келген жок: мөөнөтү 2026-жылдын 29-сентябрында бүткөн (53 күн өттү) (Типтүү жобо 4.3)" in out.splitlines()


def test_list_acts_and_letters(capsys, demo):
    code, out, _ = run(capsys, "list", "acts", "--db", demo, "--json")
    assert code == 0
    assert [(a["number"], a["status"]) for a in json.loads(out)] == [
        ("1/2026", "чыгарылган"), ("2/2026", "чыгарылган"), ("3/2026", "чыгарылган"), ("", "долбоор"),
    ]
    code, out, _ = run(capsys, "list", "letters", "--db", demo, "--json")
    letters = json.loads(out)
    assert code == 0 and len(letters) == 9
    assert (letters[4]["number"], letters[4]["due_on"], letters[4]["answered_on"]) == ("5/2026", "2026-05-21", "2026-05-28")


def test_print_letter_and_an_unknown_act(capsys, demo, tmp_path):
    target = tmp_path / "кат.pdf"
    code, out, _ = run(capsys, "print", "letter", "8/2026", "--db", demo, "--out", target)
    assert code == 0 and out.strip() == f"Жазылды: {target}"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "2026-жылдын 14-сентябры № 8" in text and "Тиркеме: № 3/2026 акт." in text
    code, _, err = run(capsys, "print", "act", "9/2026", "--db", demo, "--out", tmp_path / "жок.pdf")
    assert code == 1 and err.strip() == "Ката: Бул маалымат базасында № 9/2026 акт жок."
    assert not (tmp_path / "жок.pdf").exists()
