"""The main window on the demo municipality, as a committee member uses it."""
from __future__ import annotations

import inspect

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from boligmote.gui.main_window import MainWindow
from .screens import assert_distinct_screens




def test_qt_runs_with_the_bundled_font():
    app = QApplication.instance()
    assert app.platformName() == "offscreen"
    assert app.font().family() == "DejaVu Sans"


def test_window_opens_on_the_demo_file_in_bokmal(window):
    assert window.queue_model.rowCount() == 60
    assert window.units_model.rowCount() == 24
    assert "Eksempelvik" in window.windowTitle()
    assert window.queueBox.title() == "&Søkere"
    assert window.queueCount.text() == "60 av 60 søkere"


def test_selecting_a_unit_shows_its_stairwell_and_building(window):
    vacant = window.workspace.vacant_units[3]
    window.select_unit(vacant.unit.id)
    composition = window.workspace.surroundings(vacant)
    households = window.composition_model.row("Husstander")
    assert (households.stairwell, households.building) == (
        composition.stairwell_composition.households, composition.building_composition.households)
    assert vacant.building.address in window.compositionHeading.text()


def test_composition_pane_never_names_a_tenant(window, demo_db):
    names = {r[0] for r in demo_db.query("SELECT name FROM applicants")}
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.composition_model
        shown = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(3)}
        assert not shown & names
        assert not any(name in window.compositionHeading.text() for name in names)


def test_screened_mode_hides_every_name(window, qtbot):
    names = {a.name for a in window.workspace.queue}
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.screened
    model = window.queue_model
    shown = {model.index(r, c).data(role) for r in range(model.rowCount()) for c in range(model.columnCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)}
    assert not shown & names
    # and a name typed into the filter finds nothing, so it cannot be probed
    window.queueFilter.setText(next(iter(names)))
    assert window.queue_proxy.rowCount() == 0
    window.set_screened(False)
    assert window.queue_proxy.rowCount() >= 1


def test_filter_narrows_the_queue_by_need(window):
    window.queueFilter.setText("behandling")
    shown = window.queue_proxy.rowCount()
    assert 0 < shown < window.queue_model.rowCount()
    assert window.queueCount.text() == f"{shown} av 60 søkere"
    for row in range(shown):
        applicant = window.queue_model.row_object(window.queue_proxy.mapToSource(window.queue_proxy.index(row, 0)).row())
        assert "in_treatment" in applicant.needs


def test_keyboard_moves_between_panes(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.unitsView.hasFocus()
    qtbot.keyClick(window.unitsView, Qt.Key.Key_Down)
    assert window.selected_unit() is not None
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.queueView.hasFocus()


def test_bad_file_gives_a_message_not_a_traceback(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    bad = tmp_path / "ødelagt.sqlite"
    bad.write_text("ikke en database")
    assert window.open_path(bad) is False
    assert shown and "ikke en Boligmøte-database" in shown[0][1]
    assert window.workspace is not None  # the open file stays open


def test_layout_and_recent_files_are_remembered(window, qtbot, reference_date, demo_path):
    window.paneSplitter.setSizes([300, 700, 400])
    sizes = window.paneSplitter.sizes()
    window.close()
    again = MainWindow(today=reference_date)
    qtbot.addWidget(again)
    again.resize(window.size())  # the offscreen platform does not apply saved geometry
    again.show()
    qtbot.waitExposed(again)
    assert again.paneSplitter.sizes() == sizes
    assert str(demo_path) in [a.text().split(" ", 1)[1] for a in again.menuRecent.actions()]


def test_screenshots_of_main_states(window, tmp_path_factory):
    """Saved for a person to look at (path printed with -s); each state looks different."""
    out = tmp_path_factory.mktemp("screens")
    window.grab().save(str(out / "01_opened.png"))
    window.select_unit(window.workspace.vacant_units[5].unit.id)
    window.grab().save(str(out / "02_unit_selected.png"))
    window.set_screened(True)
    window.grab().save(str(out / "03_screened.png"))
    print(f"\nskjermbilder: {out}")
    # choosing a unit and screening names each change what is on the screen
    assert_distinct_screens(window, [out / f for f in ("01_opened.png", "02_unit_selected.png", "03_screened.png")])


def test_the_lists_columns_show_their_headers_and_first_rows_in_full(window):
    """The widths come from the font's metrics, not from asking Qt to measure every cell (issue 16
    item 12): no header and no text of the rows on screen is cut."""
    for view in (window.queueView, window.unitsView):
        header = view.horizontalHeader()
        for column in range(view.model().columnCount() - 1):  # the last one stretches
            needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert view.columnWidth(column) >= needed, (view.objectName(), view.model().headerData(
                column, Qt.Orientation.Horizontal))


def test_every_part_the_window_asks_for_is_mixed_in():
    """What one part of the window (or of its meeting panel) calls in another is declared in the
    base and raises there: a part left out (or a method renamed in it) would raise at the first click."""
    from boligmote.gui.meeting_panel import MeetingPanel
    from boligmote.gui.meeting_panel_base import MeetingPanelBase
    from boligmote.gui.window_base import WindowBase

    for whole, base, sample in ((MainWindow, WindowBase, "show_workspace"), (MeetingPanel, MeetingPanelBase, "add_case")):
        declared = {name: member for name, member in vars(base).items()
                    if (inspect.isfunction(member) or isinstance(member, property))
                    and _raises_not_implemented(member)}
        assert sample in declared  # the declarations are there to check
        left_to_the_base = [name for name, member in declared.items() if getattr(whole, name) is member]
        assert left_to_the_base == [], whole.__name__


def _raises_not_implemented(member) -> bool:
    code = (member.fget if isinstance(member, property) else member).__code__
    return "NotImplementedError" in code.co_names
