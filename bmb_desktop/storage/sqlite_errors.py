"""SQLite's low-level failures (a full disk, a damaged file, a read-only folder) as messages to act on.

The engine's ``handle_error`` hook replaces the driver's exception by a ``DatabaseError`` whose
message the secretary can understand; the transaction is rolled back as before, so nothing half
saved remains. Refusals by the immutability triggers are left as they are: the services that
expect them turn them into messages (``storage.immutability``).
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy import Engine, event

from bmb_desktop.errors import DatabaseError
from bmb_desktop.locale.i18n import _

# Primary result codes (the low byte of an extended code).
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 8, 10, 11, 13, 14, 26


class DiskFullError(DatabaseError):
    """The disk (or the allowed file size) ran out while writing; nothing of the change was kept."""


class DamagedDatabaseError(DatabaseError):
    """SQLite found the file damaged while using it."""


def install_error_translation(engine: Engine) -> None:
    event.listen(engine, "handle_error", _translate_event)


def _translate_event(context):
    return translated(context.original_exception)


def translated(error: BaseException) -> DatabaseError | None:
    """The plain-language error for a driver error about the disk or the file, else None."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return disk_full_error()
    if not isinstance(error, sqlite3.Error):
        return None
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == SQLITE_FULL:
        return disk_full_error()
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedDatabaseError(
            _("The database file is damaged. Close BMB Desktop and open it again: it will check the file and offer the newest good backup.")
        )
    if code == SQLITE_IOERR:
        return DatabaseError(
            _("The computer could not write the database file: the disk may be full or failing. The last change was not saved; everything saved before it is safe. Free some space or check the disk, then try again.")
        )
    if code == SQLITE_READONLY:
        return DatabaseError(_("The database file cannot be written: the folder or the disk is read-only. The last change was not saved."))
    return None


def disk_full_error() -> DiskFullError:
    return DiskFullError(
        _("The disk is full. The last change was not saved; everything saved before it is safe. Free some space on the disk and try again.")
    )
