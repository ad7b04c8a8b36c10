"""Writing files so that a power cut or a full disk never leaves a half-written file that looks whole."""

from __future__ import annotations

import os
from pathlib import Path

from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _


def write_file_safely(path: Path, data: bytes) -> None:
    """Write under a temporary name, flush to the disk, verify, then rename over ``path``."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if temporary.read_bytes() != data:
            raise OSError("read-back mismatch")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(
            _("Could not write {path}: {reason}. Check that the disk has space and is not write-protected.", path=path, reason=error.strerror or str(error))
        ) from error
