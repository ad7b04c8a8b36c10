"""The notice poster: one A4 or A3 page, large type, Kyrgyz letters intact, long texts set smaller."""

import re
from datetime import date

import pytest
from reportlab.lib.pagesizes import A3, A4

from bmb_desktop.documents.poster import (
    READABLE_BODY_SIZE,
    PosterDocument,
    body_blocks,
    poster_layout,
    render_poster,
    scales,
)
from bmb_desktop.errors import UserError

BODY = "\n".join([
    "Д. Садырбаев айыл өкмөтү айыл аймагынын 18 жашка толгон тургундарын жергиликтүү коомдоштуктун жыйынына чакырат.",
    "Күнү: 2026-жылдын 20-февралы",
    "Убактысы: саат 10:00",
    "Өтүүчү жери: Масы айылдык маданият үйү",
    "Күн тартиби:",
    "1) БМжБ тобунун курамына жарандардын атынан талапкерлерди шайлоо",
    "Сиздин катышууңуз маанилүү!",
])  # fmt: skip


def poster(body: str = BODY, paper: str = "A4", **changes) -> PosterDocument:
    values = dict(
        issuer="Д. Садырбаев айыл өкмөтү", title="Жергиликтүү коомдоштуктун жыйынына чакыруу", body=body,
        posted_on=date(2026, 11, 21), contact="А. Саитова, +996 772 300 415", paper=paper, subject="жамааттын жыйыны",
    )  # fmt: skip
    return PosterDocument(**(values | changes))


def sheet(read_pdf, pdf: bytes) -> tuple[float, float]:
    box = read_pdf.reader(pdf).pages[0].mediabox
    return float(box.width), float(box.height)


def test_the_text_lines_become_paragraphs_items_fields_and_lead_ins():
    assert body_blocks(BODY) == [
        ("para", BODY.splitlines()[0]),
        ("field", "Күнү: 2026-жылдын 20-февралы"),
        ("field", "Убактысы: саат 10:00"),
        ("field", "Өтүүчү жери: Масы айылдык маданият үйү"),
        ("lead", "Күн тартиби:"),
        ("item", "1) БМжБ тобунун курамына жарандардын атынан талапкерлерди шайлоо"),
        ("para", "Сиздин катышууңуз маанилүү!"),
    ]
    # A sentence with a colon is not a field; blank lines collapse into one gap.
    assert body_blocks("Акт жөнүндө. Кененирээк: айыл өкмөтүндө\n\n\nАягы") == [
        ("para", "Акт жөнүндө. Кененирээк: айыл өкмөтүндө"), ("gap", ""), ("para", "Аягы"),
    ]  # fmt: skip


def test_an_a4_poster_is_one_page_with_every_line_and_the_posting_date(read_pdf):
    pdf = render_poster(poster())
    assert read_pdf.page_count(pdf) == 1
    assert sheet(read_pdf, pdf) == pytest.approx(A4, abs=0.01)
    text = " ".join(read_pdf.pages(pdf)[0].split())
    for expected in (
        "Д. Садырбаев айыл өкмөтү", "КУЛАКТАНДЫРУУ", "Жергиликтүү коомдоштуктун жыйынына чакыруу",
        "Өтүүчү жери: Масы айылдык маданият үйү", "Сиздин катышууңуз маанилүү!",
        "Кошумча маалымат: А. Саитова, +996 772 300 415", "Илинген күнү: 2026-жылдын 21-ноябры",
    ):  # fmt: skip
        assert expected in text


def test_a_short_notice_is_set_large_enough_to_read_from_two_metres():
    layout = poster_layout(poster())
    assert layout.scale == 1.0 and layout.readable
    assert layout.body_size >= READABLE_BODY_SIZE and layout.title_size > layout.body_size


def test_a3_scales_the_type_by_the_ratio_of_the_sheets(read_pdf):
    a4, a3 = poster_layout(poster()), poster_layout(poster(paper="A3"))
    assert a3.body_size == pytest.approx(a4.body_size * 2**0.5)
    pdf = render_poster(poster(paper="A3"))
    assert sheet(read_pdf, pdf) == pytest.approx(A3, abs=0.01)


def test_a_long_text_shrinks_onto_the_one_page_title_first(read_pdf):
    long_body = "\n".join(f"{n}) Беш-Жыгач айылындагы түтүктүн суу агып жаткан үч жерин оңдоо (мөөнөтү: 15.05.2026)" for n in range(1, 13))
    layout = poster_layout(poster(long_body))
    assert layout.scale < 1.0 and not layout.readable
    assert read_pdf.page_count(render_poster(poster(long_body))) == 1
    assert "12) Беш-Жыгач" in " ".join(read_pdf.pages(render_poster(poster(long_body)))[0].split())
    assert scales(0.0) == (1.0, 1.0) and scales(0.12) == (0.88, 1.0)  # the title gives way first


def test_a_text_too_long_for_any_poster_is_refused():
    with pytest.raises(UserError, match="бир плакатка батпайт"):
        render_poster(poster("Өтө узун текст. " * 2500))


def test_the_fonts_are_embedded_and_carry_the_kyrgyz_letters(read_pdf, base_14):
    pdf = render_poster(poster())
    fonts = read_pdf.fonts(pdf)
    assert fonts and all(font["embedded"] for font in fonts)
    assert not {font["name"].split("+")[-1] for font in fonts} & base_14
    assert "Ө ө Ү ү Ң ң" in read_pdf.pages(render_poster(poster(title="Ө ө Ү ү Ң ң")))[0]


def test_numbers_names_and_phones_never_break_across_lines(read_pdf):
    names = " ".join(["Төрага Г. Кандарова, мүчөлөр К. Султанова, Э. Осмоналиев жана У. Жантаева."] * 5)
    counts = "Берилген сунуштамалар: 8, анын ичинен " + ", ".join(f"аткарылды — {n}" for n in range(1, 9))
    lines = [line.strip() for line in read_pdf.layout(render_poster(poster(f"{names}\n{counts}"))).splitlines()]
    assert not [line for line in lines if re.search(r"(^|\s)\w\.$", line)]  # an initial left at a line's end
    assert not [line for line in lines if line.startswith("—")]
    assert any("+996 772 300 415" in line for line in lines)


def test_the_metadata_names_the_notice_and_the_municipality(read_pdf):
    metadata = read_pdf.reader(render_poster(poster(), "ru")).metadata
    assert (metadata.title, metadata.author, metadata.subject) == (
        "Жергиликтүү коомдоштуктун жыйынына чакыруу", "Д. Садырбаев айыл өкмөтү", "жамааттын жыйыны",
    )  # fmt: skip


def test_a_russian_poster_has_the_russian_furniture(read_pdf):
    text = " ".join(read_pdf.pages(render_poster(poster(contact=""), "ru"))[0].split())
    assert "ОБЪЯВЛЕНИЕ" in text and "Дата размещения: 21 ноября 2026 года" in text
    assert "Справки" not in text  # no contact line when there is no contact
