"""The printed plan and the council resolution approving it: builders and the text of the real PDF."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.documents.plan import Approval, PlanDocument, PlanItemLine, item_rows, render_plan, stamp_text
from bmb_desktop.documents.plan_resolution import preamble, resolution_points, resolution_title
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.plan_documents import plan_pdf, plan_resolution_document, plan_resolution_pdf, roman
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

TODAY = date(2026, 11, 21)
LINE = PlanItemLine(
    position=6, object_name="Жайыт комитети", subject="муниципалдык кызмат: Жайыт акысын чогултуу",
    purpose="Ачыктыгын текшерүү", methods="документтерди талдоо", timing="III квартал",
    responsibles=("Э. Осмоналиев", "К. Ташиев"), information_sources="Реестр", resources_needed="Бөлмө",
    involvement="Мал ээлери", analysis_method="Салыштыруу", cancel_reason="Курам жаңыланды",
)  # fmt: skip


def document(**changes) -> PlanDocument:
    doc = PlanDocument(
        municipality_name="Д. Садырбаев", council_name="Д. Садырбаев айылдык кеңеши",
        aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү", year=2026, version_number=1,
        approval=Approval("14/3", date(2026, 1, 28)), original_approval=None, discussed_on=date(2026, 1, 12),
        items=[replace(LINE, position=1, cancel_reason="")], chair_name="Г. Кандарова",
    )  # fmt: skip
    return replace(doc, **changes)


def flat(pdf: bytes, read_pdf) -> str:
    return " ".join(" ".join(read_pdf.pages(pdf)).split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    session = database.session()
    yield session, session.scalar(select(Municipality.id))
    session.close()
    database.close()


def test_a_cancelled_item_carries_its_reason_and_each_responsible_has_a_line():
    row = item_rows([LINE], "ky")[0]
    assert row[1] == "Жайыт комитети\nмуниципалдык кызмат: Жайыт акысын чогултуу\nЖокко чыгарылды: Курам жаңыланды"
    assert row[5] == "Э.\u00a0Осмоналиев\nК.\u00a0Ташиев"
    assert len(row) == 10


def test_the_stamp_names_the_approving_resolution_and_then_the_amending_one():
    assert stamp_text(document(), "ky") == "Д.\u00a0Садырбаев айылдык кеңешинин 2026-жылдын 28-январындагы № 14/3 токтому менен бекитилди"
    amended = document(version_number=2, approval=Approval("16/2", date(2026, 6, 26)), original_approval=Approval("14/3", date(2026, 1, 28)))
    first, second = stamp_text(amended, "ky").split("\n")
    assert first.endswith("№ 14/3 токтому менен бекитилди")
    assert second == "Д.\u00a0Садырбаев айылдык кеңешинин 2026-жылдын 26-июнундагы № 16/2 токтому менен өзгөртүүлөр киргизилди"
    assert stamp_text(document(approval=None), "ky") == ""


def test_the_plan_prints_as_a_landscape_table_with_the_approval_stamp(demo, read_pdf, base_14):
    session, municipality_id = demo
    pdf = plan_pdf(session, municipality_id, year=2026, as_of=TODAY)
    width, height = (float(x) for x in read_pdf.reader(pdf).pages[0].mediabox.upper_right)
    assert width > height
    text = flat(pdf, read_pdf)
    assert "Д. Садырбаев айылдык кеңешинин 2026-жылдын 28-январындагы № 14/3 токтому менен бекитилди" in text
    assert "Д. Садырбаев айылдык кеңешинин 2026-жылдын 26-июнундагы № 16/2 токтому менен өзгөртүүлөр киргизилди" in text
    assert "Д. Садырбаев айыл аймагындагы биргелешкен мониторинг жана баалоо тобунун 2026-жылга карата мониторинг жана баалоо планы" in text
    assert "Өзгөртүүлөр киргизилген 2-редакция" in text
    for column in ("Максаты", "Ыкмалары", "Мөөнөтү", "Жооптуу мүчөлөр", "Маалымат булактары", "Керектүү ресурстар",
                   "Ким, кайсы этапта катышат", "Маалыматты талдоо ыкмасы"):  # fmt: skip
        assert column in text
    assert "Жокко чыгарылды: Жайыт комитетинин курамы" in text
    assert "Масы айылдык маданият үйүнүн жылытуу системасын" in text
    assert "План Д. Садырбаев айыл өкмөтү менен 2026-жылдын 22-июнунда талкууланды." in text
    assert "Биргелешкен мониторинг жана баалоо тобунун төрагасы" in text and "Г. Кандарова" in text
    assert "ДОЛБООР" not in text
    fonts = read_pdf.fonts(pdf)
    assert all(font["embedded"] for font in fonts) and not {font["name"] for font in fonts} & base_14


def test_an_earlier_version_stays_readable_as_it_was_approved(demo, read_pdf):
    session, municipality_id = demo
    text = flat(plan_pdf(session, municipality_id, year=2026, as_of=TODAY, version_number=1), read_pdf)
    assert "№ 14/3 токтому менен бекитилди" in text
    assert "16/2" not in text and "редакция" not in text and "Жокко чыгарылды" not in text
    assert "Масы айылдык маданият үйүнүн жылытуу" not in text  # added only by the amendment


def test_a_version_not_yet_approved_prints_as_a_draft(read_pdf):
    text = flat(render_plan(document(approval=None, discussed_on=None)), read_pdf)
    assert text.startswith("ДОЛБООР") and "бекитилди" not in text and "талкууланды" not in text


def test_the_plan_prints_in_russian(demo, read_pdf):
    session, municipality_id = demo
    text = flat(plan_pdf(session, municipality_id, year=2026, as_of=TODAY, language="ru"), read_pdf)
    assert "Утверждено постановлением айылного кенеша Д. Садырбаев от 28 января 2026 года № 14/3" in text
    assert "План мониторинга и оценки группы совместного мониторинга и оценки айыл аймака Д. Садырбаев на 2026 год" in text
    assert "Источники информации" in text and "III квартал" in text


def test_the_resolution_approving_the_amendment_has_the_session_the_vote_and_the_plan_as_appendix(demo, read_pdf):
    session, municipality_id = demo
    pdf = plan_resolution_pdf(session, municipality_id, year=2026, as_of=TODAY)
    pages = read_pdf.reader(pdf).pages
    sizes = [float(page.mediabox.width) > float(page.mediabox.height) for page in pages]
    assert sizes[0] is False and all(sizes[1:])  # the resolution portrait, the plan landscape
    text = flat(pdf, read_pdf)
    assert "Д. Садырбаев айылдык кеңешинин II чакырылышынын кезексиз XVI сессиясы" in text
    assert "№ 16/2 ТОКТОМУ" in text and "2026-жылдын 26-июну" in text
    assert "планына өзгөртүүлөрдү киргизүү жөнүндө" in text
    assert "топтун 2026-жылдын 19-июнундагы жыйналышынын чечимин (№ 5/2026 протокол) эске алып" in text
    assert "сессиясы токтом кылат:" in text and "Пландын өзгөртүүлөр киргизилген редакциясы тиркемеге ылайык бекитилсин." in text
    assert "Ш. Дарманкуловго милдеттендирилсин" in text
    assert "Төрага" in text and "А. Тешебаев" in text
    assert "кезексиз XVI сессиясынын №16/2 токтомуна №1 тиркеме" in text


def test_the_first_version_was_approved_at_a_regular_session(demo):
    session, municipality_id = demo
    doc = plan_resolution_document(session, municipality_id, year=2026, as_of=TODAY, version_number=1)
    assert (doc.session_number, doc.extraordinary, doc.resolution_number) == ("XIV", False, "14/3")
    assert resolution_title(doc, "ky").endswith("2026-жылга карата мониторинг жана баалоо планын бекитүү жөнүндө")
    assert preamble(doc, "ky").endswith("Д. Садырбаев айылдык кеңешинин II чакырылышынын кезектеги XIV сессиясы токтом кылат:")
    points = resolution_points(doc, "ky")
    assert points[0].startswith("1. ") and points[0].endswith("планы тиркемеге ылайык бекитилсин.")
    assert len(points) == 4 and points[-1].startswith("4. Токтомдун аткарылышын көзөмөлдөө")


def test_before_the_session_the_resolution_is_a_draft_with_blanks(tmp_path, read_pdf):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3", today=date(2026, 1, 16)))
    try:
        with database.session() as session:
            municipality_id = session.scalar(select(Municipality.id))
            text = flat(plan_resolution_pdf(session, municipality_id, year=2026, as_of=date(2026, 1, 16)), read_pdf)
    finally:
        database.close()
    assert text.startswith("ДОЛБООР")
    assert "№ ______ ТОКТОМУ 20___-жылдын «___» ____________" in text
    assert "кезектеги ______ сессиясы токтом кылат:" in text
    assert "топтун 2026-жылдын 15-январындагы жыйналышынын чечимин (№ 1/2026 протокол) эске алып" in text


def test_session_numbers_are_roman():
    assert [roman(n) for n in (4, 9, 12, 14, 16, 18, 40)] == ["IV", "IX", "XII", "XIV", "XVI", "XVIII", "XL"]
