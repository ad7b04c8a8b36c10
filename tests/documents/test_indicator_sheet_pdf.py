"""The indicator sheet and its charts: the builders, the chart drawings and the text of the real PDF."""

from datetime import date

import pytest
from reportlab.graphics.shapes import Circle, Drawing, Line, String
from sqlalchemy import select

from bmb_desktop.documents.charts import BEHIND, AHEAD, chart_svg, indicator_chart, nice_ticks, value_range, year_marks
from bmb_desktop.documents.indicator_sheet import QualitativeLine, QuantitativeLine, qualitative_rows, quantitative_rows
from bmb_desktop.domain.enums import EvidenceSource
from bmb_desktop.domain.indicators import Chart
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.plan_documents import indicator_sheet_document, indicator_sheet_pdf, period_text
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

TODAY = date(2026, 11, 21)
WASTE = Chart(
    start=date(2025, 12, 31), end=date(2026, 12, 31), baseline=(date(2025, 12, 31), 640.0),
    target=(date(2026, 12, 31), 1100.0), fact=((date(2025, 12, 31), 640.0), (date(2026, 6, 30), 760.0)),
    others=((date(2026, 6, 30), 700.0, EvidenceSource.STAFF_ASSESSMENT),),
    forecast=((date(2026, 6, 30), 760.0), (date(2026, 12, 31), 882.0)),
)  # fmt: skip


def flat(pdf: bytes, read_pdf) -> str:
    return " ".join(" ".join(read_pdf.pages(pdf)).split())


def shapes(drawing: Drawing) -> list:
    found = []
    for item in drawing.contents:
        found += shapes(item) if hasattr(item, "contents") else [item]
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    session = database.session()
    yield session, session.scalar(select(Municipality.id))
    session.close()
    database.close()


def test_axis_ticks_are_round_numbers_covering_the_values():
    assert nice_ticks(0, 1100) == [0, 500, 1000, 1500]
    assert nice_ticks(72, 88.1) == [70, 75, 80, 85, 90]
    assert value_range([640, 1100, 760, 882]) == [600, 800, 1000, 1200]
    assert value_range([1.5, 4.0]) == [0, 1, 2, 3, 4]  # a small share of the height: the axis starts at zero
    assert value_range([54, 54]) == nice_ticks(48.6, 59.4)


def test_the_years_are_labelled_where_enough_of_them_is_shown():
    ticks, labels = year_marks(date(2025, 12, 31), date(2027, 12, 31))
    assert ticks == [date(2026, 1, 1), date(2027, 1, 1)]
    assert [text for _day, text in labels] == ["2026", "2027"]  # one day of 2025 gets no label


def test_a_chart_draws_the_plan_the_facts_the_other_source_the_target_and_the_forecast():
    drawing = indicator_chart(WASTE, width=220, height=118, behind=True, target_label="максат")
    parts = shapes(drawing)
    texts = {s.text for s in parts if isinstance(s, String)}
    assert {"максат 1\u00a0100", "760", "2026"} <= texts
    dashed = [s for s in parts if isinstance(s, Line) and s.strokeDashArray]
    assert len(dashed) == 2  # the planned path and the forecast
    assert any(s.strokeColor == BEHIND for s in dashed)
    assert sum(1 for s in parts if isinstance(s, Circle)) == 3  # two facts and the forecast's end


def test_a_forecast_on_track_is_drawn_in_the_other_colour():
    parts = shapes(indicator_chart(WASTE, width=220, height=118, behind=False))
    assert any(isinstance(s, Line) and s.strokeColor == AHEAD for s in parts)


def test_the_chart_is_also_given_as_svg_for_the_window():
    svg = chart_svg(WASTE, width=220, height=118)
    assert "<svg" in svg and "760" in svg


