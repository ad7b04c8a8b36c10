"""Opening files that came from elsewhere (bundles, backups, attachments) without trusting them.

``safe_extract`` unpacks a zip archive into a new folder only if every member is safe: no path
that leaves the folder, no links, no encrypted members, no more members or bytes than the limits
allow, no member that inflates like a zip bomb; images are checked for their size before anyone
decodes them, PDFs for their structure. Everything is first written into a hidden folder beside
the target and renamed into place at the end, so a rejected archive leaves nothing behind.
Each rejection is quick and says why (``UnsafeFileError.reason``).
"""

from __future__ import annotations

import re
import secrets
import shutil
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import N_, _

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp"}
WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
BLOCK = 1 << 16
SMALL_MEMBER = 1 << 20  # below this, a high compression ratio is harmless


@dataclass(frozen=True)
class ExtractLimits:
    max_members: int = 20_000
    max_member_bytes: int = 1 << 30
    max_total_bytes: int = 4 << 30
    max_ratio: int = 200  # uncompressed / compressed; deflate reaches about 1000 on a bomb
    max_image_pixels: int = 80_000_000
    max_image_side: int = 30_000
    max_name_length: int = 240


DEFAULT_LIMITS = ExtractLimits()

REASONS = {
    "not_archive": N_("{name} is not a readable archive."),
    "damaged": N_("{name} is damaged: its content does not match its checksums."),
    "path": N_("{name} contains a file whose path would leave its folder ({member})."),
    "link": N_("{name} contains a link ({member}); links are not accepted."),
    "encrypted": N_("{name} contains an encrypted file ({member}) that cannot be checked."),
    "duplicate": N_("{name} contains the file {member} twice."),
    "too_many": N_("{name} contains too many files."),
    "too_large": N_("{name} would unpack to more data than allowed ({member})."),
    "bomb": N_("{name} is built to unpack into far more data than it holds ({member}); it is refused as unsafe."),
    "image": N_("The image {member} is damaged or not an image."),
    "huge_image": N_("The image {member} is too large ({width} × {height} pixels)."),
    "pdf": N_("The PDF file {member} is damaged or not a PDF."),
    "target": N_("The folder {member} already exists."),
}


class UnsafeFileError(UserError):
    """A file from elsewhere that is refused; ``reason`` is one of the keys of REASONS."""

    def __init__(self, reason: str, *, name: str = "", member: str = "", **values: object) -> None:
        super().__init__(_(REASONS[reason], name=name, member=member, **values))
        self.reason = reason
        self.member = member


def safe_extract(archive: Path, target: Path, *, limits: ExtractLimits = DEFAULT_LIMITS) -> list[Path]:
    """Unpack ``archive`` into the new folder ``target``; the paths written, or UnsafeFileError."""
    archive, target = Path(archive), Path(target)
    if target.exists():
        raise UnsafeFileError("target", name=archive.name, member=str(target))
    staging = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
    try:
        with _open_zip(archive) as bundle:
            members = checked_members(bundle, archive.name, limits)
            staging.mkdir(parents=False)
            written = [_extract_member(bundle, info, relative, staging, archive.name, limits) for info, relative in members]
        for path, (info, relative) in zip(written, members):
            if path is not None:
                check_file(path, limits=limits, display_name=str(relative))
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / relative for (info, relative), path in zip(members, written) if path is not None]


