"""The protocol of the community gathering that elects citizen candidates to the group (F3).

Header, date and place, participants, the gathering's chair and secretary, the agenda with its
УГУЛДУ / СҮЙЛӨДҮ / ТОКТОМ КЫЛЫНДЫ parts, the candidates' "макул" votes against the number of
participants, who is elected, and the chair's and secretary's signatures. The protocol goes to
the council, which forms the group on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import data_table, date_place_line, para, signature_block
from bmb_desktop.documents.name_cases import keep_initials
from bmb_desktop.documents.section import kept_sections
from bmb_desktop.documents.styles import frame_width, stylesheet
from bmb_desktop.domain.gathering import is_elected, vote_share, votes_needed
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.formatting import format_percent, format_time
from bmb_desktop.locale.i18n import N_, translate

ELECTION_ITEM = N_("On electing candidates from the citizens to the joint monitoring and"
                   " evaluation group")  # fmt: skip
CANDIDATE_COLUMNS = (
    (N_("No."), 9), (N_("Candidate's full name"), 62), (N_("Votes \"for\""), 24),
    (N_("Share of participants"), 36), (N_("Outcome"), 34),
)  # fmt: skip


@dataclass(frozen=True)
class ProtocolDecision:
    text: str
    votes_for: int
    votes_against: int
    votes_abstained: int


@dataclass(frozen=True)
class ProtocolItem:
    title: str
    heard: str
    spoke: str
    decisions: list[ProtocolDecision]


@dataclass(frozen=True)
class Candidate:
    full_name: str
    votes_for: int


@dataclass(frozen=True)
class GatheringProtocolDocument:
    municipality_name: str  # "Д. Садырбаев"
    aiyl_okmotu_name: str  # the PDF's author
    number: int | None
    held_on: date
    starts_at: time | None
    village: str  # "Масы айылы", printed at the right of the date
    place: str  # "Масы айылдык маданият үйү"
    title: str  # "Масы жана Беш-Жыгач айылдарынын жыйыны"; may be empty
    participants_count: int | None
    chair: str  # the gathering's chair, "И. Махаматалиев"
    secretary: str
    group_members_present: list[str]  # "Г. Кандарова", …
    guests: str
    items: list[ProtocolItem]  # empty: the agenda is the election alone
    candidates: list[Candidate]


def protocol_title(doc: GatheringProtocolDocument, language: str) -> str:
    number = "____" if doc.number is None else str(doc.number)
    return translate("MINUTES No. {number} of the community gathering", language, number=number)


def agenda(doc: GatheringProtocolDocument, language: str) -> list[str]:
    titles = [item.title for item in doc.items] or [translate(ELECTION_ITEM, language)]
    return [f"{number}. {title}" for number, title in enumerate(titles, start=1)]


def vote_line(decision: ProtocolDecision, language: str) -> str:
    return translate(
        "Voted: for — {votes_for}, against — {against}, abstained — {abstained}.",
        language,
        votes_for=decision.votes_for,
        against=decision.votes_against,
        abstained=decision.votes_abstained,
    )


def candidate_rows(
    candidates: Sequence[Candidate], participants_count: int | None, language: str
) -> list[list[str]]:
    """№, name, "for" votes, share of all participants (1 decimal), elected or not."""
    elected, not_elected = translate("elected", language), translate("not elected", language)
    rows = []
    for number, candidate in enumerate(candidates, start=1):
        share = vote_share(candidate.votes_for, participants_count)
        rows.append([
            str(number), candidate.full_name, str(candidate.votes_for),
            "—" if share is None else format_percent(share, language, digits=1),
            elected if is_elected(candidate.votes_for, participants_count) else not_elected,
        ])  # fmt: skip
    return rows


def elected_names(doc: GatheringProtocolDocument) -> list[str]:
    return [c.full_name for c in doc.candidates if is_elected(c.votes_for, doc.participants_count)]


def outcome(doc: GatheringProtocolDocument, language: str) -> str:
    """The sentence naming who is elected, or saying that nobody won a majority."""
    names = elected_names(doc)
    if not names:
        return translate(
            "None of the candidates received a majority of the participants' votes.", language
        )
    return translate(
        "Elected to the joint monitoring and evaluation group from the citizens by a majority of"
        " the participants' votes: {names}.", language, names=", ".join(names),
    )  # fmt: skip


def majority_rule(doc: GatheringProtocolDocument, language: str) -> str:
    needed = votes_needed(doc.participants_count)
    if needed is None:
        return translate(
            "The number of participants is not recorded, so no majority can be established.",
            language,
        )
    return translate(
        "A candidate is elected with the votes of more than half of the participants: at least"
        " {needed} of {participants}.",
        language,
        needed=needed,
        participants=doc.participants_count,
    )


def gathering_protocol_flowables(
    doc: GatheringProtocolDocument, language: str = "ky"
) -> list[Flowable]:
    """Everything printed on the protocol, in order, ready for ``render_pdf``."""
    parts: list[Flowable] = _head(doc, language)
    parts += [para(translate("AGENDA:", language), "heading")]
    parts += [para(keep_initials(line), "body_left") for line in agenda(doc, language)]
    for number, item in enumerate(doc.items, start=1):
        parts += _item(number, item, language)
    return parts + _election(doc, language)


def _election(doc: GatheringProtocolDocument, language: str) -> list[Flowable]:
    """The candidates' table, the rule, who is elected and the signatures, kept together."""
    heading = para(translate("Results of the open vote on the candidates", language), "heading")
    signers = [
        (translate("Chair of the gathering", language), keep_initials(doc.chair)),
        (translate("Secretary of the gathering", language), keep_initials(doc.secretary)),
    ]
    after = [
        Spacer(1, 2 * mm),
        para(majority_rule(doc, language), "body"),
        para(outcome(doc, language), "body", bold=True),
        Spacer(1, 6 * mm),
        signature_block(signers),
    ]
    if not doc.candidates:
        nobody = para(translate("No candidates were nominated.", language), "body_left")
        return [KeepTogether([heading, nobody, *after])]
    header = [translate(label, language) for label, _width in CANDIDATE_COLUMNS]
    rows = candidate_rows(doc.candidates, doc.participants_count, language)
    table = data_table(header, rows, _widths(), centred=(0, 2, 3, 4))
    return kept_sections([(heading, table)], after=after)


