"""The Precedents tab: where the selected provision's words come from, and what was changed.

It reads the precedents stored in the library (storage/precedents.py) for the provision being
read, only while it is on screen: a provision chosen while the Position tab is shown costs
nothing here until the tab is opened. A click on a citation (or Enter on it, after Tab) asks
the window to open the precedent in the reader.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QVBoxLayout, QWidget

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, VersionInfo
from negotiator_app.storage.precedents import VersionPrecedents, precedents_of
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.precedents.page import (
    PageColours,
    link_target,
    passages_shown,
    precedents_page,
)
from negotiator_app.ui.theme import INSERTED_COLOUR, RED_LINE_COLOUR, look

tr = translator("Precedents")
SHOWN_PER_PASSAGE = 6  # read from the library: agreed language and earlier revisions both
NO_SOURCES = tr.mark(
    "No text to compare this one with yet. Import an earlier treaty with File › Import… and "
    "tick “Reference instrument” (or run negotiator reference add VERSION); an earlier "
    "revision of this draft is compared too."
)


class PrecedentsTab(QWidget):
    """The best matches for the selected provision, each with its redline; links open them."""

    precedent_opened = Signal(int, str)  # version id, provision key

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("precedentsTab")
        self.library = library
        self.found: VersionPrecedents | None = None
        self.shown_count = 0
        self._reading: tuple[Outline, VersionInfo, str] | None = None
        self._stale = True
        self._busy = ""  # "Finding precedents… 40%" while an update runs

        self.title = QLabel(tr("Select a provision"))
        self.title.setObjectName("precedentsTitle")
        self.title.setWordWrap(True)
        look(self.title, "title")
        self.state = QLabel("")
        self.state.setObjectName("precedentsState")
        self.state.setWordWrap(True)
        look(self.state, "quiet")
        self.view = QTextBrowser()
        self.view.setObjectName("precedentsView")
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(tr("Precedents of the selected provision"))
        self.view.setAccessibleDescription(
            tr("Each precedent's citation is a link: Tab reaches it, Enter opens it in the reader")
        )
        self.view.anchorClicked.connect(self._anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    # -- what the window tells it -------------------------------------------------------

    def show_provision(self, outline: Outline, version: VersionInfo, key: str) -> None:
        """The provision being read; its precedents are read when the tab is on screen."""
        self._reading = (outline, version, key)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_busy(self, text: str) -> None:
        """Say that precedents are being found ("" once they are)."""
        self._busy = text
        self._show_state()

    def library_changed(self) -> None:
        """New precedents were stored: read them again (now, if on screen)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the precedents of the provision being read and show them."""
        self._stale = False
        if self._reading is None:
            return
        outline, version, key = self._reading
        provision = outline.get(key)
        if provision is None:
            return
        self.title.setText(tr("Precedents of {provision}").format(provision=outline.title(key)))
        keys = [node.key for node, _ in passages_shown(provision)]
        self.found = precedents_of(self.library, version.id, keys, limit=SHOWN_PER_PASSAGE)
        if not keys:
            self.shown_count = 0
            none = tr(
                "This provision has no words of its own: select one of its articles or paragraphs."
            )
            self.view.setHtml(f"<p>{none}</p>")
        else:
            html, self.shown_count = precedents_page(
                provision, self.found, _colours(), version.language
            )
            self.view.setHtml(html)
        self._show_state()

    # -- helpers ------------------------------------------------------------------------

    def _show_state(self) -> None:
        found = self.found
        if self._busy:
            text = self._busy
        elif found is None:
            text = ""
        elif not found.wanted:
            text = tr.marked(NO_SOURCES)
        elif found.pending:
            text = tr("Some texts have not been searched yet; their precedents will appear here.")
        else:
            text = _sources_line(found)
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def _anchor_clicked(self, url: QUrl) -> None:
        target = link_target(url.toString())
        if target is not None:
            self.precedent_opened.emit(*target)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


def _sources_line(found: VersionPrecedents) -> str:
    """ "Compared with Valmora Convention and Rev.1." """
    names = found.searched_in()
    if not names:
        return ""
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + tr(" and ") + names[-1]
    return tr("Compared with {texts}.").format(texts=listed)


def _colours() -> PageColours:
    palette = QApplication.palette()
    return PageColours(
        deleted=RED_LINE_COLOUR,
        inserted=INSERTED_COLOUR,
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        link=palette.color(QPalette.ColorRole.Link).name(),
    )
