"""The proposed wording shown as a redline against the current text, updated as you type."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from negotiator_app.core import redline
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import INSERTED_COLOUR, RED_LINE_COLOUR

tr = translator("PositionPanel")

MIN_HEIGHT, MAX_HEIGHT = 40, 240


class RedlineView(QTextBrowser):
    """Deleted words struck through in red, inserted words underlined in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redline")
        self.setOpenLinks(False)
        self.setAccessibleName(tr("Redline of the proposed wording against the current text"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def show_redline(self, segments: list[redline.Segment]) -> None:
        self.setHtml(redline_html(segments))
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the redline, up to a limit, so the panel does not fill with empty space."""
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        self.setFixedHeight(max(MIN_HEIGHT, min(MAX_HEIGHT, height)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()


def redline_html(segments: list[redline.Segment]) -> str:
    """HTML for the redline; empty when there is no proposed wording."""
    if not "".join(text for op, text in segments if op != redline.DELETE).strip():
        return ""
    if not redline.has_changes(segments):
        return f"<p><i>{tr('Same as the current text.')}</i></p>"
    styles = {
        redline.DELETE: f"color:{RED_LINE_COLOUR}; text-decoration:line-through;",
        redline.INSERT: f"color:{INSERTED_COLOUR}; text-decoration:underline;",
    }
    out = []
    for op, text in segments:
        piece = html.escape(text).replace("\n", "<br>")
        out.append(f'<span style="{styles[op]}">{piece}</span>' if op in styles else piece)
    return "<p>" + "".join(out) + "</p>"