def _head(doc: GatheringProtocolDocument, language: str) -> list[Flowable]:
    aimak = translate("{municipality} aiyl aimak", language, municipality=doc.municipality_name)
    parts: list[Flowable] = [
        para(aimak, "letterhead_name"),
        HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=3, spaceAfter=6),
        para(protocol_title(doc, language), "number_line"),
    ]
    if doc.title:
        parts.append(para(doc.title, "subtitle"))
    dated = date_place_line(document_date(doc.held_on, language), doc.village)
    parts += [Spacer(1, 2 * mm), dated, Spacer(1, 3 * mm)]
    place = doc.place
    if doc.starts_at is not None:
        at = format_time(doc.starts_at, language)
        place = translate("{place}, at {time}", language, place=place, time=at) if place else at
    count = "____" if doc.participants_count is None else str(doc.participants_count)
    facts = [
        (N_("Place and time:"), place),
        (N_("Number of participants:"), count),
        (N_("Chair of the gathering:"), doc.chair or "____"),
        (N_("Secretary of the gathering:"), doc.secretary or "____"),
        (N_("Members of the group present:"), ", ".join(doc.group_members_present)),
        (N_("Invited:"), doc.guests),
    ]
    return parts + [
        _labelled(translate(label, language), text, "body_left") for label, text in facts if text
    ]


def _item(number: int, item: ProtocolItem, language: str) -> list[Flowable]:
    parts: list[Flowable] = [para(f"{number}. {item.title}", "heading")]
    if item.heard:
        parts.append(_labelled(translate("HEARD:", language), item.heard))
    if item.spoke:
        parts.append(_labelled(translate("SPOKE:", language), item.spoke))
    if item.decisions:
        parts.append(_labelled(translate("RESOLVED:", language), ""))
        many = len(item.decisions) > 1
        for index, decision in enumerate(item.decisions, start=1):
            text = f"{index}) {decision.text}" if many else decision.text
            parts.append(para(keep_initials(text), "body"))
            if decision.votes_for or decision.votes_against or decision.votes_abstained:
                parts.append(para(vote_line(decision, language), "body"))
    return parts


def _labelled(label: str, text: str, style: str = "body") -> Paragraph:
    """"УГУЛДУ: …" with the label in bold, the text running on after it."""
    markup = f"<b>{escape(label)}</b> {escape(keep_initials(text))}".replace("\n", "<br/>")
    return Paragraph(markup, stylesheet()[style])


def _widths() -> list[float]:
    scale = frame_width() / sum(width for _label, width in CANDIDATE_COLUMNS)
    return [width * scale for _label, width in CANDIDATE_COLUMNS]


def render_gathering_protocol(doc: GatheringProtocolDocument, language: str = "ky") -> bytes:
    """The protocol as PDF bytes: portrait A4, numbered pages."""
    return render_pdf(
        gathering_protocol_flowables(doc, language),
        title=protocol_title(doc, language),
        author=doc.aiyl_okmotu_name,
        language=language,
    )
