"""The printed act and the letters: builders, the text of the real PDF, page breaks of a long act."""

import re
from dataclasses import replace
from datetime import date

from bmb_desktop.documents.act import (
    ActAttachmentLine,
    ActDocument,
    ActFindingLine,
    ActRecommendationLine,
    attachment_lines,
    finding_text,
    footer_text,
    period_text,
    receipt_line,
    recommendation_rows,
    render_act,
    supersedes_text,
)
from bmb_desktop.documents.letters import LetterDocument, number_and_date, render_letter

FINGERPRINT = "3f2a91c07b4e" + "5d" * 26
HEADINGS_KY = [
    "1. Мониторингдин максаты", "2. Мониторингдин предмети жана объектиси", "3. Мониторинг жүргүзүлгөн жер",
    "4. Мониторинг жүргүзүлгөн мөөнөт", "5. Мониторингдин жана баалоонун натыйжалары", "5.1. Аныкталган фактылар",
    "5.2. Баалоонун жыйынтыктары", "6. Сунуштамалар жана сунуштар", "7. Тиркемелер",
]  # fmt: skip


def act(**changes) -> ActDocument:
    doc = ActDocument(
        municipality_name="Д. Садырбаев", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү", village="Масы айылы",
        number="4/2026", issued_on=date(2026, 11, 21), object_name="«Нур-Жол Курулуш» ЖЧК",
        subject_kind="сатып алуу боюнча жеткирүү", subject="Жибек Жолу көчөсүн оңдоо жумуштарынын сапаты",
        purpose="Жумуштардын келишимге ылайыктыгын баалоо", place="Масы айылы, Жибек Жолу көчөсү",
        period_start=date(2026, 4, 22), period_end=date(2026, 8, 28),
        facts=[ActFindingLine("Шагылдын калыңдыгы 8–10 см түздү.", "байкоо жана жерине барып көрүү", 1),
               ActFindingLine("Жумуштар 20 күнгө кечиккен.")],
        evaluations=[ActFindingLine("30 тургундун 22си жол жакшырганын айтышты.", "коомдук топтордо сурамжылоо")],
        recommendations=[ActRecommendationLine("«Нур-Жол Курулуш» ЖЧК", "Шагыл катмарын 15 смге чейин толуктоо.", date(2026, 12, 15)),
                         ActRecommendationLine("Д. Садырбаев айыл өкмөтү", "Кабыл алуу актысына кол койбоо.", date(2026, 12, 1))],
        attachments=[ActAttachmentLine("олчоо.jpg", "Өлчөөнүн сүрөтү", "ab12" * 16)],
        signers=[("БМжБ тобунун төрагасы", "Г. Кандарова"), ("БМжБ тобунун мүчөсү", "Э. Осмоналиев")],
        addressees=["«Нур-Жол Курулуш» ЖЧК", "Д. Садырбаев айыл өкмөтү", "Д. Садырбаев айылдык кеңеши"],
        fingerprint=FINGERPRINT,
    )  # fmt: skip
    return replace(doc, **changes)


def flat(text: str) -> str:
    return " ".join(text.split())


# --- builders --------------------------------------------------------------------------------


def test_the_footer_carries_the_number_and_the_short_code():
    assert footer_text(act(), "ky") == "АКТ № 4/2026 · текшерүү коду 3F2A-91C0-7B4E"
    assert footer_text(act(), "ru") == "АКТ № 4/2026 · контрольный код 3F2A-91C0-7B4E"
    assert footer_text(act(number="", fingerprint=""), "ky") == "ДОЛБООР: чыгарыла элек, акт катары күчү жок"


def test_the_period_reads_from_one_day_to_another():
    assert period_text(act(), "ky") == "2026-жылдын 22-апрелинен 2026-жылдын 28-августуна чейин"
    assert period_text(act(), "ru") == "с 22 апреля 2026 года по 28 августа 2026 года"
    assert period_text(act(period_end=None), "ky") == "____"


