"""One writer per database: a second copy is told so, and a lock left by a crash is stale."""

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from bmb_desktop.storage.lock import (
    OTHER_HOST_STALE_AFTER,
    DatabaseLockedError,
    LockOwner,
    WriterLock,
    is_stale,
    lock_path,
    pid_alive,
    process_marker,
    read_owner,
    this_host,
)

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)
HOLDER = """
import sys, time
from pathlib import Path
from bmb_desktop.storage.lock import WriterLock
lock = WriterLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def owner(**changes) -> LockOwner:
    base = LockOwner(4242, "aiyl-pc", NOW.isoformat(), NOW.isoformat(), "boot:100", "token")
    return replace(base, **changes)


def test_acquire_writes_who_holds_it_and_release_removes_it(tmp_path):
    db = tmp_path / "bmb.sqlite3"
    with WriterLock(db) as lock:
        held = read_owner(lock_path(db))
        assert (held.pid, held.host) == (os.getpid(), this_host())
        assert lock.held()
    assert not lock_path(db).exists()


def test_a_second_copy_is_told_the_database_is_open(tmp_path):
    db = tmp_path / "bmb.sqlite3"
    first = WriterLock(db)
    first.acquire()
    try:
        with pytest.raises(DatabaseLockedError, match="башка терезесинде ачык турат") as refused:
            WriterLock(db).acquire()
        assert refused.value.owner.token == first.owner.token
    finally:
        first.release()
    WriterLock(db).acquire()  # free again


def test_a_running_process_keeps_its_lock_and_a_killed_one_leaves_a_stale_lock(tmp_path):
    db = tmp_path / "bmb.sqlite3"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseLockedError):
            WriterLock(db).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock_path(db).exists()  # the crash left it behind
    lock = WriterLock(db)
    lock.acquire()
    assert read_owner(lock_path(db)).pid == os.getpid()
    lock.release()


def test_a_lock_whose_number_now_belongs_to_another_process_is_stale(tmp_path):
    db = tmp_path / "bmb.sqlite3"
    marker = process_marker(os.getpid())
    if marker is None:
        pytest.skip("this system cannot tell processes apart beyond their number")
    reused = owner(pid=os.getpid(), host=this_host(), process_marker="another-boot:1")
    lock_path(db).write_text(json.dumps(reused.__dict__))
    lock = WriterLock(db)
    lock.acquire()
    lock.release()


@pytest.mark.parametrize(
    ("lock", "alive", "marker", "stale"),
    [
        (owner(), True, "boot:100", False),  # running
        (owner(), False, None, True),  # its process is gone
        (owner(), True, "boot:999", True),  # the number was reused by a later process
        (owner(process_marker=""), True, "boot:999", False),  # cannot tell: assume it runs
        (owner(host="other-pc"), False, None, False),  # another computer, refreshed just now
        (owner(host="other-pc", refreshed_at=(NOW - OTHER_HOST_STALE_AFTER - timedelta(minutes=1)).isoformat()), True, None, True),
    ],
)
def test_stale_rule(lock, alive, marker, stale):
    assert is_stale(lock, now=NOW, host="aiyl-pc", alive=lambda _pid: alive, marker=lambda _pid: marker) is stale


def test_a_half_written_lock_file_is_respected_briefly_then_taken_over(tmp_path):
    db = tmp_path / "bmb.sqlite3"
    lock_path(db).write_text('{"pid": 12')
    with pytest.raises(DatabaseLockedError):
        WriterLock(db).acquire()
    old = time.time() - 120
    os.utime(lock_path(db), (old, old))
    lock = WriterLock(db)
    lock.acquire()
    assert lock.held()
    lock.release()


def test_refresh_renews_the_time_other_computers_judge_by(tmp_path):
    db = tmp_path / "bmb.sqlite3"
    with WriterLock(db) as lock:
        before = read_owner(lock_path(db)).refreshed_at
        time.sleep(0.01)
        lock.refresh()
        after = read_owner(lock_path(db))
        assert after.refreshed_at > before and after.token == lock.owner.token


def test_this_process_is_alive_and_a_finished_one_is_not():
    assert pid_alive(os.getpid())
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    assert not pid_alive(int(done.stdout))
