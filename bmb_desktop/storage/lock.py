"""One writer per database: a lock file beside it naming the process, its computer and its start.

A second running copy of the application is refused with a message naming where the database is
open. A lock left behind by a crash or a power cut is recognised as stale: its process is gone (or
the number now belongs to another process), or it comes from another computer and has not been
refreshed for ``OTHER_HOST_STALE_AFTER``. The running copy calls ``refresh()`` now and then.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _

OTHER_HOST_STALE_AFTER = timedelta(hours=2)
UNREADABLE_STALE_AFTER = timedelta(seconds=30)  # a half-written lock file from a crash


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    started_at: str  # ISO, UTC
    refreshed_at: str
    process_marker: str  # tells a process from a later one that got the same number
    token: str

    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    def refreshed(self) -> datetime:
        return datetime.fromisoformat(self.refreshed_at)


class DatabaseLockedError(UserError):
    """Another running copy of BMB Desktop writes this database."""

    def __init__(self, owner: LockOwner) -> None:
        since = owner.started().astimezone().strftime("%d.%m.%Y %H:%M")
        if owner.host == this_host():
            message = _("This database is already open in another BMB Desktop window on this computer (since {since}). Close that window first, or continue working in it.", since=since)
        else:
            message = _("This database is already open in BMB Desktop on the computer {host} (since {since}). Close it there first.", host=owner.host, since=since)
        super().__init__(message)
        self.owner = owner


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def this_host() -> str:
    return socket.gethostname() or "?"


class WriterLock:
    """The lock of one database for this process; ``acquire`` raises DatabaseLockedError if held."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self.owner: LockOwner | None = None

    def acquire(self) -> None:
        for _attempt in range(5):
            if self._create():
                return
            current = read_owner(self.path)
            if current is None:
                if not _old_file(self.path, UNREADABLE_STALE_AFTER):
                    raise DatabaseLockedError(_unknown_owner(self.path))
            elif not is_stale(current, now=_now(), host=this_host(), alive=pid_alive, marker=process_marker):
                raise DatabaseLockedError(current)
            _remove_stale(self.path, current)
        raise DatabaseLockedError(read_owner(self.path) or _unknown_owner(self.path))

    def refresh(self) -> None:
        """Renew the time stamp that tells other computers this copy still runs."""
        if self.owner is None or not self.held():
            return
        self.owner = LockOwner(**{**asdict(self.owner), "refreshed_at": _now().isoformat()})
        temporary = self.path.with_name(self.path.name + f".{self.owner.token}")
        _write_json(temporary, self.owner, exclusive=False)
        os.replace(temporary, self.path)

    def held(self) -> bool:
        current = read_owner(self.path)
        return self.owner is not None and current is not None and current.token == self.owner.token

    def release(self) -> None:
        if self.held():
            self.path.unlink(missing_ok=True)
        self.owner = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()

    def _create(self) -> bool:
        now = _now().isoformat()
        owner = LockOwner(os.getpid(), this_host(), now, now, process_marker(os.getpid()) or "", secrets.token_hex(8))
        try:
            _write_json(self.path, owner, exclusive=True)
        except FileExistsError:
            return False
        self.owner = owner
        return True


def read_owner(path: Path) -> LockOwner | None:
    """The lock file's owner, or None when there is none or it cannot be read."""
    try:
        return LockOwner(**json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def is_stale(
    owner: LockOwner, *, now: datetime, host: str,
    alive: Callable[[int], bool], marker: Callable[[int], str | None],
) -> bool:
    """Whether the lock's owner has certainly stopped (the pure rule; the probes are passed in)."""
    if owner.host != host:
        return now - owner.refreshed() > OTHER_HOST_STALE_AFTER
    if not alive(owner.pid):
        return True
    current = marker(owner.pid)
    return bool(owner.process_marker and current and current != owner.process_marker)


def _remove_stale(path: Path, seen: LockOwner | None) -> None:
    # Renaming first means only one of two copies starting together removes the stale lock;
    # the other then finds the winner's new lock.
    claimed = path.with_name(f"{path.name}.stale-{secrets.token_hex(4)}")
    try:
        os.replace(path, claimed)
    except FileNotFoundError:
        return
    if seen is not None and read_owner(claimed) != seen:
        try:  # another copy replaced it meanwhile: put its lock back
            os.link(claimed, path)
        except OSError:
            pass
    claimed.unlink(missing_ok=True)


def _write_json(path: Path, owner: LockOwner, *, exclusive: bool) -> None:
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    descriptor = os.open(path, flags, 0o644)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(asdict(owner), handle)
        handle.flush()
        os.fsync(handle.fileno())


def _unknown_owner(path: Path) -> LockOwner:
    try:
        stamp = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).isoformat()
    except OSError:
        stamp = _now().isoformat()
    return LockOwner(0, this_host(), stamp, stamp, "", "")


def _old_file(path: Path, age: timedelta) -> bool:
    try:
        return _now().timestamp() - path.stat().st_mtime > age.total_seconds()
    except OSError:
        return True


def _now() -> datetime:
    return datetime.now(timezone.utc)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def process_marker(pid: int) -> str | None:
    """Something that differs between two processes that got the same number, where we can tell."""
    if sys.platform.startswith("linux"):
        try:
            boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return None
        # The start time is field 22; the command name before it may hold spaces, so split after ")".
        return f"{boot}:{stat.rsplit(')', 1)[1].split()[19]}"
    if sys.platform == "win32":
        return _windows_creation_time(pid)
    return None


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _windows_creation_time(pid: int) -> str | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)
    if not handle:
        return None
    try:
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return None
        return str((times[0].dwHighDateTime << 32) | times[0].dwLowDateTime)
    finally:
        kernel32.CloseHandle(handle)
