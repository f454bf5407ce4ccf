"""The proposed wording shown as a redline against the current text, updated as you type."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from negotiator_app.core import redline

MIN_HEIGHT, MAX_HEIGHT = 40, 240


class RedlineView(QTextBrowser):
    """Deleted words struck through in red, inserted words underlined in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redline")
        self.setOpenLinks(False)
        self.setAccessibleName("Redline of the proposed wording against the current text")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def show_redline(self, current: str, proposed: str) -> None:
        self.setHtml(redline_html(current, proposed))
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the redline, up to a limit, so the panel does not fill with empty space."""
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        self.setFixedHeight(max(MIN_HEIGHT, min(MAX_HEIGHT, height)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()


def redline_html(current: str, proposed: str) -> str:
    """HTML for the redline; the plain proposed text when the texts cannot be compared."""
    if not proposed.strip():
        return ""
    segments = redline.redline(current, proposed)
    if not redline.has_changes(segments):
        return "<p><i>Same as the current text.</i></p>"
    out = []
    for op, text in segments:
        piece = html.escape(text).replace("\n", "<br>")
        if op == redline.DELETE:
            out.append(f'<span style="color:#b3261e; text-decoration:line-through;">{piece}</span>')
        elif op == redline.INSERT:
            out.append(f'<span style="color:#1e7d4f; text-decoration:underline;">{piece}</span>')
        else:
            out.append(piece)
    return "<p>" + "".join(out) + "</p>"
