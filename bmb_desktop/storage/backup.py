"""Backups of a database with its attachments: one archive each, written safely and checked.

A backup is a zip holding a consistent copy of the database made through SQLite's online backup
API (so it can be taken while the application runs), the attachments folder, and a manifest with
the SHA-256 of every file, the date, the municipality and a few counts for the restore preview.
It is written under a temporary name, flushed to the disk, opened again and checked (every
checksum, then SQLite's integrity check of the copy) and only then renamed into place. With a
password the archive is encrypted (``crypto_backup``). Rotation lives in ``backup_rotation``.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path

from bmb_desktop import __version__
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _
from bmb_desktop.storage import crypto_backup
from bmb_desktop.storage.safe_extract import DEFAULT_LIMITS, UnsafeFileError, checked_members, member_path

BACKUP_SUFFIX = ".bmbbackup"
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "database.sqlite3"
ATTACHMENTS_FOLDER = "attachments"
FORMAT = 1
NAME_PATTERN = re.compile(r"-(\d{8}-\d{6})Z-([a-z-]+)(?:-\d+)?" + re.escape(BACKUP_SUFFIX) + "$")
OWN_MUNICIPALITY_KEY = "own_municipality_id"
BLOCK = 1 << 20
SQLITE_FULL = 13


class BackupReason(StrEnum):
    SESSION = "session"  # once per working session
    PERIODIC = "periodic"  # every 30 minutes while there are changes
    CLOSE = "close"
    MIGRATION = "migration"
    IMPORT = "import"
    RESTORE = "before-restore"  # the current state, kept before a restore replaces it
    MANUAL = "manual"  # "Back up to USB" and the backup command


class BackupError(UserError):
    """A backup could not be written, or a file is not a whole BMB Desktop backup."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, from its manifest: enough for the restore preview."""

    path: Path
    created_at: datetime  # UTC
    reason: str
    municipality: str
    members: int
    acts: int
    meetings: int
    attachments: int
    schema_revision: str
    audit_last_id: int
    audit_last_hash: str  # tells whether the database still continues the log this backup ends with
    encrypted: bool


def backups_dir(db_path: Path) -> Path:
    """Where the automatic backups of ``db_path`` are kept: a folder beside it."""
    return Path(db_path).with_name(f"{Path(db_path).stem}-backups")


def attachments_dir(db_path: Path) -> Path:
    return Path(db_path).with_name(f"{Path(db_path).stem}-attachments")


def attachment_file(db_path: Path, sha256: str) -> Path:
    """Where an attached file is kept: under its checksum (the rule of ``services.attachments``)."""
    return attachments_dir(db_path) / sha256[:2] / sha256


def backup_stamp(path: Path) -> datetime | None:
    """The moment in a backup's file name (UTC), or None for other files."""
    match = NAME_PATTERN.search(Path(path).name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)


def create_backup(
    db_path: Path, target_dir: Path, *, reason: BackupReason, password: str | None = None, now: datetime | None = None,
) -> BackupInfo:
    """Write a checked backup of ``db_path`` (and its attachments) into ``target_dir``."""
    db_path, target_dir = Path(db_path), Path(target_dir)
    if not db_path.is_file():
        raise BackupError(_("The database file {path} does not exist.", path=db_path))
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    target = _free_name(target_dir, f"{db_path.stem}-{now:%Y%m%d-%H%M%S}Z-{reason.value}")
    partial = target.with_name(f".{target.name}.part")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".bmb-backup-", dir=db_path.parent, ignore_cleanup_errors=True) as work:
            archive = Path(work) / "backup.zip" if password else partial
            _write_archive(db_path, archive, Path(work), reason=reason, now=now)
            if password:
                with archive.open("rb") as source, partial.open("wb") as sink:
                    crypto_backup.encrypt_stream(source, sink, password)
            _flush_to_disk(partial)
            info = verify_backup(partial, password=password, work_dir=Path(work))
        os.replace(partial, target)
        flush_folder(target_dir)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, (OSError, sqlite3.OperationalError)):
            raise _write_error(target_dir, error) from error
        raise
    return _with_path(info, target)


