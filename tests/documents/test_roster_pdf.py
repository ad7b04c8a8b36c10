"""The group roster: row builders, and the printed PDF in Kyrgyz and Russian."""

from dataclasses import replace
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from bmb_desktop.documents.roster import (
    RosterDocument,
    RosterMemberLine,
    current_member_rows,
    finding_rows,
    former_member_rows,
    render_roster,
    term_text,
)


def member(full_name, role="мүчө", **changes) -> RosterMemberLine:
    line = RosterMemberLine(
        full_name=full_name,
        category="айылдык кеңештин депутаты",
        role=role,
        sex="аял",
        birth_date=date(1984, 5, 2),
        age=41,
        village="Масы",
        phone="+996 555 123 456",
        position="Д. Садырбаев айыл өкмөтүнүн социалдык адиси",
        basis="№ 12/5 токтом",
        appointed_on=date(2025, 10, 14),
        term_ends_on=date(2029, 10, 14),
        status="мүчө",
        withdrawn_on=None,
        withdrawal_reason="",
    )
    return replace(line, **changes)


GROUP = [
    member("Кандарова Гүлнара", role="төрага", category="муниципалдык кызматчы"),
    member("Султанова Көкүл", category="жарандардын бирикмесинин өкүлү", age=56),
    member("Осмоналиев Эркин", sex="эркек", phone="", age=None),
    member("Жантаева Үмүт"),
    member("Ташиев Кубаныч", sex="эркек", category="муниципалдык кызматчы"),
]
FORMER = [
    member(
        "Ыманбеков Нурлан",
        sex="эркек",
        withdrawn_on=date(2025, 11, 3),
        withdrawal_reason="Өз арызы боюнча",
    )
]
FINDINGS = [
    (True, "Мүчөлөрдүн саны так жана 5тен 15ке чейин."),
    (False, "Мүчөлөрдүн жок дегенде жарымы жарандар же алардын бирикмелеринин өкүлдөрү."),
]


def roster(**changes) -> RosterDocument:
    doc = RosterDocument(
        municipality_name="Д. Садырбаев",
        council_name="Д. Садырбаев айылдык кеңеши",
        aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        administrative_centre="Масы айылы",
        basis="Д. Садырбаев айылдык кеңешинин 2025-жылдын 14-октябрындагы № 12/5 токтому",
        as_of=date(2025, 11, 21),
        current_members=GROUP,
        former_members=[],
        composition_findings=[],
        signer_role="Жооптуу катчы",
        signer_name="А. Саитова",
    )
    return replace(doc, **changes)


def flat(text: str) -> str:
    return " ".join(text.split())


# --- builders --------------------------------------------------------------------------------


def test_current_rows_are_numbered_and_keep_every_column():
    rows = current_member_rows(GROUP)
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]
    assert rows[0] == [
        "1", "Кандарова Гүлнара", "муниципалдык кызматчы", "төрага", "аял", "41", "Масы",
        "+996\u00a0555\u00a0123\u00a0456", "Д. Садырбаев айыл өкмөтүнүн социалдык адиси",
        "№ 12/5 токтом", "14.10.2025 – 14.10.2029",
    ]  # fmt: skip


def test_unknown_age_and_phone_leave_their_cells_blank():
    row = current_member_rows([GROUP[2]])[0]
    assert row[5] == "" and row[7] == ""


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2025, 10, 14), date(2029, 10, 14), "14.10.2025 – 14.10.2029"),
        (date(2025, 10, 14), None, "14.10.2025 –"),
        (None, date(2029, 10, 14), "– 14.10.2029"),
        (None, None, ""),
    ],
)
def test_term_shows_the_open_side_as_a_bare_dash(start, end, expected):
    assert term_text(start, end) == expected


def test_former_rows_carry_dates_and_reason_of_withdrawal():
    assert former_member_rows(FORMER) == [
        ["1", "Ыманбеков Нурлан", "айылдык кеңештин депутаты", "мүчө", "14.10.2025",
         "03.11.2025", "Өз арызы боюнча"],
    ]  # fmt: skip


def test_findings_say_whether_each_requirement_is_met_in_the_document_language():
    assert [row[2] for row in finding_rows(FINDINGS, "ky")] == ["аткарылды", "аткарылган жок"]
    assert [row[2] for row in finding_rows(FINDINGS, "ru")] == ["выполнено", "не выполнено"]


