"""Putting a backup back: unpack it safely beside the database, check it, then swap it in.

Unpacking goes through ``safe_extract`` into a hidden folder on the database's own disk, and the
copy must pass every checksum and SQLite's integrity check before anything current is touched.
The swap itself is one atomic rename of the database file; attachments are stored under their
checksums, so the backup's are added to the folder before that rename and the current ones stay.
Whoever calls ``install_unpacked`` holds the writer lock and has closed the database.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bmb_desktop.storage.backup import (
    ATTACHMENTS_FOLDER,
    DATABASE_NAME,
    BackupInfo,
    attachments_dir,
    check_database_copy,
    file_sha256,
    flush_folder,
    info_from_manifest,
    not_whole_error,
    open_archive,
    plain_archive,
    read_manifest,
)
from bmb_desktop.storage.safe_extract import safe_extract

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class UnpackedBackup:
    info: BackupInfo
    database: Path
    attachments: Path | None


def unpack_backup(backup: Path, work: Path, *, password: str | None = None) -> UnpackedBackup:
    """Decrypt (with ``password``) and unpack ``backup`` into ``work``, checked whole."""
    backup, work = Path(backup), Path(work)
    work.mkdir(parents=True, exist_ok=True)
    archive = plain_archive(backup, work, password=password)
    with open_archive(archive, backup) as bundle:
        manifest = read_manifest(bundle, backup)
    unpacked = work / "unpacked"
    safe_extract(archive, unpacked)
    for entry in manifest["files"]:
        if file_sha256(unpacked / entry["name"]) != entry["sha256"]:
            raise not_whole_error(backup)
    database = unpacked / DATABASE_NAME
    check_database_copy(database, backup)
    attachments = unpacked / ATTACHMENTS_FOLDER
    info = info_from_manifest(backup, manifest, encrypted=archive != backup)
    return UnpackedBackup(info, database, attachments if attachments.is_dir() else None)


def install_unpacked(unpacked: UnpackedBackup, db_path: Path) -> None:
    """Make the unpacked backup the database at ``db_path`` (closed by everyone)."""
    db_path = Path(db_path)
    if unpacked.attachments is not None:
        _merge_attachments(unpacked.attachments, attachments_dir(db_path))
    if db_path.exists():
        _empty_wal(db_path)
    with unpacked.database.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(unpacked.database, db_path)
    for suffix in SIDE_FILES:  # journals of the replaced file would damage the new one
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    flush_folder(db_path.parent)


def _merge_attachments(source: Path, target: Path) -> None:
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        destination = target / path.relative_to(source)
        if destination.is_file() and file_sha256(destination) == file_sha256(path):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(f".{destination.name}.part")
        shutil.copyfile(path, partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)


def _empty_wal(db_path: Path) -> None:
    """Fold the replaced file's WAL into it, so it is whole on its own if the rename never happens."""
    try:
        connection = sqlite3.connect(db_path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        pass  # a damaged file: it is being replaced, and the safety backup or the set-aside copy keeps it
