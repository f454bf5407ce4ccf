"""The small marks beside a provision in the tree: its stance, a red line, open [brackets]."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from negotiator_app.ui.theme import BRACKET_COLOUR, RED_LINE_COLOUR, STANCE_COLOURS

WIDTH, HEIGHT = 26, 14
_SCALE = 2  # drawn at twice the size so the marks stay crisp on high-density screens


@cache
def mark_icon(stance: str | None, inside: bool, red_line: bool, brackets: bool) -> QIcon:
    """stance None: no note; "" : a note without a stance; inside: notes on paragraphs within."""
    pixmap = QPixmap(WIDTH * _SCALE, HEIGHT * _SCALE)
    pixmap.setDevicePixelRatio(_SCALE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(6, HEIGHT / 2)
    if stance is not None:
        colour = QColor(STANCE_COLOURS.get(stance, STANCE_COLOURS[""]))
        if not stance:
            colour = QColor(STANCE_COLOURS["neutral"])
        painter.setPen(QPen(QColor(RED_LINE_COLOUR), 2) if red_line else Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, 4.2, 4.2)
    elif inside:
        painter.setPen(QPen(QColor(STANCE_COLOURS["neutral"]), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 3.2, 3.2)
    if brackets:
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(BRACKET_COLOUR))
        painter.drawText(QRectF(12, 0, 14, HEIGHT), Qt.AlignmentFlag.AlignCenter, "[ ]")
    painter.end()
    return QIcon(pixmap)
