"""Benchmark of the summary report and the export on the large synthetic database (ten busy years).

Run: ``.venv/bin/python -m tests.benchmark.report_benchmark [--keep DIR]``. It prints the time of
gathering the year's report, rendering its PDF and XLSX, exporting the folder for the council
(30 acts as PDF and the data bundle) and importing the bundle into a fresh database; it asserts
nothing, because speed depends on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.benchmark.run_benchmark import build_database

YEAR, TODAY = 2024, date(2026, 1, 15)


def timed(action, runs: int = 1):
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def main() -> None:
    from bmb_desktop.domain.report import Period
    from bmb_desktop.services.bundle import import_bundle
    from bmb_desktop.services.export import export_period, read_only_database
    from bmb_desktop.services.municipality import own_municipality
    from bmb_desktop.services.report import gather_report
    from bmb_desktop.services.report_documents import summary_report_pdf
    from bmb_desktop.services.spreadsheet import report_workbook

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the synthetic database and the export in this folder")
    parser.add_argument("--runs", type=int, default=3, help="how many times to time the report")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        database_path = build_database(folder)
        database = read_only_database(database_path)
        with database.session() as session:
            municipality_id = own_municipality(session).id
            for period in (Period(YEAR, 1), Period(YEAR)):
                seconds, data = timed(lambda: gather_report(session, municipality_id, period=period, today=TODAY), options.runs)
                print(f"report data {period.slug}: median {seconds * 1000:.0f} ms ({len(data.meetings)} meetings, {len(data.acts)} acts, "
                      f"{len(data.recommendations)} recommendations, {len(data.indicators)} indicators)")
                seconds, pdf = timed(lambda: summary_report_pdf(data, "ky"), options.runs)
                print(f"report PDF {period.slug}: median {seconds * 1000:.0f} ms, {len(pdf) / 1024:.0f} KiB")
                seconds, xlsx = timed(lambda: report_workbook(data, "ky"), options.runs)
                print(f"report XLSX {period.slug}: median {seconds * 1000:.0f} ms, {len(xlsx) / 1024:.0f} KiB")
            target = folder / "stick"
            target.mkdir(exist_ok=True)
            seconds, result = timed(lambda: export_period(session, municipality_id, Period(YEAR), target, today=TODAY))
            print(f"export {Period(YEAR).slug}: {seconds:.1f} s, {len(result.files)} files, {result.size / 1e6:.1f} MB")
            bundle = next(result.folder.glob("*.bmbdata"))
        database.close()
        seconds, imported = timed(lambda: import_bundle(bundle, folder / "district.sqlite3"))
        print(f"import of the bundle into a fresh database: {seconds:.1f} s ({imported.changes} values)")
        seconds, again = timed(lambda: import_bundle(bundle, folder / "district.sqlite3"))
        print(f"importing it again: {seconds:.1f} s, changed: {again.changed}")


if __name__ == "__main__":
    main()
