"""Choosing one unit after another repaints what changed and nothing else (issue 16: select a
unit within one frame): the headings keep their height, so the tables under them stay where
the eye left them, and the flag chips drawn from a strip look as they did when drawn chip by chip."""
from __future__ import annotations

from PySide6.QtGui import QColor


def _tops(window):
    return (window.compositionView.mapTo(window, window.compositionView.rect().topLeft()).y(),
            window.candidatesView.mapTo(window, window.candidatesView.rect().topLeft()).y())


def _whole(label) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_the_tables_stay_in_place_from_one_unit_to_the_next_and_every_heading_shows_in_full(window, qtbot):
    units = [v.unit.id for v in window.workspace.vacant_units]
    for unit in units:  # the headings have now needed all the lines they will need at this width
        window.select_unit(unit)
        qtbot.wait(1)
    settled = _tops(window)
    for unit in units:
        window.select_unit(unit)
        qtbot.wait(1)
        assert _tops(window) == settled, unit
        assert _whole(window.compositionHeading) and _whole(window.candidatesHeading), unit
        assert window.candidatesHeading.text().startswith("<b>")  # this unit's heading, not the hint


def test_the_flag_chips_are_painted_in_their_colours_in_the_flags_column(window, qtbot):
    view = window.candidatesView
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = view.model()
        critical = next((r for r in range(model.rowCount())
                         if any(s.value == "critical" for _, s in model.row_object(r).severities)), None)
        if critical is not None:
            break
    else:
        raise AssertionError("the demo should have a unit with a critically flagged candidate")
    view.scrollTo(model.index(critical, model.flags_column))
    qtbot.wait(1)
    cell = view.visualRect(model.index(critical, model.flags_column))
    for _ in range(2):  # the second paint draws the same strip again
        image = view.viewport().grab(cell).toImage()
        colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
        assert QColor("#b3261e").name() in colours  # the critical chip's red, inside its own cell
        # the chip starts a gap in from the cell's left edge and is vertically centred
        middle = image.height() // 2
        assert image.pixelColor(1, middle).name() != "#b3261e"
        assert any(image.pixelColor(x, middle).name() == "#b3261e" for x in range(4, 30))
