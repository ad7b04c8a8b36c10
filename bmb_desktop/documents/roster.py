"""The group roster, "БМжБ тобунун курамы": current members, former members and quota findings.

Input is a plain snapshot (``RosterDocument``) prepared by a service; labels such as category or
role arrive already translated. Rows are built by pure functions so they can be tested without
reading a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import data_table, group_header, para, signature_block
from bmb_desktop.documents.section import kept_sections
from bmb_desktop.documents.styles import frame_width
from bmb_desktop.locale.dates import document_date, short_date
from bmb_desktop.locale.i18n import N_, translate


@dataclass(frozen=True)
class RosterMemberLine:
    full_name: str
    category: str
    role: str
    sex: str
    birth_date: date | None
    age: int | None
    village: str
    phone: str
    position: str
    basis: str
    appointed_on: date | None
    term_ends_on: date | None
    status: str
    withdrawn_on: date | None
    withdrawal_reason: str


@dataclass(frozen=True)
class RosterDocument:
    municipality_name: str  # "Д. Садырбаев"
    council_name: str  # "Д. Садырбаев айылдык кеңеши"
    aiyl_okmotu_name: str
    administrative_centre: str  # "Масы айылы"
    basis: str  # "Д. Садырбаев айылдык кеңешинин 2025-жылдын 14-октябрындагы № 12/5 токтому"
    as_of: date
    current_members: list[RosterMemberLine]
    former_members: list[RosterMemberLine]
    composition_findings: list[tuple[bool, str]]  # (holds?, Kyrgyz sentence); may be empty
    signer_role: str  # "Жооптуу катчы"
    signer_name: str  # "А. Саитова"


# Column label and width in mm of the 252 mm landscape frame (scaled if the frame differs);
# the phone and age columns are wide enough that "+996 555 123 456" and "Возраст" never break.
CURRENT_COLUMNS = (
    (N_("No."), 8), (N_("Full name"), 38), (N_("Category"), 26), (N_("Role"), 20),
    (N_("Sex"), 15), (N_("Age"), 14), (N_("Village"), 21), (N_("Phone"), 29),
    (N_("Position, place of work"), 33), (N_("Basis"), 26), (N_("Term"), 22),
)  # fmt: skip
FORMER_COLUMNS = (
    (N_("No."), 8), (N_("Full name"), 45), (N_("Category"), 32), (N_("Role"), 25),
    (N_("Joined on"), 24), (N_("Left on"), 24), (N_("Reason for leaving"), 94),
)  # fmt: skip
FINDING_COLUMNS = ((N_("No."), 8), (N_("Requirement"), 199), (N_("Result"), 45))
CURRENT_CENTRED = (0, 4, 5, 10)
FORMER_CENTRED = (0, 4, 5)


def term_text(start: date | None, end: date | None) -> str:
    """The term of office, "14.10.2025 – 14.10.2029"; an unknown end leaves "14.10.2025 –"."""
    if start is None and end is None:
        return ""
    return f"{short_date(start) if start else ''} – {short_date(end) if end else ''}".strip()


def unbroken(text: str) -> str:
    """``text`` with no-break spaces, so a phone number stays on one line."""
    return text.strip().replace(" ", "\u00a0")


def current_member_rows(members: Sequence[RosterMemberLine]) -> list[list[str]]:
    return [
        [
            str(number), m.full_name, m.category, m.role, m.sex,
            "" if m.age is None else str(m.age), m.village, unbroken(m.phone), m.position, m.basis,
            term_text(m.appointed_on, m.term_ends_on),
        ]
        for number, m in enumerate(members, start=1)
    ]  # fmt: skip


def former_member_rows(members: Sequence[RosterMemberLine]) -> list[list[str]]:
    return [
        [
            str(number), m.full_name, m.category, m.role,
            short_date(m.appointed_on) if m.appointed_on else "",
            short_date(m.withdrawn_on) if m.withdrawn_on else "", m.withdrawal_reason,
        ]
        for number, m in enumerate(members, start=1)
    ]  # fmt: skip


def finding_rows(findings: Sequence[tuple[bool, str]], language: str) -> list[list[str]]:
    met, not_met = translate("met", language), translate("not met", language)
    return [
        [str(number), sentence, met if holds else not_met]
        for number, (holds, sentence) in enumerate(findings, start=1)
    ]


def roster_flowables(doc: RosterDocument, language: str = "ky") -> list[Flowable]:
    """Everything printed on the roster, in order, ready for ``render_pdf``."""
    parts: list[Flowable] = group_header(
        municipality_name=doc.municipality_name,
        administrative_centre=doc.administrative_centre,
        language=language,
    )
    as_of = translate("as of {date}", language, date=document_date(doc.as_of, language))
    parts += [para(roster_title(language), "title"), para(as_of, "subtitle")]
    if doc.basis:
        basis = translate("Basis: {basis}", language, basis=doc.basis)
        parts += [Spacer(1, 2 * mm), para(basis, "body_left")]
    parts.append(Spacer(1, 2 * mm))
    signature = [Spacer(1, 6 * mm), signature_block([(doc.signer_role, doc.signer_name)])]
    return parts + kept_sections(_sections(doc, language), after=signature)


def _sections(doc: RosterDocument, language: str) -> list[tuple[Flowable | None, Flowable]]:
    """(heading, table) pairs; the former members and findings appear only when there are any."""
    if doc.current_members:
        rows = current_member_rows(doc.current_members)
        members = _table(CURRENT_COLUMNS, rows, CURRENT_CENTRED, language)
    else:
        members = para(translate("The group has no members on this date.", language), "body_left")
    sections: list[tuple[Flowable | None, Flowable]] = [(None, members)]
    if doc.former_members:
        heading = para(translate("Members who have left the group", language), "heading")
        rows = former_member_rows(doc.former_members)
        sections.append((heading, _table(FORMER_COLUMNS, rows, FORMER_CENTRED, language)))
    if doc.composition_findings:
        text = translate("Compliance of the composition with the requirements", language)
        rows = finding_rows(doc.composition_findings, language)
        unmet = {(row, 2) for row, (holds, _) in enumerate(doc.composition_findings) if not holds}
        table = _table(FINDING_COLUMNS, rows, (0, 2), language, strong=unmet)
        sections.append((para(text, "heading"), table))
    return sections


def roster_title(language: str) -> str:
    return translate("Composition of the joint monitoring and evaluation group", language)


def render_roster(doc: RosterDocument, language: str = "ky") -> bytes:
    """The roster as PDF bytes: landscape A4, numbered pages."""
    return render_pdf(
        roster_flowables(doc, language),
        title=roster_title(language),
        author=doc.aiyl_okmotu_name,
        subject=doc.basis,
        landscape=True,
        language=language,
    )


def _table(columns, rows, centred, language, *, strong=()) -> Flowable:
    header = [translate(label, language) for label, _width in columns]
    scale = frame_width(landscape=True) / sum(width for _label, width in columns)
    widths = [width * scale for _label, width in columns]
    return data_table(header, rows, widths, centred=centred, strong=strong)
