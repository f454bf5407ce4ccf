"""The small marks beside a provision in the tree: its stance, a red line, open [brackets],
and what the revision did to it.

Drawn large enough to tell apart at a glance on a laptop screen: a stance dot of 12 pixels, a
red line as a bold red ring around it, brackets in the bracket colour, and last a badge for a
provision the revision changed (a diamond) or added (a plus) — two shapes, not only two
colours. The tree's legend draws the very same icons.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from negotiator_app.ui.theme import (
    BRACKET_COLOUR,
    CHANGED_COLOUR,
    INSERTED_COLOUR,
    RED_LINE_COLOUR,
    STANCE_COLOURS,
)

WIDTH, HEIGHT = 48, 20
BADGE_LEFT = 38  # the change badge's place, after the brackets
DOT_RADIUS = 6.0  # a 12-pixel stance dot
RING_WIDTH = 2.6  # the red line's ring, around the dot with a gap between
_SCALE = 2  # drawn at twice the size so the marks stay crisp on high-density screens


@cache
def mark_icon(
    stance: str | None, inside: bool, red_line: bool, brackets: bool, change: str = ""
) -> QIcon:
    """stance None: no note; "" : a note without a stance; inside: notes on paragraphs within;
    change: "changed" or "new" since the revision before (core/change_filter.Badge), or ""."""
    pixmap = QPixmap(WIDTH * _SCALE, HEIGHT * _SCALE)
    pixmap.setDevicePixelRatio(_SCALE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _dot(painter, stance, inside, red_line)
    if brackets:
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(BRACKET_COLOUR))
        painter.drawText(
            QRectF(HEIGHT, 0, BADGE_LEFT - HEIGHT, HEIGHT), Qt.AlignmentFlag.AlignCenter, "[ ]"
        )
    if change:
        _badge(painter, change)
    painter.end()
    return QIcon(pixmap)


@cache
def stance_icon(stance: str, red_line: bool) -> QIcon:
    """The stance dot alone, square: for lists beside the tree (the compare view)."""
    pixmap = QPixmap(HEIGHT * _SCALE, HEIGHT * _SCALE)
    pixmap.setDevicePixelRatio(_SCALE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _dot(painter, stance, False, red_line)
    painter.end()
    return QIcon(pixmap)


def _dot(painter: QPainter, stance: str | None, inside: bool, red_line: bool) -> None:
    """The stance dot (with the red line's ring), or the hollow mark of positions inside."""
    centre = QPointF(HEIGHT / 2, HEIGHT / 2)
    if stance is not None:
        colour = QColor(STANCE_COLOURS.get(stance, STANCE_COLOURS[""]))
        if not stance:
            colour = QColor(STANCE_COLOURS["neutral"])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = DOT_RADIUS - (RING_WIDTH if red_line else 0) * 0.6
        painter.drawEllipse(centre, radius, radius)
        if red_line:
            painter.setPen(QPen(QColor(RED_LINE_COLOUR), RING_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outer = HEIGHT / 2 - RING_WIDTH / 2
            painter.drawEllipse(centre, outer, outer)
    elif inside:
        painter.setPen(QPen(QColor(STANCE_COLOURS["neutral"]), 1.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, DOT_RADIUS - 1.5, DOT_RADIUS - 1.5)


def _badge(painter: QPainter, change: str) -> None:
    """A diamond for a changed provision, a plus for a new one."""
    middle_x, middle_y, half = BADGE_LEFT + 5.0, HEIGHT / 2, 4.6
    if change == "new":
        painter.setPen(QPen(QColor(INSERTED_COLOUR), 2.6, c=Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(middle_x - half, middle_y), QPointF(middle_x + half, middle_y))
        painter.drawLine(QPointF(middle_x, middle_y - half), QPointF(middle_x, middle_y + half))
        return
    painter.setPen(QPen(QColor("#ffffff"), 0.8))  # it stays a diamond on a selected row too
    painter.setBrush(QColor(CHANGED_COLOUR))
    painter.drawPolygon(
        [
            QPointF(middle_x, middle_y - half),
            QPointF(middle_x + half, middle_y),
            QPointF(middle_x, middle_y + half),
            QPointF(middle_x - half, middle_y),
        ]
    )
