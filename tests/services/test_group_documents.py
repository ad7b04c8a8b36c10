"""The group's formation papers and the roster's composition check, printed from the demo database."""

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import current_language, set_language
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.group_documents import (
    gathering_protocol_document,
    gathering_protocol_pdf,
    group_resolution_document,
    group_resolution_pdf,
)
from bmb_desktop.services.printing import roster_pdf
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Meeting, Municipality

TODAY = date(2026, 11, 21)
FORMED_ON = date(2025, 10, 14)
GROUP_12_5 = (
    "Кандарова Гүлнара Асановна", "Султанова Канышай Токтосуновна",
    "Осмоналиев Эркинбек Абдыкадырович", "Жантаева Умут Маматовна", "Ташиев Канат Жолдошевич",
)  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def session(demo):
    with demo.session() as session:
        yield session


@pytest.fixture
def municipality_id(session):
    return session.scalar(select(Municipality.id))


def meeting_id(session, kind: MeetingKind) -> int:
    return session.scalar(select(Meeting.id).where(Meeting.kind == kind).order_by(Meeting.id))


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text().replace("\u00a0", " ").split()) for page in pages)


# --- the roster's composition check ----------------------------------------------------------


def test_demo_roster_prints_the_real_gaps_of_the_12_5_group(session, municipality_id):
    text = text_of(roster_pdf(session, municipality_id, as_of=TODAY, language="ky"))
    assert "Курамдын талаптарга шайкештиги" in text
    assert ("Жарандар жана алардын бирикмелеринин өкүлдөрү: 5 мүчөнүн 1 (20%); кеминде 3 адам талап"
            " кылынат (50%) (Типтүү жобо 5.2.3) аткарылган жок") in text  # fmt: skip
    assert ("Төрага Г. Кандарова — муниципалдык кызматчы; төрага жарандардын атынан чыккан"
            " мүчөлөрдүн ичинен шайланат") in text  # fmt: skip
    assert "(Типтүү жобо 5.4.6) аткарылган жок" in text
    assert text.count("аткарылган жок") == 2  # the other rules, warnings included, hold


def test_russian_roster_words_its_findings_in_russian_and_leaves_the_language_alone(
    session, municipality_id
):
    text = text_of(roster_pdf(session, municipality_id, as_of=TODAY, language="ru"))
    assert "Граждане и представители их объединений: 1 из 5 (20 %)" in text
    assert "не выполнено" in text
    assert "Жарандар" not in text
    assert current_language() == "ky"


def test_kyrgyz_roster_printed_while_the_interface_is_russian(session, municipality_id):
    set_language("ru")
    text = text_of(roster_pdf(session, municipality_id, as_of=TODAY, language="ky"))
    assert "5 мүчөнүн 1 (20%)" in text
    assert current_language() == "ru"


# --- the council resolution ------------------------------------------------------------------


def test_resolution_document_comes_from_the_profile_and_the_members_of_the_day(
    session, municipality_id
):
    doc = group_resolution_document(
        session, municipality_id, as_of=FORMED_ON, session_number=" XII ", extraordinary=True,
        resolution_number="12/5", adopted_on=FORMED_ON,
    )  # fmt: skip
    assert (doc.municipality_name, doc.convocation, doc.session_number) == ("Д. Садырбаев", "II", "XII")
    assert doc.place == "Масы айылы"
    assert doc.aiyl_okmotu_head == "Ш. Дарманкулов" and doc.council_chair == "А. Тешебаев"
    assert [m.full_name for m in doc.members][0] == "Кандарова Гүлнара Асановна"  # chair first
    assert sorted(m.full_name for m in doc.members) == sorted(GROUP_12_5)
    chair = doc.members[0]
    assert (chair.category, chair.role) == ("муниципалдык кызматчы", "төрага")
    assert "социалдык маселелер боюнча адиси" in chair.position


def test_nobody_is_in_the_composition_before_the_group_was_formed(session, municipality_id):
    doc = group_resolution_document(session, municipality_id, as_of=date(2025, 10, 13))
    assert doc.members == [] and doc.is_draft


def test_resolution_pdf_of_the_demo_carries_the_five_names(session, municipality_id):
    pdf = group_resolution_pdf(
        session, municipality_id, as_of=FORMED_ON, language="ky", session_number="XII",
        extraordinary=True, resolution_number="12/5", adopted_on=FORMED_ON,
    )  # fmt: skip
    text = text_of(pdf)
    assert "№ 12/5 ТОКТОМУ" in text and "токтом кылат:" in text
    assert "кезексиз XII сессиясынын №12/5 токтомуна №1 тиркеме" in text
    for name in GROUP_12_5:
        assert name in text


def test_russian_resolution_of_the_demo(session, municipality_id):
    text = text_of(group_resolution_pdf(session, municipality_id, as_of=TODAY, language="ru"))
    assert "ПРОЕКТ" in text and "ПОСТАНОВЛЕНИЕ № ______" in text
    assert "с. Масы" in text and "член группы" in text


# --- the community gathering protocol --------------------------------------------------------


def test_gathering_document_reads_the_meeting_its_votes_and_people(session, municipality_id):
    gathering = meeting_id(session, MeetingKind.COMMUNITY_GATHERING)
    doc = gathering_protocol_document(session, municipality_id, gathering)
    assert (doc.number, doc.held_on, doc.participants_count) == (1, date(2026, 2, 20), 112)
    assert doc.chair == "И. Махаматалиев" and doc.secretary == "К. Ташиев"
    assert doc.group_members_present[0] == "Г. Кандарова" and len(doc.group_members_present) == 5
    assert [item.title for item in doc.items][1].startswith("БМжБ тобунун курамына")
    assert [(c.full_name, c.votes_for) for c in doc.candidates] == [
        ("Абдыкалыков Нурбек Токтогулович", 71),
        ("Мамбетова Айзада Руслановна", 64),
        ("Жороев Талант Асылбекович", 29),
    ]


def test_gathering_protocol_pdf_shows_votes_and_who_is_elected(session, municipality_id):
    gathering = meeting_id(session, MeetingKind.COMMUNITY_GATHERING)
    text = text_of(gathering_protocol_pdf(session, municipality_id, gathering, language="ky"))
    assert "Абдыкалыков Нурбек Токтогулович 71 63,4% шайланды" in text
    assert "Мамбетова Айзада Руслановна 64 57,1% шайланды" in text
    assert "Жороев Талант Асылбекович 29 25,9% шайланган жок" in text
    assert "УГУЛДУ:" in text and "ТОКТОМ КЫЛЫНДЫ:" in text


def test_only_a_community_gathering_of_that_municipality_prints(session, municipality_id):
    group_meeting = meeting_id(session, MeetingKind.GROUP_MEETING)
    gathering = meeting_id(session, MeetingKind.COMMUNITY_GATHERING)
    with pytest.raises(NotFoundError):
        gathering_protocol_pdf(session, municipality_id, group_meeting, language="ky")
    other = Municipality(name="Мин-Булак", council_name="Мин-Булак айылдык кеңеши")
    session.add(other)
    session.flush()  # rolled back when the test's session closes
    with pytest.raises(NotFoundError):
        gathering_protocol_pdf(session, other.id, gathering, language="ky")
    with pytest.raises(NotFoundError, match="Сход местного сообщества не найден"):
        gathering_protocol_pdf(session, municipality_id, 10_000, language="ru")
