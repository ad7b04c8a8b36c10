"""The meetings' commands: the register as a listing (protocols are printed by ``print protocol``)."""

from __future__ import annotations

from bmb_desktop.commands.registry import Listable


def _meetings(session, municipality_id, _options):
    from bmb_desktop.services.listing import list_meetings

    return list_meetings(session, municipality_id)


LISTABLES = (Listable("meetings", _meetings),)
