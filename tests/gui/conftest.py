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


@pytest.fixture
def held_today(window):
    """The demo's planned meeting (two weeks ahead) moved to the window's today: a decision
    before the meeting's date asks first, and minutes are never signed before it (issue 16)."""
    panel = window.meeting_panel
    panel.meetings.change(panel.meeting_id, held_on=window.today)
    panel._fill_chooser(select=panel.meeting_id)
    return panel.meetings.get(panel.meeting_id)
