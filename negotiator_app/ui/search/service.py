"""Search off the GUI thread: one dedicated thread owns the SearchIndex and its own library.

Typing never waits for the index. Every request carries a number; the worker skips requests
that a newer one has replaced before it got to them, and the window ignores late answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from negotiator_app.importers import ImportProblem
from negotiator_app.storage import Library, LibraryError
from negotiator_app.ui.i18n import translator

tr = translator("Search")

SEARCH_LIMIT = 50
STOP_WAIT_MS = 15_000


class SearchWorker(QObject):
    """Lives on the search thread; every SearchIndex call happens here."""

    answered = Signal(int, object)  # request number, SearchResults
    failed = Signal(int, str)  # request number, one sentence
    crashed = Signal(object)  # an unexpected exception, for the crash dialog
    noticed = Signal(str)  # why the index lives in memory only this session, said once

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.latest = 0  # written by the GUI thread: the newest request number
        self._library: Library | None = None
        self._index = None
        self._noticed = False

    @Slot(int, str, object)
    def search(self, request: int, query: str, version_id: object) -> None:
        if request != self.latest:
            return  # a newer query is already waiting behind this one
        try:
            index = self._open()
            results = index.search(query, limit=SEARCH_LIMIT, version_id=version_id)
        except Exception as error:  # noqa: BLE001 - reported to the GUI thread, never lost
            self._report(request, error)
            return
        if request == self.latest:
            self.answered.emit(request, results)
        self._notice(index)

    @Slot()
    def catch_up(self) -> None:
        """Bring the index up to date after a note save or an import (also warms it up)."""
        try:
            self._open().catch_up()
        except Exception as error:  # noqa: BLE001
            self._report(0, error)

    @Slot()
    def close(self) -> None:
        """Let go of the index and the library, then end the thread."""
        index, self._index = self._index, None
        if index is not None and hasattr(index, "close"):
            index.close()
        if self._library is not None:
            self._library.close()
            self._library = None
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()

    def _notice(self, index) -> None:
        problem = getattr(index, "problem", None)
        if problem and not self._noticed:
            self._noticed = True
            self.noticed.emit(str(problem))

    def _report(self, request: int, error: Exception) -> None:
        sentence = user_sentence(error)
        if sentence is None:
            self.crashed.emit(error)
        else:
            self.failed.emit(request, sentence)

    def _open(self):
        if self._index is None:
            from negotiator_app.search import SearchIndex  # Whoosh loads on this thread only

            self._library = Library(self.folder)
            self._index = SearchIndex(self._library)
        return self._index


class SearchService(QObject):
    """The GUI side: starts the thread, numbers requests, passes on only the newest answer."""

    answered = Signal(object)  # SearchResults for the newest query
    failed = Signal(str)
    crashed = Signal(object)
    noticed = Signal(str)
    _request = Signal(int, str, object)
    _catch_up = Signal()
    _close = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number = 0
        self._thread = QThread()
        self._thread.setObjectName("search")
        self._worker = SearchWorker(folder)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.search)
        self._catch_up.connect(self._worker.catch_up)
        self._close.connect(self._worker.close)
        self._worker.answered.connect(self._answered)
        self._worker.failed.connect(self._failed)
        self._worker.crashed.connect(self.crashed)
        self._worker.noticed.connect(self.noticed)
        self._thread.start()

    def search(self, query: str, version_id: int | tuple[int, ...] | None) -> int:
        self._number += 1
        self._worker.latest = self._number
        self._request.emit(self._number, query, version_id)
        return self._number

    def cancel(self) -> None:
        """Forget any query in flight (the user cleared the box)."""
        self._number += 1
        self._worker.latest = self._number

    def catch_up(self) -> None:
        self._catch_up.emit()

    def stop(self) -> None:
        if self._thread.isRunning():
            self._close.emit()
            self._thread.wait(STOP_WAIT_MS)

    def _answered(self, request: int, results: object) -> None:
        if request == self._number:
            self.answered.emit(results)

    def _failed(self, request: int, sentence: str) -> None:
        if request in (0, self._number):
            self.failed.emit(sentence)


def user_sentence(error: Exception) -> str | None:
    """The one sentence for a failure the user can cause or meet; None for a real bug."""
    if isinstance(error, ImportError):
        return tr("Search is not available in this build of Negotiator.")
    if isinstance(error, LibraryError | ImportProblem):
        return str(error)
    try:
        from negotiator_app.search import SearchError
    except ImportError:
        return None
    return str(error) if isinstance(error, SearchError) else None
