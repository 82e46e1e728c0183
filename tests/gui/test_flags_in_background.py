"""A large file's flags are computed in the background (issue 16 item 12): the window lists the
queue and the units at once, and until every pair's flags are known it ranks nothing, proposes
nothing and says «Beregner varsler …»; then the lists fill in, with the agenda's case chosen."""
from __future__ import annotations

import pytest

from boligmote.gui import window_flags
from boligmote.gui.main_window import MainWindow
from boligmote.services.workspace import Workspace


@pytest.fixture
def large_window(qtbot, demo_db, reference_date, monkeypatch):
    """The small demo, treated as a file too large to evaluate in the window's thread."""
    monkeypatch.setattr(window_flags, "BACKGROUND_PAIRS", 0)
    w = MainWindow(today=reference_date)
    qtbot.addWidget(w)
    w.show_workspace(Workspace.load(demo_db, reference_date, compositions_on_demand=True))
    w.resize(1600, 1000)
    w.show()
    return w


def test_until_the_flags_are_known_no_candidate_is_ranked_or_proposable(large_window, qtbot):
    window = large_window
    vacant = window.workspace.vacant_units[0]
    assert window.queue_model.rowCount() > 0 and window.units_model.rowCount() > 0  # listed at once

    window.select_unit(vacant.unit.id)  # before the job has had a chance to finish

    assert not window.matching.ready
    assert vacant.building.address in window.compositionHeading.text()  # the click is answered
    assert window.composition_model.rowCount() > 0
    assert "Beregner varsler" in window.candidatesHeading.text()
    assert window.candidatesView.model().rowCount() == 0
    assert window.flagsIndicator.isVisibleTo(window)
    assert not window.proposeButton.isEnabled() and not window.actionPropose.isEnabled()
    proposed = []
    window.proposalRequested.connect(lambda *pair: proposed.append(pair))
    window.actionPropose.trigger()
    assert proposed == []

    qtbot.waitUntil(lambda: window.matching.ready, timeout=10000)
    qtbot.waitUntil(lambda: window.candidatesView.model().rowCount() > 0, timeout=5000)
    assert "Beregner varsler" not in window.candidatesHeading.text()
    assert not window.flagsIndicator.isVisibleTo(window)
    window.candidatesView.selectRow(0)
    assert window.proposeButton.isEnabled()


def test_the_lists_are_the_same_as_when_evaluated_at_once(large_window, qtbot, demo_db, reference_date):
    window = large_window
    qtbot.waitUntil(lambda: window.matching.ready, timeout=10000)
    at_once = MainWindow(today=reference_date)
    qtbot.addWidget(at_once)
    at_once.show_workspace(Workspace.load(demo_db, reference_date))
    for vacant in window.workspace.vacant_units:
        background = window.matching.candidates_for_unit(vacant.unit.id, include_unsuitable=True)
        direct = at_once.matching.candidates_for_unit(vacant.unit.id, include_unsuitable=True)
        assert [(p.applicant.case_no, p.severities, p.suitable) for p in background] == \
            [(p.applicant.case_no, p.severities, p.suitable) for p in direct]


def test_an_agenda_case_chosen_while_the_flags_are_computed_is_chosen_when_they_come(large_window, qtbot):
    window = large_window
    panel = window.meeting_panel
    vacant = {v.unit.id for v in window.workspace.vacant_units}
    row = next(r for r in range(panel.agenda.rowCount()) if panel.agenda.row_object(r).proposal.unit_id in vacant)
    case = panel.agenda.row_object(row)

    panel.agendaView.selectRow(row)

    assert window.selected_unit().unit.id == case.proposal.unit_id
    assert window.selected_pair() is None
    assert "Beregner varsler" in window.candidatesHeading.text()
    qtbot.waitUntil(lambda: window.selected_pair() is not None, timeout=10000)
    assert window.selected_pair().applicant.case_no == case.applicant.case_no
    assert window.selected_pair().target.vacant.unit.id == case.proposal.unit_id
    assert case.applicant.case_no in window.proposalView.toPlainText()


@pytest.fixture
def flag_threads(monkeypatch):
    """Every flag worker the window makes, in the order made."""
    from boligmote.gui.flag_worker import FlagWorker

    made: list[FlagWorker] = []
    make = FlagWorker.__init__

    def recorded(self, *args, **kwargs):
        make(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(FlagWorker, "__init__", recorded)
    return made


def test_a_closed_window_leaves_no_flag_thread_running(qtbot, demo_db, reference_date, monkeypatch, flag_threads):
    """Closing joins the thread at work; a timer set before the close starts no other after it
    (a thread outliving its window read a closed file, and the suite hung after the GUI tests)."""
    monkeypatch.setattr(window_flags, "BACKGROUND_PAIRS", 0)
    window = MainWindow(today=reference_date)
    qtbot.addWidget(window)
    window.show_workspace(Workspace.load(demo_db, reference_date, compositions_on_demand=True))
    window.show()
    window.select_unit(window.workspace.vacant_units[0].unit.id)  # the list asks for the flags
    assert len(flag_threads) == 1

    window.close()

    assert flag_threads[0].isFinished()
    qtbot.wait(200)  # the timer show_workspace set before the close
    assert len(flag_threads) == 1


def test_a_small_file_closed_before_its_flags_were_evaluated_reads_nothing_after(qtbot, demo_db, reference_date):
    """The window evaluates a small file's flags once it is on screen; closed first, it must
    not read the closed file then (pytest-qt fails the test on an exception in that timer)."""
    window = MainWindow(today=reference_date)
    qtbot.addWidget(window)
    window.show_workspace(Workspace.load(demo_db, reference_date, compositions_on_demand=True))
    window.show()

    window.close()
    qtbot.wait(200)

    assert window.workspace is None and window.matching is None


def test_the_waiting_list_is_read_as_it_is_shown_and_the_flags_speak_of_the_same_applicants(
        qtbot, demo_db, reference_date, monkeypatch):
    """A national file's 8,000 applicants were read and decoded before the window answered
    (issue 16 item 12): now a screenful, and the flags' worker reads the rest off the window's
    thread. Once the flags come, a candidate is the very applicant the queue lists."""
    from boligmote.store.households import LazyQueue

    monkeypatch.setattr(window_flags, "BACKGROUND_PAIRS", 0)
    # The demo's 60 applicants are one national screenful: here a screenful is 10, and the
    # columns are fitted to the first 20 rows (a national queue has 8,000).
    monkeypatch.setattr(LazyQueue, "_SCREENFUL", 10)
    monkeypatch.setattr(MainWindow, "_MEASURED_ROWS", 20)
    window = MainWindow(today=reference_date)
    qtbot.addWidget(window)
    window.show_workspace(Workspace.load(demo_db, reference_date, compositions_on_demand=True))
    window.resize(1600, 1000)
    window.show()
    queue = window.workspace.queue
    assert window.queue_model.rowCount() == len(queue) == 60
    assert not queue.fully_read

    qtbot.waitUntil(lambda: window.matching.ready, timeout=10000)
    assert queue.fully_read
    assert all(a is b for a, b in zip(window.matching.matrix.applicants, queue, strict=True))
    window.select_unit(window.workspace.vacant_units[0].unit.id)
    qtbot.waitUntil(lambda: window.candidatesView.model().rowCount() > 0, timeout=5000)
    window.candidatesView.selectRow(0)
    chosen = window.selected_pair().applicant
    assert chosen is queue[queue.position(chosen.case_no)]
