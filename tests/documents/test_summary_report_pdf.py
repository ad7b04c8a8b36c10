"""The printed summary report and the draft resolution on hearing it: title page, contents whose
page numbers are where the sections really start, tables, charts, conclusions, signature."""

import re
from datetime import date

import pytest
from reportlab.platypus import HRFlowable
from sqlalchemy import select

from bmb_desktop.documents.report_resolution import ReportResolutionDocument, render_report_resolution, resolution_points
from bmb_desktop.documents.styles import frame_width
from bmb_desktop.documents.report_blocks import ChartBlock, ReportSection, TableBlock, TextBlock
from bmb_desktop.documents.summary_charts import chart_drawing
from bmb_desktop.documents.summary_report import (
    BLANK_LINES,
    SummaryReportDocument,
    block_flowables,
    closing_flowables,
    render_summary_report,
)
from bmb_desktop.domain.report import Period
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.report import gather_report
from bmb_desktop.services.report_documents import report_resolution_document, summary_report_document
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    with database.session() as session:
        gathered = {
            period: gather_report(session, session.scalar(select(Municipality.id)), period=period, today=TODAY)
            for period in (Period(2026, 1), Period(2026))
        }
    database.close()
    return gathered


@pytest.fixture(scope="module")
def half_pdf(data):
    return render_summary_report(summary_report_document(data[Period(2026, 1)], "ky", printed_on=date(2026, 7, 10)), "ky")


def small_document(**changes) -> SummaryReportDocument:
    values = dict(
        municipality_name="Д. Садырбаев", letterhead_place="Масы айылы", title="ЖЫЙЫНДЫ ОТЧЕТ", subtitle="Сыноо отчету",
        period_line="(01.01.2026 – 30.06.2026)", state_line="", addressed_line="Кеңеш үчүн", presented_line="",
        place_year="Масы айылы, 2026-жыл", contents_title="Мазмуну",
        sections=(ReportSection("Биринчи бөлүм", (TextBlock("Текст."),)), ReportSection("Экинчи бөлүм", (TextBlock("Дагы текст."),))),
        conclusions_title="Корутундулар жана сунуштар", conclusions_heading="Корутундулар", conclusions="",
        proposals_heading="Сунуштар", proposals="", signer_role="Төрага", signer_name="Г. Кандарова",
    )  # fmt: skip
    return SummaryReportDocument(**{**values, **changes})


def test_the_title_page_names_the_report_and_carries_no_page_number(read_pdf, half_pdf):
    pages = read_pdf.pages(half_pdf)
    title = pages[0]
    assert "ЖЫЙЫНДЫ ОТЧЕТ" in title and "2026-жылдын I жарым жылдыгындагы иши жөнүндө" in title
    assert "(01.01.2026 – 30.06.2026)" in title and "Коомчулукка 2026-жылдын 17-июлунда тааныштырылды" in title
    assert "бет 1" not in title and f"бет 2 / {len(pages)}" in pages[1]


def test_the_contents_give_the_page_where_each_section_starts(read_pdf, half_pdf):
    pages = read_pdf.pages(half_pdf)
    contents = read_pdf.layout(half_pdf).split("\f")[1]
    entries = re.findall(r"(?ms)^\s*(\d+)\. (.*?)(?: \.)+\s+(\d+)\s*$", contents)
    assert [int(number) for number, _title, _page in entries] == list(range(1, 12))
    assert entries[0][1].startswith("Топтун курамы") and entries[-1][1].startswith("Корутундулар")
    for number, title, page in entries:
        words = " ".join(title.split())
        assert f"{number}. {words}" in " ".join(pages[int(page) - 1].split()), (number, page)


def test_each_section_is_a_bookmark(read_pdf, half_pdf):
    outline = [item.title for item in read_pdf.reader(half_pdf).outline]
    assert outline[0] == "1. Топтун курамы жана андагы өзгөрүүлөр" and outline[-1] == "11. Корутундулар жана сунуштар"


def test_the_report_carries_the_figures_and_the_charts_labels(read_pdf, half_pdf):
    text = " ".join(read_pdf.pages(half_pdf))
    assert "Аткарылуу деңгээли: 25%" in text
    assert "аткарылды — 2 (25%)" in text  # the pie's legend
    assert "объектилердин жооптору" in text and "бардык катышкандар" in text  # the bars' labels
    assert "Кворумсуз өткөн: № 3/2026 протокол" in text


def test_the_secretary_conclusions_are_printed_and_the_chair_signs(read_pdf, half_pdf):
    last = read_pdf.pages(half_pdf)[-1]
    layout = read_pdf.layout(half_pdf).split("\f")[-2]
    assert "Г. Кандарова" in last and "тобунун төрагасы" in layout
    text = " ".join(read_pdf.pages(half_pdf)[-3:])
    assert "Жарым жылдыкта топ пландын мөөнөтү келген эки пунктун тең аткарды" in text


