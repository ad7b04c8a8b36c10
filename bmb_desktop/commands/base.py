"""What every command shares: options for the database and the day, opening the database, exit codes."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from bmb_desktop.errors import UserError
from bmb_desktop.locale import i18n
from bmb_desktop.locale.i18n import _

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Command:
    """A subcommand: its name, help text (an untranslated msgid), arguments and handler."""

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]

    def add_to(self, subparsers) -> None:
        self.add_arguments(subparsers.add_parser(self.name, help=_(self.help)))


def add_db(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    # --lang is accepted after the command too; SUPPRESS keeps the main parser's value otherwise.
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=_("language of messages and documents (ky or ru)"))
    parser.add_argument("--db", type=Path, required=required, help=_("database file (default: your own database)"))


def add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", type=date.fromisoformat, default=None, help=_("the date to work as of (YYYY-MM-DD)"))


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON"))


def open_database(options):
    from bmb_desktop.settings import load_settings
    from bmb_desktop.storage.database import open_database as open_file

    settings = load_settings()
    return open_file(options.db or settings.database, create=False, user_name=settings.user_name)


def own_municipality_id(session) -> int:
    from bmb_desktop.services.municipality import own_municipality

    municipality = own_municipality(session)
    if municipality is None:
        raise UserError(_("This database has no municipality profile yet. Open it in the window once to fill it in."))
    return municipality.id


def today(options) -> date:
    return getattr(options, "today", None) or date.today()


def document_language(options) -> str:
    from bmb_desktop.settings import load_settings

    return getattr(options, "lang", None) or load_settings().document_language
