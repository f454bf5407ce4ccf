"""The search box: results as you type (from the search thread), keys to move and open, Esc.

The results page and the search thread are made on first use, not at startup: the window's
first paint does not wait for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QStackedWidget, QWidget

from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import Kind, provision_label
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.tree.model import tree_text

if TYPE_CHECKING:
    from negotiator_app.ui.search.results import SearchPage
    from negotiator_app.ui.search.service import SearchService

tr = translator("Search")
TYPING_PAUSE_MS = 140
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class SearchBar(QObject):
    """Connects the box, the search thread and the results page (shown in `pages`).

    Esc, or emptying the box, goes back to the page and the widget that were there before.
    """

    opened = Signal(object)  # ResultGroup chosen
    crashed = Signal(object)

    def __init__(
        self,
        folder: Path,
        pages: QStackedWidget,
        version: Callable[[], int | tuple[int, ...] | None],  # the texts searched
        describe: Callable[[object], tuple[str, str, str]],
        all_versions: bool,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.pages = pages
        self.version = version
        self.describe = describe
        self._all_versions = all_versions
        self._page: SearchPage | None = None
        self._service: SearchService | None = None
        self._open_when_answered = False
        self._before: tuple[QWidget, QWidget | None] | None = None  # page, focus
        self._focus_before: QWidget | None = None
        self._stopped = False
        self.query = ""
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(tr("Search the text and your notes   (Ctrl+F)"))
        self.box.setAccessibleName(tr("Search"))
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(280)
        self.box.textEdited.connect(self._typed)
        self.box.installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @property
    def page(self) -> SearchPage:
        if self._page is None:
            from negotiator_app.ui.search.results import SearchPage

            self._page = SearchPage()
            self._page.all_versions.setChecked(self._all_versions)
            self.pages.addWidget(self._page)
            self._page.opened.connect(self.opened)
            self._page.suggestion_chosen.connect(self.set_query)
            self._page.scope_changed.connect(lambda _: self.run())
        return self._page

    def all_versions(self) -> bool:
        return self._page.all_versions.isChecked() if self._page else self._all_versions

    def focus(self) -> None:
        """Ctrl+F: into the box, and back to the results if there is a query."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        if self.box.text().strip():
            self._show()

    @property
    def service(self) -> SearchService:
        if self._service is None:
            from negotiator_app.ui.search.service import SearchService

            self._service = SearchService(self.folder, self)
            self._service.answered.connect(self._answered)
            self._service.failed.connect(self._failed)
            self._service.crashed.connect(self.crashed)
            self._service.noticed.connect(lambda text: self.page.show_notice(text))
        return self._service

    def set_query(self, text: str) -> None:
        self.box.setText(text)
        self._typed(text)

    def run(self) -> None:
        """Send the box's query to the search thread now."""
        self._timer.stop()
        self.query = self.box.text().strip()
        if not self.query:
            return
        self.page.show_searching(self.query)
        self.service.search(self.query, None if self.all_versions() else self.version())

    def catch_up(self) -> None:
        """Bring the index up to date (and warm it up) on the search thread."""
        self.service.catch_up()

    def stop(self) -> None:
        """End the search thread (the window is closing); safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        if self._service is not None:
            self._service.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in _MOVE_KEYS:
                self.page.move_selection(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self.box.text().strip() != self.query:
                    self.run()  # Enter before the typing pause: search now, open when answered
                    self._open_when_answered = True
                elif not self.page.open_current():
                    self._show()
                return True
            if key == Qt.Key.Key_Escape:
                self._leave()
                return True
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        if text.strip():
            self._show()
            self._timer.start()
            return
        self._timer.stop()
        if self._service is not None:
            self._service.cancel()
        self.query = ""
        if self._page is not None:
            self._page.show_message("")
        self._leave()

    def _show(self) -> None:
        if self.pages.currentWidget() is not self.page:
            self._before = (self.pages.currentWidget(), self._focus_before)
            self.pages.setCurrentWidget(self.page)

    def _leave(self) -> None:
        page, focus = self._before or (self.pages.widget(0), None)
        if self.pages.currentWidget() is self._page:
            self.pages.setCurrentWidget(page)
        (focus or page).setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        window = self.box.window()
        if new is self.box and old is not None and window.isAncestorOf(old):
            self._focus_before = old  # where Esc in the search box goes back to

    def _answered(self, results) -> None:
        from negotiator_app.ui.search.results import group_hits

        self.page.show_results(
            self.query, group_hits(results.hits, self.describe), results.suggestion
        )
        if self._open_when_answered:
            self._open_when_answered = False
            self.page.open_current()

    def _failed(self, sentence: str) -> None:
        self._open_when_answered = False
        self.page.show_message(sentence)


def describe_hit(hit, outline: Outline | None, version_id: int | None) -> tuple[str, str, str]:
    """(the article a hit is in, that article's title, the hit's own label inside it)."""
    if outline is not None and hit.version_id == version_id and hit.key in outline:
        unit = outline.unit_of(hit.key)
        label = ""
        if unit != hit.key:
            label = outline.title(hit.key).removeprefix(outline.short_label(unit)).lstrip(", ")
        return unit, tree_text(outline.get(unit), outline.language), label
    try:
        label = provision_label(Kind(hit.kind), hit.number)
    except ValueError:
        label = ""
    unit = hit.key.split(".")[0]
    return unit, f"{unit_label(unit)} {hit.heading}".strip(), label


def unit_label(key: str) -> str:
    """ "art-12bis" -> "Article 12bis", for a hit in a version that is not open."""
    words = {"art": "Article", "ch": "Chapter", "part": "Part", "annex": "Annex", "pre": "Preamble"}
    word, _, number = key.partition("-")
    return f"{words.get(word, word.capitalize())} {number}".strip()
