"""The note's proposed wordings in its other languages, shown as written: a wording is redlined
only against a text in its own language (storage/positions.py Proposal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from negotiator_app.storage.notes import Proposal
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look
from negotiator_app.ui.words import language_name

# User-visible words of this widget, in one place.
tr = translator("PositionPanel")


class OtherWordings(QWidget):
    """One titled, read-only block per other language; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherWordings")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.blocks: list[tuple[QLabel, QLabel]] = []
        self.hide()

    def show_wordings(self, proposals: list[Proposal]) -> None:
        for title, body in self.blocks:
            title.deleteLater()
            body.deleteLater()
        self.blocks = []
        for proposal in proposals:
            language = language_name(proposal.language)
            title = QLabel(tr("Proposed wording ({language})").format(language=language))
            look(title, "field")
            title.setToolTip(
                tr("Written against the {language} text: no redline against this one.").format(
                    language=language
                )
            )
            body = QLabel(proposal.text)
            body.setObjectName("otherWording")
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            body.setAccessibleName(title.text())
            body.setToolTip(title.toolTip())
            self._layout.addWidget(title)
            self._layout.addWidget(body)
            self.blocks.append((title, body))
        self.setVisible(bool(proposals))

    def shown(self) -> list[tuple[str, str]]:
        """(title, wording) of each block, as shown."""
        return [(title.text(), body.text()) for title, body in self.blocks]
