"""Password-protected backups: authenticated, slow to guess, and every change or cut detected."""

import io
import json
import os
import struct
import time

import pytest

from bmb_desktop.storage.crypto_backup import (
    CHUNK,
    MAGIC,
    DamagedEncryptedFileError,
    WrongPasswordError,
    decrypt_file,
    decrypt_stream,
    encrypt_stream,
    is_encrypted,
)

PASSWORD = "Айыл-2026 сыр"


@pytest.fixture(scope="module")
def sealed():
    plain = os.urandom(int(2.5 * CHUNK))  # three chunks, the last one partial
    target = io.BytesIO()
    encrypt_stream(io.BytesIO(plain), target, PASSWORD)
    return plain, target.getvalue()


def test_round_trip_over_several_chunks(sealed, tmp_path):
    plain, data = sealed
    source = tmp_path / "backup.bmbbackup"
    source.write_bytes(data)
    assert is_encrypted(source)
    decrypt_file(source, tmp_path / "plain.zip", PASSWORD)
    assert (tmp_path / "plain.zip").read_bytes() == plain


def test_the_file_keeps_no_trace_of_the_password(sealed):
    _plain, data = sealed
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])[0]])
    assert header["kdf"] == "scrypt" and header["n"] >= 1 << 17
    assert PASSWORD.encode() not in data and PASSWORD.encode("utf-16-le") not in data


def test_a_wrong_password_is_refused_and_leaves_no_file(sealed, tmp_path):
    _plain, data = sealed
    source = tmp_path / "backup.bmbbackup"
    source.write_bytes(data)
    with pytest.raises(WrongPasswordError, match="Сырсөз туура эмес"):
        decrypt_file(source, tmp_path / "plain.zip", "айыл-2026 сыр")
    assert not (tmp_path / "plain.zip").exists()


def test_the_same_password_typed_in_another_unicode_form_opens_it():
    target = io.BytesIO()
    encrypt_stream(io.BytesIO(b"data"), target, "Айым")  # й as one letter
    output = io.BytesIO()
    decrypt_stream(io.BytesIO(target.getvalue()), output, "Аи\u0306ым")  # и with a breve mark
    assert output.getvalue() == b"data"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[:-1] + bytes([data[-1] ^ 1]), id="changed byte"),
        pytest.param(lambda data: data[: len(data) - 700_000], id="last chunk cut off"),
        pytest.param(lambda data: data + b"more", id="data appended"),
        pytest.param(lambda data: data[:100], id="only the header"),
    ],
)
def test_a_changed_or_cut_file_is_refused_as_damaged(sealed, damage):
    _plain, data = sealed
    with pytest.raises(DamagedEncryptedFileError):
        decrypt_stream(io.BytesIO(damage(data)), io.BytesIO(), PASSWORD)


def test_chunks_swapped_in_order_are_detected():
    target = io.BytesIO()
    encrypt_stream(io.BytesIO(os.urandom(2 * CHUNK)), target, PASSWORD)
    data = target.getvalue()
    start = len(MAGIC) + 4 + struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])[0]
    size = struct.unpack(">I", data[start : start + 4])[0] + 4
    first, second = data[start : start + size], data[start + size : start + 2 * size]
    swapped = data[:start] + second + first + data[start + 2 * size :]
    with pytest.raises(DamagedEncryptedFileError):
        decrypt_stream(io.BytesIO(swapped), io.BytesIO(), PASSWORD)


def test_a_forged_header_asking_for_huge_memory_is_refused_at_once(sealed):
    _plain, data = sealed
    length = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])[0]
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    header["n"] = 1 << 24
    forged_header = json.dumps(header).encode()
    forged = MAGIC + struct.pack(">I", len(forged_header)) + forged_header + data[len(MAGIC) + 4 + length :]
    started = time.monotonic()
    with pytest.raises(DamagedEncryptedFileError):
        decrypt_stream(io.BytesIO(forged), io.BytesIO(), PASSWORD)
    assert time.monotonic() - started < 0.5