# --- the printed roster ----------------------------------------------------------------------


def test_roster_prints_title_date_basis_members_and_signature_on_one_page(read_pdf):
    pdf = render_roster(roster())
    (text,) = read_pdf.pages(pdf)
    page = flat(text)
    assert "Д. Садырбаев айыл аймагындагы биргелешкен мониторинг жана баалоо тобу" in page
    assert "Биргелешкен мониторинг жана баалоо тобунун курамы" in page
    assert "абалы: 2025-жылдын 21-ноябры" in page
    assert f"Негизи: {roster().basis}" in page
    assert "2025-жылдын 14-октябрындагы" in page
    for name in ("Кандарова Гүлнара", "Султанова Көкүл", "Жантаева Үмүт", "Ташиев Кубаныч"):
        assert name in page
    assert "+996 555 123 456" in page
    assert "Жооптуу катчы" in page and "А. Саитова" in page
    assert "бет 1 / 1" in page


def test_roster_column_headings_are_kyrgyz(read_pdf):
    page = flat(read_pdf.pages(render_roster(roster()))[0])
    for label in ("Аты-жөнү", "Категориясы", "Ролу", "Жынысы", "Жашы", "Айылы", "Телефону",
                  "Кызматы, иштеген жери", "Негизи", "Мөөнөтү"):  # fmt: skip
        assert label in page


def test_former_members_and_findings_appear_only_when_there_are_any(read_pdf):
    bare = flat(" ".join(read_pdf.pages(render_roster(roster()))))
    assert "Топтун курамынан чыккан мүчөлөр" not in bare
    assert "Курамдын талаптарга шайкештиги" not in bare

    full = render_roster(roster(former_members=FORMER, composition_findings=FINDINGS))
    text = flat(" ".join(read_pdf.pages(full)))
    assert "Топтун курамынан чыккан мүчөлөр" in text
    assert "Ыманбеков Нурлан" in text and "03.11.2025" in text and "Өз арызы боюнча" in text
    assert "Курамдын талаптарга шайкештиги" in text
    assert "аткарылды" in text and "аткарылган жок" in text


def test_a_group_without_members_still_prints_with_a_note(read_pdf):
    text = flat(read_pdf.pages(render_roster(roster(current_members=[])))[0])
    assert "Бул күнгө карата топтун курамында мүчөлөр жок." in text
    assert "А. Саитова" in text


def test_russian_roster_translates_labels_and_date(read_pdf):
    pdf = render_roster(roster(former_members=FORMER, composition_findings=FINDINGS), "ru")
    text = flat(" ".join(read_pdf.pages(pdf)))
    assert "Состав группы совместного мониторинга и оценки" in text
    assert "по состоянию на 21 ноября 2025 года" in text
    assert "Фамилия, имя, отчество" in text and "Выбывшие члены группы" in text
    assert "Соответствие состава требованиям" in text
    assert "стр. 1 /" in text


def test_roster_is_landscape_with_embedded_fonts_only(read_pdf, base_14):
    pdf = render_roster(roster())
    box = read_pdf.reader(pdf).pages[0].mediabox
    assert round(float(box.width)) == round(A4[1])
    assert all(font["embedded"] and font["name"] not in base_14 for font in read_pdf.fonts(pdf))
    title = read_pdf.reader(pdf).metadata.title
    assert title == "Биргелешкен мониторинг жана баалоо тобунун курамы"


@pytest.mark.parametrize("size", range(10, 41, 3))
def test_signature_never_stands_alone_on_the_last_page(read_pdf, size):
    members = [member(f"Мүчө {n:02d} Өмүрбекова") for n in range(1, size + 1)]
    texts = read_pdf.pages(render_roster(roster(current_members=members)))
    last = flat(texts[-1])
    assert "А. Саитова" in last
    assert f"Мүчө {size:02d} Өмүрбекова" in last  # at least the last row went over with it
    assert all(f"бет {n} / {len(texts)}" in text for n, text in enumerate(texts, start=1))


def test_long_roster_repeats_the_column_headings_on_each_page(read_pdf):
    members = [member(f"Мүчө {n:02d}") for n in range(1, 31)]
    texts = read_pdf.pages(render_roster(roster(current_members=members)))
    assert len(texts) >= 2
    assert all("Аты-жөнү" in text for text in texts)