def _open_zip(archive: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise UnsafeFileError("not_archive", name=archive.name) from None


def checked_members(bundle: zipfile.ZipFile, name: str, limits: ExtractLimits) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    infos = bundle.infolist()
    if len(infos) > limits.max_members:
        raise UnsafeFileError("too_many", name=name)
    seen: set[str] = set()
    total = 0
    members = []
    for info in infos:
        relative = member_path(info.filename, name=name, limits=limits)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UnsafeFileError("link", name=name, member=info.filename)
        if info.flag_bits & 0x1:
            raise UnsafeFileError("encrypted", name=name, member=info.filename)
        key = str(relative).casefold()
        if key in seen:
            raise UnsafeFileError("duplicate", name=name, member=info.filename)
        seen.add(key)
        total += info.file_size
        if info.file_size > limits.max_member_bytes or total > limits.max_total_bytes:
            raise UnsafeFileError("too_large", name=name, member=info.filename)
        if info.file_size > SMALL_MEMBER and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafeFileError("bomb", name=name, member=info.filename)
        members.append((info, relative))
    return members


def member_path(raw: str, *, name: str = "", limits: ExtractLimits = DEFAULT_LIMITS) -> PurePosixPath:
    """The member's path relative to the folder it unpacks into, or UnsafeFileError("path")."""
    text = raw.replace("\\", "/")
    parts = [part for part in text.split("/") if part not in ("", ".")]
    unsafe = (
        not parts or text.startswith("/") or re.match(r"^[A-Za-z]:", text) is not None
        or len(raw) > limits.max_name_length
        or any(
            part == ".." or ":" in part or part != part.rstrip(" .")
            or any(ord(char) < 32 for char in part)
            or part.split(".")[0].casefold() in WINDOWS_DEVICES
            for part in parts
        )
    )
    if unsafe:
        raise UnsafeFileError("path", name=name, member=raw)
    return PurePosixPath(*parts)


def _extract_member(bundle, info, relative, staging: Path, name: str, limits: ExtractLimits) -> Path | None:
    destination = staging.joinpath(*relative.parts)
    if info.is_dir():
        destination.mkdir(parents=True, exist_ok=True)
        return None
    destination.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    try:
        with bundle.open(info) as source, destination.open("xb") as sink:
            while block := source.read(BLOCK):
                written += len(block)
                if written > info.file_size:  # the header lied about the size: a bomb in disguise
                    raise UnsafeFileError("bomb", name=name, member=info.filename)
                sink.write(block)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, zlib.error):
        raise UnsafeFileError("damaged", name=name, member=info.filename) from None
    return destination


def check_file(path: Path, *, limits: ExtractLimits = DEFAULT_LIMITS, display_name: str = "") -> None:
    """Refuse an image whose size is unsafe or unreadable, or a PDF whose structure is broken."""
    path = Path(path)
    shown = display_name or path.name
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        with path.open("rb") as handle:
            size = image_size(handle.read(BLOCK))
        if size is None:
            raise UnsafeFileError("image", member=shown)
        width, height = size
        if width <= 0 or height <= 0:
            raise UnsafeFileError("image", member=shown)
        if width * height > limits.max_image_pixels or max(width, height) > limits.max_image_side:
            raise UnsafeFileError("huge_image", member=shown, width=width, height=height)
    elif suffix == ".pdf" and not pdf_looks_whole(path):
        raise UnsafeFileError("pdf", member=shown)


def image_size(head: bytes) -> tuple[int, int] | None:
    """Width and height read from an image's header (PNG, JPEG, GIF, BMP), without decoding it."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR" and len(head) >= 24:
        return struct.unpack(">II", head[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        return struct.unpack("<HH", head[6:10])
    if head.startswith(b"BM") and len(head) >= 26:
        width, height = struct.unpack("<ii", head[18:26])
        return width, abs(height)
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 9 <= len(head):
        if head[position] != 0xFF:
            return None
        marker = head[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        (length,) = struct.unpack(">H", head[position + 2 : position + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", head[position + 5 : position + 9])
            return width, height
        if length < 2:
            return None
        position += 2 + length
    return None


def pdf_looks_whole(path: Path) -> bool:
    """A PDF header at the start, and at the end a cross-reference offset that points at one."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(1024)
        handle.seek(max(0, size - 2048))
        tail = handle.read()
        match = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", tail)
        if b"%PDF-" not in head or match is None:
            return False
        offset = int(match.group(1))
        if offset >= size:
            return False
        handle.seek(offset)
        target = handle.read(64)
    return target.startswith(b"xref") or re.match(rb"\d+\s+\d+\s+obj\b", target) is not None
