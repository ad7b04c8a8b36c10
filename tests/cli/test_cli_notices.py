"""The notices' commands: print a notice as a poster, list notices and boards, posting checks in `check`."""

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


def notice_id(capsys, demo, kind: str) -> int:
    _, out, _ = run(capsys, "list", "notices", "--db", demo, "--json")
    return next(row["id"] for row in json.loads(out) if row["kind"] == kind)


def test_print_notice_writes_a_one_page_a4_poster_dated_by_its_first_posting(capsys, demo, tmp_path):
    target = tmp_path / "кулактандыруу.pdf"
    number = notice_id(capsys, demo, "топтун курамы жана биринчи жыйналыш")
    code, out, err = run(capsys, "print", "notice", number, "--db", demo, "--out", target)
    assert (code, err) == (0, "") and str(target) in out
    reader = PdfReader(target)
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == 595
    assert "КУЛАКТАНДЫРУУ" in text and "Д. Садырбаев айылдык кеңешинин 2025-жылдын 14-октябрындагы №12/5" in text
    assert "Илинген күнү: 2025-жылдын 20-октябры" in text


def test_print_notice_on_a3_in_russian_dated_as_of_today(capsys, demo, tmp_path):
    target = tmp_path / "a3.pdf"
    number = notice_id(capsys, demo, "эркин кулактандыруу")
    code, _, err = run(capsys, "print", "notice", number, "--paper", "A3", "--lang", "ru", "--today", "2026-11-21",
                       "--db", demo, "--out", target)  # fmt: skip
    assert (code, err) == (0, "")
    page = PdfReader(target).pages[0]
    assert round(float(page.mediabox.width)) == 842
    assert "Дата размещения: 21 ноября 2026 года" in " ".join(page.extract_text().split())


def test_print_notice_refuses_what_is_not_a_notice_id(capsys, demo, tmp_path):
    code, _, err = run(capsys, "print", "notice", "12/5", "--db", demo, "--out", tmp_path / "x.pdf")
    assert code == 1 and "кулактандыруунун ID номери эмес" in err
    code, _, err = run(capsys, "print", "notice", "999", "--db", demo, "--out", tmp_path / "x.pdf")
    assert code == 1 and "999 номерлүү кулактандыруу жок" in err
    assert not (tmp_path / "x.pdf").exists()


def test_list_notices_shows_event_first_posting_and_boards_in_json(capsys, demo):
    code, out, _ = run(capsys, "list", "notices", "--db", demo, "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 10
    report = next(row for row in rows if row["kind"] == "жыйынды отчеттун жыйынтыктары")
    assert (report["event_on"], report["first_posted_on"], report["postings"], report["posted_now"]) == (
        "2026-07-17", "2026-07-20", 3, 3,
    )  # fmt: skip


def test_list_boards_prints_the_boards_in_their_order(capsys, demo):
    code, out, _ = run(capsys, "list", "boards", "--db", demo)
    lines = out.splitlines()
    assert code == 0 and "Маалымат тактасы" in lines[0]
    assert lines[2].split()[2:6] == ["Айыл", "өкмөтүнүн", "маалымат", "тактасы"]
    assert "Беш-Жыгач айылындагы такта" in lines[-1] and " жок " in lines[-1]


def test_check_reminds_of_the_notice_still_to_post(capsys, demo):
    code, out, _ = run(capsys, "check", "--db", demo, "--today", "2026-11-21")
    assert "[!] «Маданият үйүнүн жылытуу системасын оңдоо боюнча мониторинг» кулактандыруусу азырынча илинген жок" in out
