"""The group's formation papers: the council resolution draft and the community gathering protocol.

Each pair of functions gathers a plain document from the database (tested directly) and renders it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import translate
from bmb_desktop.locale.labels import label
from bmb_desktop.locale.places import village_place
from bmb_desktop.services.roster import list_members
from bmb_desktop.storage.models import Meeting, Membership, Municipality

if TYPE_CHECKING:  # the documents import ReportLab, which only printing needs
    from bmb_desktop.documents.gathering_protocol import GatheringProtocolDocument
    from bmb_desktop.documents.group_resolution import GroupResolutionDocument


def group_resolution_document(
    session: Session, municipality_id: int, *, as_of: date, language: str = "ky",
    session_number: str = "", extraordinary: bool = False, resolution_number: str = "",
    adopted_on: date | None = None, standing_commission: str = "", approves_regulation: bool = False,
) -> GroupResolutionDocument:
    """The resolution draft from the municipality profile and the members active on ``as_of``."""
    from bmb_desktop.documents.group_resolution import CompositionLine, GroupResolutionDocument

    municipality = _municipality(session, municipality_id, language)
    members = [
        CompositionLine(
            full_name=row.full_name, position=row.position,
            category=label(row.category, language), role=label(row.role, language),
        )
        for row in list_members(session, municipality_id, as_of=as_of, include_former=False)
    ]  # fmt: skip
    return GroupResolutionDocument(
        municipality_name=municipality.name,
        council_name=municipality.council_name,
        convocation=municipality.council_convocation,
        session_number=session_number.strip(),
        extraordinary=extraordinary,
        resolution_number=resolution_number.strip(),
        adopted_on=adopted_on,
        place=village_place(municipality.administrative_centre, language),
        aiyl_okmotu_head=municipality.aiyl_okmotu_head,
        standing_commission=standing_commission,
        approves_regulation=approves_regulation,
        council_chair=municipality.council_chair,
        members=members,
    )


def group_resolution_pdf(
    session: Session, municipality_id: int, *, as_of: date, language: str = "ky",
    session_number: str = "", extraordinary: bool = False, resolution_number: str = "",
    adopted_on: date | None = None, standing_commission: str = "", approves_regulation: bool = False,
) -> bytes:
    """The council resolution forming the group, with the composition as appendix No. 1."""
    from bmb_desktop.documents.group_resolution import render_group_resolution

    document = group_resolution_document(
        session, municipality_id, as_of=as_of, language=language, session_number=session_number,
        extraordinary=extraordinary, resolution_number=resolution_number, adopted_on=adopted_on,
        standing_commission=standing_commission, approves_regulation=approves_regulation,
    )  # fmt: skip
    return render_group_resolution(document, language)


def gathering_protocol_document(
    session: Session, municipality_id: int, meeting_id: int, *, language: str = "ky"
) -> GatheringProtocolDocument:
    """The protocol of community gathering ``meeting_id``; NotFoundError for any other meeting."""
    from bmb_desktop.documents import gathering_protocol as doc

    municipality = _municipality(session, municipality_id, language)
    meeting = session.get(Meeting, meeting_id)
    if (
        meeting is None
        or meeting.municipality_id != municipality_id
        or meeting.kind is not MeetingKind.COMMUNITY_GATHERING
    ):
        raise NotFoundError(translate("The community gathering was not found.", language))
    items = [
        doc.ProtocolItem(
            title=item.title, heard=item.heard, spoke=item.spoke,
            decisions=[
                doc.ProtocolDecision(d.text, d.votes_for, d.votes_against, d.votes_abstained)
                for d in item.decisions
            ],
        )
        for item in meeting.agenda_items
    ]  # fmt: skip
    attendance = sorted(meeting.attendance, key=lambda a: a.membership_id)  # order of joining
    present = [_name(a.membership) for a in attendance if a.present]
    chair = meeting.chaired_by_name or _name(_membership(session, meeting.chair_membership_id))
    return doc.GatheringProtocolDocument(
        municipality_name=municipality.name,
        aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        number=meeting.number,
        held_on=meeting.held_on,
        starts_at=meeting.starts_at,
        village=village_place(municipality.administrative_centre, language),
        place=meeting.place,
        title=meeting.title,
        participants_count=meeting.participants_count,
        chair=chair,
        secretary=_name(_membership(session, meeting.secretary_membership_id)),
        group_members_present=[name for name in present if name],
        guests=meeting.guests,
        items=items,
        candidates=[doc.Candidate(c.full_name, c.votes_for) for c in meeting.candidates],
    )


def gathering_protocol_pdf(
    session: Session, municipality_id: int, meeting_id: int, *, language: str = "ky"
) -> bytes:
    """The printed protocol of the community gathering that elected citizen candidates (F3)."""
    from bmb_desktop.documents.gathering_protocol import render_gathering_protocol

    document = gathering_protocol_document(session, municipality_id, meeting_id, language=language)
    return render_gathering_protocol(document, language)


def _municipality(session: Session, municipality_id: int, language: str) -> Municipality:
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(translate("The municipality was not found in this database.", language))
    return municipality


def _membership(session: Session, membership_id: int | None) -> Membership | None:
    return session.get(Membership, membership_id) if membership_id is not None else None


def _name(membership: Membership | None) -> str:
    if membership is None:
        return ""
    return short_name(membership.person.given_name, membership.person.surname)
