"""The acts' commands: verify a printed act, list deadlines, list acts and letters, print them.

``print act 3/2026`` prints an issued act with its verification code; ``print letter 5/2026`` a
letter. ``verify FILE.pdf`` (or a code read from paper, "3F2A-91C0-7B4E") exits 0 when the copy
matches the database and 1 with the reason when it does not.
"""

from __future__ import annotations

import json
from pathlib import Path

from bmb_desktop.commands import base
from bmb_desktop.commands.base import EXIT_ERROR, EXIT_OK, Command
from bmb_desktop.commands.registry import Listable, Printable
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import N_, _


def _verify_arguments(parser) -> None:
    parser.add_argument("file", help=_("the printed act as a PDF file, or the verification code from its footer"))
    base.add_db(parser)
    base.add_json(parser)


def _verify(options) -> int:
    from bmb_desktop.domain.acts import fingerprint_code
    from bmb_desktop.services.act_verify import verify_code, verify_pdf

    path = Path(options.file)
    if not path.is_file() and fingerprint_code(options.file) is None:
        raise UserError(_("{path} is neither a file nor a verification code.", path=options.file))
    data = path.read_bytes() if path.is_file() else None
    database = base.open_database(options)
    try:
        with database.session() as session:
            municipality_id = base.own_municipality_id(session)
            if data is not None:
                result = verify_pdf(session, municipality_id, data)
            else:
                result = verify_code(session, municipality_id, options.file)
    finally:
        database.close()
    if options.json:
        answer = {"matches": result.matches, "act": result.act_number or None, "message": result.message}
        print(json.dumps(answer, ensure_ascii=False))
    else:
        print(result.message)
    return EXIT_OK if result.matches else EXIT_ERROR


def _deadlines_arguments(parser) -> None:
    base.add_db(parser)
    base.add_today(parser)
    base.add_json(parser)


def _deadlines(options) -> int:
    from bmb_desktop.services.deadlines import deadline_overview

    database = base.open_database(options)
    try:
        with database.session() as session:
            overview = deadline_overview(session, base.own_municipality_id(session), today=base.today(options))
            if options.json:
                print(json.dumps(overview.as_json(), ensure_ascii=False, indent=2))
            else:
                print(format_overview(overview))
    finally:
        database.close()
    return EXIT_OK


def format_overview(overview) -> str:
    """Three headed lists: due this week, overdue, recently answered."""
    from bmb_desktop.locale.dates import short_date

    today = overview.today

    def due(item) -> str:
        return _("due {date}, {days} days left", date=short_date(item.deadline.due_on), days=item.deadline.days_left(today))

    def overdue(item) -> str:
        days = item.deadline.days_late(today)
        return _("was due {date}, {days} days overdue", date=short_date(item.deadline.due_on), days=days)

    sections = (
        (_("Due this week"), overview.due_this_week, due),
        (_("Overdue"), overview.overdue, overdue),
        (_("Recently answered"), overview.recently_answered, _answered),
    )
    lines = []
    for title, items, detail in sections:
        lines.append(f"{title}:")
        lines += [f"  {item.description()} — {detail(item)}" for item in items] or [f"  {_('none')}"]
    return "\n".join(lines)


def _answered(item) -> str:
    from bmb_desktop.domain.deadlines import DeadlineState
    from bmb_desktop.locale.dates import short_date

    deadline = item.deadline
    when = short_date(deadline.answered_on)
    if item.state is DeadlineState.ANSWERED_LATE:
        return _("answered {date}, {days} days late", date=when, days=deadline.days_late(deadline.answered_on))
    return _("answered {date}, on time", date=when)


def _acts(session, municipality_id, _options):
    from bmb_desktop.services.listing import list_acts

    return list_acts(session, municipality_id)


def _letters(session, municipality_id, _options):
    from bmb_desktop.services.letters import list_letters

    return list_letters(session, municipality_id)


def _act(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.act_documents import act_pdf
    from bmb_desktop.services.acts import find_act

    return act_pdf(session, municipality_id, find_act(session, municipality_id, options.number).id, language=language)


def _letter(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.letter_drafts import letter_pdf
    from bmb_desktop.services.letters import find_letter

    return letter_pdf(session, municipality_id, find_letter(session, municipality_id, options.number).id, language=language)


COMMANDS = (
    Command("verify", N_("check a printed act against the database; exit 1 when it does not match"), _verify_arguments, _verify),
    Command("deadlines", N_("list the answers due this week, overdue and recently answered"), _deadlines_arguments, _deadlines),
)
LISTABLES = (Listable("acts", _acts), Listable("letters", _letters))
PRINTABLES = (Printable("act", True, _act), Printable("letter", True, _letter))
