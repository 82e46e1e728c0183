"""`boligmote FILE` opens FILE in the window, as the file manager runs it (issue 16 item 11)."""
from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path

import pytest

import boligmote.gui.app as gui_app
from boligmote.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def opened(monkeypatch):
    """The file the window was asked to open (the window itself is not started)."""
    calls = []
    monkeypatch.setattr(gui_app, "run_gui", lambda path=None: calls.append(path) or 0)
    return calls


def test_a_file_name_alone_opens_that_file(opened):
    assert main(["møte.sqlite"]) == 0
    assert opened == [Path("møte.sqlite")]


def test_the_linux_desktop_entry_opens_the_file_it_is_given(opened, tmp_path):
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "installers/linux/boligmote.desktop", encoding="utf-8")
    command = shlex.split(entry["Desktop Entry"]["Exec"])
    assert command[0] == "boligmote"
    chosen = tmp_path / "Tildelingsmøte 2026.sqlite"
    argv = [str(chosen) if word == "%f" else word for word in command[1:]]
    assert main(argv) == 0
    assert opened == [chosen]


def test_a_file_named_like_a_command_is_opened_with_its_path(opened):
    assert main(["./check"]) == 0
    assert main(["--", "-rart navn.sqlite"]) == 0
    assert opened == [Path("check"), Path("-rart navn.sqlite")]


def test_db_option_and_no_file_still_work(opened):
    assert main(["--db", "annen.sqlite"]) == 0
    assert main([]) == 0
    assert opened == [Path("annen.sqlite"), None]


def test_commands_are_still_commands(opened, demo_path, capsys):
    assert main(["check", str(demo_path)]) == 0
    assert "Integritet: ok" in capsys.readouterr().out
    assert main(["meetings", "--db", str(demo_path)]) == 0
    assert opened == []


def test_a_file_and_db_together_or_a_file_before_a_command_is_refused(opened, capsys):
    for argv in (["a.sqlite", "--db", "b.sqlite"], ["a.sqlite", "check", "b.sqlite"]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
    assert "ikke begge" in capsys.readouterr().err
    assert opened == []


def test_help_shows_the_file_form(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "[FIL | --db FIL]" in out and "./FIL" in out


def test_the_windows_file_association_passes_the_file_to_the_window(opened, tmp_path):
    script = (ROOT / "installers/windows/boligmote.iss").read_text(encoding="utf-8")
    line = next(li for li in script.splitlines() if "shell\\open\\command" in li)
    value = re.search(r'ValueData: "(.*)"$', line).group(1).replace('""', '"')
    command = shlex.split(value.replace("\\", "/"))
    assert command[0].endswith("boligmote-vindu.exe") and command[1:] == ["%1"]
    chosen = tmp_path / "Møte 2026.boligmote"
    assert main([str(chosen) if word == "%1" else word for word in command[1:]]) == 0
    assert opened == [chosen]


def test_macos_open_with_reaches_the_window(qtbot, demo_path, reference_date):
    """Finder sends the file as a QFileOpenEvent, not in argv; the bundle declares the types."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from boligmote.gui.app import _FileOpenFilter
    from boligmote.gui.main_window import MainWindow

    window = MainWindow(today=reference_date)
    qtbot.addWidget(window)
    app = QCoreApplication.instance()
    listener = _FileOpenFilter(window)
    app.installEventFilter(listener)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(demo_path)))
    finally:
        app.removeEventFilter(listener)
    assert window.workspace is not None and window.workspace.database.path == demo_path.resolve()
    spec = (ROOT / "installers/boligmote.spec").read_text(encoding="utf-8")
    assert '"CFBundleDocumentTypes"' in spec and '"boligmote"' in spec
