"""Finding precedents in the background: after an import, at start, and for the demonstration.

One update at a time, on a TaskRunner (ui/workers.py), its progress in the status bar with a
Cancel button: the delegate keeps reading meanwhile. Asked again while one runs, another runs
after it (it finds only what the first did not). An update stores everything at its end, in
one transaction (storage/precedents.py), so a cancelled or failed one leaves the stored
precedents as they were; what it did not store is found at the next update.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from negotiator_app.storage import Library, VersionInfo
from negotiator_app.storage.precedents import PrecedentsUpdate, update_precedents
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look
from negotiator_app.ui.workers import Progress, TaskRunner

tr = translator("Precedents")
STOP_WAIT_MS = 10_000


@dataclass(frozen=True)
class UpdateOutcome:
    """What a background update did: versions it imported first (the demonstration's
    reference), and the precedents it stored."""

    update: PrecedentsUpdate
    imported: list[VersionInfo] = field(default_factory=list)


def find_precedents(folder: Path, demo_reference: bool) -> Callable[[Progress], UpdateOutcome]:
    """The work: (the demonstration's reference instrument, then) the precedents not stored."""

    def work(progress: Progress) -> UpdateOutcome:
        from negotiator_app.storage.imports import import_demo_reference

        with Library(folder) as library:
            imported = import_demo_reference(library) if demo_reference else []
            update = update_precedents(library, progress=progress)
        return UpdateOutcome(update, imported)

    return work


class PrecedentsProgress(QWidget):
    """In the status bar while precedents are found: what, how far, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("precedentsProgress")
        self.label = QLabel(tr("Finding precedents…"))
        look(self.label, "quiet")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Finding precedents"))
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 0)
        self.cancel = QToolButton()
        self.cancel.setText(tr("Cancel"))
        self.cancel.setAutoRaise(True)
        self.cancel.setAccessibleName(tr("Cancel finding precedents"))
        self.cancel.setToolTip(tr("Stop finding precedents now; they are found at the next start"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self.show()


class PrecedentsUpdater(QObject):
    """Runs the updates, one at a time; says when precedents were stored."""

    progressed = Signal(str)  # "Finding precedents… 40%" while it runs, "" when done
    updated = Signal(object)  # UpdateOutcome
    message = Signal(str, str)  # HTML, tone
    crashed = Signal(object)

    def __init__(self, folder: Path, progress: PrecedentsProgress, parent: QObject) -> None:
        super().__init__(parent)
        self.folder = folder
        self.progress = progress
        self.progress.cancel.clicked.connect(self.cancel)
        self.runner: TaskRunner | None = None
        self._again = False
        self._demo_reference = False

    def update(self, demo_reference: bool = False) -> TaskRunner | None:
        """Find the precedents not stored yet (after the one under way, if any)."""
        self._demo_reference = self._demo_reference or demo_reference
        if self.runner is not None:
            self._again = True
            return None
        demo, self._demo_reference = self._demo_reference, False
        runner = TaskRunner(find_precedents(self.folder, demo), self, "precedents")
        runner.progressed.connect(self._progressed)
        runner.succeeded.connect(self.updated)
        runner.failed.connect(lambda sentence: self.message.emit(sentence, "error"))
        runner.crashed.connect(self.crashed)
        runner.cancelled.connect(
            lambda: self.message.emit(
                tr("Finding precedents was stopped; the rest are found at the next start."),
                "info",
            )
        )
        runner.finished.connect(self._finished)
        self.runner = runner
        runner.start()
        return runner

    def is_running(self) -> bool:
        return self.runner is not None

    def cancel(self) -> None:
        self._again = False
        if self.runner is not None:
            self.runner.cancel()
            self.progress.label.setText(tr("Stopping…"))

    def stop(self) -> None:
        """The window is closing: stop the update under way and wait for its thread."""
        if self.runner is not None:
            self.cancel()
            self.runner.wait(STOP_WAIT_MS)

    def _progressed(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 0
        self.progress.label.setText(tr("Finding precedents…"))
        self.progress.show_progress(done, total)
        self.progressed.emit(tr("Finding precedents… {percent}%").format(percent=percent))

    def _finished(self) -> None:
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.deleteLater()
        self.progress.hide()
        self.progressed.emit("")
        if self._again:
            self._again = False
            self.update()
