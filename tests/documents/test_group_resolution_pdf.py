"""The council resolution forming the group: builders, names in case, and the printed PDF."""

from dataclasses import replace
from datetime import date

import pytest

from bmb_desktop.documents.group_resolution import (
    CompositionLine,
    GroupResolutionDocument,
    composition_rows,
    dated,
    preamble,
    render_group_resolution,
    resolution_points,
    resolution_title,
)
from bmb_desktop.documents.name_cases import keep_initials, kyrgyz_dative, russian_accusative

COMMISSION = "мыйзамдуулук, укук тартиби, регламент, депутаттык этика жана мандат"
MEMBERS = [
    CompositionLine("Кандарова Гүлнара Асановна", "Д. Садырбаев айыл өкмөтүнүн социалдык адиси",
                    "муниципалдык кызматчы", "төрага"),
    CompositionLine("Султанова Канышай Токтосуновна", "Аялдар кеңешинин төрайымы",
                    "жарандардын бирикмесинин өкүлү", "мүчө"),
    CompositionLine("Осмоналиев Эркинбек Абдыкадырович", "Д. Садырбаев айылдык кеңешинин депутаты",
                    "айылдык кеңештин депутаты", "мүчө"),
    CompositionLine("Жантаева Умут Маматовна", "Д. Садырбаев айылдык кеңешинин депутаты",
                    "айылдык кеңештин депутаты", "мүчө"),
    CompositionLine("Ташиев Канат Жолдошевич", "Д. Садырбаев айыл өкмөтүнүн кызматкери",
                    "муниципалдык кызматчы", "мүчө"),
]  # fmt: skip


def resolution(**changes) -> GroupResolutionDocument:
    doc = GroupResolutionDocument(
        municipality_name="Д. Садырбаев",
        council_name="Д. Садырбаев айылдык кеңеши",
        convocation="II",
        session_number="XII",
        extraordinary=True,
        resolution_number="12/5",
        adopted_on=date(2025, 10, 14),
        place="Масы айылы",
        aiyl_okmotu_head="Ш. Дарманкулов",
        standing_commission=COMMISSION,
        approves_regulation=False,
        council_chair="А. Тешебаев",
        members=MEMBERS,
    )
    return replace(doc, **changes)


def flat(text: str) -> str:
    return " ".join(text.split())


# --- builders --------------------------------------------------------------------------------


def test_preamble_follows_the_seed_and_ends_with_the_session_resolving():
    text = preamble(resolution(), "ky")
    assert text.startswith("Д. Садырбаев айыл өкмөтүнүн сунушун угуп жана талкуулап, ")
    assert "мыйзамынын 34, 39-беренелерин жетекчиликке алып" in text
    assert text.endswith(
        "Д. Садырбаев айылдык кеңешинин II чакырылышынын кезексиз XII сессиясы токтом кылат:"
    )
    assert "кезектеги XII сессиясы" in preamble(resolution(extraordinary=False), "ky")


def test_points_are_numbered_with_composition_execution_and_control():
    points = resolution_points(resolution(), "ky")
    assert points == [
        "1. Д. Садырбаев айыл аймагындагы биргелешкен мониторинг жана баалоо тобу №1 тиркемеге"
        " ылайык курамда бекитилсин.",
        "2. Токтомдун аткарылышын камсыз кылуу Д. Садырбаев айыл өкмөтүнүн башчысы"
        " Ш. Дарманкуловго милдеттендирилсин.",
        f"3. Токтомдун аткарылышын көзөмөлдөө {COMMISSION} боюнча туруктуу комиссиясына"
        " жүктөлсүн.",
    ]


def test_approving_the_regulation_adds_a_point_and_changes_the_title():
    points = resolution_points(resolution(approves_regulation=True), "ky")
    assert len(points) == 4
    assert points[1].startswith("2. ") and "жобосу №2 тиркемеге ылайык бекитилсин." in points[1]
    assert points[3].startswith("4. Токтомдун аткарылышын көзөмөлдөө")
    assert resolution_title(resolution(approves_regulation=True), "ky").endswith(
        "тобунун курамын жана жобосун бекитүү жөнүндө"
    )
    assert resolution_title(resolution(), "ky") == (
        "Д. Садырбаев айыл аймагындагы биргелешкен мониторинг жана баалоо тобунун курамын"
        " бекитүү жөнүндө"
    )


def test_unknown_head_and_commission_leave_the_post_and_a_line_to_fill_in():
    points = resolution_points(resolution(aiyl_okmotu_head="", standing_commission=""), "ky")
    assert points[1].endswith("айыл өкмөтүнүн башчысына милдеттендирилсин.")
    assert "______ боюнча туруктуу комиссиясына" in points[2]
    # the secretary may type "… боюнча" herself; it is not doubled
    typed = resolution_points(resolution(standing_commission=COMMISSION + " боюнча"), "ky")
    assert "боюнча боюнча" not in typed[2]


def test_composition_rows_are_numbered_with_position_category_and_role():
    rows = composition_rows(MEMBERS)
    assert rows[0] == [
        "1", "Кандарова Гүлнара Асановна", "Д. Садырбаев айыл өкмөтүнүн социалдык адиси",
        "муниципалдык кызматчы", "төрага",
    ]  # fmt: skip
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]


