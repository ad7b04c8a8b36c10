"""Hostile files are refused quickly with the reason, and nothing is written outside the target."""

import os
import stat
import struct
import time
import zipfile
import zlib

import pytest

from bmb_desktop.storage.safe_extract import UnsafeFileError, check_file, image_size, member_path, safe_extract

QUICK = 2.0  # seconds: every refusal comes well within this


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))


def pdf() -> bytes:
    body = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    xref = len(body)
    return body + b"xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"


def archive(path, members: dict[str, bytes], *, mode=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", mode) as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    return path


@pytest.fixture
def place(tmp_path):
    """An app folder (where the target goes) inside a folder whose contents are watched."""
    app = tmp_path / "app"
    app.mkdir()
    return app


def refused(bundle, place, reason):
    before = sorted(p for p in place.parent.rglob("*"))
    started = time.monotonic()
    with pytest.raises(UnsafeFileError) as error:
        safe_extract(bundle, place / "imported")
    assert time.monotonic() - started < QUICK
    assert error.value.reason == reason
    assert sorted(p for p in place.parent.rglob("*")) == before  # nothing written anywhere
    return error.value


def test_a_sound_archive_is_unpacked(tmp_path, place):
    bundle = archive(tmp_path / "ok.zip", {"database.sqlite3": b"x" * 1000, "attachments/ab/photo.png": png(800, 600), "docs/act.pdf": pdf()})
    written = safe_extract(bundle, place / "imported")
    assert sorted(p.relative_to(place / "imported").as_posix() for p in written) == ["attachments/ab/photo.png", "database.sqlite3", "docs/act.pdf"]
    assert (place / "imported" / "docs" / "act.pdf").read_bytes() == pdf()
    assert [p.name for p in place.iterdir()] == ["imported"]


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "attachments/../../evil.txt", "/etc/passwd", "C:/Windows/evil.dll", "C:evil.txt", "..\\..\\evil.txt",
     "docs/CON.txt", "docs/evil.txt:stream", "docs/trailing. "],
)
def test_paths_escaping_the_target_are_refused(tmp_path, place, name):
    bundle = archive(tmp_path / "evil.zip", {"database.sqlite3": b"x", name: b"owned"})
    error = refused(bundle, place, "path")
    assert name in error.message


def test_a_symbolic_link_member_is_refused(tmp_path, place):
    info = zipfile.ZipInfo("attachments/link")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(tmp_path / "link.zip", "w") as bundle:
        bundle.writestr(info, "/etc/passwd")
    refused(tmp_path / "link.zip", place, "link")


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path, place):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        with bundle.open("database.sqlite3", "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(600):  # 600 MiB of zeros in well under a megabyte
                member.write(block)
    assert bomb.stat().st_size < 2_000_000
    error = refused(bomb, place, "bomb")
    assert "database.sqlite3" in error.message


def test_a_bomb_that_lies_about_its_size_is_stopped_at_the_size_it_declares(tmp_path, place):
    honest = tmp_path / "honest.zip"
    archive(honest, {"database.sqlite3": bytes(5 << 20)})
    data = bytearray(honest.read_bytes())
    # Shrink the declared size in the local header and the central directory to 1 KiB.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.find(signature)
        data[start + offset : start + offset + 4] = struct.pack("<I", 1024)
    liar = tmp_path / "liar.zip"
    liar.write_bytes(bytes(data))
    refused(liar, place, "damaged")  # inflating stops at 1 KiB, whose checksum then fails


def test_a_huge_image_is_refused_from_its_header(tmp_path, place):
    bundle = archive(tmp_path / "huge.zip", {"attachments/ab/photo.png": png(100_000, 100_000)})
    error = refused(bundle, place, "huge_image")
    assert "100000 × 100000" in error.message


def test_a_malformed_pdf_is_refused(tmp_path, place):
    broken = pdf()[:-40]  # cut before its cross-reference offset and end marker
    bundle = archive(tmp_path / "pdf.zip", {"docs/act.pdf": broken})
    refused(bundle, place, "pdf")


def test_random_bytes_are_not_an_archive(tmp_path, place):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(os.urandom(200_000))
    refused(junk, place, "not_archive")


def test_a_member_whose_data_fails_its_checksum_is_refused(tmp_path, place):
    good = archive(tmp_path / "good.zip", {"database.sqlite3": b"the data of the database" * 100}, mode=zipfile.ZIP_STORED)
    data = bytearray(good.read_bytes())
    data[data.find(b"the data") + 5] ^= 0xFF
    (tmp_path / "bad.zip").write_bytes(bytes(data))
    refused(tmp_path / "bad.zip", place, "damaged")


def test_the_same_file_twice_is_refused(tmp_path, place):
    with zipfile.ZipFile(tmp_path / "twice.zip", "w") as bundle:
        bundle.writestr("docs/Act.pdf", pdf())
        bundle.writestr("docs/act.pdf", pdf())
    refused(tmp_path / "twice.zip", place, "duplicate")


def test_an_existing_target_is_never_overwritten(tmp_path, place):
    (place / "imported").mkdir()
    (place / "imported" / "keep.txt").write_text("mine")
    bundle = archive(tmp_path / "ok.zip", {"database.sqlite3": b"x"})
    with pytest.raises(UnsafeFileError) as error:
        safe_extract(bundle, place / "imported")
    assert error.value.reason == "target" and (place / "imported" / "keep.txt").read_text() == "mine"


def test_single_files_are_checked_the_same_way(tmp_path):
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(100))
    with pytest.raises(UnsafeFileError) as error:
        check_file(tmp_path / "scan.jpg")
    assert error.value.reason == "image"
    (tmp_path / "act.pdf").write_bytes(os.urandom(5000))
    with pytest.raises(UnsafeFileError):
        check_file(tmp_path / "act.pdf")
    (tmp_path / "good.pdf").write_bytes(pdf())
    check_file(tmp_path / "good.pdf")


def test_image_sizes_are_read_from_png_jpeg_gif_and_bmp_headers():
    jpeg = b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + bytes(14) + b"\xff\xc0" + struct.pack(">HBHH", 17, 8, 480, 640) + bytes(10)
    assert image_size(png(640, 480)) == (640, 480)
    assert image_size(jpeg) == (640, 480)
    assert image_size(b"GIF89a" + struct.pack("<HH", 640, 480) + bytes(10)) == (640, 480)
    assert image_size(b"BM" + bytes(16) + struct.pack("<ii", 640, -480) + bytes(10)) == (640, 480)
    assert image_size(b"RIFF" + bytes(60)) is None


def test_member_paths_are_made_relative_and_plain():
    assert member_path("attachments\\ab\\photo.png").as_posix() == "attachments/ab/photo.png"
    assert member_path("./docs//act.pdf").as_posix() == "docs/act.pdf"
