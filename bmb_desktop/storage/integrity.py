"""Checking a database file: a quick check when it opens, a full check on demand, and setting aside.

The quick check (SQLite's ``quick_check``) runs at every start. The full check adds SQLite's
``integrity_check``, the foreign keys, every attached file against its checksum, the audit log's
chain, the freeze triggers, and any further checks passed in (the acts' fingerprints live in the
services). Each problem is an ``IntegrityFinding`` in plain words; ``damaged`` marks the ones that mean the
file itself cannot be trusted, which is then moved aside untouched for the newest good backup.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from bmb_desktop.locale.i18n import _
from bmb_desktop.storage.backup import attachment_file

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
MAX_LISTED = 5
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


@dataclass(frozen=True)
class IntegrityFinding:
    check: str  # "file", "sqlite", "foreign_keys", "attachments", "audit_chain", "triggers", "fingerprints"
    message: str
    damaged: bool = False  # the file itself is damaged: set it aside and restore a backup


ExtraCheck = Callable[[Session], list[IntegrityFinding]]


def quick_check(path: Path) -> list[IntegrityFinding]:
    """The check at start-up: a readable SQLite file whose pages and indexes look sound."""
    return _sqlite_check(Path(path), "quick_check")


def full_check(path: Path, *, extra_checks: Sequence[ExtraCheck] = ()) -> list[IntegrityFinding]:
    """Every check; stops after SQLite's own if the file is damaged."""
    path = Path(path)
    findings = _sqlite_check(path, "integrity_check")
    if findings or not path.exists() or path.stat().st_size == 0:
        return findings
    connection = _connect_read_only(path)
    try:
        findings += _foreign_keys(connection)
        findings += _attachments(connection, path)
        findings += _triggers(connection)
    finally:
        connection.close()
    findings += _session_checks(path, extra_checks)
    return findings


def _sqlite_check(path: Path, pragma: str) -> list[IntegrityFinding]:
    if not path.exists() or path.stat().st_size == 0:
        return []
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return [IntegrityFinding("file", _("The file {name} is not a database or its beginning is destroyed.", name=path.name), damaged=True)]
    try:
        connection = _connect_read_only(path)
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return [IntegrityFinding("sqlite", _("SQLite cannot read the database: {reason}.", reason=str(error)), damaged=True)]
        # locked, no permission, ...: the file may be whole, so it is left where it is
        return [IntegrityFinding("sqlite", _("The database cannot be read just now: {reason}.", reason=str(error)))]
    if rows == ["ok"]:
        return []
    shown = "; ".join(rows[:MAX_LISTED])
    return [IntegrityFinding("sqlite", _("SQLite found damage in the database: {details}.", details=shown), damaged=True)]


def _foreign_keys(connection: sqlite3.Connection) -> list[IntegrityFinding]:
    counts: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _key in connection.execute("PRAGMA foreign_key_check"):
        counts[(table, parent)] = counts.get((table, parent), 0) + 1
    return [
        IntegrityFinding("foreign_keys", _("{count} records of the table {table} refer to records of {parent} that do not exist.", count=count, table=table, parent=parent))
        for (table, parent), count in sorted(counts.items())
    ]


def _attachments(connection: sqlite3.Connection, path: Path) -> list[IntegrityFinding]:
    findings = []
    rows = connection.execute("SELECT file_name, sha256, size_bytes FROM attachment ORDER BY id")
    for name, sha256, size in rows:
        blob = attachment_file(path, sha256)
        if not blob.is_file():
            findings.append(IntegrityFinding("attachments", _("The attached file {name} is missing from {folder}.", name=name, folder=blob.parent.parent)))
        elif blob.stat().st_size != size or _sha256(blob) != sha256:
            findings.append(IntegrityFinding("attachments", _("The attached file {name} is damaged: its content no longer matches its checksum.", name=name)))
    return findings


def _triggers(connection: sqlite3.Connection) -> list[IntegrityFinding]:
    from bmb_desktop.storage.immutability import expected_triggers

    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    try:
        missing = sorted(expected_triggers(revision[0] if revision else None) - present)
    except Exception:  # a revision this version does not know: open_database refuses it anyway
        return []
    if not missing:
        return []
    return [IntegrityFinding("triggers", _("The protections of issued acts, signed protocols and approved plans are missing in the database ({names}).", names=", ".join(missing[:MAX_LISTED])))]


def _session_checks(path: Path, extra_checks: Sequence[ExtraCheck]) -> list[IntegrityFinding]:
    from sqlalchemy import create_engine

    from bmb_desktop.storage.audit import broken_links

    engine = create_engine(f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true")
    try:
        with Session(engine) as session:
            broken = broken_links(session)
            findings = []
            if broken:
                listed = ", ".join(str(entry_id) for entry_id in broken[:MAX_LISTED])
                findings.append(IntegrityFinding("audit_chain", _("The audit log was changed outside BMB Desktop: {count} entries do not follow from the ones before them (first: {entries}).", count=len(broken), entries=listed)))
            for check in extra_checks:
                findings += check(session)
            return findings
    finally:
        engine.dispose()


def move_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename a damaged database (with its journal files) out of the way, unchanged; its new name."""
    path = Path(path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{number}{path.suffix}")
    for suffix in SIDE_FILES:  # first, so that nothing can join them to another file meanwhile
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    os.replace(path, target)
    return target


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
