"""Windows that fit the screen they open on, centred on the window that opened them.

The laptops municipalities hand out have 1280×720 or 1366×768 screens, often at 125 %
scaling (1024×576 to work with), and a meeting room adds a projector as a second screen
(issue 16 item 2). Every dialog and extra window goes through `fit_to_screen()`: it is
given the size it would like, gets no more than the screen it opens on has room for, and
opens centred on its parent window, on that window's screen. A form from Designer carries a
geometry at 0,0, which Qt takes as «placed by the program», so Qt would not centre it.
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager adds around a window: the title bar and the frame (Windows 11 at
# 125 %: about 31 px of title and 8 px of border, logical), so the frame fits on screen too.
FRAME = QMargins(8, 32, 8, 8)


def available_area(anchor: QWidget | None = None) -> QRect:
    """The part of the anchor's screen (else the primary screen) not taken by task bars."""
    screen = anchor.screen() if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room_for_windows(anchor: QWidget | None = None) -> QSize:
    """The largest window size (without its frame) that fits the anchor's screen."""
    area = available_area(anchor)
    return QSize(area.width() - FRAME.left() - FRAME.right(), area.height() - FRAME.top() - FRAME.bottom())


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size `window` to `preferred` (else its present size) within its screen, and centre it
    on its parent's window (else on the screen). Call it last in a dialog's constructor."""
    parent = window.parentWidget()
    host = parent.window() if parent is not None else None
    room = room_for_windows(host)
    wanted = preferred if preferred is not None else window.size()
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    width = min(max(wanted.width(), smallest.width()), room.width())
    height = min(max(wanted.height(), smallest.height()), room.height())
    window.resize(width, height)
    window.move(placement(QSize(width, height), host))


def placement(size: QSize, host: QWidget | None) -> QPoint:
    """Where a window of `size` goes (its frame's top left, as QWidget.move takes it): its
    inside centred on the host window's inside, the whole frame kept on the host's screen."""
    area = available_area(host)
    inside = QRect(QPoint(0, 0), size)
    inside.moveCenter(host.geometry().center() if host is not None and host.isVisible() else area.center())
    frame = inside.marginsAdded(FRAME)
    # Keep the whole frame on the screen, even when the host sits near its edge.
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width() + 1)))
    frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1)))
    return frame.topLeft()


def frame_of(window: QWidget) -> QRect:
    """The frame a window placed by fit_to_screen() gets, title bar included (before and
    after it is shown, whatever the platform reports as its frame)."""
    return QRect(window.pos(), window.size()).marginsAdded(QMargins(0, 0, FRAME.left() + FRAME.right(),
                                                                     FRAME.top() + FRAME.bottom()))
