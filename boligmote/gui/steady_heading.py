"""A pane's heading whose text changes without the window laying itself out again.

A word-wrapped QLabel asks its parent's layout to recompute whenever its text changes, and
that request climbs every layout up to the main window: choosing a unit (two headings change)
laid out and repainted the whole window, a third of the frame the choice has (issue 16:
select a unit within 16 ms). Held in a SteadyHeading, which has no layout of its own, the
label's request stops there; the heading keeps the tallest height its texts have needed at
its width, so the table under it no longer jumps up and down from one unit to the next, and
the window is laid out again only when a text needs more lines than any before it (or the
pane's width changes).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyHeading(QWidget):
    def __init__(self, label: QLabel):
        parent = label.parentWidget()
        super().__init__(parent)
        layout = parent.layout() if parent is not None else None
        if layout is None or layout.replaceWidget(label, self) is None:
            raise ValueError(f"{label.objectName()} is not in its parent's layout")
        self.setObjectName(label.objectName() + "Steady")
        self.label = label
        label.setParent(self)
        # The text at the top of the height held, not centred in it.
        label.setAlignment((label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.AlignmentFlag.AlignTop)
        label.show()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._height = label.sizeHint().height()

    def _needed(self) -> int:
        label = self.label
        return label.heightForWidth(self.width()) if label.hasHeightForWidth() and self.width() > 0 \
            else label.sizeHint().height()

    def event(self, event: QEvent) -> bool:
        # The label's text changed (a QLabel asks its parent to lay out anew): grow if it must.
        if event.type() == QEvent.Type.LayoutRequest:
            needed = self._needed()
            if needed > self._height:
                self._height = needed
                self.updateGeometry()
                # The pane under it laid out now, not after the repaint already asked for.
                parent = self.parentWidget()
                layout = parent.layout() if parent is not None else None
                if layout is not None:
                    layout.activate()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        if event.oldSize().width() != event.size().width():
            # Another width (the window or a splitter moved): the texts seen before may need
            # fewer lines now, or more. The window is being laid out anyway.
            needed = self._needed()
            if needed != self._height:
                self._height = needed
                self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self.label.sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.label.minimumSizeHint().width(), self._height)
