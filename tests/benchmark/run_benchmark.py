"""Benchmark on a large synthetic database (ten busy years): start-up, roster PDF, peak memory.

Run: ``.venv/bin/python -m tests.benchmark.run_benchmark [--keep DIR] [--database FILE] [--starts N]``. It
prints numbers; it asserts nothing, because speed depends on the machine (targets are judged from the
numbers in the notes). ``--database`` times a synthetic database kept from an earlier run (``--keep``)
instead of building a new one, so that runs before and after a change compare like with like.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

READY_FILE_VARIABLE = "BMB_BENCHMARK_READY_FILE"


def build_database(folder: Path) -> Path:
    from bmb_desktop.storage.database import open_database
    from tests.benchmark.synthetic import build_synthetic

    path = folder / "synthetic.sqlite3"
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)  # a database kept by an earlier run: built anew
    started = time.perf_counter()
    database = open_database(path)
    with database.session() as session:
        build_synthetic(session)
    database.close()
    print(f"synthetic database: {path.stat().st_size / 1e6:.1f} MB built in {time.perf_counter() - started:.1f} s")
    return path


def startup_seconds(database: Path, folder: Path) -> tuple[float, float, float]:
    """Wall time from spawning the process to an interactive main window, the child's peak RSS (MiB) up
    to that moment, and its peak RSS over the whole run (background work ends before the process does)."""
    ready = folder / "ready.txt"
    ready.unlink(missing_ok=True)
    environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    environment[READY_FILE_VARIABLE] = str(ready)
    environment["BMB_CONFIG_DIR"] = str(folder / "config")
    environment["BMB_DATA_DIR"] = str(folder / "data")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.time()
    subprocess.run(
        [sys.executable, "-m", "bmb_desktop", "--db", str(database)],
        env=environment, check=True, timeout=120, stdout=subprocess.DEVNULL,
    )
    if not ready.exists():
        raise RuntimeError("the window never reported ready")
    shown_at, _space, ready_kib = ready.read_text().strip().partition(" ")
    # The largest child so far: every start is alike, so the last one's peak is what this reads.
    peak_kib = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return float(shown_at) - started, int(ready_kib or 0) / 1024, peak_kib / 1024


def roster_pdf_seconds(database: Path, runs: int = 5) -> tuple[float, int]:
    from bmb_desktop.services.municipality import own_municipality
    from bmb_desktop.services.printing import roster_pdf
    from bmb_desktop.storage.database import open_database

    db = open_database(database)
    timings, size = [], 0
    with db.session() as session:
        municipality_id = own_municipality(session).id
        for _ in range(runs):
            started = time.perf_counter()
            size = len(roster_pdf(session, municipality_id, as_of=date(2025, 12, 31)))
            timings.append(time.perf_counter() - started)
    db.close()
    return statistics.median(timings), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the synthetic database in this folder")
    parser.add_argument("--database", type=Path, help="time this synthetic database instead of building one")
    parser.add_argument("--starts", type=int, default=5, help="how many cold starts to time")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        database = options.database.resolve() if options.database else build_database(folder)
        starts = [startup_seconds(database, folder) for _ in range(options.starts)]
        seconds = [start[0] for start in starts]
        print(f"start-up to interactive main window: median {statistics.median(seconds):.2f} s "
              f"(min {min(seconds):.2f}, max {max(seconds):.2f}, {len(starts)} runs)")
        print(f"peak memory of the window process: {max(start[2] for start in starts):.0f} MiB "
              f"(until the window was ready: {max(start[1] for start in starts):.0f} MiB)")
        seconds, size = roster_pdf_seconds(database)
        print(f"roster PDF: median {seconds * 1000:.0f} ms, {size / 1024:.0f} KiB")
        own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the benchmark process (build + PDF): {own_peak:.0f} MiB")


if __name__ == "__main__":
    main()
