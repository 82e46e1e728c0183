"""A plain `pip install .` must give a working app: ui/ and resources/ ship in the wheel."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_forms_and_resources_and_finds_them_installed(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path / "dist"), "-q"], check=True)
    (wheel,) = (tmp_path / "dist").glob("boligmote-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("boligmote/ui/main_window.ui", "boligmote/resources/fonts/DejaVuSans.ttf",
                     "boligmote/resources/demo/seed.toml", "boligmote/store/migrations/m0001_initial.py"):
        assert required in names
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", "from boligmote.paths import ui_dir, resources_dir; print(ui_dir()); print(resources_dir())"],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    assert result.stdout.splitlines() == [str(target / "boligmote" / "ui"), str(target / "boligmote" / "resources")]
