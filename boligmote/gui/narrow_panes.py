"""Panes on a narrow screen (1280×720 or 1366×768, at 125 % only 1024×576 to share).

A pane whose content scrolls up and down in a low window but is never cut at its side: a
QScrollArea may be made as narrow as its scroll bars: with the horizontal bar turned off,
a splitter then squeezed the Møte pane below what its buttons and title need, and its right
edge was cut off at 1280×720 and 125 % (issue 16). This one is at least as wide as its
content's minimum, so the splitter stops there and the window's minimum width counts it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QHeaderView, QScrollArea, QStyle, QStyleOptionComboBox, QTableView,
                               QWidget)


class VerticalScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        # The content's minimum changes with its texts (a meeting's title, a language):
        # the pane's minimum follows.
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        # Room for the vertical bar too: it shows whenever the pane is lower than its content.
        width = (content.minimumSizeHint().expandedTo(content.minimumSize()).width()
                 + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def combo_width(combo: QComboBox, text: str) -> int:
    """How wide `combo` must be to show `text` whole: the text, the box's frame and its arrow."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(metrics.horizontalAdvance(text), metrics.height()), combo).width()


def keep_columns_in_view(view: QTableView, least: int) -> None:
    """Make `view` no narrower than its columns at their least: the columns sized to their
    contents whole, each stretching column `least` pixels. Narrower, the stretching columns
    went below that and the last one ran out of the list (the agenda's «Bolig» at 125 %,
    issue 16). Call it when the contents change."""
    header = view.horizontalHeader()
    total = 0
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            total += least
        else:
            total += max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
    view.setMinimumWidth(total + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth())
