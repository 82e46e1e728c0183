"""What happens when the app starts: the user's file, first start, missing system libraries."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

from boligmote.gui import platform_check
from boligmote.gui.app import open_start_database
from boligmote.paths import default_database_path


def test_first_start_creates_the_demo_municipality_owner_only():
    path = default_database_path()
    assert not path.exists()
    with open_start_database(None) as db:
        assert db.path == path
        assert db.meta("municipality").startswith("Eksempelvik")
        assert db.scalar("SELECT count(*) FROM units") > 800
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_second_start_opens_the_same_file_without_recreating_it():
    with open_start_database(None) as db:
        with db.transaction("test", "meta"):
            db.set_meta([("merke", "fra første start")])
    with open_start_database(None) as db:
        assert db.meta("merke") == "fra første start"


def test_an_explicit_file_is_opened_as_is(demo_path):
    with open_start_database(demo_path) as db:
        assert db.path == demo_path
    assert not default_database_path().exists()


def test_missing_x11_libraries_are_named_with_the_install_command(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(platform_check.ctypes.util, "find_library",
                        lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    missing = platform_check.missing_x11_packages()
    assert missing == ["libxcb-cursor0"]
    assert "sudo apt-get install libxcb-cursor0" in platform_check.explain_missing(missing)


def test_offscreen_needs_no_x11_libraries(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(platform_check.ctypes.util, "find_library", lambda name: None)
    assert platform_check.missing_x11_packages() == []


def test_the_window_starts_without_loading_a_dialog_it_does_not_show(demo_path):
    """Every module imported at start is time before the window answers (issue 16 item 12):
    the dialogs of the Møte menu load when first opened, yet their entries are there, in order."""
    code = textwrap.dedent("""
        import sys
        from pathlib import Path
        from boligmote.gui.app import create_application, show_start_file
        from boligmote.gui.main_window import MainWindow
        app = create_application()
        window = MainWindow()
        show_start_file(window, Path(sys.argv[1]))
        window.show()
        app.processEvents()
        dialogs = ("at_risk_dialog", "renewals_dialog", "plan_dialog", "follow_up_dialog", "incident_dialog",
                   "decision_dialog")
        print([d for d in dialogs if "boligmote.gui." + d in sys.modules])
        print([a.objectName() for a in window.menuMeeting.actions()][:6])
        window.close()
    """)
    result = subprocess.run([sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=demo_path.parent, timeout=120)
    loaded, menu = result.stdout.strip().splitlines()[-2:]
    assert loaded == "[]"
    assert menu.startswith("['actionNewMeeting', 'actionRenewals', 'actionFollowUps', 'actionAtRisk', 'actionPlan'"), menu


def test_the_window_starts_without_reading_its_own_source_or_loading_what_it_does_not_show(demo_path):
    """Start-up work no one sees (issue 16, start-up budget): PySide6's import hook read the
    whole source of every module imported after it (~160 of the window's, numpy's in the flags'
    worker); the meeting pane loaded the decision service before any decision was made, and the
    renewals and tenancies at risk it does not list; Python's collector looked through the
    start's objects ~100 times before the window answered. Collection resumes once it runs."""
    code = textwrap.dedent("""
        import gc, linecache, sys
        collections = []
        gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info["generation"]))
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from boligmote.gui.app import create_application, show_start_file
        app = create_application()
        collections.clear()  # from here on the start is held from collection
        from boligmote.gui.main_window import MainWindow
        window = MainWindow()
        show_start_file(window, Path(sys.argv[1]))
        window.show()
        print(len(collections), gc.isenabled())
        app.processEvents()
        print(sorted(Path(f).name for f in linecache.cache if "boligmote" in f))
        print([m for m in ("boligmote.services.decisions", "boligmote.services.renewal_agenda") if m in sys.modules])
        print(gc.isenabled())
        window.close()
    """)
    result = subprocess.run([sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=demo_path.parent, timeout=120)
    held, sources_read, loaded, collecting = result.stdout.strip().splitlines()[-4:]
    assert held == "0 False"  # no collection while the window was built
    assert sources_read == "[]"
    assert loaded == "[]"
    assert collecting == "True"  # and collection again once the event loop ran
