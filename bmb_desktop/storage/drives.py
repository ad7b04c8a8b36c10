"""Telling a USB stick from the computer's own disk: the database is never opened on a stick.

A stick can be pulled out in the middle of a write, and cheap ones lie about syncing; backups go
to a stick, the database itself stays on the computer. Where the system cannot tell, a drive is
taken to be fixed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SYS_BLOCK = Path("/sys/block")
PROC_MOUNTS = Path("/proc/mounts")


def on_removable_drive(path: Path) -> bool:
    path = Path(path).resolve()
    try:
        if sys.platform.startswith("linux"):
            return linux_removable(path, PROC_MOUNTS.read_text(), SYS_BLOCK)
        if sys.platform == "win32":
            return _windows_removable(path)
    except OSError:
        return False
    return False


def linux_removable(path: Path, mounts: str, sys_block: Path) -> bool:
    """Whether ``path`` lies on a removable or USB block device, from /proc/mounts and /sys/block."""
    device, best = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            device, best = fields[0], point
    if not device.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(device) if Path(device).exists() else device).name
    for disk in sorted((p for p in sys_block.iterdir()), key=lambda p: -len(p.name)) if sys_block.is_dir() else ():
        if name == disk.name or (name.startswith(disk.name) and (disk / name).exists()):
            removable = (disk / "removable").read_text().strip() == "1" if (disk / "removable").exists() else False
            return removable or "/usb" in os.path.realpath(disk)
    return False


def _windows_removable(path: Path) -> bool:
    import ctypes

    root = f"{path.drive}\\" if path.drive else str(path.anchor)
    return ctypes.windll.kernel32.GetDriveTypeW(root) == 2  # type: ignore[attr-defined]  # DRIVE_REMOVABLE
