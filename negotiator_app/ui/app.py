"""Starting the workbench: one instance per library, the crash dialog, first run, --smoke."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from negotiator_app import __version__
from negotiator_app.errors import UserError, shown
from negotiator_app.resources import resource_path
from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.database import LIBRARY_FILE, describe
from negotiator_app.storage.location import data_dir as library_folder
from negotiator_app.storage.lock import LOCK_FILE, LibraryBusy, LibraryLock
from negotiator_app.ui.dialogs.crash_dialog import install_excepthook
from negotiator_app.ui.main_window import MainWindow
from negotiator_app.ui.settings import Settings

__all__ = ["LOCK_FILE", "run_gui"]
APP_ID = "io.github.negotiator.Negotiator"  # as in packaging/: desktop entry and AppStream
_IMPORTED_AT = time.perf_counter()


def run_gui(data_dir: str | Path | None = None, smoke: bool = False) -> int:
    """Run the workbench on the library in data_dir; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Negotiator")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "negotiator.svg"))))
    try:
        folder = library_folder(data_dir)
    except UserError as error:
        return _refuse(str(error), smoke)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _refuse(f"The library folder {folder} cannot be created: {error.strerror}.", smoke)
    lock = LibraryLock(folder, holder="window")
    try:
        lock.acquire()
    except LibraryBusy as busy:
        return _refuse(
            f"{busy} Switch to that window, or start Negotiator with --data-dir to open another "
            "library.",
            smoke,
        )
    except LibraryError as error:  # the real reason: a read-only folder, a full disk...
        return _refuse(str(error), smoke)
    install_excepthook(folder, interactive=not smoke)
    library = None
    try:
        library = Library(folder)
        if library.is_empty():
            _import_demo(library)
    except (LibraryError, sqlite3.DatabaseError) as error:
        if library is not None:
            library.close()
        lock.release()
        return _refuse(_sentence(error, folder), smoke)
    window = None
    try:
        window = MainWindow(library, Settings(folder))  # it applies the saved colour theme
        window.open_first()
    except sqlite3.DatabaseError as error:  # damage found while reading the library
        if window is not None:
            window.search.stop()
        library.close()
        lock.release()
        return _refuse(_sentence(error, folder), smoke)
    except Exception as error:  # noqa: BLE001 - a crash at start still gets its dialog and log
        sys.excepthook(type(error), error, error.__traceback__)
        if window is not None:
            window.search.stop()
        library.close()
        lock.release()
        return 1
    if smoke:
        return _smoke(app, window, library, lock)
    from negotiator_app.ui.library.tasks import daily_backup
    from negotiator_app.ui.workers import TaskRunner

    # Once the window is on screen: warm the search index, and take the day's backup (if not
    # yet taken). Nobody waits for the backup or watches it: no dialog, no Cancel.
    backup = TaskRunner(daily_backup(folder), window, "daily backup")
    backup.crashed.connect(window.report_crash)
    window.started.connect(window.search.catch_up)
    window.started.connect(backup.start)
    window.show()
    try:
        return app.exec()
    finally:
        backup.wait()
        library.close()
        lock.release()


def ms_since_process_start() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


class _FirstPaint(QObject):
    """Notices the main window's first paint, then the end of its start, and ends the smoke run."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self.app, self.window = app, window
        self.elapsed = self.complete = 0.0
        window.started.connect(self._started)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.elapsed:
            QTimer.singleShot(0, self._painted)  # after this paint has reached the screen
        return False

    def _painted(self) -> None:
        if not self.elapsed:
            self.elapsed = ms_since_process_start()

    def _started(self) -> None:
        """What the window makes after its first paint (the position panel...) is there too."""
        self.complete = ms_since_process_start()
        self.app.exit(0)


def _smoke(app: QApplication, window: MainWindow, library: Library, lock: LibraryLock) -> int:
    watcher = _FirstPaint(app, window)
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(30_000, lambda: app.exit(1))  # never hang a benchmark or a packaging test
    status = app.exec()
    print(f"first paint: {watcher.elapsed:.0f} ms")
    print(f"window complete: {watcher.complete:.0f} ms", file=sys.stderr)
    window.search.stop()
    window.removeEventFilter(watcher)
    window.hide()
    window.deleteLater()
    library.close()
    lock.release()
    return status


def _import_demo(library: Library) -> None:
    """First run: the demonstration drafts (the importers load only for this)."""
    from negotiator_app.importers import ImportProblem
    from negotiator_app.storage.imports import import_demo_if_empty

    try:
        import_demo_if_empty(library)
    except ImportProblem as error:
        raise LibraryError(str(error)) from None


def _sentence(error: Exception, folder: Path) -> str:
    if isinstance(error, sqlite3.DatabaseError):
        return describe(error, folder / LIBRARY_FILE)
    return str(error)


def _refuse(sentence: str, smoke: bool) -> int:
    """Tell the user why the workbench cannot open, in a dialog (and on stderr)."""
    sentence = shown(sentence)
    print(f"negotiator: {sentence}", file=sys.stderr)
    if not smoke:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Negotiator", sentence)
    return 2