def test_rows_follow_the_columns():
    line = QuantitativeLine("П-2", "Үй чарбалары", "продукттар", "үй чарба", "640 (31.12.2025)", "1 100 (31.12.2026)",
                            "760", "868,1", "−108,1 (−12,5%)", "882", "пландан артта калууда", True, "")  # fmt: skip
    assert quantitative_rows([line]) == [["1", "П-2", "Үй чарбалары", "продукттар", "үй чарба", "640 (31.12.2025)",
                                          "1 100 (31.12.2026)", "760", "868,1", "−108,1 (−12,5%)", "882",
                                          "пландан артта калууда", ""]]  # fmt: skip
    words = QualitativeLine("Ж-2", "Суу тууралуу пикир", "жыйынтыктар", "Лайлуу", "Таза", "31.12.2027", "…")
    assert qualitative_rows([words])[0][:3] == ["1", "Ж-2", "Суу тууралуу пикир"]


def test_periods_are_named_as_half_years_and_years():
    assert period_text(date(2026, 1, 1), date(2026, 6, 30), "ky") == "2026-жылдын I жарым жылдыгы"
    assert period_text(date(2025, 7, 1), date(2025, 12, 31), "ru") == "II полугодие 2025 года"
    assert period_text(date(2025, 1, 1), date(2025, 12, 31), "ky") == "2025-жыл"
    assert period_text(date(2026, 2, 1), date(2026, 4, 30), "ky") == "01.02.2026 – 30.04.2026"


def test_the_sheet_document_words_plan_versus_fact(demo):
    session, municipality_id = demo
    doc = indicator_sheet_document(session, municipality_id, as_of=TODAY)
    waste = next(line for line in doc.quantitative if line.code == "П-2")
    assert (waste.baseline, waste.target, waste.planned, waste.forecast) == ("640 (31.12.2025)", "1\u00a0100 (31.12.2026)", "868,1", "882")
    assert waste.deviation == "−108,1 (−12,5%)" and waste.flagged
    assert waste.fact == "760\n2026-жылдын I жарым жылдыгы\nпрограмманын маалыматтары"
    assert waste.others == "кызматкерлердин баалоосу: 700 (30.06.2026)"
    satisfaction = next(line for line in doc.quantitative if line.code == "Ж-1")
    assert satisfaction.forecast == "" and satisfaction.outlook == "божомол үчүн өлчөөлөр жетишсиз"
    assert [line.code for line in doc.qualitative] == ["Ж-2"]
    assert doc.qualitative[0].assessments.count("\n") == 1
    assert len(doc.charts) == 7 and doc.charts[0].caption.startswith("Р-1. ")


def test_the_printed_sheet_has_the_table_the_words_and_a_chart_per_indicator(demo, read_pdf, base_14):
    session, municipality_id = demo
    pdf = indicator_sheet_pdf(session, municipality_id, as_of=TODAY)
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in read_pdf.reader(pdf).pages)
    text = flat(pdf, read_pdf)
    assert "Социалдык-экономикалык өнүгүү программасынын индикаторлору: план жана факт" in text
    assert "абалы: 2026-жылдын 21-ноябры" in text
    assert "Сандык индикаторлор" in text and "Сапаттык индикаторлор" in text
    assert "Диаграммалар: план, факт жана божомол" in text
    assert text.count("пландан артта калууда") >= 8  # four in the table, four under the charts
    assert "Тургундардын көпчүлүгү сууну кайнатып ичет" in text
    assert "максат 900" in text and "максат 1 100" in text
    assert "Биргелешкен мониторинг жана баалоо тобунун төрагасы" in text
    fonts = read_pdf.fonts(pdf)
    assert all(font["embedded"] for font in fonts) and not {font["name"] for font in fonts} & base_14


def test_the_sheet_prints_in_russian(demo, read_pdf):
    session, municipality_id = demo
    text = flat(indicator_sheet_pdf(session, municipality_id, as_of=TODAY, language="ru"), read_pdf)
    assert "Индикаторы программы социально-экономического развития: план и факт" in text
    assert "отстаёт от плана" in text and "цель 900" in text
