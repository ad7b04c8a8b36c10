"""The notices' commands: the notices and the notice boards as listings, and a notice as a poster.

``print notice 7 --out notice.pdf`` prints notice 7 (its ID in ``list notices``) on the notice's
own paper; ``--paper A3`` chooses the larger sheet. The posting date printed is ``--today`` when
given, else the day the notice was first posted.
"""

from __future__ import annotations

from bmb_desktop.commands.registry import Listable, Printable
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _


def _notices(session, municipality_id, _options):
    from bmb_desktop.services.notices import notice_listing

    return notice_listing(session, municipality_id)


def _boards(session, municipality_id, _options):
    from bmb_desktop.services.notice_boards import board_listing

    return board_listing(session, municipality_id)


def _notice(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.notice_documents import notice_pdf

    number = (options.number or "").strip()
    if not number.isdigit():
        raise UserError(_("\"{text}\" is not a notice ID. Give the number from `list notices`, for example 7.", text=number))
    return notice_pdf(
        session, municipality_id, int(number), language=language,
        paper=getattr(options, "paper", None), posted_on=getattr(options, "today", None),
    )  # fmt: skip


LISTABLES = (Listable("notices", _notices), Listable("boards", _boards))
PRINTABLES = (Printable("notice", True, _notice),)
