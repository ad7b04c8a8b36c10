"""Headless commands over the same services as the window, for scripts, district IT and tests."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from bmb_desktop.errors import UserError
from bmb_desktop.locale import i18n
from bmb_desktop.locale.i18n import _

COMMANDS = ("demo", "info", "list", "print", "check")
LIST_KINDS = ("members", "plans", "meetings", "acts", "notices")
PRINT_KINDS = ("roster",)
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _language_from(arguments: list[str]) -> str:
    """--lang wins, then the saved setting; read before the parser exists so help is translated."""
    for index, argument in enumerate(arguments):
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
    from bmb_desktop.settings import load_settings

    return load_settings().language


def _use_language(arguments: list[str]) -> None:
    i18n.set_language(_language_from(arguments))
    # argparse words its own messages through gettext; route them through our catalogs.
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = lambda singular, plural, n: i18n._(singular if n == 1 else plural)  # type: ignore[attr-defined]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bmb-desktop", description=_("BMB Desktop: joint monitoring and evaluation of local self-government."))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("language of messages and documents (ky or ru)"))
    commands = parser.add_subparsers(dest="command", required=True, metavar=_("command"))

    demo = commands.add_parser("demo", help=_("create the demo database"))
    _add_db(demo, required=True)
    _add_today(demo)

    info = commands.add_parser("info", help=_("show the schema version and record counts"))
    _add_db(info)
    info.add_argument("--json", action="store_true", help=_("print JSON"))

    listing = commands.add_parser("list", help=_("list members, plans, meetings, acts or notices"))
    listing.add_argument("kind", choices=LIST_KINDS)
    _add_db(listing)
    _add_today(listing)
    listing.add_argument("--json", action="store_true", help=_("print JSON"))

    check = commands.add_parser("check", help=_("check the group against the rules; exit 1 when a rule is broken"))
    _add_db(check)
    _add_today(check)
    check.add_argument("--json", action="store_true", help=_("print JSON"))

    printing = commands.add_parser("print", help=_("print a document to a PDF file"))
    printing.add_argument("kind", choices=PRINT_KINDS)
    _add_db(printing)
    _add_today(printing)
    printing.add_argument("--out", type=Path, required=True, help=_("the PDF file to write"))
    return parser


def _add_db(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    # --lang is accepted after the command too; SUPPRESS keeps the main parser's value otherwise.
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=_("language of messages and documents (ky or ru)"))
    parser.add_argument("--db", type=Path, required=required, help=_("database file (default: your own database)"))


def _add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", type=date.fromisoformat, default=None, help=_("the date to work as of (YYYY-MM-DD)"))


def run_cli(arguments: list[str]) -> int:
    _use_language(arguments)
    try:
        options = _parser().parse_args(arguments)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return HANDLERS[options.command](options)
    except UserError as error:
        print(_("Error: {message}", message=error.message), file=sys.stderr)
        return EXIT_ERROR


def run_window_options(arguments: list[str]) -> int:
    """``bmb-desktop [--demo] [--db PATH] [--lang ky|ru]``: open the window."""
    _use_language(arguments)
    parser = argparse.ArgumentParser(prog="bmb-desktop", description=_("BMB Desktop: joint monitoring and evaluation of local self-government."), epilog=_("Commands: {commands}. Use 'bmb-desktop COMMAND --help'.", commands=", ".join(COMMANDS)))
    parser.add_argument("--demo", action="store_true", help=_("open a fresh copy of the demo database"))
    parser.add_argument("--db", type=Path, help=_("open this database file"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("interface language (ky or ru)"))
    try:
        options = parser.parse_args(arguments)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from bmb_desktop.ui.app import run_gui

    return run_gui(db_path=options.db, demo=options.demo, language=options.lang)


def _open(options):
    from bmb_desktop.settings import load_settings
    from bmb_desktop.storage.database import open_database

    settings = load_settings()
    path = options.db or settings.database
    return open_database(path, create=False, user_name=settings.user_name)


def _own_municipality_id(session) -> int:
    from bmb_desktop.services.municipality import own_municipality

    municipality = own_municipality(session)
    if municipality is None:
        raise UserError(_("This database has no municipality profile yet. Open it in the window once to fill it in."))
    return municipality.id


def _today(options) -> date:
    return options.today or date.today()


def _cmd_demo(options) -> int:
    from bmb_desktop.services.demo import create_demo_database

    path = create_demo_database(options.db, today=options.today)
    print(_("Demo database created: {path}", path=path))
    return EXIT_OK


def _cmd_info(options) -> int:
    from bmb_desktop.services.info import database_info

    database = _open(options)
    try:
        info = database_info(database)
    finally:
        database.close()
    if options.json:
        print(json.dumps(asdict(info), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_("Database: {path}", path=info.path))
    print(_("Schema version: {version} (latest {latest})", version=info.schema_version, latest=info.latest_schema_version))
    for name, count in info.counts.items():
        print(f"  {_(COUNT_LABELS[name])}: {count}")
    return EXIT_OK


COUNT_LABELS = {
    "municipalities": i18n.N_("municipalities"),
    "resolutions": i18n.N_("council resolutions"),
    "persons": i18n.N_("persons"),
    "memberships": i18n.N_("group memberships"),
    "objects": i18n.N_("monitored objects"),
    "plans": i18n.N_("plans"),
    "indicators": i18n.N_("indicators"),
    "meetings": i18n.N_("meetings"),
    "acts": i18n.N_("acts"),
    "recommendations": i18n.N_("recommendations"),
    "notices": i18n.N_("notices"),
    "attachments": i18n.N_("attachments"),
    "audit_entries": i18n.N_("audit log entries"),
}


def _cmd_list(options) -> int:
    from bmb_desktop.cli_output import print_listing
    from bmb_desktop.services import listing
    from bmb_desktop.services.roster import members_listing

    database = _open(options)
    try:
        with database.session() as session:
            municipality_id = _own_municipality_id(session)
            if options.kind == "members":
                table = members_listing(session, municipality_id, as_of=_today(options))
            else:
                table = getattr(listing, f"list_{options.kind}")(session, municipality_id)
    finally:
        database.close()
    print_listing(table, as_json=options.json)
    return EXIT_OK


def _cmd_print(options) -> int:
    from bmb_desktop.services.printing import roster_pdf
    from bmb_desktop.settings import load_settings
    from bmb_desktop.storage.files import write_file_safely

    language = options.lang or load_settings().document_language
    database = _open(options)
    try:
        with database.session() as session:
            pdf = roster_pdf(session, _own_municipality_id(session), as_of=_today(options), language=language)
    finally:
        database.close()
    write_file_safely(options.out, pdf)
    print(_("Written: {path}", path=options.out))
    return EXIT_OK


def _cmd_check(options) -> int:
    from bmb_desktop.domain.findings import Severity, any_broken
    from bmb_desktop.services.checks import run_checks

    database = _open(options)
    try:
        with database.session() as session:
            findings = run_checks(session, _own_municipality_id(session), today=_today(options))
    finally:
        database.close()
    if options.json:
        print(json.dumps([{"rule": f.rule, "severity": f.severity.value, "message": f.message, "source": f.source} for f in findings], ensure_ascii=False, indent=2))
    else:
        marks = {Severity.OK: "[+]", Severity.WARNING: "[!]", Severity.BROKEN: "[x]"}
        for finding in findings:
            print(f"{marks[finding.severity]} {finding.text()}")
        broken = sum(1 for f in findings if f.severity is Severity.BROKEN)
        print(_("Rules broken: {count}", count=broken) if broken else _("All rules hold."))
    return EXIT_ERROR if any_broken(findings) else EXIT_OK


HANDLERS = {"demo": _cmd_demo, "info": _cmd_info, "list": _cmd_list, "print": _cmd_print, "check": _cmd_check}
