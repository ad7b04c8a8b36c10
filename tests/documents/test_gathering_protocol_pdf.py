"""The community gathering's protocol: builders, the election outcome, and the printed PDF."""

from dataclasses import replace
from datetime import date, time

from bmb_desktop.documents.gathering_protocol import (
    Candidate,
    GatheringProtocolDocument,
    ProtocolDecision,
    ProtocolItem,
    agenda,
    candidate_rows,
    elected_names,
    majority_rule,
    outcome,
    protocol_title,
    render_gathering_protocol,
    vote_line,
)

CANDIDATES = [
    Candidate("Абдыкалыков Нурбек Токтогулович", 71),
    Candidate("Мамбетова Айзада Руслановна", 64),
    Candidate("Жороев Талант Асылбекович", 29),
    Candidate("Исакова Нургүл Бакытовна", 56),  # exactly half of 112: not elected
]
ELECTION = ProtocolItem(
    title="БМжБ тобунун курамына жарандардын атынан талапкерлерди шайлоо жөнүндө",
    heard="А. Саитова топтун курамынын жарымынан кем эмеси жарандардан турушу керек экенин айтты.",
    spoke="Талапкер катары Н. Абдыкалыков, А. Мамбетова, Т. Жороев жана Н. Исакова көрсөтүлдү.",
    decisions=[ProtocolDecision("Жыйындын протоколу айылдык кеңешке жиберилсин.", 97, 6, 9)],
)


def protocol(**changes) -> GatheringProtocolDocument:
    doc = GatheringProtocolDocument(
        municipality_name="Д. Садырбаев",
        aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        number=1,
        held_on=date(2026, 2, 20),
        starts_at=time(10, 0),
        village="Масы айылы",
        place="Масы айылдык маданият үйү",
        title="Масы жана Беш-Жыгач айылдарынын жыйыны",
        participants_count=112,
        chair="И. Махаматалиев",
        secretary="К. Ташиев",
        group_members_present=["Г. Кандарова", "К. Султанова"],
        guests="А. Саитова — айыл өкмөтүнүн жооптуу катчысы",
        items=[ELECTION],
        candidates=CANDIDATES,
    )
    return replace(doc, **changes)


def flat(text: str) -> str:
    return " ".join(text.split())


# --- builders --------------------------------------------------------------------------------


def test_candidate_rows_show_votes_share_of_participants_and_outcome():
    rows = candidate_rows(CANDIDATES, 112, "ky")
    assert rows[0] == ["1", "Абдыкалыков Нурбек Токтогулович", "71", "63,4%", "шайланды"]
    assert rows[2][3:] == ["25,9%", "шайланган жок"]
    assert rows[3][3:] == ["50,0%", "шайланган жок"]  # half is not a majority


def test_unknown_participants_leave_the_share_blank_and_elect_nobody():
    rows = candidate_rows(CANDIDATES, None, "ky")
    assert {row[3] for row in rows} == {"—"}
    assert {row[4] for row in rows} == {"шайланган жок"}
    doc = protocol(participants_count=None)
    assert elected_names(doc) == []
    assert "саны көрсөтүлгөн эмес" in majority_rule(doc, "ky")


def test_outcome_names_the_elected_candidates_or_says_nobody_won():
    assert elected_names(protocol()) == [
        "Абдыкалыков Нурбек Токтогулович", "Мамбетова Айзада Руслановна",
    ]  # fmt: skip
    assert outcome(protocol(), "ky") == (
        "Жыйындын катышуучуларынын көпчүлүк добушу менен БМжБ тобунун курамына жарандардын"
        " атынан шайланды: Абдыкалыков Нурбек Токтогулович, Мамбетова Айзада Руслановна."
    )
    nobody = protocol(candidates=[Candidate("Жороев Талант", 29)])
    assert outcome(nobody, "ky").startswith("Талапкерлердин бири да")


