"""Entry point: ``bmb-desktop`` opens the window; ``bmb-desktop <command>`` runs a headless command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    from bmb_desktop.cli import COMMANDS, run_cli, run_window_options

    if any(argument in COMMANDS for argument in arguments if not argument.startswith("-")):
        return run_cli(arguments)
    return run_window_options(arguments)


if __name__ == "__main__":
    sys.exit(main())
