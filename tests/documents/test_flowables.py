"""Shared document pieces: resolution and group headers, corner blocks, signatures, tables."""

from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import (
    appendix_header,
    approval_stamp,
    data_table,
    group_header,
    para,
    resolution_header,
    session_line,
    signature_block,
)
from bmb_desktop.documents.styles import RIGHT_MARGIN

SADYRBAEV = {"municipality_name": "Д. Садырбаев", "convocation": "II", "session": "XII"}


def build(flowables, **options) -> bytes:
    return render_pdf(flowables, title="Сынак", author="Д. Садырбаев айыл өкмөтү", **options)


def appendix_to_12_5():
    return appendix_header(
        **SADYRBAEV, extraordinary=True, resolution_number="12/5", appendix_number=1
    )


def resolution_12_5(language="ky"):
    return resolution_header(
        **SADYRBAEV,
        extraordinary=True,
        number="12/5",
        adopted_on=date(2025, 10, 14),
        place="Масы айылы",
        title="Биргелешкен мониторинг жана баалоо тобунун курамын жана жобосун бекитүү жөнүндө",
        language=language,
    )


def test_session_line_names_council_convocation_and_kind_of_session():
    assert session_line(**SADYRBAEV, extraordinary=True, language="ky") == (
        "Д. Садырбаев айылдык кеңешинин II чакырылышынын кезексиз XII сессиясы"
    )
    assert session_line(**SADYRBAEV, extraordinary=False, language="ky") == (
        "Д. Садырбаев айылдык кеңешинин II чакырылышынын кезектеги XII сессиясы"
    )


def test_resolution_header_prints_number_then_date_left_and_village_right_on_one_line(read_pdf):
    text = read_pdf.layout(build(resolution_12_5()))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0] == "Д. Садырбаев айылдык кеңешинин II чакырылышынын кезексиз XII сессиясы"
    assert lines[1] == "№ 12/5 ТОКТОМУ"
    date_line = lines[2]
    assert date_line.startswith("2025-жылдын 14-октябры") and date_line.endswith("Масы айылы")
    assert "жобосун бекитүү жөнүндө" in " ".join(text.split())


def test_resolution_header_in_russian(read_pdf):
    text = read_pdf.layout(build(resolution_12_5("ru"), language="ru"))
    assert "Внеочередная XII сессия айылного кенеша Д. Садырбаев II созыва" in text
    assert "ПОСТАНОВЛЕНИЕ № 12/5" in text
    assert "14 октября 2025 года" in text


def test_group_header_names_the_municipality_and_the_group(read_pdf):
    flowables = group_header(municipality_name="Д. Садырбаев", administrative_centre="Масы айылы")
    (text,) = read_pdf.pages(build(flowables))
    assert "Д. Садырбаев айыл аймагындагы" in text
    assert "биргелешкен мониторинг жана баалоо тобу" in text
    assert "Масы айылы" in text


def test_appendix_header_and_approval_stamp_read_as_in_the_resolutions(read_pdf):
    flowables = [
        appendix_to_12_5(),
        approval_stamp(
            municipality_name="Мин-Булак", approved_on=date(2019, 3, 28), resolution_number="2/1"
        ),
    ]
    text = " ".join(read_pdf.pages(build(flowables))[0].split())
    assert (
        "Д. Садырбаев айылдык кеңешинин II чакырылышынын кезексиз XII сессиясынын"
        " №12/5 токтомуна №1 тиркеме"
    ) in text
    assert (
        "Мин-Булак айылдык кеңешинин 2019-жылдын 28-мартындагы № 2/1 токтому менен бекитилди"
    ) in text


def test_corner_blocks_sit_in_the_right_half_of_the_page(read_pdf):
    words = read_pdf.words(build([appendix_to_12_5()]))
    page_width = A4[0]
    assert words and min(x for x, _y, _word in words) > page_width / 2 - 20 * mm
    assert max(x for x, _y, _word in words) < page_width - RIGHT_MARGIN


def test_signature_block_puts_each_role_left_and_name_right(read_pdf):
    signers = [("Төрага", "Г. Кандарова"), ("Катчы", "К. Султанова")]
    layout = read_pdf.layout(build([signature_block(signers)]))
    lines = [line.strip() for line in layout.splitlines()]
    role_lines = [line for line in lines if line.startswith(("Төрага", "Катчы"))]
    assert len(role_lines) == 2
    assert role_lines[0].endswith("Г. Кандарова") and role_lines[1].endswith("К. Султанова")


def test_table_repeats_its_header_rows_on_every_page(read_pdf):
    rows = [[str(n), f"Мүчө {n}", "Өкүл, Үмүт, Ңурлан"] for n in range(1, 121)]
    table = data_table(["№", "Аты-жөнү", "Кызматы"], rows, [40, 200, 200], column_numbers=True)
    texts = read_pdf.pages(build([table]))
    assert len(texts) > 1
    assert all("Аты-жөнү" in text and "Кызматы" in text for text in texts)
    assert "Мүчө 120" in texts[-1]


def test_table_cells_wrap_long_cyrillic_text_inside_the_column(read_pdf):
    long_text = "Д. Садырбаев айыл өкмөтүнүн социалдык маселелер боюнча башкы адиси"
    table = data_table(["Кызматы"], [[long_text]], [90])
    (text,) = read_pdf.pages(build([table]))
    assert long_text not in text  # wrapped onto several lines…
    assert long_text in " ".join(text.split())  # …without losing or repeating words


def test_text_with_markup_characters_prints_as_written(read_pdf):
    (text,) = read_pdf.pages(build([para("«Ак & Көк» <ЖЧК>", "body")]))
    assert "«Ак & Көк» <ЖЧК>" in text