def test_majority_rule_states_the_votes_needed():
    assert majority_rule(protocol(), "ky").endswith("112 катышуучунун кеминде 57 добушу.")
    assert "не менее 57 из 112" in majority_rule(protocol(), "ru")


def test_agenda_is_the_election_alone_when_no_items_were_written():
    assert agenda(protocol(items=[]), "ky") == [
        "1. БМжБ тобунун курамына жарандардын атынан талапкерлерди шайлоо жөнүндө"
    ]
    assert agenda(protocol(items=[ELECTION, replace(ELECTION, title="Ар түрдүү")]), "ky")[1] == (
        "2. Ар түрдүү"
    )


def test_vote_line_and_title():
    assert vote_line(ELECTION.decisions[0], "ky") == (
        "Добуш берүү: «макул» — 97, «каршы» — 6, «калыс» — 9."
    )
    assert protocol_title(protocol(), "ky") == "Жамааттын жыйынынын ПРОТОКОЛУ № 1"
    assert protocol_title(protocol(number=None), "ky") == "Жамааттын жыйынынын ПРОТОКОЛУ № ____"


# --- the printed protocol --------------------------------------------------------------------


def test_protocol_prints_head_parts_candidates_and_signatures(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_gathering_protocol(protocol()))))
    assert "Д. Садырбаев айыл аймагы" in text
    assert "Жамааттын жыйынынын ПРОТОКОЛУ № 1" in text
    assert "2026-жылдын 20-февралы" in text and "Масы айылы" in text
    assert "Масы айылдык маданият үйү, саат 10:00" in text
    assert "Жыйындын катышуучуларынын саны: 112" in text
    assert "Жыйындын төрагасы: И. Махаматалиев" in text
    assert "Жыйындын катчысы: К. Ташиев" in text
    assert "КҮН ТАРТИБИ:" in text
    assert "УГУЛДУ:" in text and "СҮЙЛӨДҮ:" in text and "ТОКТОМ КЫЛЫНДЫ:" in text
    assert "Добуш берүү: «макул» — 97" in text
    for candidate in CANDIDATES:
        assert candidate.full_name in text
    assert "Абдыкалыков Нурбек Токтогулович 71 63,4% шайланды" in text
    assert "Исакова Нургүл Бакытовна 56 50,0% шайланган жок" in text
    assert "«Макул» добуштар" in text
    assert text.count("И. Махаматалиев") == 2  # in the head and at the signature


def test_signatures_follow_the_outcome_on_the_last_page(read_pdf):
    many = [Candidate(f"Талапкер {n:02d} Өмүрбеков", 60 - n) for n in range(1, 41)]
    pages = read_pdf.pages(render_gathering_protocol(protocol(candidates=many)))
    assert len(pages) > 1
    last = flat(pages[-1])
    assert "Жыйындын катчысы" in last and "К. Ташиев" in last
    assert "Талапкер 40 Өмүрбеков" in last


def test_a_gathering_without_candidates_still_prints_and_signs(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_gathering_protocol(protocol(candidates=[])))))
    assert "Талапкерлер көрсөтүлгөн жок." in text
    assert "Талапкерлердин бири да" in text
    assert "К. Ташиев" in text


def test_russian_protocol_translates_every_label(read_pdf):
    text = flat(" ".join(read_pdf.pages(render_gathering_protocol(protocol(), "ru"))))
    assert "ПРОТОКОЛ № 1 схода местного сообщества" in text
    assert "20 февраля 2026 года" in text
    assert "ПОВЕСТКА ДНЯ:" in text and "СЛУШАЛИ:" in text and "ВЫСТУПИЛИ:" in text
    assert "ПОСТАНОВИЛИ:" in text and "Голосовали: «за» — 97" in text
    assert "Голоса «за»" in text and "избран(а)" in text and "не избран(а)" in text
    assert "Председатель схода" in text and "Секретарь схода" in text
    assert "стр. 1 /" in text
