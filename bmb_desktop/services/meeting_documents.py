"""Printed papers of a group meeting: the protocol and the attendance sheet.

Each pair of functions gathers a plain document from the database (tested directly) and renders
it. Both read attendance and votes through ``meeting_summary``, as the screens do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import MeetingKind, MemberRole, ProtocolSigners
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import translate
from bmb_desktop.locale.labels import label
from bmb_desktop.locale.places import village_place
from bmb_desktop.services.group import regulation_of
from bmb_desktop.services.meeting_summary import MeetingSummary, meeting_summary
from bmb_desktop.storage.models import Meeting, Membership, Municipality

if TYPE_CHECKING:  # the documents import ReportLab, which only printing needs
    from bmb_desktop.documents.attendance_sheet import AttendanceSheetDocument
    from bmb_desktop.documents.protocol import ProtocolDocument


def protocol_document(
    session: Session, municipality_id: int, meeting_id: int, *, language: str = "ky"
) -> ProtocolDocument:
    """The protocol of group meeting ``meeting_id``; NotFoundError for any other meeting."""
    from bmb_desktop.documents import protocol as doc

    municipality, meeting = _group_meeting(session, municipality_id, meeting_id, language)
    summary = meeting_summary(session, meeting.id)
    decisions = {d.decision_id: d for d in summary.decisions}
    items = [
        doc.ProtocolItem(
            title=item.title, heard=item.heard, spoke=item.spoke,
            decisions=[
                doc.ProtocolDecision(
                    text=d.text, votes_for=d.votes_for, against=d.votes_against, abstained=d.votes_abstained,
                    recused=list(decisions[d.id].recused_names), passes=decisions[d.id].passes,
                )
                for d in item.decisions
            ],
        )
        for item in meeting.agenda_items
    ]  # fmt: skip
    chair = _name(_membership(session, meeting.chair_membership_id))
    secretary = _name(_membership(session, meeting.secretary_membership_id))
    return doc.ProtocolDocument(
        municipality_name=municipality.name,
        aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        village=village_place(municipality.administrative_centre, language),
        number=meeting.number,
        year=meeting.year,
        held_on=meeting.held_on,
        starts_at=meeting.starts_at,
        place=meeting.place,
        chair=chair or meeting.chaired_by_name,
        secretary=secretary or meeting.secretary_name,
        present=summary.present_names,
        absent=[doc.Absence(a.name, a.note) for a in summary.attendees if a.present is False],
        guests=meeting.guests,
        membership=summary.membership,
        quorum=bool(summary.quorum),
        items=items,
        member_signers=_member_signers(municipality, meeting, summary),
    )


def protocol_pdf(session: Session, municipality_id: int, meeting_id: int, *, language: str = "ky") -> bytes:
    from bmb_desktop.documents.protocol import render_protocol

    return render_protocol(protocol_document(session, municipality_id, meeting_id, language=language), language)


def attendance_sheet_document(
    session: Session, municipality_id: int, meeting_id: int, *, language: str = "ky"
) -> AttendanceSheetDocument:
    """Every member active on the meeting date, chair and secretary first, with the recorded absences."""
    from bmb_desktop.documents.attendance_sheet import AttendanceSheetDocument, SheetLine

    municipality, meeting = _group_meeting(session, municipality_id, meeting_id, language)
    summary = meeting_summary(session, meeting.id)
    secretary = _membership(session, meeting.secretary_membership_id)
    return AttendanceSheetDocument(
        municipality_name=municipality.name,
        aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        number=meeting.number,
        year=meeting.year,
        held_on=meeting.held_on,
        starts_at=meeting.starts_at,
        place=meeting.place,
        lines=[
            SheetLine(
                full_name=a.full_name, category=label(a.category, language),
                role="" if a.role is MemberRole.MEMBER else label(a.role, language),
                present=a.present, absence_reason=a.note,
            )
            for a in summary.attendees
        ],  # fmt: skip
        secretary=_name(secretary),
    )


def attendance_sheet_pdf(session: Session, municipality_id: int, meeting_id: int, *, language: str = "ky") -> bytes:
    from bmb_desktop.documents.attendance_sheet import render_attendance_sheet

    document = attendance_sheet_document(session, municipality_id, meeting_id, language=language)
    return render_attendance_sheet(document, language)


def _member_signers(municipality: Municipality, meeting: Meeting, summary: MeetingSummary) -> list[str]:
    """Where every member present signs (002 §5), the present members besides chair and secretary."""
    if regulation_of(municipality.regulation).protocol_signers is not ProtocolSigners.ALL_MEMBERS:
        return []
    officers = {meeting.chair_membership_id, meeting.secretary_membership_id}
    return [a.name for a in summary.attendees if a.present and a.membership_id not in officers]


def _group_meeting(
    session: Session, municipality_id: int, meeting_id: int, language: str
) -> tuple[Municipality, Meeting]:
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(translate("The municipality was not found in this database.", language))
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.municipality_id != municipality_id or meeting.kind is not MeetingKind.GROUP_MEETING:
        raise NotFoundError(translate("The group meeting was not found.", language))
    return municipality, meeting


def _membership(session: Session, membership_id: int | None) -> Membership | None:
    return session.get(Membership, membership_id) if membership_id is not None else None


def _name(membership: Membership | None) -> str:
    return short_name(membership.person.given_name, membership.person.surname) if membership else ""
