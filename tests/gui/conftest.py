"""The main window on a fresh copy of the small demo municipality, as the GUI tests use it."""
from __future__ import annotations

import pytest

from boligmote.gui.main_window import MainWindow
from boligmote.services.workspace import Workspace


@pytest.fixture
def window(qtbot, demo_db, reference_date):
    w = MainWindow(today=reference_date)
    qtbot.addWidget(w)
    w.show_workspace(Workspace.load(demo_db, reference_date))
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    return w
