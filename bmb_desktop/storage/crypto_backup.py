"""Password-protected backups: AES-256-GCM in chunks, the key derived from the password by scrypt.

The password is never stored. The file holds the scrypt parameters, a salt and a check value
derived from the password (so a wrong password is told apart from a damaged file), then the data
in authenticated chunks whose nonces carry the chunk's number and whether it is the last: chunks
cut off, reordered or changed are all detected.

Layout: MAGIC, header length (4 bytes), header (JSON), then per chunk its length (4 bytes) and
its ciphertext with the 16-byte tag.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import unicodedata
from pathlib import Path
from typing import BinaryIO

from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _

MAGIC = b"BMBENC01"
CHUNK = 1 << 20
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 17, 8, 1  # about half a second and 128 MiB: slow to guess
# Limits on what a file may ask for, so that a forged header cannot exhaust the computer:
# scrypt needs 128 * n * r bytes, here at most 256 MiB.
MAX_N_TIMES_R, MAX_P, MAX_CHUNK, MAX_HEADER = 1 << 21, 4, 16 << 20, 4096
TAG = 16


class WrongPasswordError(UserError):
    """The password does not open this backup."""


class DamagedEncryptedFileError(UserError):
    """The protected backup was changed or cut short after it was written."""


def is_encrypted(path: Path) -> bool:
    with Path(path).open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def encrypt_stream(source: BinaryIO, target: BinaryIO, password: str) -> None:
    """Write ``source`` to ``target`` protected by ``password``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = os.urandom(16), os.urandom(7)
    key, check = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = json.dumps(
        {
            "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "cipher": "AES-256-GCM",
            "chunk": CHUNK, "salt": _b64(salt), "nonce_prefix": _b64(prefix), "check": _b64(check),
        },
        sort_keys=True,
    ).encode("ascii")
    target.write(MAGIC + struct.pack(">I", len(header)) + header)
    cipher = AESGCM(key)
    index, chunk = 0, source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        last = not following
        sealed = cipher.encrypt(_nonce(prefix, index, last), chunk, header)
        target.write(struct.pack(">I", len(sealed)) + sealed)
        if last:
            return
        index, chunk = index + 1, following


def decrypt_file(source: Path, target: Path, password: str) -> None:
    """Write the plain content of ``source`` to ``target``; nothing is left there on failure."""
    try:
        with Path(source).open("rb") as reader, Path(target).open("wb") as writer:
            decrypt_stream(reader, writer, password)
    except BaseException:
        Path(target).unlink(missing_ok=True)
        raise


def decrypt_stream(source: BinaryIO, target: BinaryIO, password: str) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, fields = _read_header(source)
    key, check = _derive(password, fields["salt"], fields["n"], fields["r"], fields["p"])
    if not hmac.compare_digest(check, fields["check"]):
        raise WrongPasswordError(_("The password is wrong: this backup cannot be opened with it. Nothing was changed."))
    cipher = AESGCM(key)
    index = 0
    while True:
        size_bytes = source.read(4)
        if len(size_bytes) < 4:
            raise _damaged()  # the last chunk never came: the file was cut short
        (size,) = struct.unpack(">I", size_bytes)
        if size < TAG or size > fields["chunk"] + TAG:
            raise _damaged()
        sealed = source.read(size)
        if len(sealed) < size:
            raise _damaged()
        plain, last = None, False
        for flag in (False, True):  # the flag is sealed into the nonce: only the true one opens
            try:
                plain, last = cipher.decrypt(_nonce(fields["prefix"], index, flag), sealed, header), flag
                break
            except InvalidTag:
                continue
        if plain is None:
            raise _damaged()
        target.write(plain)
        if last:
            if source.read(1):
                raise _damaged()  # data after the last chunk
            return
        index += 1


def _read_header(source: BinaryIO) -> tuple[bytes, dict]:
    start = source.read(len(MAGIC) + 4)
    if len(start) < len(MAGIC) + 4 or start[: len(MAGIC)] != MAGIC:
        raise _damaged()
    (length,) = struct.unpack(">I", start[len(MAGIC):])
    if length > MAX_HEADER:
        raise _damaged()
    header = source.read(length)
    try:
        raw = json.loads(header)
        fields = {
            "n": int(raw["n"]), "r": int(raw["r"]), "p": int(raw["p"]), "chunk": int(raw["chunk"]),
            "salt": base64.b64decode(raw["salt"]), "prefix": base64.b64decode(raw["nonce_prefix"]),
            "check": base64.b64decode(raw["check"]),
        }
    except (ValueError, KeyError, TypeError):
        raise _damaged() from None
    valid = (
        raw.get("kdf") == "scrypt" and fields["n"] >= 2 and fields["n"] & (fields["n"] - 1) == 0
        and fields["r"] >= 1 and fields["n"] * fields["r"] <= MAX_N_TIMES_R and 1 <= fields["p"] <= MAX_P
        and 1 <= fields["chunk"] <= MAX_CHUNK and len(fields["salt"]) >= 16
        and len(fields["prefix"]) == 7 and len(fields["check"]) == 32
    )
    if not valid:
        raise _damaged()
    return header, fields


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    # NFC: the same password typed on another keyboard layout or system gives the same bytes.
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(secret)
    return material[:32], hashlib.sha256(b"bmb-backup-password-check" + material[32:]).digest()


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _damaged() -> DamagedEncryptedFileError:
    return DamagedEncryptedFileError(_("The protected backup is damaged or incomplete and cannot be opened. Nothing was changed."))
