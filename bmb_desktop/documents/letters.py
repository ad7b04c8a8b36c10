"""The group's outgoing letters: an information request (P8), an advance notice of a monitoring (P7)
and the cover letter sending an act to its addressees (A3).

Usual form of an official letter: the group's letterhead; the outgoing number and date at the left;
the addressee in the top right corner; the subject "… жөнүндө" in bold; the text; what is enclosed;
the chair's signature; and, small at the foot, who prepared it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import corner_block, date_place_line, group_header, para, signature_block
from bmb_desktop.documents.name_cases import keep_initials
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.i18n import translate

BLANK = "____"


@dataclass(frozen=True)
class LetterDocument:
    municipality_name: str  # "Д. Садырбаев"
    aiyl_okmotu_name: str  # the PDF's author
    village: str  # "Масы айылы"
    number: str  # "5"; empty leaves a blank
    sent_on: date | None
    addressee: str  # "«Масы-Суу» ИСПАКБнын төрагасы Ж. Мамытовго"
    subject: str  # "Маалымат берүү жөнүндө"
    body: str  # paragraphs separated by line breaks
    enclosure: str = ""  # "№ 3/2026 акт", for a cover letter
    signer_role: str = ""  # "БМжБ тобунун төрагасы"
    signer_name: str = ""
    prepared_by: str = ""  # "А. Саитова, +996 …"


def number_and_date(doc: LetterDocument, language: str) -> str:
    """"2026-жылдын 11-майы № 5", with blanks for what is not known yet."""
    when = document_date(doc.sent_on, language) if doc.sent_on else "«___» ____________ 20___"
    return translate("{date} No. {number}", language, date=when, number=doc.number or BLANK)


def body_paragraphs(doc: LetterDocument) -> list[str]:
    return [line.strip() for line in doc.body.split("\n") if line.strip()]


def letter_flowables(doc: LetterDocument, language: str = "ky") -> list[Flowable]:
    parts: list[Flowable] = group_header(
        municipality_name=doc.municipality_name, administrative_centre=doc.village, language=language
    )
    parts += [date_place_line(number_and_date(doc, language), ""), Spacer(1, 4 * mm)]
    parts += [corner_block(keep_initials(doc.addressee)), Spacer(1, 2 * mm)]
    parts.append(para(doc.subject, "title"))
    parts += [para(keep_initials(text), "body") for text in body_paragraphs(doc)]
    if doc.enclosure:
        parts += [Spacer(1, 2 * mm), para(translate("Enclosure: {what}.", language, what=doc.enclosure), "body_left")]
    role = doc.signer_role or translate("Chair of the JME group", language)
    signature = signature_block([(role, keep_initials(doc.signer_name) or BLANK)])
    parts.append(KeepTogether([Spacer(1, 8 * mm), signature]))
    if doc.prepared_by:
        prepared = translate("Prepared by: {name}", language, name=keep_initials(doc.prepared_by))
        parts += [Spacer(1, 12 * mm), para(prepared, "small")]
    return parts


def render_letter(doc: LetterDocument, language: str = "ky") -> bytes:
    return render_pdf(
        letter_flowables(doc, language),
        title=doc.subject or translate("Letter No. {number}", language, number=doc.number or BLANK),
        author=doc.aiyl_okmotu_name,
        subject=translate("Letter No. {number}", language, number=doc.number or BLANK),
        language=language,
    )
