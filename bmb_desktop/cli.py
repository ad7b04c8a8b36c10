"""Headless commands over the same services as the window, for scripts, district IT and tests.

Each area adds its commands, printable documents and listings in ``bmb_desktop/commands/<area>.py``;
this module builds the parser from them and runs one command.
"""

from __future__ import annotations

import argparse
import sys

from bmb_desktop.commands import registry
from bmb_desktop.commands.base import EXIT_ERROR, EXIT_OK
from bmb_desktop.errors import UserError
from bmb_desktop.locale import i18n
from bmb_desktop.locale.i18n import _

COMMANDS = registry.command_names()


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
    for command in registry.commands():
        command.add_to(commands)
    return parser


def run_cli(arguments: list[str]) -> int:
    _use_language(arguments)
    try:
        options = _parser().parse_args(arguments)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return registry.handler(options.command)(options)
    except UserError as error:
        print(_("Error: {message}", message=error.message), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as command-line tools do.
        sys.stderr.close()
        return EXIT_OK


def run_window_options(arguments: list[str]) -> int:
    """``bmb-desktop [--demo] [--db PATH] [--lang ky|ru]``: open the window."""
    from pathlib import Path

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
