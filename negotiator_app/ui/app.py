"""Starting the workbench: one instance per library, the crash dialog, first run, --smoke."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from negotiator_app import __version__
from negotiator_app.crash import (
    capture_native_crashes,
    native_crashes,
    stop_capturing_native_crashes,
)
from negotiator_app.errors import UserError, shown
from negotiator_app.log_file import start_log_file, stop_log_file
from negotiator_app.resources import resource_path
from negotiator_app.storage import Library, LibraryError, database
from negotiator_app.storage.database import LIBRARY_FILE, describe
from negotiator_app.storage.location import data_dir as library_folder
from negotiator_app.storage.lock import LOCK_FILE, LibraryBusy, LibraryLock
from negotiator_app.ui.dialogs.crash_dialog import install_excepthook
from negotiator_app.ui.i18n import install_translators, translator
from negotiator_app.ui.main_window import MainWindow
from negotiator_app.ui.reader.page_html import escape
from negotiator_app.ui.settings import LANGUAGE, Settings

tr = translator("App")

if TYPE_CHECKING:
    from negotiator_app.ui.workers import TaskRunner

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
    install_translators("system")  # until the library's settings say otherwise
    try:
        folder = library_folder(data_dir)
    except UserError as error:
        return _refuse(str(error), smoke)
    # The settings file is plain INI beside the library (encrypted or not): readable at once,
    # so the passphrase question is already in the delegate's language.
    install_translators(Settings(folder).get(LANGUAGE))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _refuse(
            tr("The library folder {folder} cannot be created: {reason}.").format(
                folder=folder, reason=error.strerror
            ),
            smoke,
        )
    lock = LibraryLock(folder, holder="window")
    try:
        lock.acquire()
    except LibraryBusy as busy:
        return _refuse(
            tr(
                "{problem} Switch to that window, or start Negotiator with --data-dir to open "
                "another library."
            ).format(problem=busy),
            smoke,
        )
    except LibraryError as error:  # the real reason: a read-only folder, a full disk...
        return _refuse(str(error), smoke)
    install_excepthook(folder, interactive=not smoke)
    log_handler = start_log_file(folder)
    try:
        return _run_window(app, folder, lock, smoke, data_dir)
    finally:
        stop_log_file(log_handler)


def _run_window(
    app: QApplication, folder: Path, lock: LibraryLock, smoke: bool, data_dir: str | Path | None
) -> int:
    try:
        if not _unlock(folder, smoke):
            lock.release()
            return 0  # the delegate chose not to give the passphrase
    except LibraryError as error:
        lock.release()
        return _refuse(str(error), smoke)
    library = None
    first_run = False
    try:
        library = Library(folder)
        if library.is_empty():
            first_run = True
            _import_demo(library)
    except (LibraryError, *database.ERRORS) as error:
        if library is not None:
            library.close()
        lock.release()
        return _refuse(_sentence(error, folder), smoke)
    window = None
    try:
        window = MainWindow(library, Settings(folder))  # it applies the saved colour theme
        window.open_first()
    except database.ERRORS as error:  # damage found while reading the library
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
    demo = _demo_revision_after_paint(window, folder) if first_run else None
    if smoke:
        return _smoke(app, window, library, lock, demo)
    from negotiator_app.ui.library.tasks import daily_backup
    from negotiator_app.ui.workers import TaskRunner

    # Once the window is on screen: warm the search index, and take the day's backup (if not
    # yet taken). Nobody waits for the backup or watches it: no dialog, no Cancel.
    backup = TaskRunner(daily_backup(folder), window, "daily backup")
    backup.crashed.connect(window.report_crash)
    window.started.connect(window.search.catch_up)
    window.started.connect(backup.start)
    # Precedents not found yet (after an import by a command, an update cut short), and at the
    # first start the demonstration's reference instrument: its own background step, so the
    # first paint never waits for it.
    window.started.connect(lambda: window.find_precedents(demo_reference=first_run))
    window.started.connect(lambda: _offer_native_crashes(window, folder))
    window.show()
    capture_native_crashes(folder)
    try:
        status = app.exec()
    finally:
        stop_capturing_native_crashes()
        backup.wait()
        if demo is not None:
            demo.wait()  # one transaction per text: never cut off in the middle of one
        library.close()
    if window.conversion is None:
        lock.release()
        if window.restart:  # View > Language > Restart now: the window again, in that language
            return run_gui(data_dir=data_dir, smoke=smoke)
        return status
    _convert(folder, *window.conversion)  # still under the lock: no other writer meanwhile
    lock.release()
    return run_gui(data_dir=data_dir, smoke=smoke)  # the window again, on the converted library


def ms_since_process_start() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


class _FirstPaint(QObject):
    """Notices the main window's first paint, then the end of its start (and, on a first start,
    of the demonstration's Rev.2 imported behind it), and ends the smoke run."""

    def __init__(self, app: QApplication, window: MainWindow, demo: TaskRunner | None) -> None:
        super().__init__(window)
        self.app, self.window, self.demo = app, window, demo
        self.elapsed = self.complete = self.revision = 0.0
        window.started.connect(self._started)
        if demo is not None:
            demo.finished.connect(self._revision_imported)

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
        if self.demo is None or not self.demo.is_running():
            self.app.exit(0)

    def _revision_imported(self) -> None:
        self.revision = ms_since_process_start()
        if self.complete:
            self.app.exit(0)


