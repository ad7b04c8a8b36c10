"""Crash safety, proven: 200 children saving through the application are killed with SIGKILL.

Each child opens the database with ``open_database`` and saves members through
``services.group.save_member``, reporting each commit; after every kill the database must pass
SQLite's integrity check and the foreign-key check, and hold every reported commit (the audit
chain is verified every 50 kills and at the end). The harness is in kill_harness.py.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

KILLS = 200


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="the harness forks its children")
def test_every_reported_commit_survives_200_kills(tmp_path):
    harness = load("kill_harness")
    figures = harness.run_kills(tmp_path / "bmb.sqlite3", kills=KILLS, seed=20261121, chain_every=50)
    print(figures.summary())
    assert figures.failures == []
    assert figures.kills == KILLS
    # The kills must land where it matters: mostly while commits are under way, some while the
    # next child recovers the WAL the last one left.
    assert figures.reported_commits >= KILLS
    assert figures.kills - figures.kills_before_first_commit >= KILLS // 2
    assert figures.kills_with_hot_wal >= KILLS // 2
