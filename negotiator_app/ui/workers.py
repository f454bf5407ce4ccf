"""Long work off the GUI thread, with a progress dialog and a Cancel button.

The work is a plain function taking a `progress(done, total)` callback; it never touches a
widget. Its result (or its one-sentence failure) comes back to the GUI thread by signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from negotiator_app.errors import UserError

Progress = Callable[[int, int], None]
Work = Callable[[Progress], object]
SHOW_AFTER_MS = 250


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class Task(QObject):
    """Runs one piece of work on its own thread."""

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

    def check(self) -> None:
        """Stop here if the user cancelled."""
        if self._cancel:
            raise Cancelled

    @Slot()
    def run(self) -> None:
        try:
            self.check()
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except UserError as error:
            self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - shown in the crash dialog, never lost
            self.crashed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()

    def _progress(self, done: int, total: int) -> None:
        self.check()
        self.progressed.emit(done, total)


class TaskRunner(QObject):
    """Starts a Task on a thread and shows its progress; Cancel (or Esc) stops it."""

    finished = Signal()

    def __init__(self, parent: QWidget, title: str, label: str, task: Task) -> None:
        super().__init__(parent)
        self.task = task
        self.thread = QThread(self)
        self.thread.setObjectName(title)
        task.moveToThread(self.thread)
        self.dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(380)
        self.dialog.canceled.disconnect()  # Cancel asks the work to stop; it closes when it has
        self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self.dialog.show)
        task.progressed.connect(self._progressed)
        task.done.connect(self._done)
        self.thread.started.connect(task.run)

    def start(self) -> None:
        self.thread.start()
        self._show_timer.start()

    def cancel(self) -> None:
        self.task.cancel()
        self.dialog.setLabelText("Cancelling…")
        self.dialog.setCancelButtonText("Cancelling…")

    def wait(self, msecs: int = 30_000) -> bool:
        return self.thread.wait(msecs)

    def _progressed(self, done: int, total: int) -> None:
        # Until the work has measurable progress the bar just shows that it is busy.
        if total > 0 and done > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _done(self) -> None:
        self._show_timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.thread.quit()
        self.thread.wait()
        self.finished.emit()


class BackgroundTask(QObject):
    """A Task nobody waits for or watches (the daily backup): no dialog, no Cancel."""

    def __init__(self, task: Task, parent: QObject) -> None:
        super().__init__(parent)
        self.task = task
        self.thread = QThread(self)
        task.moveToThread(self.thread)
        self.thread.started.connect(task.run)
        task.done.connect(self.thread.quit)

    def start(self) -> None:
        self.thread.start()

    def wait(self, msecs: int = 30_000) -> bool:
        return self.thread.wait(msecs)
