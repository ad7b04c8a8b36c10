"""The group meeting's protocol: builders, the quorum note, signers, and the printed PDF."""

from dataclasses import replace
from datetime import date, time

import pytest
from reportlab.platypus import Paragraph
from sqlalchemy import select

from bmb_desktop.documents.protocol import (
    Absence,
    ProtocolDecision,
    ProtocolDocument,
    ProtocolItem,
    absent_text,
    agenda_lines,
    protocol_flowables,
    protocol_title,
    quorum_sentence,
    recusal_line,
    render_protocol,
    signers,
    vote_line,
)
from bmb_desktop.domain.enums import MeetingKind, ProtocolSigners
from bmb_desktop.errors import NotFoundError
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.meeting_documents import protocol_document, protocol_pdf
from bmb_desktop.services.meetings import find_meeting
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

SCHOOL_ACT = ProtocolItem(
    title="Мектептеги ысык тамактануу боюнча №2/2026 актынын долбоору жөнүндө",
    heard="У. Жантаева 8 байкоонун жана фокус-топтун жыйынтыктарын баяндады.",
    spoke="К. Султанова мектептин директору менен болгон маектин жыйынтыгын кошумчалады.",
    decisions=[ProtocolDecision("№2/2026 акты бекитилсин.", 4, 0, 0, recused=[], passes=True)],
)
CONFLICT = ProtocolItem(
    title="К. Ташиевдин кызыкчылыктардын кагылышуусу жөнүндө арызы тууралуу маалымат",
    heard="Г. Кандарова К. Ташиевдин арызын окуп берди.",
    spoke="",
    decisions=[
        ProtocolDecision("Маалымат эске алынсын.", 3, 0, 0, recused=["К. Ташиев"], passes=True),
        ProtocolDecision("Мониторинг уланылсын.", 1, 2, 0, recused=[], passes=False),
    ],
)


def protocol(**changes) -> ProtocolDocument:
    doc = ProtocolDocument(
        municipality_name="Д. Садырбаев",
        aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        village="Масы айылы",
        number=4,
        year=2026,
        held_on=date(2026, 5, 18),
        starts_at=time(10, 0),
        place="Д. Садырбаев айыл өкмөтүнүн жыйындар залы",
        chair="Г. Кандарова",
        secretary="К. Ташиев",
        present=["Г. Кандарова", "К. Султанова", "У. Жантаева", "К. Ташиев"],
        absent=[Absence("Э. Осмоналиев", "иш сапарда (Жалал-Абад шаары)")],
        guests="А. Саитова — айыл өкмөтүнүн жооптуу катчысы",
        membership=5,
        quorum=True,
        items=[SCHOOL_ACT, CONFLICT],
        member_signers=[],
    )
    return replace(doc, **changes)


def flat(text: str) -> str:
    return " ".join(text.split())


# --- builders --------------------------------------------------------------------------------


def test_the_title_names_the_group_meeting_and_its_number():
    assert protocol_title(protocol(), "ky") == "БМжБ тобунун жыйналышынын\nПРОТОКОЛУ № 4"
    assert protocol_title(protocol(number=None), "ru") == "ПРОТОКОЛ № ____\nзаседания группы СМиО"


def test_the_quorum_sentence_counts_present_of_all_members():
    assert quorum_sentence(protocol(), "ky") == "Жыйналыш ыйгарым укуктуу: топтун 5 мүчөсүнөн 4 мүчө катышты."
    assert quorum_sentence(protocol(), "ru") == "Заседание правомочно: присутствуют 4 из 5 членов группы."


def test_without_quorum_the_note_says_the_decisions_are_invalid():
    doc = protocol(present=["Г. Кандарова", "К. Ташиев"], quorum=False)
    assert quorum_sentence(doc, "ky") == (
        "Кворум жок: топтун 5 мүчөсүнөн 2 гана мүчө катышты, ал эми кеминде 3 мүчө катышуусу керек. "
        "Жыйналыш ыйгарым укуксуз, анын чечимдери жараксыз."
    )


