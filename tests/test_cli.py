"""The command line a caseworker or IT department uses without the window."""
from __future__ import annotations

import subprocess
import sys

import pytest

from boligmote import __version__
from boligmote.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_check_reports_a_healthy_file(demo_path, capsys):
    assert main(["check", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "Integritet: ok" in out
    assert "Ledige boliger: 24" in out
    assert "kjeden er hel" in out


def test_check_on_a_bad_file_exits_1_with_a_message_not_a_traceback(tmp_path):
    bad = tmp_path / "feil.sqlite"
    bad.write_bytes(b"\x00" * 2048)
    result = subprocess.run([sys.executable, "-m", "boligmote", "check", str(bad)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "ikke en Boligmøte-database" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_creates_a_file_and_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "demo.sqlite"
    assert main(["demo", "--size", "small", "--out", str(out)]) == 0
    assert "Laget demokommune" in capsys.readouterr().out
    assert main(["check", str(out)]) == 0
    assert main(["demo", "--size", "small", "--out", str(out)]) == 1
    assert "finnes allerede" in capsys.readouterr().err
