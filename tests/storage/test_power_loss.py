"""Power-loss safety without root: a fault-injecting VFS drops or tears the unsynced writes.

With the application's settings (WAL, synchronous=FULL) no reported commit is ever lost and the
database stays whole; the same harness with synchronous=NORMAL loses reported commits, which
shows that it can see a loss when there is one. The harness is in power_loss_harness.py.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("apsw")

TRIALS = 300


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def harness():
    return load("power_loss_harness")


@pytest.fixture(scope="module")
def template(harness, tmp_path_factory):
    return harness.make_template(tmp_path_factory.mktemp("template"))


def test_with_the_applications_settings_no_reported_commit_is_lost(harness, template, tmp_path):
    figures = harness.run_power_cuts(template, tmp_path, synchronous="FULL", trials=TRIALS, seed=1)
    print(figures.summary())
    assert figures.cuts >= TRIALS * 9 // 10 and figures.committed > TRIALS
    assert figures.failures == [] and figures.damaged == 0
    assert figures.lost_commits == 0


def test_with_synchronous_normal_the_same_harness_shows_losses(harness, template, tmp_path):
    figures = harness.run_power_cuts(template, tmp_path, synchronous="NORMAL", trials=TRIALS, seed=1)
    print(figures.summary())
    assert figures.damaged == 0  # WAL keeps the file whole even so: what it gives up is durability
    assert figures.lost_commits > 0 and figures.trials_with_losses >= TRIALS // 10
