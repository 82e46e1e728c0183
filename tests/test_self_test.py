"""`boligmote --self-test`: the whole chain an installation needs, checked without a display."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

import boligmote.services.minutes as minutes
from boligmote.cli import main
from boligmote.gui import options
from boligmote.paths import user_data_dir

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("Qt", "Demokommune", "Åpne filen", "Risikovarsler", "Protokoll (PDF)", "Forhåndsvisning av PDF",
          "Excel-eksport", "Import", "Hovedvinduet", "Velkomst, hjelp og om", "Kryptering")


def test_passes_and_reports_each_check_in_bokmal(capsys):
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Boligmøte ")
    for label in LABELS:
        assert f"OK    {label}: " in out, label
    assert "begynner med %PDF" in out
    assert "Selvtesten er bestått: 11 av 11 kontroller" in out


def test_leaves_the_users_data_and_settings_alone(capsys):
    assert main(["--self-test"]) == 0
    assert not user_data_dir().exists()
    assert QSettings().value(options.RECENT_FILES.key) is None


def test_a_broken_part_fails_with_its_name_and_exit_code_1(monkeypatch, capsys):
    monkeypatch.setattr(minutes, "render_minutes", lambda *args, **kwargs: b"<html>ikke en pdf</html>")
    assert main(["--self-test"]) == 1
    captured = capsys.readouterr()
    assert "FEIL  Protokoll (PDF): RuntimeError: filen begynner med b'<html'" in captured.out
    assert "OK    Risikovarsler" in captured.out  # the others still ran
    assert "Selvtesten feilet i " in captured.out
    assert "Traceback" in captured.err


def test_starts_offscreen_when_no_platform_is_set(tmp_path):
    """As an installer or a CI job runs it: no display, no QT_QPA_PLATFORM."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = ""
    result = subprocess.run([sys.executable, "-m", "boligmote", "--self-test"], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "plattform «offscreen»" in result.stdout
