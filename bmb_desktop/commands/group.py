"""The group's commands: check the rules, list members, print the roster."""

from __future__ import annotations

import json

from bmb_desktop.commands import base
from bmb_desktop.commands.base import EXIT_ERROR, EXIT_OK, Command
from bmb_desktop.commands.registry import Listable, Printable
from bmb_desktop.locale.i18n import N_, _


def _check_arguments(parser) -> None:
    base.add_db(parser)
    base.add_today(parser)
    base.add_json(parser)


def _check(options) -> int:
    from bmb_desktop.domain.findings import Severity, any_broken
    from bmb_desktop.services.checks import run_checks

    database = base.open_database(options)
    try:
        with database.session() as session:
            findings = run_checks(session, base.own_municipality_id(session), today=base.today(options))
    finally:
        database.close()
    if options.json:
        rows = [{"rule": f.rule, "severity": f.severity.value, "message": f.message, "source": f.source} for f in findings]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        marks = {Severity.OK: "[+]", Severity.WARNING: "[!]", Severity.BROKEN: "[x]"}
        for finding in findings:
            print(f"{marks[finding.severity]} {finding.text()}")
        broken = sum(1 for f in findings if f.severity is Severity.BROKEN)
        print(_("Rules broken: {count}", count=broken) if broken else _("All rules hold."))
    return EXIT_ERROR if any_broken(findings) else EXIT_OK


def _members(session, municipality_id, options):
    from bmb_desktop.services.roster import members_listing

    return members_listing(session, municipality_id, as_of=base.today(options))


def _roster(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.printing import roster_pdf

    return roster_pdf(session, municipality_id, as_of=base.today(options), language=language)


COMMANDS = (
    Command("check", N_("check the group against the rules; exit 1 when a rule is broken"), _check_arguments, _check),
)
LISTABLES = (Listable("members", _members),)
PRINTABLES = (Printable("roster", False, _roster),)
