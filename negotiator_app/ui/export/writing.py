"""What the export dialogs share: a file written in the background, then opened.

The memo dialog and the table-of-changes dialog each choose what to write; this writes it as a
background task (ui/workers) with progress, stops it when asked (a cancelled export leaves no
file: the file is renamed into place last), says what was written, and opens the file or its
folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from negotiator_app.export.output_file import ExportCancelled, ExportResult
from negotiator_app.storage import Library
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.workers import Progress, TaskRunner

tr = translator("ExportMemo")
Cancelled = Callable[[], bool]
Writing = Callable[[Progress, Cancelled], ExportResult]


class WritingDialog(QDialog):
    """A dialog that writes one export file in the background; subclasses choose what."""

    exported = Signal(object)  # the ExportResult, once the file is written

    def __init__(self, parent: QWidget, library: Library) -> None:
        super().__init__(parent)
        self.library = library
        self.written: ExportResult | None = None  # the last file written
        self.runner: TaskRunner | None = None
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Export progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names files: never markup
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    # -- for the subclasses ------------------------------------------------------------------

    def export(self) -> None:
        raise NotImplementedError

    def _wrote(self, result: ExportResult) -> str:
        """ "Wrote memo.docx (12 provisions)." """
        raise NotImplementedError

    def _set_choices_enabled(self, enabled: bool) -> None:
        raise NotImplementedError

    def _write(self, work: Writing, name: str, status: str, total: int = 0) -> None:
        """Run work(progress, cancelled) in a worker thread; total 0: progress unknown yet."""
        self.written = None
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self._set_status(status)
        runner = TaskRunner(lambda progress: work(progress, runner.is_cancelled), self, name)
        runner.progressed.connect(self._progressed)
        runner.succeeded.connect(self._succeeded)
        runner.failed.connect(self._show_error)
        runner.crashed.connect(self._crashed)
        runner.cancelled.connect(lambda: self._set_status(str(ExportCancelled())))
        runner.finished.connect(self._finished)
        self.runner = runner
        self._set_running(True)
        runner.start()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("&Open"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(tr("Show in &folder"))
        self.folder_button.clicked.connect(self.show_in_folder)
        for button in (self.open_button, self.folder_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        self.export_button = QPushButton(tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self._close_or_cancel)
        row.addWidget(self.export_button)
        row.addWidget(self.close_button)
        return row

    # -- actions -----------------------------------------------------------------------------

    def cancel_export(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
            self._set_status(tr("Cancelling…"))

    def open_file(self) -> None:
        if self.written is not None:
            self._open(self.written.path)

    def show_in_folder(self) -> None:
        if self.written is not None:
            self._open(self.written.path.parent)

    def is_running(self) -> bool:
        return self.runner is not None

    def reject(self) -> None:
        """Close, or (while writing) stop the export first: no half-written file is left."""
        if self.runner is not None:
            self.cancel_export()
            # The export stops at its next provision; a stuck one is left to finish alone.
            self.runner.wait()
        super().reject()

    # -- the export under way ----------------------------------------------------------------

    def _close_or_cancel(self) -> None:
        if self.is_running():
            self.cancel_export()
        else:
            self.reject()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _succeeded(self, result: ExportResult) -> None:
        self.written = result
        lines = [self._wrote(result)]
        lines += [tr("Note: {warning}").format(warning=warning) for warning in result.warnings]
        self._set_status("\n".join(lines))
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.exported.emit(result)

    def _crashed(self, error: Exception) -> None:
        from negotiator_app.ui.dialogs.crash_dialog import show_crash

        self._show_error(tr("The export failed unexpectedly; nothing was written."))
        show_crash(error, self.library.folder, self)

    def _finished(self) -> None:
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.deleteLater()
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self._set_choices_enabled(not running)
        self.export_button.setEnabled(not running)
        self.close_button.setText(tr("Cancel") if running else tr("Close"))
        if running:
            self.open_button.setEnabled(False)
            self.folder_button.setEnabled(False)

    def _show_error(self, message: str) -> None:
        self.status.setProperty("tone", "error")
        self.status.setText(message)

    def _set_status(self, message: str) -> None:
        self.status.setProperty("tone", "info")
        self.status.setText(message)

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show_error(
                tr("No application on this computer could open {path}.").format(path=path)
            )
