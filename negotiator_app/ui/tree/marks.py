"""The small marks beside a provision in the tree: its stance, a red line, open [brackets].

Drawn large enough to tell apart at a glance on a laptop screen: a stance dot of 12 pixels, a
red line as a bold red ring around it, brackets in the bracket colour. The tree's legend draws
the very same icons.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from negotiator_app.ui.theme import BRACKET_COLOUR, RED_LINE_COLOUR, STANCE_COLOURS

WIDTH, HEIGHT = 38, 20
DOT_RADIUS = 6.0  # a 12-pixel stance dot
RING_WIDTH = 2.6  # the red line's ring, around the dot with a gap between
_SCALE = 2  # drawn at twice the size so the marks stay crisp on high-density screens


@cache
def mark_icon(stance: str | None, inside: bool, red_line: bool, brackets: bool) -> QIcon:
    """stance None: no note; "" : a note without a stance; inside: notes on paragraphs within."""
    pixmap = QPixmap(WIDTH * _SCALE, HEIGHT * _SCALE)
    pixmap.setDevicePixelRatio(_SCALE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
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
    if brackets:
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(BRACKET_COLOUR))
        painter.drawText(
            QRectF(HEIGHT, 0, WIDTH - HEIGHT, HEIGHT), Qt.AlignmentFlag.AlignCenter, "[ ]"
        )
    painter.end()
    return QIcon(pixmap)
