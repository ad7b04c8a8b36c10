"""A child process that exports onto a drive that fills up (for test_export.py).

``python export_full_child.py LIMIT DATABASE WORK``. LIMIT "file_size" sets RLIMIT_FSIZE so the
first large file fails with EFBIG; "tmpfs" mounts a small tmpfs at WORK/stick inside a private
mount namespace (run under ``unshare -rm``) and, once the documents are made and the free space
checked, fills it up as another program would, so the writing itself runs out of space. It prints
one JSON line: the error met and what the stick held afterwards.
"""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

FILE_LIMIT = 60 * 1024  # smaller than the report's PDF
STICK_SIZE_KIB = 8 * 1024
LEFT_FREE = 48 * 1024  # what the "other program" leaves: less than the export needs


def main(limit: str, database: Path, work: Path) -> None:
    stick = work / "stick"
    stick.mkdir(exist_ok=True)
    if limit == "tmpfs":
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={STICK_SIZE_KIB}k", "tmpfs", str(stick)], check=True)
    else:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))
    from bmb_desktop.domain.report import Period
    from bmb_desktop.services.export import export_period, read_only_database

    def fill_up(done: int, total: int, what: str) -> None:
        # the first file is about to be written: the documents are made and the free space was checked
        if limit == "tmpfs" and done == total // 2 - 1:
            import shutil

            free = shutil.disk_usage(stick).free
            with (stick / "other-program.bin").open("wb") as ballast:
                ballast.write(bytes(max(free - LEFT_FREE, 0)))

    report = {"error": None, "message": ""}
    db = read_only_database(database)
    try:
        with db.session() as session:
            export_period(session, 1, Period(2026, 1), stick, today=date(2026, 11, 21), progress=fill_up)
    except Exception as error:  # noqa: BLE001 - the parent judges which error it was
        report["error"], report["message"] = type(error).__name__, str(error)
    finally:
        db.close()
    report["left"] = sorted(str(p.relative_to(stick)) for p in stick.rglob("*"))
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
