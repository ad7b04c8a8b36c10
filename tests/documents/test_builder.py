"""render_pdf: page size, numbered footer, embedded fonts and metadata for every document."""

from pypdf.generic import RectangleObject
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import para


def sample(pages: int = 1) -> list:
    flowables = [para("Өкмөт, үй-бүлө, коңшу: Ө ө Ү ү Ң ң", "body")]
    for _ in range(pages - 1):
        flowables += [PageBreak(), para("Кийинки бет", "body")]
    return flowables


def test_single_page_has_the_kyrgyz_footer_and_its_letters_survive_extraction(read_pdf):
    pdf = render_pdf(sample(), title="Сынак", author="Д. Садырбаев айыл өкмөтү")
    (text,) = read_pdf.pages(pdf)
    assert "Өкмөт, үй-бүлө, коңшу: Ө ө Ү ү Ң ң" in text
    assert "бет 1 / 1" in text


def test_footer_counts_the_total_pages_in_the_second_pass(read_pdf):
    pdf = render_pdf(sample(pages=3), title="Сынак", author="АӨ")
    texts = read_pdf.pages(pdf)
    assert [f"бет {n} / 3" in text for n, text in enumerate(texts, start=1)] == [True] * 3


def test_footer_text_is_printed_on_every_page(read_pdf):
    pdf = render_pdf(sample(pages=2), title="Сынак", author="АӨ", footer_text="SHA-256 3f9a1c07")
    assert all("SHA-256 3f9a1c07" in text for text in read_pdf.pages(pdf))


def test_russian_footer(read_pdf):
    pdf = render_pdf(sample(), title="Проба", author="АО", language="ru")
    assert "стр. 1 / 1" in read_pdf.pages(pdf)[0]


def test_only_embedded_subset_truetype_fonts_and_no_base_14(read_pdf, base_14):
    pdf = render_pdf(sample(), title="Сынак", author="АӨ", footer_text="abc")
    fonts = read_pdf.fonts(pdf)
    assert fonts
    assert [f for f in fonts if f["name"] in base_14] == []
    for font in fonts:
        assert font["subtype"] == "/TrueType"
        assert font["embedded"]
        assert font["name"][6] == "+"  # "AAAAAA+LiberationSerif": a subset
    families = {font["name"].split("+", 1)[1] for font in fonts}
    assert {"LiberationSerif", "PTSans-Regular"} <= families


def test_metadata_and_language_are_set(read_pdf):
    pdf = render_pdf(sample(), title="БМжБ тобунун курамы", author="Д. Садырбаев айыл өкмөтү")
    reader = read_pdf.reader(pdf)
    assert reader.metadata.title == "БМжБ тобунун курамы"
    assert reader.metadata.author == "Д. Садырбаев айыл өкмөтү"
    assert reader.metadata.creator == "BMB Desktop"
    assert reader.trailer["/Root"]["/Lang"] == "ky-KG"


def test_portrait_by_default_and_landscape_on_request(read_pdf):
    portrait = read_pdf.reader(render_pdf(sample(), title="t", author="a")).pages[0].mediabox
    turned = read_pdf.reader(render_pdf(sample(), title="t", author="a", landscape=True))
    assert _size(portrait) == (round(A4[0]), round(A4[1]))
    assert _size(turned.pages[0].mediabox) == (round(A4[1]), round(A4[0]))


def _size(box: RectangleObject) -> tuple[int, int]:
    return round(float(box.width)), round(float(box.height))
