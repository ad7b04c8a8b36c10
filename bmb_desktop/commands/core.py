"""The foundation's commands: demo, info, list, print, and the listings not owned by an area yet."""

from __future__ import annotations

import json
from dataclasses import asdict

from bmb_desktop.commands import base
from bmb_desktop.commands.base import EXIT_OK, Command
from bmb_desktop.commands.registry import listables, printables
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import N_, _

COUNT_LABELS = {
    "municipalities": N_("municipalities"),
    "resolutions": N_("council resolutions"),
    "persons": N_("persons"),
    "memberships": N_("group memberships"),
    "objects": N_("monitored objects"),
    "plans": N_("plans"),
    "indicators": N_("indicators"),
    "meetings": N_("meetings"),
    "acts": N_("acts"),
    "recommendations": N_("recommendations"),
    "notices": N_("notices"),
    "attachments": N_("attachments"),
    "audit_entries": N_("audit log entries"),
}


def _demo_arguments(parser) -> None:
    base.add_db(parser, required=True)
    base.add_today(parser)


def _demo(options) -> int:
    from bmb_desktop.services.demo import create_demo_database

    path = create_demo_database(options.db, today=options.today)
    print(_("Demo database created: {path}", path=path))
    return EXIT_OK


def _info_arguments(parser) -> None:
    base.add_db(parser)
    base.add_json(parser)


def _info(options) -> int:
    from bmb_desktop.services.info import database_info

    database = base.open_database(options)
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


def _list_arguments(parser) -> None:
    parser.add_argument("kind", choices=sorted(listables()))
    base.add_db(parser)
    base.add_today(parser)
    base.add_json(parser)


def _list(options) -> int:
    from bmb_desktop.cli_output import print_listing

    database = base.open_database(options)
    try:
        with database.session() as session:
            table = listables()[options.kind].build(session, base.own_municipality_id(session), options)
    finally:
        database.close()
    print_listing(table, as_json=options.json)
    return EXIT_OK


def _print_arguments(parser) -> None:
    parser.add_argument("kind", choices=sorted(printables()))
    parser.add_argument("number", nargs="?", help=_("the document's number as printed, e.g. 3/2026"))
    base.add_db(parser)
    base.add_today(parser)
    parser.add_argument("--year", type=int, default=None, help=_("the year the document is for (default: the year of --today)"))
    parser.add_argument("--paper", choices=("A4", "A3"), default=None, help=_("paper of a poster (default: the notice's own)"))
    parser.add_argument("--out", type=__import__("pathlib").Path, required=True, help=_("the PDF file to write"))


def _print(options) -> int:
    from bmb_desktop.storage.files import write_file_safely

    printable = printables()[options.kind]
    if printable.needs_number and not options.number:
        raise UserError(_("Give the number of the document to print, e.g. 3/2026."))
    database = base.open_database(options)
    try:
        with database.session() as session:
            pdf = printable.build(session, base.own_municipality_id(session), options, base.document_language(options))
    finally:
        database.close()
    write_file_safely(options.out, pdf)
    print(_("Written: {path}", path=options.out))
    return EXIT_OK


COMMANDS = (
    Command("demo", N_("create the demo database"), _demo_arguments, _demo),
    Command("info", N_("show the schema version and record counts"), _info_arguments, _info),
    Command("list", N_("list members, plans, meetings, acts or notices"), _list_arguments, _list),
    Command("print", N_("print a document to a PDF file"), _print_arguments, _print),
)
LISTABLES = ()
