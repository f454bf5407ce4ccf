"""The search box: results as you type (from the search thread), keys to move and open, Esc."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from negotiator_app.ui.search_page import Describe, ResultGroup, SearchPage, group_hits
from negotiator_app.ui.search_worker import SearchService

TYPING_PAUSE_MS = 140


class SearchBar(QObject):
    """Connects the box, the search thread and the results page."""

    opened = Signal(object)  # ResultGroup chosen
    entered = Signal()  # results page should show
    left = Signal()  # Esc, or the box was emptied: go back
    crashed = Signal(object)

    def __init__(
        self,
        folder: Path,
        page: SearchPage,
        scope: Callable[[], int | None],
        describe: Describe,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.scope = scope
        self.describe = describe
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText("Search the text and your notes   (Ctrl+F)")
        self.box.setAccessibleName("Search")
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(280)
        self.box.textEdited.connect(self._typed)
        self.box.installEventFilter(self)
        self.service = SearchService(folder, self)
        self.service.answered.connect(self._answered)
        self.service.failed.connect(self._failed)
        self.service.crashed.connect(self.crashed)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.query = ""
        page.opened.connect(self.opened)
        page.suggestion_chosen.connect(self.set_query)
        page.scope_changed.connect(lambda _: self.run())

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
        self.service.search(self.query, self.scope())

    def catch_up(self) -> None:
        self.service.catch_up()

    def stop(self) -> None:
        self.service.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.page.move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self.box.text().strip() != self.query:
                    self.run()  # Enter before the pause: search now, open when it answers
                    self._open_when_answered = True
                elif not self.page.open_current():
                    self.entered.emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.left.emit()
                return True
        return super().eventFilter(watched, event)

    _open_when_answered = False

    def _typed(self, text: str) -> None:
        if text.strip():
            self.entered.emit()
            self._timer.start()
        else:
            self._timer.stop()
            self.service.cancel()
            self.query = ""
            self.page.show_message("")
            self.left.emit()

    def _answered(self, results) -> None:
        groups: list[ResultGroup] = group_hits(results.hits, self.describe)
        self.page.show_results(self.query, groups, results.suggestion)
        if self._open_when_answered:
            self._open_when_answered = False
            self.page.open_current()

    def _failed(self, sentence: str) -> None:
        self._open_when_answered = False
        self.page.show_message(sentence)
