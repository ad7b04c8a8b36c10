"""The act of a monitoring, "АКТ № 4/2026", with every mandatory part of A1 (domain.md §6).

Layout: the group's letterhead, the number, the date at the left and the village at the right, then
numbered sections — purpose; subject and object; place; period; results (facts, then the findings
of the evaluation with their method and evidence); recommendations as a numbered table; the list of
attachments — then a signature line for each participant (A2) and a receipt line "Алдым: …" for
each addressee (A3). The footer of every page carries the act's number and its verification code,
and the PDF's subject carries the full fingerprint, so `bmb-desktop verify` can check a copy.

Long acts break cleanly: a heading never ends a page, the recommendations table splits between
rows with its header repeated, and the signatures and each receipt stay whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import data_table, date_place_line, group_header, para, signature_block
from bmb_desktop.documents.name_cases import keep_initials
from bmb_desktop.documents.section import kept_sections
from bmb_desktop.documents.styles import frame_width, stylesheet
from bmb_desktop.domain.acts import short_fingerprint
from bmb_desktop.locale.dates import DateCase, document_date, short_date
from bmb_desktop.locale.i18n import N_, translate

BLANK = "____"
SIGN_LINE = "_" * 28
DATE_LINE = "_" * 14
# Column label and width in mm of the recommendations table (scaled to the frame).
RECOMMENDATION_COLUMNS = ((N_("No."), 9), (N_("To whom"), 38), (N_("What is to be done"), 94), (N_("By when"), 24))


@dataclass(frozen=True)
class ActFindingLine:
    text: str
    method: str = ""  # translated label: "анкеталоо"
    evidence: int | None = None  # the number of the attachment backing it


@dataclass(frozen=True)
class ActRecommendationLine:
    addressee: str
    text: str
    due_on: date | None


@dataclass(frozen=True)
class ActAttachmentLine:
    file_name: str
    description: str
    sha256: str


@dataclass(frozen=True)
class ActDocument:
    municipality_name: str  # "Д. Садырбаев"
    aiyl_okmotu_name: str  # the PDF's author
    village: str  # "Масы айылы", right of the date
    number: str  # "4/2026"; empty for a draft
    issued_on: date | None
    object_name: str
    subject_kind: str  # translated: "муниципалдык кызмат"
    subject: str
    purpose: str
    place: str
    period_start: date | None
    period_end: date | None
    facts: list[ActFindingLine]
    evaluations: list[ActFindingLine]
    recommendations: list[ActRecommendationLine]
    attachments: list[ActAttachmentLine]
    signers: list[tuple[str, str]]  # (role, "Г. Кандарова")
    addressees: list[str]
    fingerprint: str = ""  # 64 hex digits once issued
    supersedes: tuple[str, date] | None = None  # number and date of the act this one replaces

    @property
    def is_draft(self) -> bool:
        return not self.number


def act_number_line(doc: ActDocument, language: str) -> str:
    return translate("ACT No. {number}", language, number=doc.number or BLANK)


def footer_text(doc: ActDocument, language: str) -> str:
    """"АКТ № 3/2026 · текшерүү коду 3F2A-91C0-7B4E", or the draft mark."""
    if doc.is_draft or not doc.fingerprint:
        return translate("DRAFT: not issued, not valid as an act", language)
    return translate(
        "ACT No. {number} · verification code {code}", language, number=doc.number, code=short_fingerprint(doc.fingerprint)
    )


def period_text(doc: ActDocument, language: str) -> str:
    if doc.period_start is None or doc.period_end is None:
        return BLANK
    return translate(
        "from {start} to {end}", language,
        start=document_date(doc.period_start, language, case=DateCase.ABLATIVE),
        end=document_date(doc.period_end, language, case=DateCase.DATIVE),
    )  # fmt: skip


def finding_text(number: int, line: ActFindingLine, language: str) -> str:
    """"2) Text. (Ыкмасы: байкоо. Далили: №1 тиркеме.)" — the method and evidence where known."""
    notes = []
    if line.method:
        notes.append(translate("Method: {method}.", language, method=line.method))
    if line.evidence is not None:
        notes.append(translate("Evidence: attachment No. {number}.", language, number=line.evidence))
    text = line.text.strip()
    return f"{number}) {text}" + (f" ({' '.join(notes)})" if notes else "")


def recommendation_rows(doc: ActDocument) -> list[list[str]]:
    return [
        [str(number), r.addressee, r.text, short_date(r.due_on) if r.due_on else ""]
        for number, r in enumerate(doc.recommendations, start=1)
    ]


def attachment_lines(doc: ActDocument) -> list[str]:
    lines = []
    for number, a in enumerate(doc.attachments, start=1):
        name = f"{a.description} ({a.file_name})" if a.description else a.file_name
        lines.append(f"{number}. {name}, SHA-256: {a.sha256[:12]}")
    return lines


def supersedes_text(doc: ActDocument, language: str) -> str:
    if doc.supersedes is None:
        return ""
    number, issued_on = doc.supersedes
    return translate(
        "This act replaces act No. {number} of {date}, in which a mistake is corrected.", language,
        number=number, date=document_date(issued_on, language, case=DateCase.ATTRIBUTIVE),
    )  # fmt: skip


def act_flowables(doc: ActDocument, language: str = "ky") -> list[Flowable]:
    """Everything printed on the act, in order, ready for ``render_pdf``."""
    parts: list[Flowable] = []
    if doc.is_draft:
        parts += [para(translate("DRAFT", language), "place_line", bold=True)]
    parts += group_header(municipality_name=doc.municipality_name, language=language)
    parts += [
        para(act_number_line(doc, language), "number_line"),
        para(translate("on the results of the joint monitoring and evaluation", language), "subtitle"),
        Spacer(1, 2 * mm),
        date_place_line(document_date(doc.issued_on, language) if doc.issued_on else BLANK, doc.village),
        Spacer(1, 3 * mm),
    ]
    if doc.supersedes:
        parts.append(para(supersedes_text(doc, language), "body_left", bold=True))
    parts += _section(N_("1. Purpose of the monitoring"), [doc.purpose], language)
    parts += _subject(doc, language)
    parts += _section(N_("3. Place of the monitoring"), [doc.place], language)
    parts += _section(N_("4. Period of the monitoring"), [period_text(doc, language)], language)
    parts += _results(doc, language)
    parts += _recommendations(doc, language)
    attachments = attachment_lines(doc) or [translate("None.", language)]
    parts += _section(N_("7. Attachments"), attachments, language, style="body_left")
    parts += _signatures(doc, language)
    parts += _receipts(doc, language)
    return parts


def _heading(msgid: str, language: str) -> Paragraph:
    return para(translate(msgid, language), "heading")


def _section(msgid: str, texts: list[str], language: str, *, style: str = "body") -> list[Flowable]:
    texts = [text for text in texts if text.strip()] or [BLANK]
    return [_heading(msgid, language), *(para(keep_initials(text), style) for text in texts)]


def _labelled(label: str, text: str) -> Paragraph:
    markup = f"<b>{escape(label)}</b> {escape(keep_initials(text))}".replace("\n", "<br/>")
    return Paragraph(markup, stylesheet()["body_left"])


def _subject(doc: ActDocument, language: str) -> list[Flowable]:
    parts: list[Flowable] = [_heading(N_("2. Subject and object of the monitoring"), language)]
    if doc.subject_kind:
        parts.append(_labelled(translate("Direction:", language), doc.subject_kind))
    parts.append(_labelled(translate("Subject:", language), doc.subject or BLANK))
    parts.append(_labelled(translate("Object:", language), doc.object_name or BLANK))
    return parts


def _results(doc: ActDocument, language: str) -> list[Flowable]:
    parts: list[Flowable] = [_heading(N_("5. Results of the monitoring and evaluation"), language)]
    subsections = ((N_("5.1. Facts established"), doc.facts), (N_("5.2. Findings of the evaluation"), doc.evaluations))
    for msgid, lines in subsections:
        if lines:
            parts.append(_heading(msgid, language))
            parts += [para(keep_initials(finding_text(n, line, language)), "body") for n, line in enumerate(lines, 1)]
    if not doc.facts and not doc.evaluations:
        parts.append(para(BLANK, "body"))
    return parts


def _recommendations(doc: ActDocument, language: str) -> list[Flowable]:
    heading = _heading(N_("6. Recommendations and proposals"), language)
    if not doc.recommendations:
        return [heading, para(BLANK, "body")]
    labels = [translate(label, language) for label, _width in RECOMMENDATION_COLUMNS]
    scale = frame_width() / sum(width for _label, width in RECOMMENDATION_COLUMNS)
    widths = [width * scale for _label, width in RECOMMENDATION_COLUMNS]
    rows = [[keep_initials(cell) for cell in row] for row in recommendation_rows(doc)]
    return kept_sections([(heading, data_table(labels, rows, widths, centred=(0, 3)))])


def _signatures(doc: ActDocument, language: str) -> list[Flowable]:
    intro = translate("The act is signed by the members of the group who took part in the monitoring:", language)
    signers = [(role, keep_initials(name)) for role, name in doc.signers]
    signers = signers or [(translate("Member of the JME group", language), BLANK)]
    return [Spacer(1, 6 * mm), KeepTogether([para(intro, "body_left"), signature_block(signers)])]


def receipt_line(language: str) -> str:
    return translate("Received: {line} full name, date {date}", language, line=SIGN_LINE, date=DATE_LINE)


def _receipts(doc: ActDocument, language: str) -> list[Flowable]:
    if not doc.addressees:
        return []
    heading = _heading(N_("The act was sent to:"), language)
    blocks = []
    for number, name in enumerate(doc.addressees, start=1):
        block = [
            para(keep_initials(f"{number}. {name}"), "body_left"), para(receipt_line(language), "body_left"),
            Spacer(1, 2 * mm),
        ]  # fmt: skip
        blocks.append(KeepTogether([heading, *block] if number == 1 else block))
    return [Spacer(1, 6 * mm), *blocks]


def render_act(doc: ActDocument, language: str = "ky") -> bytes:
    """The act as PDF bytes; an issued act's fingerprint goes to the footer and the PDF subject."""
    number = doc.number or BLANK
    subject = ""
    if doc.fingerprint:
        subject = translate(
            "Act No. {number}; SHA-256 fingerprint {fingerprint}", language, number=number, fingerprint=doc.fingerprint
        )
    return render_pdf(
        act_flowables(doc, language),
        title=translate("Act No. {number} of the JME group", language, number=number),
        author=doc.aiyl_okmotu_name,
        subject=subject,
        footer_text=footer_text(doc, language),
        language=language,
    )
