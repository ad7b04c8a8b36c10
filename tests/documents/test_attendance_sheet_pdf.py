"""The attendance sheet: rows with room to sign, recorded absences, and the printed PDF."""

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from bmb_desktop.documents.attendance_sheet import (
    AttendanceSheetDocument,
    SheetLine,
    meeting_line,
    render_attendance_sheet,
    sheet_rows,
    totals_line,
)
from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.meeting_documents import attendance_sheet_document
from bmb_desktop.services.meetings import MeetingDraft, create_meeting, find_meeting
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

LINES = [
    SheetLine("Кандарова Гүлнара Асановна", "муниципалдык кызматчы", "төрага", True, ""),
    SheetLine("Султанова Канышай Токтосуновна", "жарандардын бирикмесинин өкүлү", "", True, ""),
    SheetLine("Осмоналиев Эркинбек Абдыкадырович", "айылдык кеңештин депутаты", "", False, "иш сапарда"),
    SheetLine("Жантаева Умут Маматовна", "айылдык кеңештин депутаты", "", True, ""),
    SheetLine("Ташиев Канат Жолдошевич", "муниципалдык кызматчы", "", True, ""),
]


def sheet(**changes) -> AttendanceSheetDocument:
    doc = AttendanceSheetDocument(
        municipality_name="Д. Садырбаев",
        aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        number=4,
        year=2026,
        held_on=date(2026, 5, 18),
        starts_at=time(10, 0),
        place="Д. Садырбаев айыл өкмөтүнүн жыйындар залы",
        lines=LINES,
        secretary="К. Ташиев",
    )
    return replace(doc, **changes)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_rows_number_the_members_and_leave_the_signature_cell_empty_for_those_present():
    rows = sheet_rows(LINES, "ky")
    assert rows[0] == ["1", "Кандарова Гүлнара Асановна\n(төрага)", "муниципалдык кызматчы", ""]
    assert rows[2] == ["3", "Осмоналиев Эркинбек Абдыкадырович", "айылдык кеңештин депутаты", "катышкан жок (иш сапарда)"]
    assert [row[3] for row in rows].count("") == 4


def test_a_sheet_printed_before_the_meeting_leaves_every_row_to_sign():
    blank = [replace(line, present=None, absence_reason="") for line in LINES]
    assert [row[3] for row in sheet_rows(blank, "ky")] == [""] * 5


def test_the_meeting_line_gives_number_date_and_time():
    assert meeting_line(sheet(), "ky") == "Протокол № 4, 2026-жылдын 18-майы, саат 10:00"
    assert meeting_line(sheet(starts_at=None), "ru") == "Протокол № 4, 18 мая 2026 года"


def test_the_totals_count_members_and_those_present():
    assert totals_line(sheet(), "ky") == "Топтун мүчөлөрү: 5; катышкандар: 4."


def test_the_sheet_prints_title_table_and_the_secretarys_signature(read_pdf):
    pdf = render_attendance_sheet(sheet())
    text = flat(" ".join(read_pdf.pages(pdf)))
    for part in ("КАТТОО БАРАГЫ", "Протокол № 4, 2026-жылдын 18-майы", "№", "Аты-жөнү", "Категориясы", "Колу",
                 "Кандарова Гүлнара Асановна", "катышкан жок (иш сапарда)", "Топтун мүчөлөрү: 5; катышкандар: 4.",
                 "Жыйналыштын катчысы", "К. Ташиев"):
        assert part in text, part
    assert read_pdf.page_count(pdf) == 1


def test_each_row_is_tall_enough_to_sign_in(read_pdf):
    words = read_pdf.words(render_attendance_sheet(sheet()))
    tops = [y for _x, y, word in words if word in {"Кандарова", "Султанова", "Осмоналиев", "Жантаева", "Ташиев"}
            and _x < 200]  # the name column, not the secretary's signature line
    gaps = [later - earlier for earlier, later in zip(tops, tops[1:])]
    assert len(gaps) == 4 and min(gaps) >= 28  # points: a centimetre between names at the least


def test_a_long_group_continues_the_table_with_its_heading_on_the_next_page(read_pdf):
    largest = [replace(LINES[1], full_name=f"Мүчө {n}") for n in range(1, 16)]  # 15, the model's maximum
    pages = read_pdf.pages(render_attendance_sheet(sheet(lines=largest)))
    assert len(pages) > 1 and all("Колу" in page for page in pages)
    assert "Жыйналыштын катчысы" in pages[-1]


def test_russian_sheet_translates_the_form(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_attendance_sheet(sheet(), "ru"))))
    for part in ("ЛИСТ РЕГИСТРАЦИИ", "18 мая 2026 года", "Подпись", "отсутствовал(а) (иш сапарда)", "Секретарь заседания"):
        assert part in text, part


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    with database.session() as session:
        yield session, session.scalar(select(Municipality.id))
    database.close()


def test_the_demo_sheet_lists_every_member_of_that_day_with_the_recorded_absence(demo):
    session, municipality_id = demo
    doc = attendance_sheet_document(session, municipality_id, find_meeting(session, municipality_id, "4/2026").id)
    assert [line.full_name.split()[0] for line in doc.lines] == ["Кандарова", "Султанова", "Осмоналиев", "Жантаева", "Ташиев"]
    assert [(line.present, line.absence_reason) for line in doc.lines][2] == (False, "иш сапарда")
    assert (doc.lines[0].role, doc.lines[1].role, doc.secretary) == ("төрага", "", "К. Ташиев")


def test_a_sheet_for_a_meeting_not_yet_held_has_no_marks(demo):
    session, municipality_id = demo
    meeting = create_meeting(session, municipality_id, draft=MeetingDraft(
        kind=MeetingKind.GROUP_MEETING, held_on=date(2026, 12, 4), place="Жыйындар залы",
    ))  # fmt: skip
    doc = attendance_sheet_document(session, municipality_id, meeting.id, language="ru")
    assert len(doc.lines) == 5 and {line.present for line in doc.lines} == {None}
    assert doc.lines[0].category == "муниципальный служащий" and doc.secretary == ""
