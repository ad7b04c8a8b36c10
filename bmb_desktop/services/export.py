"""Export for the council: one folder "<Municipality>_<year>[_H1]" on a USB stick or any folder.

The folder holds the summary report (PDF), its tables (XLSX), the draft council resolution on
hearing it, every act issued in the period (PDF), the data bundle the district imports, and
``checksums.sha256`` listing every file's SHA-256 (``sha256sum -c`` reads it).

A stick may be full, pulled out or lying about what it stored, so nothing is trusted: the
documents are made in memory first and the free space checked; the folder is built under a
hidden temporary name; each file is written under a temporary name, flushed to the device, read
back and compared with its checksum, and only then renamed; the folder gets its final name last.
A failure or a cancel removes what was written; if even that fails (the stick is gone), what is
left keeps its temporary name and never looks complete. The database is only read.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.report import Period
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.bundle import bundle_name, open_bundle, safe_file_name, sha256_of, write_bundle
from bmb_desktop.storage.models import Act, Attachment

CHECKSUMS = "checksums.sha256"
ACTS_FOLDER = "acts"
BLOCK = 1 << 20
SPACE_MARGIN = 1 << 20  # file system overhead beyond the files themselves
FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
GONE = {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, getattr(errno, "ESHUTDOWN", errno.EIO), errno.ESTALE}
LOCKED = {errno.EROFS, errno.EACCES, errno.EPERM}
WINDOWS_GONE = {21, 55, 1167, 483}  # not ready, device gone, device not connected, device hardware error
WINDOWS_FULL = {39, 112}

Progress = Callable[[int, int, str], None]


class ExportCancelled(UserError):
    """The secretary cancelled the export; nothing was left behind."""


class ReadBackError(OSError):
    """A file read back from the drive differs from what was written to it."""


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: tuple[str, ...]  # paths relative to the folder
    size: int  # bytes written


def export_folder_name(municipality: str, period: Period) -> str:
    return f"{safe_file_name(municipality)}_{period.slug}"


def export_period(
    session: Session, municipality_id: int, period: Period, target: Path, *, today: date, language: str = "ky",
    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the period's folder into ``target``, replacing an earlier export of the same period only
    once the new one is complete and checked."""
    from bmb_desktop.services.act_documents import act_pdf
    from bmb_desktop.services.report import gather_report
    from bmb_desktop.services.report_documents import report_resolution_pdf, summary_report_pdf
    from bmb_desktop.services.spreadsheet import report_workbook

    target = Path(target)
    if not target.is_dir():
        raise UserError(_("The folder {folder} does not exist or is not a folder.", folder=target))
    data = gather_report(session, municipality_id, period=period, today=today)
    # made in memory first, then written file by file: 2 × (3 documents + the acts), the bundle, the end
    step = _Steps(2 * (3 + len(data.acts)) + 2, progress, cancelled)
    step(_("Summary report"))
    documents = [("summary_report.pdf", summary_report_pdf(data, language, printed_on=today))]
    step(_("Spreadsheet"))
    documents.append(("summary_report.xlsx", report_workbook(data, language)))
    step(_("Draft resolution"))
    documents.append(("resolution_draft.pdf", report_resolution_pdf(data, language)))
    for line in data.acts:
        step(_("Act No. {number}", number=line.number))
        serial, year = (int(x) for x in line.number.split("/"))
        act_id = session.scalar(select(Act.id).where(Act.municipality_id == municipality_id, Act.year == year, Act.number == serial))
        documents.append((f"{ACTS_FOLDER}/act_{serial}-{year}.pdf", act_pdf(session, municipality_id, act_id, language=language)))
    name = export_folder_name(data.council.name, period)
    _check_space(target, sum(len(content) for _n, content in documents) + _attachments_size(session, municipality_id))
    staging = target / f".{name}.partial-{secrets.token_hex(4)}"
    try:
        written = _write_folder(session, municipality_id, period, staging, documents, data.council.name, step)
        step(_("Checking the written files"))
        _finish(staging, target / name)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):
            raise export_error(error, target) from error
        raise
    step.finished()
    return ExportResult(target / name, tuple(sorted(written)), sum((target / name / f).stat().st_size for f in written))


