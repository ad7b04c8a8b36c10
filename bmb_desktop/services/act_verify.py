"""Checking a printed act against the database: `bmb-desktop verify FILE.pdf` or a code from paper.

A PDF printed from an issued act carries the full fingerprint in its subject and the short code in
every page footer. The file matches when the code on every page agrees with the subject, an act of
this database has that fingerprint, the act's stored content still gives it, and every part of the
act (purpose, subject, place, findings, recommendations, attachments) reads in the file as issued.
Reading the PDF's text needs pypdf, imported only here.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.acts import short_fingerprint
from bmb_desktop.domain.enums import ActStatus
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import LANGUAGES, _, current_language, translate
from bmb_desktop.services.act_issue import find_by_fingerprint, fingerprint_holds
from bmb_desktop.services.attachments import act_attachments
from bmb_desktop.storage.models import Act

_FULL = re.compile(r"\b([0-9a-f]{64})\b")
_INVISIBLE = re.compile(r"[\s\u00ad\u200b]+")


@dataclass(frozen=True)
class Verification:
    matches: bool
    message: str  # translated, one sentence or two
    act_id: int | None = None
    act_number: str = ""


def verify_pdf(session: Session, municipality_id: int, data: bytes) -> Verification:
    """Whether the PDF ``data`` is an unaltered print of an issued act of this database."""
    try:
        full, pages = _read_pdf(data)
    except Exception:  # pypdf raises many kinds of error on a damaged or foreign file
        return Verification(False, _("The file is not a readable PDF."))
    if full is None:
        return Verification(False, _("The file carries no act fingerprint: it was not printed from an issued act."))
    code = short_fingerprint(full)
    for number, text in enumerate(pages, start=1):
        if code not in text:
            return Verification(False, _(
                "The verification code on page {page} does not match the fingerprint in the file: the file was altered.",
                page=number,
            ))  # fmt: skip
    act = find_by_fingerprint(session, municipality_id, full)
    if act is None or act.fingerprint != full:
        return Verification(False, _("No act in this database has the fingerprint {code}.", code=code))
    found = _check_act(session, act)
    if found is not None:
        return found
    differences = _differences(session, act, _body_text(pages, code))
    if differences:
        return Verification(False, _(
            "The text of the file differs from act {number} as issued: {parts}.", number=act.display_number,
            parts=", ".join(differences),
        ), act.id, act.display_number)  # fmt: skip
    return _matched(session, act)


def verify_code(session: Session, municipality_id: int, code: str) -> Verification:
    """The act a verification code read from paper belongs to, for comparing the paper with it."""
    act = find_by_fingerprint(session, municipality_id, code)
    if act is None:
        return Verification(False, _("No act in this database has the verification code {code}.", code=code.strip()))
    return _check_act(session, act) or _matched(session, act)


def _check_act(session: Session, act: Act) -> Verification | None:
    if not fingerprint_holds(session, act):
        return Verification(False, _(
            "Act {number} in the database no longer gives its fingerprint: the database was changed after the act was issued.",
            number=act.display_number,
        ), act.id, act.display_number)  # fmt: skip
    return None


def _matched(session: Session, act: Act) -> Verification:
    when = document_date(act.issued_on, current_language(), case=DateCase.ATTRIBUTIVE)
    message = _("The file matches act No. {number} of {date}.", number=act.display_number, date=when)
    if act.status is ActStatus.SUPERSEDED:
        newer = session.scalar(select(Act).where(Act.supersedes_act_id == act.id, Act.status != ActStatus.DRAFT))
        message += " " + _("The act was superseded by act {number}.", number=newer.display_number if newer else "?")
    return Verification(True, message, act.id, act.display_number)


def _read_pdf(data: bytes) -> tuple[str | None, list[str]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    metadata = reader.metadata or {}
    found = _FULL.search(str(metadata.get("/Subject", "") or ""))
    pages = [page.extract_text() or "" for page in reader.pages]
    return (found.group(1) if found else None), pages


def _compact(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))


def _page_label_patterns() -> list[re.Pattern]:
    patterns = []
    for language in LANGUAGES:
        label = re.escape(translate("page {page} / {total}", language, page="\0", total="\0"))
        patterns.append(re.compile("^" + label.replace("\0", r"\d+").replace(r"\ ", r"\s*") + "$"))
    return patterns


def _body_text(pages: list[str], code: str) -> str:
    """The pages' text without their footers (the code line and "бет 1 / 2"), joined and compacted."""
    labels = _page_label_patterns()
    lines = [
        line for page in pages for line in page.splitlines()
        if code not in line and not any(p.match(line.strip()) for p in labels)
    ]  # fmt: skip
    return _compact("".join(lines))


def _differences(session: Session, act: Act, body: str) -> list[str]:
    """The parts of the act whose text is not found in the file, named for the message."""
    parts = [
        (_("the number"), act.display_number), (_("the purpose"), act.purpose), (_("the subject"), act.subject),
        (_("the place"), act.place),
    ]  # fmt: skip
    parts += [(_("finding {number}", number=f.position), f.text) for f in act.findings]
    for r in act.recommendations:
        parts.append((_("recommendation {number}", number=r.position), r.addressee + "\n" + r.text))
    parts += [(_("attachment {name}", name=a.file_name), a.file_name) for a in act_attachments(session, act.id)]
    missing = []
    for name, text in parts:
        pieces = [_compact(piece) for piece in text.split("\n")]
        if any(piece and piece not in body for piece in pieces):
            missing.append(name)
    return missing