def test_a_finding_carries_its_method_and_evidence():
    facts = act().facts
    assert finding_text(1, facts[0], "ky") == (
        "1) Шагылдын калыңдыгы 8–10 см түздү. (Ыкмасы: байкоо жана жерине барып көрүү. Далили: № 1 тиркеме.)"
    )
    assert finding_text(2, facts[1], "ky") == "2) Жумуштар 20 күнгө кечиккен."


def test_rows_lines_and_receipts():
    assert recommendation_rows(act()) == [
        ["1", "«Нур-Жол Курулуш» ЖЧК", "Шагыл катмарын 15 смге чейин толуктоо.", "15.12.2026"],
        ["2", "Д. Садырбаев айыл өкмөтү", "Кабыл алуу актысына кол койбоо.", "01.12.2026"],
    ]
    assert attachment_lines(act()) == ["1. Өлчөөнүн сүрөтү (олчоо.jpg), SHA-256: ab12ab12ab12"]
    assert receipt_line("ky").startswith("Алдым: ____") and receipt_line("ky").endswith("аты-жөнү, күнү ______________")
    assert supersedes_text(act(), "ky") == ""
    assert supersedes_text(act(supersedes=("1/2026", date(2026, 4, 6))), "ky") == (
        "Бул акт 2026-жылдын 6-апрелдеги № 1/2026 актынын ордуна чыгарылды, андагы ката оңдолду."
    )


# --- the PDF ---------------------------------------------------------------------------------


def test_the_act_prints_every_part_of_a1_in_order(read_pdf):
    pdf = render_act(act())
    text = flat(" ".join(read_pdf.pages(pdf)))
    positions = [text.index(heading) for heading in ["АКТ № 4/2026", *HEADINGS_KY]]
    assert positions == sorted(positions)
    for part in ("Жумуштардын келишимге ылайыктыгын баалоо", "Предмети: Жибек Жолу көчөсүн оңдоо", "Объектиси: «Нур-Жол Курулуш» ЖЧК",
                 "2026-жылдын 22-апрелинен 2026-жылдын 28-августуна чейин", "Багыты: сатып алуу боюнча жеткирүү",
                 "2026-жылдын 21-ноябры Масы айылы", "биргелешкен мониторинг жана баалоонун натыйжалары боюнча"):  # fmt: skip
        assert part in text, part
    assert "№ Кимге Эмне жасалышы керек Мөөнөтү" in text
    assert "1. Өлчөөнүн сүрөтү (олчоо.jpg)" in text
    assert "Актыга мониторингге катышкан БМжБ тобунун мүчөлөрү кол коёт:" in text
    assert "БМжБ тобунун төрагасы Г. Кандарова" in text and "БМжБ тобунун мүчөсү Э. Осмоналиев" in text
    assert text.count("Алдым: ") == 3 and "3. Д. Садырбаев айылдык кеңеши" in text


def test_the_fingerprint_is_in_the_footer_of_every_page_and_in_the_subject(read_pdf):
    pdf = render_act(act(facts=act().facts * 12))
    pages = read_pdf.pages(pdf)
    assert len(pages) >= 2
    assert all("АКТ № 4/2026 · текшерүү коду 3F2A-91C0-7B4E" in page for page in pages)
    assert FINGERPRINT in read_pdf.reader(pdf).metadata.subject


def test_a_draft_is_marked_and_carries_no_fingerprint(read_pdf):
    pdf = render_act(act(number="", issued_on=None, fingerprint=""))
    text = flat(" ".join(read_pdf.pages(pdf)))
    assert text.startswith("ДОЛБООР") and "АКТ № ____" in text and "текшерүү коду" not in text
    assert not read_pdf.reader(pdf).metadata.subject


