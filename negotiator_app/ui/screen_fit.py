"""Windows and dialogs that fit the screen they open on: never larger, never off its edges.

A 13-inch laptop (1366×768, less a task bar) is smaller than the window we would like to open,
and a size remembered from a large monitor is larger still: both are brought inside the screen's
available area, frame and title bar included.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Before a window is shown its frame is unknown: room for a title bar and thin borders.
ESTIMATED_FRAME = QMargins(4, 36, 4, 4)


def available_area(widget: QWidget) -> QRect:
    """The part of widget's screen that windows may use (the task bar and panels left out)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """What the window manager adds around window: measured once shown, estimated before."""
    if window.isVisible():
        inner, outer = window.geometry(), window.frameGeometry()
        measured = QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
        if measured != QMargins():
            return measured
    return ESTIMATED_FRAME


def fitted(inner: QRect, area: QRect, frame: QMargins, centre: bool = False) -> QRect:
    """inner (a window's geometry without its frame), shrunk and moved so its frame is in area."""
    width = max(1, min(inner.width(), area.width() - frame.left() - frame.right()))
    height = max(1, min(inner.height(), area.height() - frame.top() - frame.bottom()))
    lowest_x, lowest_y = area.left() + frame.left(), area.top() + frame.top()
    highest_x = area.left() + area.width() - frame.right() - width
    highest_y = area.top() + area.height() - frame.bottom() - height
    if centre:
        x = area.left() + (area.width() - width - frame.left() - frame.right()) // 2 + frame.left()
        y = area.top() + (area.height() - height - frame.top() - frame.bottom()) // 2 + frame.top()
    else:
        x, y = inner.x(), inner.y()
    return QRect(max(lowest_x, min(x, highest_x)), max(lowest_y, min(y, highest_y)), width, height)


def fit_window(window: QWidget, centre: bool = False, area: QRect | None = None) -> None:
    """Bring window inside its screen (a maximised or full-screen window already is)."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = area if area is not None else available_area(window)
    target = fitted(window.geometry(), area, frame_margins(window), centre)
    if target != window.geometry():
        window.setGeometry(target)


def fitting_size(widget: QWidget, wanted: QSize) -> QSize:
    """wanted, or less, so that widget (a dialog) with its frame fits its screen."""
    area = available_area(widget)
    frame = frame_margins(widget)
    return QSize(
        min(wanted.width(), area.width() - frame.left() - frame.right()),
        min(wanted.height(), area.height() - frame.top() - frame.bottom()),
    )