def _smoke(
    app: QApplication,
    window: MainWindow,
    library: Library,
    lock: LibraryLock,
    demo: TaskRunner | None = None,
) -> int:
    watcher = _FirstPaint(app, window, demo)
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(30_000, lambda: app.exit(1))  # never hang a benchmark or a packaging test
    status = app.exec()
    print(f"first paint: {watcher.elapsed:.0f} ms")
    print(f"window complete: {watcher.complete:.0f} ms", file=sys.stderr)
    if watcher.revision:
        print(f"demonstration Rev.2 imported: {watcher.revision:.0f} ms", file=sys.stderr)
    window.search.stop()
    window.removeEventFilter(watcher)
    window.hide()
    window.deleteLater()
    library.close()
    lock.release()
    return status


def _import_demo(library: Library) -> None:
    """First run: the demonstration draft's Rev.1, in English and Russian, before the first
    paint (the importers load only for this); its Rev.2 comes after (_demo_revision_after_paint)."""
    from negotiator_app.importers import ImportProblem
    from negotiator_app.storage.imports import import_demo_if_empty

    try:
        import_demo_if_empty(library, revision=False)
    except ImportProblem as error:
        raise LibraryError(str(error)) from None


def _demo_revision_after_paint(window: MainWindow, folder: Path) -> TaskRunner:
    """First run, once the window is on screen: the demonstration's Rev.2 and a few positions
    carried into it from Rev.1, on a worker (no dialog: nobody waits for it); the window then
    lists it and says where to see what changed."""
    from negotiator_app.ui.library.tasks import import_demo_revision
    from negotiator_app.ui.workers import TaskRunner

    runner = TaskRunner(import_demo_revision(folder), window, "demonstration Rev.2")
    runner.succeeded.connect(window.revisions.revision_arrived)
    runner.failed.connect(lambda sentence: window.show_message(escape(sentence), "error"))
    runner.crashed.connect(window.report_crash)
    window.started.connect(runner.start)
    return runner


def _unlock(folder: Path, smoke: bool) -> bool:
    """The passphrase of an encrypted library, asked before anything reads it; False when the
    delegate cancels. --smoke (benchmarks, packaging tests) reads NEGOTIATOR_PASSPHRASE."""
    from negotiator_app.storage import cipher

    if not cipher.is_encrypted(folder / LIBRARY_FILE) or cipher.key_for(folder) is not None:
        return True
    cipher.driver()  # SQLCipher missing: its sentence, before any question
    if smoke:
        cipher.unlock(folder, os.environ.get(cipher.PASSPHRASE_VARIABLE, ""))
        return True
    from negotiator_app.ui.security.passphrase import PassphraseDialog

    dialog = PassphraseDialog(folder)
    return dialog.exec() == PassphraseDialog.DialogCode.Accepted


def _offer_native_crashes(window: MainWindow, folder: Path) -> None:
    """A native crash of the last run (caught by faulthandler): say where its log is."""
    crashes = native_crashes(folder)
    if crashes:
        window.show_message(
            tr(
                "Negotiator stopped unexpectedly last time (a crash in Qt or a library it uses). "
                "The details are in {path}; send it to whoever supports Negotiator for you."
            ).format(path=escape(str(crashes[-1]))),
            "error",
        )


def _convert(folder: Path, what: str, passphrase: str) -> None:
    """Encrypt or decrypt the library chosen in the window, once it has closed."""
    from PySide6.QtWidgets import QMessageBox

    from negotiator_app.storage.encryption import decrypt_library, encrypt_library

    try:
        if what == "encrypt":
            encrypt_library(folder, passphrase)
        else:
            decrypt_library(folder)
    except LibraryError as error:
        QMessageBox.critical(None, "Negotiator", shown(str(error)))


def _sentence(error: Exception, folder: Path) -> str:
    if isinstance(error, database.ERRORS):
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