def test_only_the_documents_fonts_are_embedded(read_pdf, base_14, half_pdf):
    fonts = read_pdf.fonts(half_pdf)
    assert fonts and all(font["embedded"] for font in fonts)
    assert not {font["name"].split("+")[-1] for font in fonts} & base_14


def test_empty_conclusions_leave_ruled_lines_to_write_on():
    parts = closing_flowables(small_document(), 3)
    rules = [p for p in parts if isinstance(p, HRFlowable)]
    assert len(rules) == 2 * BLANK_LINES - 1  # the last line is kept with the signature


def test_a_small_report_numbers_its_sections_and_contents(read_pdf):
    pdf = render_summary_report(small_document(conclusions="Бардыгы жакшы.", proposals="Улантуу."), "ky")
    pages = read_pdf.pages(pdf)
    assert len(pages) == 3
    assert "1. Биринчи бөлүм" in pages[1] and "3. Корутундулар жана сунуштар" in pages[1]
    assert "Бардыгы жакшы." in pages[2] and "Улантуу." in pages[2]


def test_a_table_block_fills_the_frame_width():
    section = block_flowables(TableBlock(("А", "Б"), (("1", "2"),), (1, 3)), frame_width())[0]
    widths = section.table._colWidths
    assert sum(widths) == pytest.approx(frame_width()) and widths[1] == pytest.approx(3 * widths[0])


def test_a_chart_grows_with_its_rows_and_counts_on_whole_numbers():
    few = chart_drawing(ChartBlock("answers", "", "stacked", ("а",), (("x", (1.0,), "good"), ("y", (1.0,), "late"))), width=400)
    many = chart_drawing(ChartBlock("answers", "", "stacked", ("а", "б", "в", "г"), (("x", (1.0, 2, 0, 1), "good"),)), width=400)
    assert many.height > few.height
    labels = [s.text for s in few.contents if hasattr(s, "text")]
    assert "0,5" not in labels and "2" in labels


def test_the_year_report_says_it_is_seen_as_of_today(read_pdf, data):
    pdf = render_summary_report(summary_report_document(data[Period(2026)], "ky", printed_on=TODAY), "ky")
    assert "2026-жылдын 21-ноябрына карата абалы" in read_pdf.pages(pdf)[0]


def test_the_russian_report_is_worded_in_russian(read_pdf, data):
    pdf = render_summary_report(summary_report_document(data[Period(2026, 1)], "ru"), "ru")
    text = " ".join(read_pdf.pages(pdf))
    assert "ИТОГОВЫЙ ОТЧЕТ" in text and "Содержание" in text and "Уровень выполнения: 25 %" in text


def test_the_draft_resolution_follows_the_council_layout(read_pdf, data):
    document = report_resolution_document(data[Period(2026, 1)], "ky")
    pdf = render_report_resolution(document, "ky")
    layout = read_pdf.layout(pdf)
    text = " ".join(" ".join(read_pdf.pages(pdf)).split())
    assert "ДОЛБООР" in text and "№ ______ ТОКТОМУ" in text
    assert "тобунун 2026-жылдын I жарым жылдыгындагы иши жөнүндө отчетун угуу жөнүндө" in text
    assert "токтом кылат:" in text and re.search(r"Төрага\s+А\.\s?Тешебаев", layout)
    points = resolution_points(document, "ky")
    assert points[0].startswith("1. Биргелешкен мониторинг жана баалоо тобунун жыйынды отчету эске алынсын: мезгил ичинде 2 акт")
    assert "Ш. Дарманкуловго милдеттендирилсин" in points[1] and "аткарыла элек 5 сунуштама" in points[1].lower()  # 3 accepted, 2 being implemented


def test_a_resolution_without_open_recommendations_has_no_point_for_them():
    document = ReportResolutionDocument(
        municipality_name="Д. Садырбаев", council_name="Кеңеш", convocation="II", place="Масы айылы",
        period_phrase="2026-жылдагы", chair_of_group="", aiyl_okmotu_head="", council_chair="А. Тешебаев",
        acts_issued=1, recommendations=2, implementation_rate="100%", open_recommendations=0,
    )  # fmt: skip
    points = resolution_points(document, "ky")
    assert len(points) == 3 and not any("башчы" in point for point in points)


def test_the_sentence_introducing_a_table_stays_with_it():
    from bmb_desktop.documents.section import TableSection
    from bmb_desktop.documents.summary_report import section_flowables

    section = ReportSection("Бөлүм", (TextBlock("Киришүү."), TextBlock("Таблица:"), TableBlock(("А",), (("1",),), (1,)), TextBlock("Акыры.")))
    parts = section_flowables(1, section, frame_width())
    kept = [p for p in parts if isinstance(p, TableSection)]
    assert len(parts) == 4 and len(kept) == 1 and kept[0].before[0].getPlainText() == "Таблица:"