def test_the_vote_line_reads_for_against_abstained():
    assert vote_line(SCHOOL_ACT.decisions[0], "ky") == "Добуш берүүнүн жыйынтыгы: макул – 4, каршы – 0, калыс – 0."
    assert vote_line(SCHOOL_ACT.decisions[0], "ru") == "Итоги голосования: за – 4, против – 0, воздержались – 0."


def test_the_recusal_line_names_who_did_not_vote():
    assert recusal_line(CONFLICT.decisions[0], "ky") == (
        "Кызыкчылыктардын кагылышуусуна байланыштуу добуш берүүгө катышкан жок: К. Ташиев."
    )


def test_absences_carry_their_reasons_without_nested_brackets():
    assert absent_text(protocol().absent) == "Э. Осмоналиев (иш сапарда, Жалал-Абад шаары)"
    assert absent_text([Absence("Э. Осмоналиев", ""), Absence("У. Жантаева", "")]) == "Э. Осмоналиев, У. Жантаева"


def test_the_agenda_is_numbered():
    assert agenda_lines(protocol()) == [f"1. {SCHOOL_ACT.title}", f"2. {CONFLICT.title}"]


def test_chair_and_secretary_sign_and_with_all_members_the_others_between():
    assert [role for role, _name in signers(protocol(), "ky")] == ["Жыйналыштын төрагасы", "Жыйналыштын катчысы"]
    everyone = signers(protocol(member_signers=["К. Султанова", "У. Жантаева"]), "ky")
    assert [name.replace("\u00a0", " ") for _role, name in everyone] == [
        "Г. Кандарова", "К. Султанова", "У. Жантаева", "К. Ташиев",
    ]
    assert everyone[1][0] == "Топтун мүчөсү"


# --- the printed PDF -------------------------------------------------------------------------


def test_protocol_prints_every_part_of_the_usual_form(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_protocol(protocol()))))
    for part in (
        "Д. Садырбаев айыл аймагындагы", "БМжБ тобунун жыйналышынын", "ПРОТОКОЛУ № 4", "2026-жылдын 18-майы",
        "Масы айылы", "Өткөн жери: Д. Садырбаев айыл өкмөтүнүн жыйындар залы", "Башталган убактысы: 10:00",
        "Төрагалык кылган: Г. Кандарова", "Катчы: К. Ташиев",
        "Катышкандар: Г. Кандарова, К. Султанова, У. Жантаева, К. Ташиев",
        "Катышкан жоктор: Э. Осмоналиев (иш сапарда, Жалал-Абад шаары)",
        "Чакырылгандар: А. Саитова", "Жыйналыш ыйгарым укуктуу: топтун 5 мүчөсүнөн 4 мүчө катышты.",
        "КҮН ТАРТИБИ:", "УГУЛДУ: У. Жантаева", "СҮЙЛӨДҮ: К. Султанова", "ТОКТОМ КЫЛЫНДЫ:",
        "Добуш берүүнүн жыйынтыгы: макул – 4, каршы – 0, калыс – 0.",
        "добуш берүүгө катышкан жок: К. Ташиев", "1) Маалымат эске алынсын.", "2) Мониторинг уланылсын.",
        "Чечим кабыл алынган жок.", "Жыйналыштын төрагасы", "Жыйналыштын катчысы",
    ):  # fmt: skip
        assert part in text, part
    assert text.index("ПРОТОКОЛУ № 4") < text.index("КҮН ТАРТИБИ:") < text.index("УГУЛДУ:") < text.index("Жыйналыштын төрагасы")


def test_an_item_without_spoken_part_leaves_out_the_label(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_protocol(protocol(items=[CONFLICT])))))
    assert "УГУЛДУ:" in text and "СҮЙЛӨДҮ:" not in text


def test_date_and_village_share_one_line(read_pdf):
    lines = read_pdf.layout(render_protocol(protocol())).splitlines()
    assert any("2026-жылдын 18-майы" in line and "Масы айылы" in line for line in lines)


