"""Gathering data for printed documents: database -> service -> document builder -> PDF bytes."""

from __future__ import annotations

import contextvars
from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import set_language, translate
from bmb_desktop.locale.labels import label
from bmb_desktop.locale.places import village_place
from bmb_desktop.services.group import composition_findings
from bmb_desktop.services.roster import MemberRow, list_members
from bmb_desktop.storage.models import Municipality


def roster_pdf(session: Session, municipality_id: int, *, as_of: date, language: str = "ky") -> bytes:
    """The printed group roster ("БМжБ тобунун курамы") as of ``as_of``."""
    from bmb_desktop.documents.roster import RosterDocument, render_roster

    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(translate("The municipality was not found in this database.", language))
    rows = list_members(session, municipality_id, as_of=as_of)
    current = [_line(row, language) for row in rows if row.is_active_on(as_of)]
    former = [_line(row, language) for row in rows if not row.is_active_on(as_of)]
    document = RosterDocument(
        municipality_name=municipality.name,
        council_name=municipality.council_name,
        aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        administrative_centre=village_place(municipality.administrative_centre, language),
        basis=_group_basis(municipality, language),
        as_of=as_of,
        current_members=current,
        former_members=former,
        composition_findings=_findings(session, municipality_id, as_of, language),
        signer_role=translate("Responsible secretary", language),
        signer_name=municipality.responsible_secretary,
    )
    return render_roster(document, language)


def _findings(session: Session, municipality_id: int, as_of: date, language: str) -> list[tuple[bool, str]]:
    """The composition check as (holds, sentence); warnings hold. Worded in the document's language."""

    def worded() -> list[tuple[bool, str]]:
        set_language(language)  # the rules word their findings in the current language
        found = composition_findings(session, municipality_id, today=as_of)
        return [(finding.holds, finding.text()) for finding in found]

    return contextvars.copy_context().run(worded)  # the caller's language stays as it was


def _group_basis(municipality: Municipality, language: str) -> str:
    regulation = municipality.regulation
    resolution = regulation.basis_resolution if regulation else None
    if resolution is None:
        return ""
    return translate(
        "Resolution No. {number} of {date} of the {council}",
        language,
        number=resolution.number,
        date=document_date(resolution.adopted_on, language, case=DateCase.ATTRIBUTIVE),
        council=municipality.council_name,
    )


def _line(row: MemberRow, language: str):
    from bmb_desktop.documents.roster import RosterMemberLine

    reason = label(row.withdrawal_ground, language)
    if row.withdrawal_note:
        reason = f"{reason}: {row.withdrawal_note}" if reason else row.withdrawal_note
    return RosterMemberLine(
        full_name=row.full_name,
        category=label(row.category, language),
        role=label(row.role, language),
        sex=label(row.sex, language),
        birth_date=row.birth_date,
        age=row.age,
        village=row.village,
        phone=row.phone,
        position=row.position,
        basis=row.basis,
        appointed_on=row.appointed_on,
        term_ends_on=row.term_ends_on,
        status=label(row.status, language),
        withdrawn_on=row.withdrawn_on,
        withdrawal_reason=reason,
    )
