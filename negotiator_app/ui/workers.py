"""Long work off the GUI thread: the one way the workbench runs a background task.

The work is a plain function taking a `progress(done, total)` callback; it never touches a
widget. A TaskRunner runs it on its own thread and brings everything back to the GUI thread by
its own signals: progress, the result, a one-sentence failure, a crash, or the cancellation.

One cancel rule: Cancel asks the work to stop; the work stops at its next progress report (or
when it next asks `is_cancelled`), and the runner says `cancelled`, whether the work stopped by
raising Cancelled or by a UserError of its own ("The export was cancelled..."). A cancelled
work leaves nothing half-done: that is each work's promise (an import stores nothing before its
last progress report, an export renames its file into place last).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from negotiator_app.errors import UserError
from negotiator_app.ui.i18n import translator

tr = translator("Workers")

Progress = Callable[[int, int], None]
Work = Callable[[Progress], object]
SHOW_AFTER_MS = 250  # work that ends sooner never flashes a progress dialog
WAIT_MS = 30_000


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class TaskRunner(QObject):
    """Runs one piece of work on its own thread; every signal arrives on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)  # one sentence the user can act on
    crashed = Signal(object)  # an unexpected exception, for the crash dialog
    cancelled = Signal()
    finished = Signal()  # last, once the thread has ended

    def __init__(self, work: Work, parent: QObject, name: str = "task") -> None:
        super().__init__(parent)
        self._task = _Task(work)
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName(name)
        self._task.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self._task.run)
        # Connected to this object (on the GUI thread), so each arrives there, queued in order.
        self._task.progressed.connect(self.progressed)
        self._task.succeeded.connect(self.succeeded)
        self._task.failed.connect(self.failed)
        self._task.crashed.connect(self.crashed)
        self._task.cancelled.connect(self.cancelled)
        # quit() straight from the worker thread: the GUI thread may be blocked in wait(), where
        # a queued call would never run.
        self._task.done.connect(self.worker_thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker_thread.finished.connect(self._thread_ended)
        self._running = False

    def start(self) -> None:
        self._running = True
        self.worker_thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._task.cancel()

    def is_cancelled(self) -> bool:
        """Read from the work's own thread too: a work that checks by itself asks this."""
        return self._task.is_cancelled()

    def is_running(self) -> bool:
        return self._running

    def wait(self, msecs: int = WAIT_MS) -> bool:
        """Block until the work has ended (True), or msecs have passed (False).

        When it has ended, what the work said (and then `finished`) is delivered before this
        returns, in order, as if the event loop had run.
        """
        ended = self.worker_thread.wait(msecs)
        if ended:
            QCoreApplication.sendPostedEvents(self)
        return ended

    def _thread_ended(self) -> None:
        if self._running:
            self._running = False
            self.finished.emit()


class _Task(QObject):
    """The work on the worker thread: its signals are the runner's to pass on."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    crashed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = False  # set from the GUI thread, read by the work

    def cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    @Slot()
    def run(self) -> None:
        try:
            self._check()
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except UserError as error:
            # A work that noticed the cancel by itself says so in its own words.
            if self._cancel:
                self.cancelled.emit()
            else:
                self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - shown in the crash dialog, never lost
            self.crashed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()

    def _check(self) -> None:
        if self._cancel:
            raise Cancelled

    def _progress(self, done: int, total: int) -> None:
        self._check()
        self.progressed.emit(done, total)


class TaskProgressDialog(QProgressDialog):
    """A runner's progress in a window-modal dialog; Cancel (or Esc) asks the work to stop.

    It appears only when the work lasts longer than SHOW_AFTER_MS, and closes itself when the
    work has ended.
    """

    def __init__(self, runner: TaskRunner, title: str, label: str, parent: QWidget) -> None:
        super().__init__("", tr("Cancel"), 0, 0, parent)
        # The label may name a file: shown as the plain text it is, never read as markup.
        text = QLabel(self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.setLabel(text)
        self.setLabelText(label)
        self.runner = runner
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(380)
        self.canceled.disconnect()  # Cancel asks the work to stop; the dialog closes when it has
        self.canceled.connect(self.cancel_work)
        self.hide()
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self.show)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)
        self._show_timer.start()

    def cancel_work(self) -> None:
        self.runner.cancel()
        self.setLabelText(tr("Cancelling…"))
        self.setCancelButtonText(tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        # Until the work has measurable progress the bar just shows that it is busy.
        if total > 0 and done > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))

    def _finished(self) -> None:
        self._show_timer.stop()
        shown = self.isVisible()
        self.hide()
        parent = self.parentWidget()
        if shown and parent is not None:
            parent.window().activateWindow()  # the keyboard back where it was before the work
        self.deleteLater()
