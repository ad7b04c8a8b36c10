"""The data bundle: one period's data in a single file the district imports (BUNDLE_FORMAT.md).

A bundle is a zip holding ``manifest.json`` (format, version, municipality, period, when and by
which version it was made, and every other file with its size and SHA-256), ``data.json`` (the
period's data, ``bundle_data``) and ``attachments/<sha256>`` (the attached files, each named by
its checksum). Reading checks everything before the database is touched: the archive's members
(no path leaving its folder, no links, no zip bomb), the manifest's format and version, that the
members are exactly those listed, every size and checksum, and that the data is the manifest's
municipality and period. Importing then runs in one transaction: a failure changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.orm import Session

from bmb_desktop import __version__
from bmb_desktop.domain.report import Period
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import N_, _
from bmb_desktop.services import bundle_data
from bmb_desktop.storage.safe_extract import DEFAULT_LIMITS, UnsafeFileError, checked_members

FORMAT = "bmb-desktop-bundle"
VERSION = 1
SUFFIX = ".bmbdata"
MANIFEST = "manifest.json"
DATA = "data.json"
ATTACHMENTS = "attachments/"
MAX_MANIFEST_BYTES = 4 << 20
MAX_DATA_BYTES = 512 << 20
BLOCK = 1 << 16
SHA256 = re.compile(r"^[0-9a-f]{64}$")

REASONS = {
    "missing": N_("The file {name} does not exist or cannot be read."),
    "foreign": N_("{name} is not a BMB Desktop data bundle."),
    "newer": N_("{name} was made by a newer version of BMB Desktop (bundle format {version}). Install the newer version to import it."),
    "damaged": N_("{name} is damaged: {detail}."),
    "mismatch": N_("{name} is damaged: the content of {member} does not match its checksum."),
}


class BundleError(UserError):
    """A bundle refused before anything was imported; ``reason`` is a key of REASONS."""

    def __init__(self, reason: str, *, name: str, **values: object) -> None:
        super().__init__(_(REASONS[reason], name=name, **values))
        self.reason = reason


@dataclass(frozen=True)
class BundleFile:
    name: str
    size: int
    sha256: str


def bundle_name(municipality: str, period: Period) -> str:
    return f"{safe_file_name(municipality)}_{period.slug}{SUFFIX}"


def safe_file_name(text: str) -> str:
    """A name fit for a file on any stick: letters, digits, dashes; Cyrillic kept."""
    cleaned = re.sub(r"[^\w\-]+", "_", text.replace(".", "").strip(), flags=re.UNICODE).strip("_")
    return cleaned or "BMB"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_bundle(session: Session, municipality_id: int, period: Period, target: Path, *, now: datetime | None = None) -> dict:
    """Write the bundle of ``period`` to ``target`` (a new file); returns its manifest.

    Attached files are read through their checksum: a missing or damaged one stops the writing.
    """
    from bmb_desktop.services.attachments import blob_path

    data = bundle_data.period_data(session, municipality_id, period)
    payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    blobs = {sha: blob_path(session, sha) for sha in sorted(bundle_data.attachment_hashes(data))}
    files = [BundleFile(DATA, len(payload), sha256_of(payload))]
    for sha, path in blobs.items():
        content = _read_blob(path, sha)
        files.append(BundleFile(f"{ATTACHMENTS}{sha}", len(content), sha))
    municipality = data["municipality"]
    manifest = {
        "format": FORMAT, "version": VERSION, "application": "BMB Desktop", "application_version": __version__,
        "created_at": (now or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds"),
        "municipality": {key: municipality[key] for key in ("name", "district", "region")},
        "period": data["period"], "data_format": bundle_data.FORMAT, "data_version": bundle_data.VERSION,
        "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in files],
    }  # fmt: skip
    with zipfile.ZipFile(target, "x", zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
        bundle.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        bundle.writestr(DATA, payload)
        for sha, path in blobs.items():
            bundle.writestr(zipfile.ZipInfo(f"{ATTACHMENTS}{sha}", date_time=(1980, 1, 1, 0, 0, 0)), _read_blob(path, sha), compress_type=zipfile.ZIP_STORED)
    return manifest


def _read_blob(path: Path, sha: str) -> bytes:
    try:
        content = Path(path).read_bytes()
    except OSError:
        raise UserError(_("The attached file {sha} is missing from the attachments folder; the bundle was not written.", sha=sha)) from None
    if sha256_of(content) != sha:
        raise UserError(_("The attached file {sha} is damaged; the bundle was not written.", sha=sha))
    return content


@dataclass
class OpenBundle:
    """A bundle whose every file was checked; ``blob(sha)`` reads an attached file, checked again."""

    path: Path
    manifest: dict
    data: dict
    archive: zipfile.ZipFile

    def blob(self, sha: str) -> bytes:
        content = _member(self.archive, f"{ATTACHMENTS}{sha}", self.path.name)
        if sha256_of(content) != sha:
            raise BundleError("mismatch", name=self.path.name, member=f"{ATTACHMENTS}{sha}")
        return content

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> OpenBundle:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_bundle(path: Path) -> OpenBundle:
    """Open and check the whole bundle; BundleError (or UnsafeFileError) says why it is refused."""
    path = Path(path)
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        raise BundleError("missing", name=name) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise BundleError("foreign", name=name) from None
    try:
        return _checked(path, archive)
    except BaseException:
        archive.close()
        raise


def _checked(path: Path, archive: zipfile.ZipFile) -> OpenBundle:
    name = path.name
    members = {str(relative): info for info, relative in checked_members(archive, name, DEFAULT_LIMITS)}
    if MANIFEST not in members or members[MANIFEST].file_size > MAX_MANIFEST_BYTES:
        raise BundleError("foreign", name=name)
    manifest = _json(_member(archive, MANIFEST, name), name)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("foreign", name=name)
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1:
        raise BundleError("damaged", name=name, detail=_("its manifest has no valid version"))
    if version > VERSION or manifest.get("data_version", 0) > bundle_data.VERSION:
        raise BundleError("newer", name=name, version=version)
    files = _listed_files(manifest, name)
    if set(members) != {MANIFEST, *files}:
        raise BundleError("damaged", name=name, detail=_("its files are not those its manifest lists"))
    for member, entry in files.items():
        if members[member].file_size != entry.size:
            raise BundleError("damaged", name=name, detail=_("the size of {member} is not the one its manifest gives", member=member))
        if _stream_sha256(archive, members[member], name) != entry.sha256:
            raise BundleError("mismatch", name=name, member=member)
        if member.startswith(ATTACHMENTS) and member != f"{ATTACHMENTS}{entry.sha256}":
            raise BundleError("mismatch", name=name, member=member)
    if DATA not in files or files[DATA].size > MAX_DATA_BYTES:
        raise BundleError("damaged", name=name, detail=_("it holds no data"))
    data = _json(_member(archive, DATA, name), name)
    _check_data(data, manifest, files, name)
    return OpenBundle(path, manifest, data, archive)


def _listed_files(manifest: dict, name: str) -> dict[str, BundleFile]:
    files: dict[str, BundleFile] = {}
    try:
        for entry in manifest["files"]:
            member, size, sha = entry["name"], entry["size"], entry["sha256"]
            valid = (
                isinstance(member, str) and isinstance(size, int) and size >= 0 and isinstance(sha, str)
                and SHA256.match(sha) is not None and member not in files and member != MANIFEST
                and (member == DATA or re.fullmatch(re.escape(ATTACHMENTS) + "[0-9a-f]{64}", member) is not None)
            )  # fmt: skip
            if not valid:
                raise BundleError("damaged", name=name, detail=_("its manifest lists a file it may not hold ({member})", member=str(member)[:80]))
            files[member] = BundleFile(member, size, sha)
    except (KeyError, TypeError):
        raise BundleError("damaged", name=name, detail=_("its manifest is incomplete")) from None
    return files


def _check_data(data, manifest: dict, files: dict[str, BundleFile], name: str) -> None:
    if not isinstance(data, dict) or data.get("format") != bundle_data.FORMAT:
        raise BundleError("damaged", name=name, detail=_("its data is not in the bundle's data format"))
    if not isinstance(data.get("version"), int) or data["version"] > bundle_data.VERSION:
        raise BundleError("newer", name=name, version=data.get("version"))
    try:
        municipality = {key: data["municipality"][key] for key in ("name", "district", "region")}
        same = municipality == manifest["municipality"] and data["period"] == manifest["period"]
        Period(data["period"]["year"], data["period"]["half"])
        missing = bundle_data.attachment_hashes(data) - {f.sha256 for f in files.values() if f.name.startswith(ATTACHMENTS)}
    except (KeyError, TypeError, ValueError):
        raise BundleError("damaged", name=name, detail=_("its data is incomplete")) from None
    if not same:
        raise BundleError("damaged", name=name, detail=_("its data is not the municipality and period its manifest names"))
    if missing:
        raise BundleError("damaged", name=name, detail=_("an attached file its data refers to is missing"))


def _member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    info = archive.getinfo(member)
    chunks, total = [], 0
    try:
        with archive.open(info) as source:
            while block := source.read(BLOCK):
                total += len(block)
                if total > info.file_size:  # the header lied about the size: a bomb in disguise
                    raise UnsafeFileError("bomb", name=name, member=member)
                chunks.append(block)
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError):
        raise BundleError("mismatch", name=name, member=member) from None
    return b"".join(chunks)


def _stream_sha256(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> str:
    digest, total = hashlib.sha256(), 0
    try:
        with archive.open(info) as source:
            while block := source.read(BLOCK):
                total += len(block)
                if total > info.file_size:
                    raise UnsafeFileError("bomb", name=name, member=info.filename)
                digest.update(block)
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError):
        raise BundleError("mismatch", name=name, member=info.filename) from None
    return digest.hexdigest()


def _json(content: bytes, name: str):
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleError("damaged", name=name, detail=_("a file in it is not valid JSON")) from None


@dataclass(frozen=True)
class ImportResult:
    municipality: str
    period: Period
    changed: bool  # False: the database already held exactly this
    changes: int


def import_bundle(path: Path, database_path: Path, *, user_name: str = "") -> ImportResult:
    """Check ``path`` whole, then load it into the database at ``database_path`` (created if new)
    in one transaction; nothing is changed when the bundle is refused or the import fails."""
    from bmb_desktop.storage.database import open_database

    import shutil

    from bmb_desktop.services.attachments import attachments_folder

    database_path = Path(database_path)
    with open_bundle(path) as bundle:
        existed, folder_existed = database_path.exists(), attachments_folder(database_path).exists()
        database = open_database(database_path, user_name=user_name)
        try:
            return _import(database, bundle)
        except BaseException:
            database.close()
            if not existed:  # a database this import created holds nothing: it goes again
                for leftover in (database_path, *(database_path.with_name(database_path.name + s) for s in ("-wal", "-shm"))):
                    leftover.unlink(missing_ok=True)
            if not folder_existed:
                shutil.rmtree(attachments_folder(database_path), ignore_errors=True)
            raise
        finally:
            database.close()


def _import(database, bundle: OpenBundle) -> ImportResult:
    from bmb_desktop.services.attachments import blob_path
    from bmb_desktop.services.bundle_import import Importer
    from bmb_desktop.storage.files import write_file_safely

    written: list[Path] = []
    with database.session() as session:

        def store_blob(sha: str) -> None:
            target = blob_path(session, sha)
            if target.is_file() and sha256_of(target.read_bytes()) == sha:
                return
            target.parent.mkdir(parents=True, exist_ok=True)
            write_file_safely(target, bundle.blob(sha))
            written.append(target)

        importer = Importer(session, bundle.data, store_blob)
        try:
            municipality = importer.run()
            session.commit()
        except BaseException as error:
            session.rollback()
            for target in written:  # files only this import brought: the database no longer refers to them
                target.unlink(missing_ok=True)
            if isinstance(error, (KeyError, TypeError, ValueError)):
                raise BundleError("damaged", name=bundle.path.name, detail=_("its data does not follow the bundle format")) from error
            raise
        period = Period(bundle.data["period"]["year"], bundle.data["period"]["half"])
        return ImportResult(municipality.name, period, importer.changes > 0, importer.changes)
