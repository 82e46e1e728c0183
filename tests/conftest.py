"""Shared test set-up: Qt offscreen and required, isolated settings and data folders."""
from __future__ import annotations

import os
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REFERENCE_DATE = date(2026, 11, 23)


def pytest_sessionstart(session: pytest.Session) -> None:
    """CI must fail, not skip, when Qt cannot start."""
    try:
        from boligmote.gui.app import create_application

        create_application(["pytest"], language="nb")  # not the developer's own setting
    except Exception as error:  # ImportError, missing platform plugin, …
        pytest.exit(f"Qt kunne ikke starte, og GUI-testene kan ikke hoppes over: {error!r}", returncode=1)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's settings or data folder."""
    from PySide6.QtCore import QSettings

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    # A user who has given their name (Innstillinger → Generelt); tests of the question clear it.
    QSettings().setValue("user/name", "Tove Testesen")
    yield home


@pytest.fixture(scope="session")
def reference_date() -> date:
    return REFERENCE_DATE


@pytest.fixture(scope="session")
def _small_demo_template(tmp_path_factory) -> Path:
    from boligmote.services.demo_file import create_demo_database

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    # Without the earlier meetings (services/demo_history.py): the tests of the showcase meeting,
    # the queue and the follow-up list count what that meeting made. `history_demo_path` has them.
    create_demo_database(path, "small", reference_date=REFERENCE_DATE, history=False).close()
    return path


@pytest.fixture(scope="session")
def _history_demo_template(tmp_path_factory) -> Path:
    from boligmote.services.demo_file import create_demo_database

    path = tmp_path_factory.mktemp("template") / "demo-history.sqlite"
    create_demo_database(path, "small", reference_date=REFERENCE_DATE).close()
    return path


@pytest.fixture
def history_demo_path(_history_demo_template, tmp_path) -> Path:
    """A fresh copy of the small demo with its synthetic history, as `boligmote demo` makes it."""
    path = tmp_path / "demo-history.sqlite"
    shutil.copy(_history_demo_template, path)
    os.chmod(path, 0o600)
    return path


@pytest.fixture
def demo_path(_small_demo_template, tmp_path) -> Path:
    """A fresh copy of the small demo municipality for this test."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(_small_demo_template, path)
    os.chmod(path, 0o600)
    return path


@pytest.fixture
def demo_db(demo_path):
    from boligmote.store import Database

    database = Database.open(demo_path)
    yield database
    database.close()


@pytest.fixture
def new_db(tmp_path):
    from boligmote.store import Database

    database = Database.open(tmp_path / "new.sqlite", create=True)
    yield database
    database.close()


def pytest_report_header(config):
    return f"python {sys.version.split()[0]}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}"
