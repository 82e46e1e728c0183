"""The code stays linted and typed: ruff and mypy (both configured in pyproject.toml) find
nothing — ruff in the whole checkout, mypy in the package (strict below the GUI).

Run inside the suite so that every landing is held to it, not only `make test`, and first
(tests/code_quality sorts before the other folders): a finding fails a landing in seconds, not
after the GUI tests. The tools come from the `test` extra; a missing one fails with the
command that installs it.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    assert importlib.util.find_spec(tool) is not None, (
        f"{tool} is not installed in {sys.prefix}: pip install -e '.[test]'")
    return subprocess.run([sys.executable, "-m", tool, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, f"ruff check:\n{result.stdout}{result.stderr}"


def test_mypy_finds_nothing():
    # the cache beside the checkout keeps a second run to seconds; the files come from pyproject
    result = _run("mypy")
    assert result.returncode == 0, f"mypy:\n{result.stdout}{result.stderr}"
