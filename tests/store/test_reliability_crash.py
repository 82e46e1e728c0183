"""Crash safety in the suite: a handful of SIGKILLs of a writing process (bench/ does ≥ 200)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "crash_safety.py"


def _harness():
    spec = importlib.util.spec_from_file_location("crash_safety", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")
def test_killed_writer_loses_no_confirmed_commit_and_leaves_an_intact_file(demo_path, tmp_path):
    harness = _harness()
    report = harness.run(demo_path, kills=6, seed=23, max_delay=0.15, start_kill_share=0.2,
                         fresh_every=6, workdir=tmp_path, writer="decisions")
    assert report.kind == "decisions"  # through store.meetings.DecisionRepository
    assert report.kills == 6, report.lines()
    assert report.confirmed_commits > 0, report.lines()
    assert report.lost_commits == 0, report.lines()
    assert report.integrity_failures == 0 and report.chain_failures == 0, report.lines()
    assert report.ok, report.lines()
