"""The protocol of a group meeting, "БМжБ тобунун жыйналышынын ПРОТОКОЛУ № 3" (domain.md §5, M3).

The usual form: the group's letterhead, the number, the date at the left and the village at the
right, place and time, chair and secretary, who was present and absent, the guests, whether the
meeting had its quorum, the agenda, then each item as УГУЛДУ / СҮЙЛӨДҮ / ТОКТОМ КЫЛЫНДЫ with the
vote, and the signatures of the chair and the secretary, or of every member present where the
regulation says so. Input is a plain snapshot prepared by ``services.meeting_documents``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, time
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import date_place_line, group_header, para, signature_block
from bmb_desktop.documents.name_cases import keep_initials
from bmb_desktop.documents.styles import stylesheet
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.formatting import format_time
from bmb_desktop.locale.i18n import N_, translate

BLANK = "____"


@dataclass(frozen=True)
class ProtocolDecision:
    text: str
    votes_for: int
    against: int
    abstained: int
    recused: list[str]  # "К. Ташиев": did not vote because of a conflict of interest
    passes: bool

    @property
    def voted(self) -> bool:
        return self.votes_for + self.against + self.abstained > 0


@dataclass(frozen=True)
class ProtocolItem:
    title: str
    heard: str
    spoke: str
    decisions: list[ProtocolDecision]


@dataclass(frozen=True)
class Absence:
    name: str
    reason: str


@dataclass(frozen=True)
class ProtocolDocument:
    municipality_name: str  # "Д. Садырбаев"
    aiyl_okmotu_name: str  # the PDF's author
    village: str  # "Масы айылы", at the right of the date
    number: int | None
    year: int
    held_on: date
    starts_at: time | None
    place: str
    chair: str  # "Г. Кандарова"
    secretary: str
    present: list[str]
    absent: list[Absence]
    guests: str
    membership: int  # members of the group on the meeting date
    quorum: bool
    items: list[ProtocolItem]
    member_signers: list[str]  # when every member present signs: the others besides chair and secretary


def protocol_title(doc: ProtocolDocument, language: str) -> str:
    number = BLANK if doc.number is None else str(doc.number)
    return translate("Meeting of the JME group\nMINUTES No. {number}", language, number=number)


def quorum_sentence(doc: ProtocolDocument, language: str) -> str:
    """"Жыйналыш ыйгарым укуктуу: …" or the note that without a quorum the decisions are invalid."""
    present, members = len(doc.present), doc.membership
    if doc.quorum:
        return translate(
            "The meeting is competent: {present} of the {members} members of the group are present.",
            language, present=present, members=members,
        )  # fmt: skip
    return translate(
        "There is no quorum: only {present} of the {members} members of the group are present, and at"
        " least {needed} are required. The meeting is not competent; its decisions are invalid.",
        language, present=present, members=members, needed=members // 2 + 1,
    )  # fmt: skip


def vote_line(decision: ProtocolDecision, language: str) -> str:
    return translate(
        "Result of the vote: for – {votes_for}, against – {against}, abstained – {abstained}.",
        language, votes_for=decision.votes_for, against=decision.against, abstained=decision.abstained,
    )  # fmt: skip


def recusal_line(decision: ProtocolDecision, language: str) -> str:
    return translate(
        "Did not vote because of a conflict of interest: {names}.", language, names=", ".join(decision.recused)
    )


def absent_text(absent: list[Absence]) -> str:
    """"К. Султанова (ооруп калган); Э. Осмоналиев (иш сапарда, Жалал-Абад шаары)"."""
    if not any(a.reason for a in absent):
        return ", ".join(a.name for a in absent)
    # a reason's own brackets would nest inside ours: "(иш сапарда (Жалал-Абад шаары))"
    reasons = [re.sub(r"\s*\(([^()]*)\)", r", \1", a.reason.strip()) for a in absent]
    return "; ".join(f"{a.name} ({reason})" if reason else a.name for a, reason in zip(absent, reasons))


def agenda_lines(doc: ProtocolDocument) -> list[str]:
    return [f"{number}. {item.title}" for number, item in enumerate(doc.items, start=1)]


def signers(doc: ProtocolDocument, language: str) -> list[tuple[str, str]]:
    """Chair and secretary; with every member signing, the other members between them."""
    rows = [(translate("Chair of the meeting", language), doc.chair or BLANK)]
    rows += [(translate("Member of the group", language), name) for name in doc.member_signers]
    rows.append((translate("Secretary of the meeting", language), doc.secretary or BLANK))
    return [(role, keep_initials(name)) for role, name in rows]


def protocol_flowables(doc: ProtocolDocument, language: str = "ky") -> list[Flowable]:
    """Everything printed on the protocol, in order, ready for ``render_pdf``."""
    parts: list[Flowable] = group_header(municipality_name=doc.municipality_name, language=language)
    parts.append(para(protocol_title(doc, language), "number_line"))
    parts += [Spacer(1, 2 * mm), date_place_line(document_date(doc.held_on, language), doc.village), Spacer(1, 3 * mm)]
    parts += _facts(doc, language)
    quorum = para(quorum_sentence(doc, language), "body_left", bold=not doc.quorum)
    parts += [Spacer(1, 1 * mm), quorum]
    if doc.items:
        parts.append(para(translate("AGENDA:", language), "heading"))
        parts += [para(keep_initials(line), "body_left") for line in agenda_lines(doc)]
    blocks = [block for number, item in enumerate(doc.items, start=1) for block in _item(number, item, language)]
    # the last lines of the text go with the signatures, so they never stand alone on a page;
    # blocks stay flat lists because a KeepTogether inside another always breaks the page
    tail = blocks.pop() if blocks else []
    blocks.append([*tail, Spacer(1, 8 * mm), signature_block(signers(doc, language))])
    return parts + [block[0] if len(block) == 1 else KeepTogether(block) for block in blocks]


def _facts(doc: ProtocolDocument, language: str) -> list[Flowable]:
    at = format_time(doc.starts_at, language) if doc.starts_at else ""
    facts = [
        (N_("Place:"), doc.place),
        (N_("Time:"), at),
        (N_("Chaired by:"), doc.chair),
        (N_("Secretary:"), doc.secretary),
        (N_("Present:"), ", ".join(doc.present) or "—"),
        (N_("Absent:"), absent_text(doc.absent)),
        (N_("Invited:"), doc.guests),
    ]
    return [_labelled(translate(label, language), text, "body_left") for label, text in facts if text]


def _item(number: int, item: ProtocolItem, language: str) -> list[list[Flowable]]:
    """The item's parts as blocks, each kept on one page: a decision with its label and vote."""
    blocks: list[list[Flowable]] = [[para(keep_initials(f"{number}. {item.title}"), "heading")]]
    if item.heard:
        blocks.append([_labelled(translate("HEARD:", language), item.heard)])
    if item.spoke:
        blocks.append([_labelled(translate("SPOKE:", language), item.spoke)])
    many = len(item.decisions) > 1
    for index, decision in enumerate(item.decisions, start=1):
        text = f"{index}) {decision.text}" if many else decision.text
        lines = [para(keep_initials(text), "body")]
        if index == 1:  # the label never ends a page without the decision under it
            lines.insert(0, _labelled(translate("RESOLVED:", language), ""))
        if decision.recused:
            lines.append(para(keep_initials(recusal_line(decision, language)), "body"))
        if decision.voted:
            lines.append(para(vote_line(decision, language), "body"))
            if not decision.passes:
                lines.append(para(translate("The decision was not adopted.", language), "body", bold=True))
        blocks.append(lines)
    return blocks


def _labelled(label: str, text: str, style: str = "part") -> Paragraph:
    """"УГУЛДУ: …" with the label in bold at the margin and the text running on after it."""
    markup = f"<b>{escape(label)}</b> {escape(keep_initials(text))}".replace("\n", "<br/>")
    return Paragraph(markup, _part_style() if style == "part" else stylesheet()[style])


@lru_cache(maxsize=1)
def _part_style() -> ParagraphStyle:
    """The body's justified text, starting at the margin as the protocol's part labels do."""
    return ParagraphStyle("protocol_part", stylesheet()["body"], firstLineIndent=0)


def render_protocol(doc: ProtocolDocument, language: str = "ky") -> bytes:
    """The protocol as PDF bytes: portrait A4, numbered pages."""
    label = f"{doc.number}/{doc.year}" if doc.number else BLANK
    return render_pdf(
        protocol_flowables(doc, language),
        title=translate("Minutes No. {label} of the JME group meeting", language, label=label),
        author=doc.aiyl_okmotu_name,
        language=language,
    )