def _write_archive(db_path: Path, archive: Path, work: Path, *, reason: BackupReason, now: datetime) -> None:
    snapshot = work / DATABASE_NAME
    snapshot_database(db_path, snapshot)
    if _integrity(snapshot) != ["ok"]:
        raise BackupError(_("The database is damaged, so no backup was made of it; the older backups are kept. Run the full check of the database."))
    files = [(DATABASE_NAME, snapshot)]
    attachments = attachments_dir(db_path)
    if attachments.is_dir():
        # Hidden files are ones being written (".name.part"): not yet attachments.
        for path in sorted(p for p in attachments.rglob("*") if p.is_file() and not p.is_symlink() and not p.name.startswith(".")):
            files.append((f"{ATTACHMENTS_FOLDER}/{path.relative_to(attachments).as_posix()}", path))
    entries = []
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
        for name, path in files:
            bundle.write(path, name, compress_type=zipfile.ZIP_DEFLATED if name == DATABASE_NAME else zipfile.ZIP_STORED)
            entries.append({"name": name, "size": path.stat().st_size, "sha256": file_sha256(path)})
        manifest = {
            "format": FORMAT, "application": "BMB Desktop", "version": __version__,
            "created_at": now.isoformat(), "reason": reason.value, "database": db_path.name,
            **database_facts(snapshot), "files": entries,
        }
        bundle.writestr(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1))


def snapshot_database(source: Path, target: Path) -> None:
    """A consistent single-file copy through the online backup API, whole even while others write."""
    reader = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
    finally:
        writer.close()
        reader.close()


def database_facts(path: Path) -> dict:
    """The municipality, counts and schema revision of a database file, for the manifest."""
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        def scalar(sql: str, *parameters, default=0):
            try:
                row = connection.execute(sql, parameters).fetchone()
            except sqlite3.DatabaseError:
                return default
            return default if row is None or row[0] is None else row[0]

        return {
            "schema_revision": scalar("SELECT version_num FROM alembic_version", default=""),
            "municipality": scalar(
                "SELECT m.name FROM database_fact f JOIN municipality m ON m.id = CAST(f.value AS INTEGER)"
                " WHERE f.key = ?", OWN_MUNICIPALITY_KEY, default="",
            ),
            "counts": {
                "members": scalar("SELECT count(*) FROM membership WHERE status = 'active'"),
                "acts": scalar("SELECT count(*) FROM act"),
                "meetings": scalar("SELECT count(*) FROM meeting"),
                "attachments": scalar("SELECT count(*) FROM attachment"),
            },
            "audit_last_id": scalar("SELECT max(id) FROM audit_entry"),
            "audit_last_hash": scalar("SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1", default=""),
        }
    finally:
        connection.close()


def verify_backup(path: Path, *, password: str | None = None, work_dir: Path | None = None) -> BackupInfo:
    """Open a backup and check it whole: every checksum, then SQLite's integrity check of the copy."""
    with tempfile.TemporaryDirectory(prefix=".bmb-verify-", dir=work_dir, ignore_cleanup_errors=True) as work:
        archive = plain_archive(path, Path(work), password=password)
        with open_archive(archive, path) as bundle:
            manifest = read_manifest(bundle, path)
            for entry in manifest["files"]:
                with bundle.open(entry["name"]) as member:
                    if _stream_sha256(member) != entry["sha256"]:
                        raise not_whole_error(path)
            bundle.extract(DATABASE_NAME, work)
        check_database_copy(Path(work) / DATABASE_NAME, path)
    return info_from_manifest(path, manifest, encrypted=password is not None)


