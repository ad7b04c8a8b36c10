"""Attachments (photos, scans, protocols) kept as files beside the database, under their SHA-256.

A file lives at ``<db stem>-attachments/<sha256[:2]>/<sha256>`` next to the database file, so a
copy of the folder with the database carries everything. It is written under a temporary name,
flushed to the disk, renamed into place and read back; the same content is stored once however
often it is attached. A file is deleted only when no attachment refers to it any more, and every
read checks the checksum, so a lost or damaged file is reported, never passed off as whole.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import ActStatus
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.acts import commit, get_act, locked_message
from bmb_desktop.storage.models import ActResponse, Attachment, Finding

FOLDER_SUFFIX = "-attachments"
CHUNK = 1 << 20


def attachments_folder(database_path: Path) -> Path:
    database_path = Path(database_path)
    return database_path.with_name(f"{database_path.stem}{FOLDER_SUFFIX}")


def database_path(session: Session) -> Path:
    name = session.get_bind().url.database
    if not name or name == ":memory:":
        raise UserError(_("Attachments need a database saved in a file."))
    return Path(name).resolve()


def blob_path(session: Session, sha256: str) -> Path:
    return attachments_folder(database_path(session)) / sha256[:2] / sha256


def store_attachment(
    session: Session, municipality_id: int, *, source: Path | None = None, data: bytes | None = None,
    file_name: str = "", media_type: str = "", description: str = "", act_id: int | None = None,
) -> Attachment:
    """Keep a file (from ``source`` or ``data``) and record it, attached to a draft act if given.

    The same content attached twice to one act gives back the first record.
    """
    if data is None:
        if source is None:
            raise ValueError("give source or data")
        data = _read_source(Path(source))
        file_name = file_name or Path(source).name
    if not data:
        raise ValidationError({"file": _("The file is empty.")})
    file_name = file_name.strip() or "file"
    if act_id is not None:
        act = get_act(session, act_id, municipality_id)
        if act.status is not ActStatus.DRAFT:
            raise UserError(locked_message(act))
    sha256 = hashlib.sha256(data).hexdigest()
    if act_id is not None:
        same = session.scalar(select(Attachment).where(Attachment.act_id == act_id, Attachment.sha256 == sha256))
        if same is not None:
            return same
    _write_blob(blob_path(session, sha256), data, sha256)
    attachment = Attachment(
        municipality_id=municipality_id, file_name=file_name, sha256=sha256, size_bytes=len(data),
        media_type=media_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream",
        description=description.strip(), act_id=act_id,
    )  # fmt: skip
    session.add(attachment)
    commit(session)
    return attachment


def read_attachment(session: Session, attachment_id: int) -> bytes:
    """The file's bytes, checked against the checksum recorded when it was attached."""
    attachment = _attachment(session, attachment_id)
    path = blob_path(session, attachment.sha256)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(_missing(attachment, path)) from None
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise UserError(_damaged(attachment))
    return data


def act_attachments(session: Session, act_id: int) -> list[Attachment]:
    return list(session.scalars(select(Attachment).where(Attachment.act_id == act_id).order_by(Attachment.id)))


def remove_attachment(session: Session, attachment_id: int) -> None:
    """Remove an attachment of a draft (or one attached to nothing) that nothing else refers to."""
    attachment = _attachment(session, attachment_id)
    if attachment.act_id is not None:
        act = get_act(session, attachment.act_id)
        if act.status is not ActStatus.DRAFT:
            raise UserError(locked_message(act))
    if session.scalar(select(Finding.id).where(Finding.evidence_attachment_id == attachment.id).limit(1)):
        name = attachment.file_name
        raise UserError(_("A finding cites {name} as its evidence. Unlink it from the finding first.", name=name))
    if session.scalar(select(ActResponse.id).where(ActResponse.attachment_id == attachment.id).limit(1)):
        raise UserError(_("{name} is the scan of a recorded response and stays with it.", name=attachment.file_name))
    sha256 = attachment.sha256
    session.delete(attachment)
    commit(session)
    if not session.scalar(select(func.count()).select_from(Attachment).where(Attachment.sha256 == sha256)):
        blob_path(session, sha256).unlink(missing_ok=True)


def attachment_problems(session: Session, municipality_id: int) -> list[RuleFinding]:
    """Attached files missing from the folder or of the wrong size (a full check reads each file)."""
    findings = []
    rows = session.scalars(select(Attachment).where(Attachment.municipality_id == municipality_id).order_by(Attachment.id))
    for attachment in rows:
        path = blob_path(session, attachment.sha256)
        if not path.is_file():
            message = _missing(attachment, path)
        elif path.stat().st_size != attachment.size_bytes:
            message = _damaged(attachment)
        else:
            continue
        findings.append(RuleFinding("attachments", Severity.BROKEN, message))
    return findings


def _missing(attachment: Attachment, path: Path) -> str:
    return _("The attached file {name} is missing from {folder}.", name=attachment.file_name, folder=path.parent.parent)


def _damaged(attachment: Attachment) -> str:
    return _("The attached file {name} is damaged: its content no longer matches its checksum.", name=attachment.file_name)


def _attachment(session: Session, attachment_id: int) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFoundError(_("The attachment was not found."))
    return attachment


def _read_source(source: Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError as error:
        raise UserError(_("Could not read {path}: {reason}.", path=source, reason=error.strerror or str(error))) from error


def _write_blob(path: Path, data: bytes, sha256: str) -> None:
    """Temporary file, fsync, rename, read back; an intact existing copy is kept as it is."""
    if path.is_file() and _digest(path) == sha256:
        return
    temporary = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        _sync_folder(path.parent)
        if _digest(path) != sha256:
            raise OSError("read-back mismatch")
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(_(
            "Could not write {path}: {reason}. Check that the disk has space and is not write-protected.",
            path=path, reason=error.strerror or str(error),
        )) from error  # fmt: skip


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
