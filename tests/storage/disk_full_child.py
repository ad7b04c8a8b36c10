"""A child process that runs out of disk while saving, backing up or exporting (for test_disk_full.py).

``python disk_full_child.py LIMIT SCENARIO WORK``. LIMIT "file_size" sets RLIMIT_FSIZE (writes past
the limit fail with EFBIG); "tmpfs" mounts a tiny tmpfs at WORK/small inside a private mount
namespace (run under ``unshare -rm``) and copies what the scenario writes to there, and afterwards
copies the result out to WORK/after. It prints one JSON line: what was saved and the error met.
"""

from __future__ import annotations

import json
import resource
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

MARGIN = 96 * 1024


def main(limit: str, scenario: str, work: Path) -> None:
    place = work
    if limit == "tmpfs":
        place = work / "small"
        place.mkdir()
        size = {"save": 1024, "backup": _kib(work / "usb") + 48, "export": _kib(work / "export") + 32}[scenario]
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}k", "tmpfs", str(place)], check=True)
        for name in {"save": ["bmb.sqlite3"], "backup": ["usb"], "export": ["export"]}[scenario]:
            source = work / name
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, place / name)
    else:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
        # Room for the largest file the scenario starts from (the stick's old backups aside).
        biggest = max(p.stat().st_size for p in work.rglob("*") if p.is_file() and "usb" not in p.relative_to(work).parts)
        resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + MARGIN, biggest + MARGIN))
    report = {"saved": [], "error": None, "message": ""}
    try:
        SCENARIOS[scenario](work, place, report)
    except Exception as error:  # noqa: BLE001 - the parent judges which error it was
        report["error"], report["message"] = type(error).__name__, str(error)
    if limit == "tmpfs":
        shutil.copytree(place, work / "after")
    print(json.dumps(report, ensure_ascii=False))


def _kib(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) // 1024 + 1


def _save(work: Path, place: Path, report: dict) -> None:
    from bmb_desktop.domain.enums import MemberCategory, Sex
    from bmb_desktop.domain.members import MemberDraft
    from bmb_desktop.services.group import save_member
    from bmb_desktop.services.municipality import own_municipality
    from bmb_desktop.storage.database import open_database

    database = open_database(place / "bmb.sqlite3")
    try:
        with database.session() as session:
            municipality_id = own_municipality(session).id
            for index in range(100_000):
                surname = f"Full{index}"
                save_member(session, municipality_id, MemberDraft(
                    surname=surname, given_name="Сынак", sex=Sex.FEMALE, birth_date=date(1980, 1, 1),
                    category=MemberCategory.CITIZEN, appointed_on=date(2025, 10, 14), position="Ж" * 290,
                    basis_text=f"Токтом № {index}" + "ы" * 280,
                ))
                report["saved"].append(surname)
    finally:
        database.close()


def _backup(work: Path, place: Path, report: dict) -> None:
    from bmb_desktop.storage.backup import BackupReason, create_backup

    create_backup(work / "bmb.sqlite3", place / "usb", reason=BackupReason.MANUAL)


def _export(work: Path, place: Path, report: dict) -> None:
    from bmb_desktop.storage.files import write_file_safely

    write_file_safely(place / "export" / "report.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 1200)


SCENARIOS = {"save": _save, "backup": _backup, "export": _export}

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
