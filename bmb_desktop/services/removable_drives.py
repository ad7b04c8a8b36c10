"""The removable drives (USB sticks, memory cards) to offer for "Export for the council", with
their label and free space.

Linux: the mounted file systems of /proc/mounts whose block device /sys/block marks removable or
sits on USB, and whatever is mounted under /media or /run/media (where the desktop mounts a stick).
Windows: the drive letters GetLogicalDrives reports whose GetDriveTypeW is DRIVE_REMOVABLE and
that hold a medium, with GetVolumeInformationW's label and GetDiskFreeSpaceExW's free space; the
"insert a disk" dialog of an empty card reader is suppressed while asking. Elsewhere: none, and
the secretary chooses a folder.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bmb_desktop.locale.i18n import _
from bmb_desktop.storage.drives import PROC_MOUNTS, SYS_BLOCK, linux_removable

BY_LABEL = Path("/dev/disk/by-label")
DESKTOP_MOUNTS = ("/media/", "/run/media/")
DRIVE_REMOVABLE = 2
SEM_FAILCRITICALERRORS = 0x0001


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free_bytes: int
    total_bytes: int

    def describe(self) -> str:
        """"KINGSTON (/media/user/KINGSTON): 12.3 GB free of 15.5 GB", translated."""
        return _(
            "{label} ({path}): {free} GB free of {total} GB", label=self.label, path=self.path,
            free=f"{self.free_bytes / 1e9:.1f}", total=f"{self.total_bytes / 1e9:.1f}",
        )  # fmt: skip


def removable_drives() -> list[Drive]:
    """The removable drives mounted now; an empty list where the system cannot tell."""
    try:
        if sys.platform.startswith("linux"):
            return linux_drives(PROC_MOUNTS.read_text(encoding="utf-8", errors="replace"), SYS_BLOCK)
        if sys.platform == "win32":
            return windows_drives()
    except OSError:
        return []
    return []


def linux_drives(
    mounts: str, sys_block: Path, *, labels: Path = BY_LABEL, usage: Callable = shutil.disk_usage,
) -> list[Drive]:
    """Drives from the text of /proc/mounts and the /sys/block tree (both given, for tests)."""
    names = _labels_by_device(labels)
    found: dict[str, Drive] = {}
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3 or not fields[0].startswith("/dev/"):
            continue
        device, point = fields[0], _unescape(fields[1])
        desktop = any(point.startswith(prefix) for prefix in DESKTOP_MOUNTS)
        if device in found or not (desktop or linux_removable(Path(point), mounts, sys_block)):
            continue
        try:
            space = usage(point)
        except OSError:
            continue  # pulled out since it was mounted
        real = os.path.realpath(device) if Path(device).exists() else device
        label = names.get(real) or names.get(device) or Path(point).name or point
        found[device] = Drive(Path(point), label, space.free, space.total)
    return sorted(found.values(), key=lambda drive: str(drive.path))


def _labels_by_device(folder: Path) -> dict[str, str]:
    """/dev/disk/by-label: each link's name (the label, "\\x20" for a space) by the device it names."""
    labels: dict[str, str] = {}
    try:
        links = list(folder.iterdir())
    except OSError:
        return labels
    for link in links:
        try:
            labels[os.path.realpath(link)] = _unescape_label(link.name)
        except OSError:
            continue
    return labels


def _unescape(text: str) -> str:
    """/proc/mounts writes a space in a path as "\\040"."""
    return text.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def _unescape_label(text: str) -> str:
    return bytes(text, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8", errors="replace") if "\\x" in text else text


def windows_drives() -> list[Drive]:  # pragma: no cover - runs on Windows only
    """Removable drive letters holding a medium, through the kernel32 calls of the Windows API."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetLogicalDrives.restype = wintypes.DWORD
    kernel32.GetDriveTypeW.argtypes = [wintypes.LPCWSTR]
    kernel32.GetDriveTypeW.restype = wintypes.UINT
    kernel32.GetVolumeInformationW.argtypes = [
        wintypes.LPCWSTR, wintypes.LPWSTR, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD),
        ctypes.POINTER(wintypes.DWORD), ctypes.POINTER(wintypes.DWORD), wintypes.LPWSTR, wintypes.DWORD,
    ]  # fmt: skip
    kernel32.GetVolumeInformationW.restype = wintypes.BOOL
    kernel32.GetDiskFreeSpaceExW.argtypes = [
        wintypes.LPCWSTR, ctypes.POINTER(ctypes.c_ulonglong), ctypes.POINTER(ctypes.c_ulonglong), ctypes.POINTER(ctypes.c_ulonglong),
    ]  # fmt: skip
    kernel32.GetDiskFreeSpaceExW.restype = wintypes.BOOL
    kernel32.SetErrorMode.argtypes = [wintypes.UINT]
    kernel32.SetErrorMode.restype = wintypes.UINT
    previous = kernel32.SetErrorMode(SEM_FAILCRITICALERRORS)  # no "insert a disk" dialog for an empty reader
    drives = []
    try:
        mask = kernel32.GetLogicalDrives()
        for index in range(26):
            if not mask & (1 << index):
                continue
            root = f"{chr(ord('A') + index)}:\\"
            if kernel32.GetDriveTypeW(root) != DRIVE_REMOVABLE:
                continue
            label = ctypes.create_unicode_buffer(261)
            if not kernel32.GetVolumeInformationW(root, label, len(label), None, None, None, None, 0):
                continue  # no medium in it
            free, total = ctypes.c_ulonglong(0), ctypes.c_ulonglong(0)
            if not kernel32.GetDiskFreeSpaceExW(root, ctypes.byref(free), ctypes.byref(total), None):
                continue
            drives.append(Drive(Path(root), label.value or root, free.value, total.value))
    finally:
        kernel32.SetErrorMode(previous)
    return drives
