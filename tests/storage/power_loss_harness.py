"""The power-loss harness: a fault-injecting SQLite VFS (APSW) that cuts the power at a random moment.

The VFS passes every operation to the real files and keeps, per file, what is durable: the content
as of its last ``xSync``, plus the writes and truncations since. At the power cut (a chosen
operation number) every later operation fails, as in a machine that stopped; then each unsynced
write is independently kept, dropped, torn (only some of its 512-byte sectors reach the disk) or
turned to garbage, the files are rewritten to that state and the shared-memory file is removed.
The database is then opened again with Python's own sqlite3 (the application's SQLite) and checked.

The workload runs the application's connection settings (``storage.database._apply_pragmas``:
WAL, synchronous=FULL) on a database migrated to head, committing transactions that each insert a
marker row, rewrite a larger row and bump a counter; a commit counts once COMMIT has returned. The
only added setting, ``wal_autocheckpoint``, makes checkpoints (and cuts during them) happen within
a short run; it changes when pages move, not what is synced.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import apsw

SECTOR = 512
TRANSACTIONS = 40


class FaultyDisk:
    """What each file holds durably, what was written since its last sync, and when the power goes."""

    def __init__(self, rng: random.Random, cut_at: int | None) -> None:
        self.rng = rng
        self.cut_at = cut_at
        self.operations = 0
        self.cut = False
        self.durable: dict[str, bytes] = {}
        self.pending: dict[str, list[tuple]] = {}

    def track(self, path: str) -> None:
        if path not in self.durable:
            self.durable[path] = Path(path).read_bytes() if os.path.exists(path) else b""
            self.pending[path] = []

    def tick(self) -> None:
        if self.cut:
            raise apsw.IOError("the power is off")
        self.operations += 1
        if self.cut_at is not None and self.operations >= self.cut_at:
            self.cut = True
            raise apsw.IOError("power cut")

    def record(self, path: str, operation: tuple) -> None:
        self.pending[path].append(operation)

    def synced(self, path: str) -> None:
        self.durable[path] = bytes(_apply(self.durable[path], self.pending[path], keep=lambda _op: "keep", rng=self.rng))
        self.pending[path] = []

    def deleted(self, path: str) -> None:
        self.durable.pop(path, None)
        self.pending.pop(path, None)

    def power_cut(self) -> None:
        """Leave on the disk what survives: the durable content and a random part of the rest."""
        for path, operations in self.pending.items():
            image = _apply(self.durable[path], operations, keep=self._fate, rng=self.rng)
            with open(path, "wb") as handle:
                handle.write(image)
        for path in list(self.durable):
            Path(f"{path}-shm").unlink(missing_ok=True)  # shared memory does not survive a power cut

    def _fate(self, operation: tuple) -> str:
        roll = self.rng.random()
        if operation[0] == "truncate":
            return "keep" if roll < 0.5 else "drop"
        return "keep" if roll < 0.4 else "drop" if roll < 0.8 else "tear" if roll < 0.95 else "garbage"


def _apply(base: bytes, operations: list[tuple], *, keep, rng: random.Random) -> bytearray:
    image = bytearray(base)
    for operation in operations:
        fate = keep(operation)
        if fate == "drop":
            continue
        if operation[0] == "truncate":
            del image[operation[1]:]
            continue
        _, offset, data = operation
        if fate == "garbage":
            data = rng.randbytes(len(data))
        pieces = [(start, data[start : start + SECTOR]) for start in range(0, len(data), SECTOR)]
        if fate == "tear":
            pieces = [piece for piece in pieces if rng.random() < 0.5]
        for start, piece in pieces:
            at = offset + start
            if len(image) < at:
                image.extend(bytes(at - len(image)))
            image[at : at + len(piece)] = piece
    return image


class FaultyFile(apsw.VFSFile):
    def __init__(self, disk: FaultyDisk, name, flags) -> None:
        super().__init__("", name, flags)
        self.disk = disk
        self.path = name.filename() if isinstance(name, apsw.URIFilename) else str(name)
        disk.track(self.path)

    def xWrite(self, data, offset) -> None:
        self.disk.tick()
        super().xWrite(data, offset)
        self.disk.record(self.path, ("write", offset, bytes(data)))

    def xTruncate(self, size) -> None:
        self.disk.tick()
        super().xTruncate(size)
        self.disk.record(self.path, ("truncate", size))

    def xSync(self, flags) -> None:
        # The model decides what survives the cut, so the real disk need not be synced (and the
        # harness runs many trials quickly).
        self.disk.tick()
        self.disk.synced(self.path)


class FaultyVFS(apsw.VFS):
    def __init__(self, name: str, disk: FaultyDisk) -> None:
        self.disk = disk
        super().__init__(name, "")

    def xOpen(self, name, flags):
        return FaultyFile(self.disk, name, flags)

    def xDelete(self, filename, syncdir) -> None:
        self.disk.tick()
        super().xDelete(filename, syncdir)
        self.disk.deleted(str(filename))


@dataclass
class PowerLossFigures:
    synchronous: str
    trials: int = 0
    cuts: int = 0  # trials in which the power went before the workload finished
    committed: int = 0
    lost_commits: int = 0
    trials_with_losses: int = 0
    damaged: int = 0  # integrity check failed or counter and rows disagree (a torn transaction)
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"synchronous={self.synchronous}: {self.trials} power cuts, {self.committed} reported commits, "
            f"{self.lost_commits} lost in {self.trials_with_losses} trials, {self.damaged} damaged databases"
        )


def make_template(folder: Path) -> Path:
    """A database migrated to head by the application, closed (its WAL folded in)."""
    from bmb_desktop.storage.database import open_database

    path = folder / "template.sqlite3"
    open_database(path).close()
    return path


def run_power_cuts(template: Path, work: Path, *, synchronous: str, trials: int, seed: int) -> PowerLossFigures:
    rng = random.Random(seed)
    figures = PowerLossFigures(synchronous)
    operations = _count_operations(template, work, synchronous)
    for trial in range(trials):
        database = work / f"trial-{synchronous}-{trial}.sqlite3"
        shutil.copyfile(template, database)
        committed, cut = _run_workload(database, synchronous, FaultyDisk(rng, rng.randint(1, operations)), f"faulty{trial}")
        figures.trials += 1
        figures.cuts += cut
        figures.committed += len(committed)
        lost, problem = _check(database, committed)
        figures.lost_commits += len(lost)
        figures.trials_with_losses += bool(lost)
        if problem:
            figures.damaged += 1
            figures.failures.append(f"trial {trial}: {problem}")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    return figures


def _count_operations(template: Path, work: Path, synchronous: str) -> int:
    database = work / f"count-{synchronous}.sqlite3"
    shutil.copyfile(template, database)
    disk = FaultyDisk(random.Random(0), None)
    _run_workload(database, synchronous, disk, "faultycount")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    return disk.operations


def _run_workload(database: Path, synchronous: str, disk: FaultyDisk, vfs_name: str) -> tuple[list[int], bool]:
    from bmb_desktop.storage.database import _apply_pragmas

    vfs = FaultyVFS(vfs_name, disk)
    committed: list[int] = []
    connection = None
    try:
        connection = apsw.Connection(str(database), vfs=vfs_name)
        _apply_pragmas(connection, None)  # the application's own settings
        if synchronous != "FULL":
            connection.execute(f"PRAGMA synchronous={synchronous}")
        connection.execute("PRAGMA wal_autocheckpoint=16")
        payload = random.Random(len(str(database)))
        for number in range(TRANSACTIONS):
            connection.execute("BEGIN")
            connection.execute("INSERT INTO database_fact (key, value) VALUES (?, ?)", (f"m{number}", "x" * payload.randint(50, 3000)))
            connection.execute("INSERT OR REPLACE INTO database_fact (key, value) VALUES ('big', ?)", (payload.randbytes(3000).hex(),))
            connection.execute("INSERT OR REPLACE INTO database_fact (key, value) VALUES ('count', ?)", (str(number + 1),))
            connection.execute("COMMIT")
            committed.append(number)
    except apsw.Error:
        pass  # the power went
    finally:
        if connection is not None:
            try:
                connection.close(True)
            except apsw.Error:
                pass
        if disk.cut:
            disk.power_cut()
        vfs.unregister()
    return committed, disk.cut


def _check(database: Path, committed: list[int]) -> tuple[list[int], str]:
    """(reported commits missing, what is damaged) after the power came back."""
    try:
        connection = sqlite3.connect(database)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
            rows = dict(connection.execute("SELECT key, value FROM database_fact"))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [], f"cannot open: {error}"
    if result != [("ok",)]:
        return [], f"integrity check: {result[:3]}"
    count = int(rows.get("count", 0))
    markers = {int(key[1:]) for key in rows if key.startswith("m")}
    lost = [number for number in committed if number not in markers]
    if markers != set(range(count)):
        return lost, f"counter {count} but markers {sorted(markers)[:5]}…: a transaction was torn"
    return lost, ""
