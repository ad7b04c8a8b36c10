"""The kill harness: children save members through the application and are killed with SIGKILL.

A fork server (this file run as a script) imports the application once; for each round it forks
a child that opens the database with ``open_database`` and saves members one after another with
``services.group.save_member``, writing "commit ROUND INDEX" to the shared pipe after each commit
returns. The parent kills the child at a random moment, then checks the database file: SQLite's
integrity check passes and every reported member is there. Used by tests/storage/test_kill_safety.py
(200 kills) and tests/benchmark/safety_benchmark.py (1,000).
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

MARKER = "Kill"  # surname prefix of the members the children save


@dataclass
class KillFigures:
    kills: int = 0
    reported_commits: int = 0
    kills_before_first_commit: int = 0
    kills_with_hot_wal: int = 0  # the killed child left a WAL that the next opening must recover
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.kills} SIGKILLs in {self.seconds:.1f} s: {self.reported_commits} reported commits, all present; "
            f"{self.kills_before_first_commit} kills before a child's first commit, "
            f"{self.kills_with_hot_wal} with a WAL left to recover; failures: {len(self.failures)}"
        )


class _Lines:
    """Lines from a pipe, read without blocking beyond a deadline."""

    def __init__(self, stream) -> None:
        self.fd = stream.fileno()
        self.buffer = b""
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.fd, selectors.EVENT_READ)

    def next(self, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not self.selector.select(left):
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError("the fork server stopped")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()


def run_kills(
    db_path: Path, *, kills: int, seed: int, max_delay: float = 0.2, early_share: float = 0.2, chain_every: int = 25,
) -> KillFigures:
    """Kill ``kills`` children at random moments; checks the database after each kill.

    ``early_share`` of the kills come within ``max_delay`` of the fork (while the child opens the
    database and recovers the WAL the last one left); the others within ``max_delay`` after the
    child's first reported commit.
    """
    rng = random.Random(seed)
    figures = KillFigures()
    started = time.monotonic()
    server = subprocess.Popen(
        [sys.executable, __file__, "serve", str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )
    lines = _Lines(server.stdout)
    reported: set[tuple[int, int]] = set()
    try:
        assert lines.next(120) == "ready", "the fork server did not start"
        for round_number in range(kills):
            server.stdin.write(f"go {round_number}\n".encode())
            server.stdin.flush()
            pid = _child_pid(lines)
            before = len(reported)
            ended = False
            if rng.random() >= early_share:  # most kills land while commits are under way
                while not ended and len(reported) == before:
                    line = lines.next(30)
                    if line is None:
                        raise TimeoutError("the child made no commit")
                    ended = line == f"reaped {pid}"
                    _take(line, reported)
            deadline = time.monotonic() + rng.uniform(0, max_delay)
            while not ended and (left := deadline - time.monotonic()) > 0:
                line = lines.next(left)
                ended = line == f"reaped {pid}"
                _take(line, reported)
            if ended:  # the child stopped by itself: its saving failed
                figures.failures.append(f"child {round_number} stopped before it was killed")
                continue
            os.kill(pid, signal.SIGKILL)
            while (line := lines.next(30)) != f"reaped {pid}":
                if line is None:
                    raise TimeoutError("the killed child was not reaped")
                _take(line, reported)
            figures.kills += 1
            figures.kills_before_first_commit += len(reported) == before
            figures.kills_with_hot_wal += Path(f"{db_path}-wal").exists() and Path(f"{db_path}-wal").stat().st_size > 0
            problem = check_database(db_path, reported, chain=(round_number + 1) % chain_every == 0)
            if problem:
                figures.failures.append(f"after kill {round_number + 1}: {problem}")
        figures.failures += [f"at the end: {p}" for p in [check_database(db_path, reported, chain=True)] if p]
    finally:
        server.stdin.close()
        server.wait(30)
    figures.reported_commits = len(reported)
    figures.seconds = time.monotonic() - started
    return figures


def _child_pid(lines: _Lines) -> int:
    line = lines.next(30)
    if line is None or not line.startswith("child "):
        raise RuntimeError(f"unexpected line from the fork server: {line!r}")
    return int(line.split()[1])


def _take(line: str | None, reported: set[tuple[int, int]]) -> None:
    if line and line.startswith("commit "):
        _, round_number, index = line.split()
        reported.add((int(round_number), int(index)))


def check_database(db_path: Path, reported: set[tuple[int, int]], *, chain: bool) -> str:
    """What is wrong with the database after a kill, or an empty string."""
    connection = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            return f"integrity check: {result[:3]}"
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            return "foreign keys broken"
        names = {row[0] for row in connection.execute("SELECT surname FROM person WHERE surname LIKE ?", (f"{MARKER}%",))}
    finally:
        connection.close()
    missing = [marker for marker in reported if _surname(*marker) not in names]
    if missing:
        return f"{len(missing)} reported commits missing, e.g. {sorted(missing)[:3]}"
    if chain:
        from sqlalchemy import create_engine
        from sqlalchemy.orm import Session

        from bmb_desktop.storage.audit import broken_links

        engine = create_engine(f"sqlite:///{Path(db_path).resolve().as_uri()}?mode=ro&uri=true")
        try:
            with Session(engine) as session:
                broken = broken_links(session)
        finally:
            engine.dispose()
        if broken:
            return f"audit chain broken at {broken[:3]}"
    return ""


def _surname(round_number: int, index: int) -> str:
    return f"{MARKER}{round_number}x{index}"


# ---- the fork server and its children (this file run as a script) ----

def _serve(db_path: Path) -> None:
    from datetime import date

    from bmb_desktop.domain.enums import MemberCategory, Sex
    from bmb_desktop.domain.members import MemberDraft
    from bmb_desktop.services.group import save_member
    from bmb_desktop.services.municipality import MunicipalityProfile, own_municipality, save_profile
    from bmb_desktop.storage.database import open_database

    def member(surname: str) -> MemberDraft:
        return MemberDraft(
            surname=surname, given_name="Сынак", sex=Sex.FEMALE, birth_date=date(1980, 1, 1),
            category=MemberCategory.CITIZEN, appointed_on=date(2025, 10, 14), basis_text="Токтом № 12/5",
        )

    database = open_database(db_path)
    with database.session() as session:
        if own_municipality(session) is None:
            save_profile(session, MunicipalityProfile(
                name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
                aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
                council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
            ))
        save_member(session, own_municipality(session).id, member("Warmup"))  # imports and mappers, once
    database.close()  # no connection may cross a fork
    print("ready", flush=True)

    def child(round_number: int) -> None:
        database = open_database(db_path)
        with database.session() as session:
            municipality_id = own_municipality(session).id
            index = 0
            while True:
                save_member(session, municipality_id, member(_surname(round_number, index)))
                os.write(1, f"commit {round_number} {index}\n".encode())  # one write: whole line
                index += 1

    for line in sys.stdin:
        round_number = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                child(round_number)
            finally:
                os._exit(1)
        os.write(1, f"child {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, f"reaped {pid}\n".encode())


if __name__ == "__main__" and sys.argv[1:2] == ["serve"]:
    _serve(Path(sys.argv[2]))