def test_the_not_quorate_note_is_printed_in_bold_and_the_quorate_one_is_not():
    def quorum_fonts(doc):
        paragraphs = [f for f in protocol_flowables(doc) if isinstance(f, Paragraph)]
        note = next(p for p in paragraphs if p.getPlainText().startswith(("Кворум жок", "Жыйналыш ыйгарым")))
        return {frag.fontName for frag in note.frags}

    assert all("Bold" in font for font in quorum_fonts(protocol(present=["Г. Кандарова"], quorum=False)))
    assert not any("Bold" in font for font in quorum_fonts(protocol()))


def test_with_all_members_signing_each_present_member_has_a_line(read_pdf):
    pdf = render_protocol(protocol(member_signers=["К. Султанова", "У. Жантаева"]))
    last = flat(read_pdf.pages(pdf)[-1])
    assert last.count("Топтун мүчөсү") == 2 and "К. Султанова" in last and "У. Жантаева" in last


def test_the_signatures_never_stand_alone_on_the_last_page(read_pdf):
    long_items = [replace(SCHOOL_ACT, heard=SCHOOL_ACT.heard * 12) for _ in range(4)]
    pdf = render_protocol(protocol(items=long_items))
    pages = read_pdf.pages(pdf)
    assert len(pages) > 1
    assert "Добуш берүүнүн жыйынтыгы" in pages[-1] and "Жыйналыштын катчысы" in pages[-1]


def test_russian_protocol_translates_the_form(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_protocol(protocol(), "ru"))))
    for part in ("ПРОТОКОЛ № 4", "заседания группы СМиО", "18 мая 2026 года",
                 "Присутствовали:", "Отсутствовали:", "Приглашённые:", "ПОВЕСТКА ДНЯ:", "СЛУШАЛИ:", "ВЫСТУПИЛИ:",
                 "ПОСТАНОВИЛИ:", "Итоги голосования: за – 4", "Решение не принято.", "Председатель заседания"):
        assert part in text, part


def test_protocol_embeds_its_fonts(read_pdf, base_14):
    fonts = read_pdf.fonts(render_protocol(protocol()))
    assert fonts and all(font["embedded"] for font in fonts)
    assert not {font["name"].split("+")[-1] for font in fonts} & base_14


# --- from the demo database ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    with database.session() as session:
        yield session, session.scalar(select(Municipality.id))
    database.close()


def test_the_demo_meeting_with_a_recusal_gathers_into_the_protocol(demo):
    session, municipality_id = demo
    doc = protocol_document(session, municipality_id, find_meeting(session, municipality_id, "4/2026").id)
    assert (doc.number, doc.held_on, doc.village, doc.membership, doc.quorum) == (4, date(2026, 5, 18), "Масы айылы", 5, True)
    assert doc.absent == [Absence("Э. Осмоналиев", "иш сапарда")]
    assert doc.items[1].decisions[0].recused == ["К. Ташиев"]
    assert (doc.chair, doc.secretary, doc.member_signers) == ("Г. Кандарова", "К. Ташиев", [])


def test_the_demo_meeting_without_quorum_prints_the_note(demo, read_pdf):
    session, municipality_id = demo
    pdf = protocol_pdf(session, municipality_id, find_meeting(session, municipality_id, "3/2026").id)
    assert "Кворум жок: топтун 5 мүчөсүнөн 2 гана мүчө катышты" in flat(" ".join(read_pdf.pages(pdf)))


def test_a_profile_where_all_members_sign_lists_them(demo):
    session, municipality_id = demo
    profile = session.get(Municipality, municipality_id).regulation
    profile.protocol_signers = ProtocolSigners.ALL_MEMBERS
    try:
        doc = protocol_document(session, municipality_id, find_meeting(session, municipality_id, "4/2026").id)
    finally:
        session.rollback()
    assert doc.member_signers == ["К. Султанова", "У. Жантаева"]


def test_only_group_meetings_have_this_protocol(demo):
    session, municipality_id = demo
    gathering = find_meeting(session, municipality_id, "1/2026", kind=MeetingKind.COMMUNITY_GATHERING)
    with pytest.raises(NotFoundError):
        protocol_document(session, municipality_id, gathering.id)
