"""PyInstaller entry point: starts BMB Desktop exactly as the `bmb-desktop` command does."""

import multiprocessing
import sys

from bmb_desktop.__main__ import main

if __name__ == "__main__":
    # A frozen Windows build re-runs this file for any child process; this makes it one.
    multiprocessing.freeze_support()
    sys.exit(main())