class _Steps:
    """Reports progress before each step and stops at a cancel between steps."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done, self.progress, self.cancelled = total, 0, progress, cancelled

    def __call__(self, what: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(_("The export was cancelled; nothing was left on the drive."))
        if self.progress is not None:
            self.progress(self.done, self.total, what)
        self.done += 1

    def finished(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total, _("Done"))


def _write_folder(session, municipality_id, period, staging: Path, documents, municipality: str, step: _Steps) -> list[str]:
    staging.mkdir()
    (staging / ACTS_FOLDER).mkdir()
    sums: dict[str, str] = {}
    for relative, content in documents:
        step(_("Writing {name}", name=relative))
        sums[relative] = write_verified(staging / relative, content)
    step(_("Data bundle"))
    bundle = bundle_name(municipality, period)
    sums[bundle] = _write_bundle_verified(session, municipality_id, period, staging / bundle)
    listing = "".join(f"{sha}  {relative}\n" for relative, sha in sorted(sums.items())).encode("utf-8")
    sums[CHECKSUMS] = write_verified(staging / CHECKSUMS, listing)
    _sync_folder(staging / ACTS_FOLDER)
    _sync_folder(staging)
    return list(sums)


def write_verified(path: Path, content: bytes) -> str:
    """Write under a temporary name, flush to the device, read back and compare, then rename.

    Returns the content's SHA-256; a difference on reading back raises ReadBackError.
    """
    expected = sha256_of(content)
    temporary = path.with_name(f".{path.name}.part")
    try:
        with temporary.open("xb") as handle:
            handle.write(content)
            _flush(handle)
        if file_sha256(temporary) != expected:
            raise ReadBackError(errno.EIO, "read-back mismatch", path.name)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return expected


def _write_bundle_verified(session, municipality_id, period, path: Path) -> str:
    from bmb_desktop.services.bundle import BundleError
    from bmb_desktop.storage.safe_extract import UnsafeFileError

    temporary = path.with_name(f".{path.name}.part")
    try:
        write_bundle(session, municipality_id, period, temporary)
        with temporary.open("rb+") as handle:
            _flush(handle)
        try:
            with open_bundle(temporary):  # every member read back against the bundle's manifest
                pass
        except (BundleError, UnsafeFileError) as error:
            raise ReadBackError(errno.EIO, "bundle read back damaged", path.name) from error
        digest = file_sha256(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return digest


def _flush(handle) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    if hasattr(os, "posix_fadvise"):
        # Drop the cached pages, so that reading back asks the device what it really stored.
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while block := handle.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _finish(staging: Path, final: Path) -> None:
    """Give the folder its name; an earlier export of the period is replaced only now."""
    previous = None
    if final.exists():
        previous = final.with_name(f".{final.name}.old-{secrets.token_hex(4)}")
        os.replace(final, previous)
    try:
        os.replace(staging, final)
    except BaseException:
        if previous is not None:
            os.replace(previous, final)
        raise
    _sync_folder(final.parent)
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows makes renames durable without it
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _attachments_size(session: Session, municipality_id: int) -> int:
    """At most this much of attached files goes into the bundle."""
    total = session.scalar(select(func.sum(Attachment.size_bytes)).where(Attachment.municipality_id == municipality_id))
    return int(total or 0)


def _check_space(target: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(target).free
    except OSError as error:
        raise export_error(error, target) from error
    if free < needed + SPACE_MARGIN:
        raise UserError(_(
            "There is not enough space on {folder}: the export needs about {needed} MB, {free} MB are free."
            " Nothing was written; the database was not changed.",
            folder=target, needed=_megabytes(needed + SPACE_MARGIN), free=_megabytes(free),
        ))  # fmt: skip


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f}"


def export_error(error: OSError, folder: Path) -> UserError:
    """A clear message for what went wrong on the drive; none of them leaves a complete-looking file."""
    code, winerror = error.errno, getattr(error, "winerror", None)
    if isinstance(error, ReadBackError):
        return UserError(_(
            "A file read back from {folder} differs from what was written ({name}): the drive may be failing."
            " The unfinished export was removed; the database was not changed. Try another drive.",
            folder=folder, name=error.filename,
        ))  # fmt: skip
    if code in FULL or winerror in WINDOWS_FULL:
        return UserError(_(
            "There is not enough space on {folder}. The unfinished export was removed; the database was not changed.",
            folder=folder,
        ))  # fmt: skip
    if code in GONE or winerror in WINDOWS_GONE:
        return UserError(_(
            "The drive {folder} could not be written: it may have been pulled out. Nothing there looks complete;"
            " the database was not changed. Insert the drive and export again.",
            folder=folder,
        ))  # fmt: skip
    if code in LOCKED:
        return UserError(_(
            "The drive {folder} is write-protected or may not be written to. The database was not changed.", folder=folder,
        ))  # fmt: skip
    return UserError(_(
        "The export to {folder} failed: {reason}. The unfinished export was removed; the database was not changed.",
        folder=folder, reason=error.strerror or str(error),
    ))  # fmt: skip


def read_only_database(path: Path):
    """The database at ``path`` opened so that no statement can write to it (``PRAGMA query_only``).

    It is refused when it does not exist or was not brought up to date by this version: the
    export never migrates, creates or changes a database.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import sessionmaker

    from bmb_desktop.errors import DatabaseError
    from bmb_desktop.storage.database import BUSY_TIMEOUT_MS, Database, current_revision, head_revision

    path = Path(path)
    if not path.is_file():
        raise DatabaseError(_("The database file {path} does not exist.", path=path))
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _read_only(connection, _record) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    try:
        revision = current_revision(engine)
    except Exception as error:  # noqa: BLE001 - any failure to read it means it is not ours
        engine.dispose()
        raise DatabaseError(_("The file {path} is not a BMB Desktop database.", path=path)) from error
    if revision != head_revision():
        engine.dispose()
        raise DatabaseError(_("The database {path} needs updating first: open it once in BMB Desktop, then export.", path=path))
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))
