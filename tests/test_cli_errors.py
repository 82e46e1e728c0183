"""Hostile or mistaken command lines get a bokmål message and a non-zero exit, never a traceback
(issue 14 §3: --meeting 99999999999999999999, --out DIRECTORY, `check | head -1`)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from boligmote.cli import main

ROOT = Path(__file__).resolve().parents[1]
HUGE = "99999999999999999999"  # more than SQLite's 64-bit integers


@pytest.mark.parametrize("argv", [
    ["minutes", "--db", "{db}", "--meeting", HUGE, "--out", "{tmp}/p.pdf"],
    ["letter", "--db", "{db}", "--decision", HUGE, "--out", "{tmp}/v.pdf"],
    ["package", "export", "--db", "{db}", "--meeting", HUGE, "--out", "{tmp}/s.bmpak"],
    ["minutes", "--db", "{db}", "--meeting", "-1", "--out", "{tmp}/p.pdf"],
    ["candidates", "--db", "{db}", "--unit", "X", "--limit", HUGE],
])
def test_a_number_out_of_range_is_a_usage_error_in_bokmal(demo_path, tmp_path, capsys, argv):
    argv = [part.format(db=demo_path, tmp=tmp_path) for part in argv]
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert "må være mellom 1 og" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["minutes", "letter", "export"])
def test_an_output_path_that_is_a_folder_is_refused_with_a_message(demo_path, tmp_path, capsys, command):
    option = {"minutes": ["--meeting", "1"], "letter": ["--decision", "1"], "export": ["--what", "queue"]}[command]
    folder = tmp_path / ("mappe.xlsx" if command == "export" else "mappe")
    folder.mkdir()
    assert main([command, "--db", str(demo_path), *option, "--out", str(folder)]) == 1
    assert "er en mappe" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_output_piped_into_a_reader_that_stops_early_is_not_a_traceback(demo_path):
    """`boligmote check FIL | head -1`: head exits after one line; the writer must not crash."""
    process = subprocess.Popen([sys.executable, "-m", "boligmote", "check", str(demo_path)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    process.stdout.close()  # the reader is gone before the first line is written
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    assert "avbrutt" in stderr
