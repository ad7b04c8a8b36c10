"""Removable drives offered for the export: USB sticks and cards with their label and free space."""

import inspect
import os
import sys
from collections import namedtuple
from pathlib import Path

import pytest

from bmb_desktop.services import removable_drives
from bmb_desktop.services.removable_drives import Drive, linux_drives

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def system(tmp_path):
    """A /sys/block with a fixed disk sda and a USB stick sdb, and a /dev/disk/by-label folder."""
    sys_block = tmp_path / "sys" / "block"
    for disk, removable in (("sda", "0"), ("sdb", "1"), ("sdc", "0")):
        (sys_block / disk / f"{disk}1").mkdir(parents=True)
        (sys_block / disk / "removable").write_text(f"{removable}\n")
    labels = tmp_path / "by-label"
    labels.mkdir()
    os.symlink("/dev/sdb1", labels / "KINGSTON\\x20USB")
    return sys_block, labels


def sizes(point: str) -> Usage:
    return {"/mnt/kingston usb": Usage(16_000_000_000, 4_000_000_000, 12_000_000_000), "/media/aida/CARD": Usage(8_000_000_000, 0, 8_000_000_000)}.get(point) or Usage(500e9, 100e9, 400e9)


MOUNTS = """/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
tmpfs /run tmpfs rw 0 0
/dev/sdb1 /mnt/kingston\\040usb vfat rw 0 0
/dev/sdc1 /srv/data ext4 rw 0 0
/dev/mmcblk0p1 /media/aida/CARD exfat rw 0 0
"""


def test_sticks_and_desktop_mounts_are_listed_with_label_and_free_space(system):
    sys_block, labels = system
    drives = linux_drives(MOUNTS, sys_block, labels=labels, usage=sizes)
    assert drives == [
        Drive(Path("/media/aida/CARD"), "CARD", 8_000_000_000, 8_000_000_000),
        Drive(Path("/mnt/kingston usb"), "KINGSTON USB", 12_000_000_000, 16_000_000_000),
    ]
    assert {d.path for d in drives}.isdisjoint({Path("/"), Path("/srv/data"), Path("/run")})  # fixed disks and pseudo file systems


def test_a_drive_pulled_out_since_it_was_mounted_is_left_out(system):
    sys_block, labels = system

    def gone(point):
        if point == "/media/aida/CARD":
            raise FileNotFoundError(point)
        return sizes(point)

    assert [d.label for d in linux_drives(MOUNTS, sys_block, labels=labels, usage=gone)] == ["KINGSTON USB"]


def test_a_drive_is_described_with_its_free_space():
    drive = Drive(Path("/media/aida/KINGSTON"), "KINGSTON", 12_300_000_000, 15_500_000_000)
    assert drive.describe() == "KINGSTON (/media/aida/KINGSTON): 15.5 ГБдан 12.3 ГБ бош"


def test_the_drives_mounted_here_are_drives(monkeypatch):
    found = removable_drives.removable_drives()
    assert isinstance(found, list) and all(isinstance(d, Drive) and d.free_bytes <= d.total_bytes for d in found)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert removable_drives.removable_drives() == []


def test_the_windows_branch_asks_the_kernel_for_removable_letters_with_a_medium():
    source = inspect.getsource(removable_drives.windows_drives)
    for call in ("GetLogicalDrives", "GetDriveTypeW", "GetVolumeInformationW", "GetDiskFreeSpaceExW", "SetErrorMode"):
        assert call in source
    assert removable_drives.DRIVE_REMOVABLE == 2