def plain_archive(path: Path, work: Path, *, password: str | None) -> Path:
    """The backup's zip: the file itself, or decrypted into ``work`` when it is protected."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(_("The backup {path} does not exist.", path=path))
    if not crypto_backup.is_encrypted(path):
        return path
    if password is None:
        raise BackupError(_("The backup {name} is protected by a password. Enter the password to open it.", name=path.name))
    plain = work / "backup.zip"
    crypto_backup.decrypt_file(path, plain, password)
    return plain


def read_manifest(bundle: zipfile.ZipFile, path: Path) -> dict:
    """The manifest, checked against the archive: the same files, with safe names and limits."""
    try:
        manifest = json.loads(bundle.read(MANIFEST_NAME))
        names = [entry["name"] for entry in manifest["files"]]
        valid = (
            manifest.get("format") == FORMAT and DATABASE_NAME in names
            and all(isinstance(entry["sha256"], str) for entry in manifest["files"])
        )
    except (KeyError, ValueError, TypeError):
        raise not_whole_error(path) from None
    if not valid:
        raise not_whole_error(path)
    try:
        checked_members(bundle, Path(path).name, DEFAULT_LIMITS)
        for name in names:
            member_path(name, name=Path(path).name)
    except UnsafeFileError as error:
        raise BackupError(error.message) from None
    if sorted(names + [MANIFEST_NAME]) != sorted(bundle.namelist()):
        raise not_whole_error(path)
    return manifest


def _integrity(path: Path) -> list[str]:
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]


def check_database_copy(copy: Path, backup: Path) -> None:
    from bmb_desktop.storage.database import known_revisions

    if _integrity(copy) != ["ok"]:
        raise not_whole_error(backup)
    connection = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        revision = None
    finally:
        connection.close()
    if revision is None:
        raise not_whole_error(backup)
    if revision[0] not in known_revisions():
        raise BackupError(_("The backup {name} was made by a newer version of BMB Desktop. Install the newer version to restore it.", name=Path(backup).name))


def info_from_manifest(path: Path, manifest: dict, *, encrypted: bool) -> BackupInfo:
    counts = manifest.get("counts", {})
    return BackupInfo(
        path=Path(path), created_at=datetime.fromisoformat(manifest["created_at"]), reason=manifest.get("reason", ""),
        municipality=manifest.get("municipality", ""), members=int(counts.get("members", 0)),
        acts=int(counts.get("acts", 0)), meetings=int(counts.get("meetings", 0)),
        attachments=sum(1 for entry in manifest["files"] if entry["name"] != DATABASE_NAME),
        schema_revision=manifest.get("schema_revision", ""), audit_last_id=int(manifest.get("audit_last_id") or 0),
        audit_last_hash=manifest.get("audit_last_hash", ""), encrypted=encrypted,
    )


def describe_backup(path: Path) -> BackupInfo | None:
    """A quick look at an unprotected backup's manifest (no checksums), or None if it is unreadable."""
    try:
        if crypto_backup.is_encrypted(path):
            return None
        with zipfile.ZipFile(path) as bundle:
            return info_from_manifest(path, json.loads(bundle.read(MANIFEST_NAME)), encrypted=False)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError):
        return None


def list_backups(directory: Path) -> list[Path]:
    """The backup files of a folder, newest first by the moment in their names."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    found = [(backup_stamp(path), path) for path in directory.glob(f"*{BACKUP_SUFFIX}")]
    return [path for stamp, path in sorted((f for f in found if f[0] is not None), reverse=True)]


def file_sha256(path: Path) -> str:
    with Path(path).open("rb") as handle:
        return _stream_sha256(handle)


def _stream_sha256(handle) -> str:
    digest = hashlib.sha256()
    while block := handle.read(BLOCK):
        digest.update(block)
    return digest.hexdigest()


def open_archive(archive: Path, shown: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise not_whole_error(shown) from None


def _free_name(directory: Path, stem: str) -> Path:
    candidate, number = directory / f"{stem}{BACKUP_SUFFIX}", 1
    while candidate.exists():
        number += 1
        candidate = directory / f"{stem}-{number}{BACKUP_SUFFIX}"
    return candidate


def _with_path(info: BackupInfo, path: Path) -> BackupInfo:
    return replace(info, path=path)


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def flush_folder(directory: Path) -> None:
    if os.name != "posix":
        return  # Windows makes renames durable without it
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def not_whole_error(path: Path) -> BackupError:
    return BackupError(_("The file {name} is not a whole BMB Desktop backup: it is damaged or incomplete.", name=Path(path).name))


def _write_error(directory: Path, error: Exception) -> BackupError:
    full = (
        getattr(error, "errno", None) in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))
        or (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_FULL
    )
    if full:
        return BackupError(_("The backup could not be written: there is not enough space in {folder}. Nothing was changed; older backups are untouched.", folder=directory))
    return BackupError(_("The backup could not be written to {folder}: {reason}. Nothing was changed; older backups are untouched.", folder=directory, reason=getattr(error, "strerror", None) or str(error)))
