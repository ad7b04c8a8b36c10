"""Sections keep a heading with the first rows of its table and the signature with the last row."""

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import data_table, para, signature_block
from bmb_desktop.documents.section import kept_sections


def rows(count: int, label: str) -> list[list[str]]:
    return [[str(n), f"{label} {n:02d}"] for n in range(1, count + 1)]


def build(filler_height_mm: float, sections, after=()) -> bytes:
    flowables = [Spacer(1, filler_height_mm * mm), *kept_sections(sections, after=after)]
    return render_pdf(flowables, title="t", author="a")


def test_heading_low_on_a_page_moves_with_the_first_rows_of_its_table(read_pdf):
    table = data_table(["№", "Аты-жөнү"], rows(30, "Өмүр"), [20 * mm, 80 * mm])
    heading = para("Топтун курамынан чыккан мүчөлөр", "heading")
    # 245 mm of the 257 mm frame used: the heading would fit, the first row would not.
    texts = read_pdf.pages(build(245, [(heading, table)]))
    assert "Топтун курамынан чыккан мүчөлөр" not in texts[0]
    assert "Топтун курамынан чыккан мүчөлөр" in texts[1] and "Өмүр 01" in texts[1]


def test_a_long_table_starts_under_its_heading_on_the_same_page(read_pdf):
    table = data_table(["№", "Аты-жөнү"], rows(80, "Үмүт"), [20 * mm, 80 * mm])
    heading = para("Азыркы курам", "heading")
    texts = read_pdf.pages(build(100, [(heading, table)]))
    assert "Азыркы курам" in texts[0] and "Үмүт 01" in texts[0]  # no whole-table page break
    assert "Үмүт 80" in texts[-1]


def test_signature_takes_the_last_row_along_rather_than_standing_alone(read_pdf):
    signature = [Spacer(1, 6 * mm), signature_block([("Төрага", "Г. Кандарова")])]
    for filler in range(150, 240, 5):
        table = data_table(["№", "Аты-жөнү"], rows(6, "Ңурлан"), [20 * mm, 80 * mm])
        texts = read_pdf.pages(build(filler, [(None, table)], after=signature))
        last = texts[-1]
        assert "Г. Кандарова" in last
        assert "Ңурлан 06" in last, f"signature alone after {filler} mm of filler"


def test_a_text_section_moves_whole_with_its_heading_and_the_signature(read_pdf):
    signature = [signature_block([("Катчы", "К. Султанова")])]
    body = para("Курамдын талаптарга шайкештиги текшерилди. " * 6, "body")
    texts = read_pdf.pages(build(235, [(para("Корутунду", "heading"), body)], after=signature))
    assert len(texts) == 2
    assert "Корутунду" in texts[1] and "К. Султанова" in texts[1]
