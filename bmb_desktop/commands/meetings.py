"""The meetings' commands: the register as a listing, and the printed protocols and attendance sheet.

``print protocol 3/2026`` and ``print attendance 3/2026`` take a group meeting's number as printed;
``print gathering 1/2026`` the community gathering's.
"""

from __future__ import annotations

from bmb_desktop.commands.registry import Listable, Printable


def _meetings(session, municipality_id, _options):
    from bmb_desktop.services.listing import list_meetings

    return list_meetings(session, municipality_id)


def _protocol(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.meeting_documents import protocol_pdf

    return protocol_pdf(session, municipality_id, _meeting_id(session, municipality_id, options), language=language)


def _attendance(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.meeting_documents import attendance_sheet_pdf

    meeting_id = _meeting_id(session, municipality_id, options)
    return attendance_sheet_pdf(session, municipality_id, meeting_id, language=language)


def _gathering(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.domain.enums import MeetingKind
    from bmb_desktop.services.group_documents import gathering_protocol_pdf

    meeting_id = _meeting_id(session, municipality_id, options, kind=MeetingKind.COMMUNITY_GATHERING)
    return gathering_protocol_pdf(session, municipality_id, meeting_id, language=language)


def _meeting_id(session, municipality_id, options, *, kind=None) -> int:
    from bmb_desktop.domain.enums import MeetingKind
    from bmb_desktop.services.meetings import find_meeting

    return find_meeting(session, municipality_id, options.number, kind=kind or MeetingKind.GROUP_MEETING).id


LISTABLES = (Listable("meetings", _meetings),)
PRINTABLES = (
    Printable("protocol", True, _protocol),
    Printable("attendance", True, _attendance),
    Printable("gathering", True, _gathering),
)