def test_a_draft_without_date_leaves_a_blank_date_line():
    assert dated(resolution(), "ky") == "2025-жылдын 14-октябры"
    assert dated(resolution(adopted_on=None), "ky") == "20___-жылдын «___» ____________"
    assert dated(resolution(adopted_on=None), "ru") == "«___» ____________ 20___ года"


@pytest.mark.parametrize(
    ("name", "dative"),
    [
        ("Ш. Дарманкулов", "Ш. Дарманкуловго"),
        ("А. Саитова", "А. Саитовага"),
        ("К. Ташиев", "К. Ташиевге"),
        ("Ө. Түлөбердиев", "Ө. Түлөбердиевге"),
        ("Асанбек", "Асанбекке"),
        ("Мурат", "Муратка"),
        ("Жусуп", "Жусупка"),
        ("Төлөгөн", "Төлөгөнгө"),
        ("Күмүш", "Күмүшкө"),
    ],
)
def test_kyrgyz_dative_follows_vowel_harmony_and_the_last_consonant(name, dative):
    assert kyrgyz_dative(name) == dative


@pytest.mark.parametrize(
    ("name", "accusative"),
    [
        ("Ш. Дарманкулов", "Ш. Дарманкулова"),
        ("А. Саитова", "А. Саитову"),
        ("К. Ташиев", "К. Ташиева"),
        ("Б. Асанбек уулу", "Б. Асанбек уулу"),  # left as written
    ],
)
def test_russian_accusative_of_surnames(name, accusative):
    assert russian_accusative(name) == accusative


def test_initials_are_kept_on_the_line_of_the_surname():
    assert keep_initials("Г. Кандарова, У. Жантаева") == "Г.\u00a0Кандарова, У.\u00a0Жантаева"
    assert keep_initials("айылы. Бул") == "айылы. Бул"


# --- the printed resolution ------------------------------------------------------------------


def test_resolution_prints_header_preamble_points_and_chair_then_the_appendix(read_pdf):
    pdf = render_group_resolution(resolution())
    first, appendix = (flat(text) for text in read_pdf.pages(pdf))
    assert "Д. Садырбаев айылдык кеңешинин II чакырылышынын кезексиз XII сессиясы" in first
    assert "№ 12/5 ТОКТОМУ" in first
    assert "2025-жылдын 14-октябры" in first and "Масы айылы" in first
    assert "токтом кылат:" in first
    assert "Ш. Дарманкуловго милдеттендирилсин" in first
    assert "Төрага" in first and "А. Тешебаев" in first
    assert "ДОЛБООР" not in first
    assert ("Д. Садырбаев айылдык кеңешинин II чакырылышынын кезексиз XII сессиясынын №12/5"
            " токтомуна №1 тиркеме") in appendix  # fmt: skip
    assert "Биргелешкен мониторинг жана баалоо тобунун курамы" in appendix
    for label in ("Аты-жөнү", "Кызматы, иштеген жери", "Категориясы", "Топтогу ролу"):
        assert label in appendix
    for member in MEMBERS:
        assert member.full_name in appendix
    assert "бет 2 / 2" in appendix


def test_date_and_village_share_one_line(read_pdf):
    layout = read_pdf.layout(render_group_resolution(resolution()))
    line = next(text for text in layout.splitlines() if "14-октябры" in text)
    assert line.strip().endswith("Масы айылы")


def test_an_unnumbered_draft_is_marked_and_leaves_blanks(read_pdf):
    doc = resolution(resolution_number="", session_number="", adopted_on=None)
    first, appendix = (flat(text) for text in read_pdf.pages(render_group_resolution(doc)))
    assert "ДОЛБООР" in first
    assert "№ ______ ТОКТОМУ" in first
    assert "кезексиз ______ сессиясы" in first
    assert "20___-жылдын «___» ____________" in first
    assert "№______ токтомуна №1 тиркеме" in appendix


def test_russian_resolution_translates_every_label(read_pdf):
    doc = resolution(standing_commission="вопросам законности, правопорядка и депутатской этики")
    first, appendix = (flat(t) for t in read_pdf.pages(render_group_resolution(doc, "ru")))
    assert "Внеочередная XII сессия айылного кенеша Д. Садырбаев II созыва" in first
    assert "ПОСТАНОВЛЕНИЕ № 12/5" in first and "14 октября 2025 года" in first
    assert first.count("постановляет:") == 1
    assert "возложить на главу айыл окмоту Д. Садырбаев Ш. Дарманкулова." in first
    assert "Председатель" in first
    assert "Приложение № 1 к постановлению № 12/5" in appendix
    assert "Состав группы совместного мониторинга и оценки" in appendix
    assert "Роль в группе" in appendix


def test_a_group_without_members_prints_a_note_in_the_appendix(read_pdf):
    pages = read_pdf.pages(render_group_resolution(resolution(members=[])))
    assert "Бул күнгө карата топтун курамында мүчөлөр жок." in flat(pages[-1])


def test_pdf_metadata_names_the_resolution(read_pdf):
    metadata = read_pdf.reader(render_group_resolution(resolution())).metadata
    assert metadata.title == resolution_title(resolution(), "ky")
    assert metadata.author == "Д. Садырбаев айылдык кеңеши"
