"""Safety benchmark: 1,000 SIGKILLs, power cuts under each synchronous setting, backup timings.

Run: ``.venv/bin/python -m tests.benchmark.safety_benchmark [--kills 1000] [--trials 1000]``. It
prints the figures; it is not collected as a test (the test suite runs 200 kills and 300 power
cuts per setting). The harnesses are tests/storage/kill_harness.py and power_loss_harness.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

STORAGE_TESTS = Path(__file__).resolve().parent.parent / "storage"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, STORAGE_TESTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def kills(folder: Path, count: int) -> None:
    harness = load("kill_harness")
    figures = harness.run_kills(folder / "kills.sqlite3", kills=count, seed=1000, chain_every=100)
    print(f"kill harness: {figures.summary()}")
    for failure in figures.failures[:10]:
        print(f"  FAILURE {failure}")


def power_cuts(folder: Path, trials: int) -> None:
    harness = load("power_loss_harness")
    template = harness.make_template(folder)
    for synchronous in ("FULL", "NORMAL", "OFF"):
        started = time.perf_counter()
        figures = harness.run_power_cuts(template, folder, synchronous=synchronous, trials=trials, seed=7)
        print(f"power-loss harness: {figures.summary()} ({time.perf_counter() - started:.1f} s)")


def backups(folder: Path) -> None:
    from bmb_desktop.services.demo import create_demo_database
    from bmb_desktop.services.safety import full_database_check, restore_backup
    from bmb_desktop.storage.backup import BackupReason, create_backup

    try:
        database = create_demo_database(folder / "demo.sqlite3")
    except Exception as error:  # noqa: BLE001 - the figures above still stand
        print(f"backup timings skipped: the demo database could not be built ({error})")
        return
    for password in (None, "benchmark password"):
        started = time.perf_counter()
        info = create_backup(database, folder / "usb", reason=BackupReason.MANUAL, password=password)
        made = time.perf_counter() - started
        started = time.perf_counter()
        restore_backup(info.path, database, password=password)
        restored = time.perf_counter() - started
        kind = "protected" if password else "plain"
        print(f"{kind} backup of the demo ({database.stat().st_size / 1e3:.0f} kB): written and checked in {made:.2f} s, "
              f"{info.path.stat().st_size / 1e3:.0f} kB; restored in {restored:.2f} s")
    started = time.perf_counter()
    findings = full_database_check(database)
    print(f"full check of the demo: {len(findings)} findings in {time.perf_counter() - started:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--trials", type=int, default=1000, help="power cuts per synchronous setting")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bmb-safety-") as work:
        folder = Path(work)
        power_cuts(folder, options.trials)
        backups(folder)
        kills(folder, options.kills)


if __name__ == "__main__":
    main()
