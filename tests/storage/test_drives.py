"""A database on a USB stick is told apart from one on the computer's own disk."""

from pathlib import Path

from bmb_desktop.storage.drives import linux_removable, on_removable_drive

MOUNTS = """/dev/vda1 / ext4 rw 0 0
/dev/sdb1 /media/aisha/KINGSTON vfat rw 0 0
/dev/sdc1 /media/aisha/My\\040Disk ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def sys_block(tmp_path) -> Path:
    root = tmp_path / "sys" / "block"
    for disk, removable in (("vda", "0"), ("sdb", "1"), ("sdc", "0")):
        (root / disk / f"{disk}1").mkdir(parents=True)
        (root / disk / "removable").write_text(f"{removable}\n")
    return root


def test_a_path_on_a_removable_stick_is_recognised(tmp_path):
    assert linux_removable(Path("/media/aisha/KINGSTON/bmb/bmb.sqlite3"), MOUNTS, sys_block(tmp_path))


def test_the_computers_own_disk_and_a_fixed_external_one_are_not_sticks(tmp_path):
    root = sys_block(tmp_path)
    assert not linux_removable(Path("/home/aisha/.local/share/BMB Desktop/bmb.sqlite3"), MOUNTS, root)
    assert not linux_removable(Path("/media/aisha/My Disk/bmb.sqlite3"), MOUNTS, root)
    assert not linux_removable(Path("/tmp/bmb.sqlite3"), MOUNTS, root)  # no block device behind it


def test_the_test_folder_itself_is_not_on_a_stick(tmp_path):
    assert on_removable_drive(tmp_path / "bmb.sqlite3") is False
