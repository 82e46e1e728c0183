"""The composition speaks on a projector (issue 16 item 10): share bars that stand out from
the page with black figures readable on them, and the need rows in view at 1366×768."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor

from boligmote.domain import NeedCategory
from boligmote.gui import bars
from boligmote.text import sentence_case

from .test_fit_screen import SCREENS, room


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_share_bars_stand_out_and_keep_the_figures_readable():
    bar = bars._BAR_COLOUR
    assert _contrast(bar, QColor("white")) >= 2.0  # seen from the back of the room, not a pale tint
    assert _contrast(bar, QColor("black")) >= 7.0  # the count drawn on it (WCAG AAA)


def test_the_need_rows_show_without_scrolling_at_1366x768(window, qtbot):
    window.resize(room(SCREENS["1366×768"]))
    window.select_unit(window.workspace.vacant_units[0].unit.id)
    view, model = window.compositionView, window.composition_model
    qtbot.waitUntil(lambda: view.viewport().height() > 0)
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    needs = [labels.index(sentence_case(need.label)) for need in NeedCategory]
    for row in needs + [labels.index("Husstander med tunge behov")]:
        rect = view.visualRect(model.index(row, 0))
        assert 0 <= rect.top() and rect.bottom() <= view.viewport().height(), labels[row]


# The laptops at 100 % and at 125 % scaling (1366×768 and 1280×720 seen as 1093×614 and 1024×576).
LAPTOPS = {"1366×768": QSize(1366, 768), "1280×720": QSize(1280, 720),
           "1366×768 at 125 %": QSize(1093, 614), "1280×720 at 125 %": QSize(1024, 576)}


@pytest.mark.parametrize("screen", LAPTOPS, ids=list(LAPTOPS))
def test_no_composition_label_is_cut_on_the_laptops_at_100_and_125_percent(window, qtbot, screen):
    """At 125 % on 1366×768 the composition pane's labels read «Husstander m…», «Kom…» (issue 16,
    the chair's review): each label now wraps where it must, whole words, into a row tall enough."""
    window.resize(room(LAPTOPS[screen]))
    window.select_unit(window.workspace.vacant_units[0].unit.id)
    view, model = window.compositionView, window.composition_model
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    metrics = view.fontMetrics()

    def every_label_whole():
        room_for_text = view.columnWidth(0) - 8  # the cell's margins
        for row in range(model.rowCount()):
            label = model.index(row, 0).data()
            assert max(metrics.horizontalAdvance(word) for word in label.split()) <= room_for_text, (screen, label)
            needed = metrics.boundingRect(QRect(0, 0, room_for_text, 10_000), Qt.TextFlag.TextWordWrap,
                                          label).height()
            assert needed <= view.rowHeight(row), (screen, label, needed, view.rowHeight(row))

    # the rows follow the label column's width once the window's layout has settled
    qtbot.waitUntil(every_label_whole, timeout=3000)
    # and the whole pane is on the screen: its right edge inside the window
    right = view.mapTo(window, view.rect().topRight()).x()
    assert right <= window.width()