def test_the_act_prints_in_russian(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_act(act(), "ru"))))
    for part in ("АКТ № 4/2026", "по результатам совместного мониторинга и оценки", "1. Цель мониторинга",
                 "5.2. Выводы оценки", "6. Рекомендации и предложения", "Получил: ", "контрольный код 3F2A-91C0-7B4E"):  # fmt: skip
        assert part in text, part


def test_the_act_embeds_its_fonts(read_pdf, base_14):
    fonts = read_pdf.fonts(render_act(act()))
    assert all(font["embedded"] for font in fonts)
    assert not {font["name"].split("+")[-1] for font in fonts} & base_14


def test_a_long_act_breaks_cleanly_across_pages(read_pdf):
    long_text = "Байкоо жүргүзүлдү, кемчиликтер аныкталды жана сүрөткө тартылды. " * 6
    doc = act(
        facts=[ActFindingLine(f"{n}-факт. {long_text}", "байкоо") for n in range(1, 19)],
        recommendations=[ActRecommendationLine("Айыл өкмөтү", f"{n}-сунуштама. {long_text}", date(2026, 12, 31)) for n in range(1, 31)],
    )  # fmt: skip
    pdf = render_act(doc)
    pages = read_pdf.pages(pdf)
    assert len(pages) >= 5
    headings = set(HEADINGS_KY) | {"Акт жөнөтүлдү:"}
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if "текшерүү коду" not in line and not line.startswith("бет ")]
        assert body[-1] not in headings, f"page {number} ends on a heading"
        for index, line in enumerate(body):  # a receipt line never parts from its addressee
            if line.startswith("Алдым:"):
                assert re.match(r"^\d\. ", body[index - 1]), f"page {number}: {body[index - 1]}"
    table_pages = [page for page in pages if "-сунуштама." in page]
    assert len(table_pages) >= 2
    assert all("Эмне жасалышы керек" in page for page in table_pages)  # the header repeats
    signatures = [page for page in pages if "Г. Кандарова" in page]
    assert len(signatures) == 1 and "Э. Осмоналиев" in signatures[0] and "кол коёт:" in signatures[0]
    assert sum(page.count("Алдым:") for page in pages) == 3


# --- letters ---------------------------------------------------------------------------------


def letter(**changes) -> LetterDocument:
    doc = LetterDocument(
        municipality_name="Д. Садырбаев", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү", village="Масы айылы",
        number="8", sent_on=date(2026, 9, 14), addressee="«Нур-Жол Курулуш» ЖЧК\nБ. Ташиевге",
        subject="№ 3/2026 актыны жөнөтүү жөнүндө",
        body="Биргелешкен мониторинг жана баалоо тобунун актысын жөнөтөбүз.\nЭкинчи абзац.",
        enclosure="№ 3/2026 акт", signer_role="БМжБ тобунун төрагасы", signer_name="Г. Кандарова",
        prepared_by="А. Саитова, +996 772 300 415",
    )  # fmt: skip
    return replace(doc, **changes)


def test_a_letter_has_its_number_addressee_subject_text_enclosure_and_signature(read_pdf):
    assert number_and_date(letter(), "ky") == "2026-жылдын 14-сентябры № 8"
    assert number_and_date(letter(number="", sent_on=None), "ru") == "«___» ____________ 20___ № ____"
    text = flat(" ".join(read_pdf.pages(render_letter(letter()))))
    order = ["биргелешкен мониторинг жана баалоо тобу", "2026-жылдын 14-сентябры № 8", "«Нур-Жол Курулуш» ЖЧК Б. Ташиевге",
             "№ 3/2026 актыны жөнөтүү жөнүндө", "актысын жөнөтөбүз. Экинчи абзац.", "Тиркеме: № 3/2026 акт.",
             "БМжБ тобунун төрагасы Г. Кандарова", "Аткаруучу: А. Саитова"]  # fmt: skip
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_a_letter_prints_in_russian(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_letter(letter(), "ru"))))
    assert "14 сентября 2026 года № 8" in text and "Приложение: № 3/2026 акт." in text and "Исполнитель:" in text
