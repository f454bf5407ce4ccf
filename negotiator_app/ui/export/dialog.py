"""File > Export memo…: cover fields, which provisions, template and file; then Open it.

The provisions are chosen in the GUI thread (the library's connection belongs to it); writing
the file runs as a background task (ui/workers) that reports progress and stops when asked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.export.memo import write_memo
from negotiator_app.export.output_file import ExportCancelled, ExportProblem, ExportResult
from negotiator_app.export.positions import write_csv, write_markdown
from negotiator_app.export.selection import select
from negotiator_app.storage import Library, LibraryError
from negotiator_app.ui import settings as options
from negotiator_app.ui.export.form import CSV, MARKDOWN, ExportForm
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.screen_fit import fit_window, fitting_size
from negotiator_app.ui.settings import Settings
from negotiator_app.ui.workers import Progress, TaskRunner

tr = translator("ExportMemo")
WIDTH = 620
MIN_CHOICES_HEIGHT = 160
SCROLL_BAR_ROOM = 24  # the form's width plus a scroll bar, when the screen is too short for it


class ExportMemoDialog(QDialog):
    """Export the positions on one version as a Word memo, Markdown or CSV."""

    exported = Signal(object)  # the ExportResult, once the file is written

    def __init__(
        self,
        parent: QWidget,
        library: Library,
        version_id: int,
        selected_keys: list[str] | None = None,
        settings: Settings | None = None,
    ) -> None:
        """settings: where the cover's delegation, session, "prepared by" and marking are
        remembered from one export (and one run of the app) to the next."""
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.version_id = version_id
        self.written: ExportResult | None = None  # the last file written
        self.runner: TaskRunner | None = None
        self.setWindowTitle(tr("Export memo"))
        self.setObjectName("exportMemoDialog")

        layout = QVBoxLayout(self)
        self.form = ExportForm(
            library, version_id, list(selected_keys or []), remembered_cover(settings)
        )
        self.form.selection_changed.connect(self._update_count)
        # On a laptop screen the choices scroll; the buttons and the status stay in view.
        self.choices = QScrollArea()
        self.choices.setObjectName("exportChoices")
        self.choices.setWidget(self.form)
        self.choices.setWidgetResizable(True)
        self.choices.setFrameShape(QFrame.Shape.NoFrame)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setMinimumHeight(MIN_CHOICES_HEIGHT)
        self.choices.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first field
        layout.addWidget(self.choices, 1)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Export progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names files: never markup
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())
        self._update_count()
        self.resize(fitting_size(self, self._natural_size()))

    # -- actions -------------------------------------------------------------------------

    def export(self) -> None:
        """Choose the provisions here, then write the file in a worker thread."""
        form = self.form
        path = form.output_path()
        if path is None:
            self._show_error(tr("Choose a file to save to."))
            return
        try:
            content = select(self.library, self.version_id, form.selection(), form.language())
        except (ExportProblem, LibraryError) as problem:
            self._show_error(str(problem))
            return
        cover, index = form.cover(), form.format_index()
        remember_cover(self.settings, form.remembered())
        template, comments = form.template_path(), form.with_comments()

        def work(progress: Progress) -> ExportResult:
            # The runner made below: the export also checks it just before it saves the file.
            cancelled = runner.is_cancelled
            if index == MARKDOWN:
                return write_markdown(content, path, cover, progress=progress, cancelled=cancelled)
            if index == CSV:
                return write_csv(content, path, progress=progress, cancelled=cancelled)
            return write_memo(
                content,
                path,
                cover,
                template=template,
                comments=comments,
                progress=progress,
                cancelled=cancelled,
            )

        self.written = None
        self.progress.setRange(0, len(content.items))
        self.progress.setValue(0)
        self.progress.show()
        self._set_status(tr("Writing {file}…").format(file=path.name))
        runner = TaskRunner(work, self, "export")
        runner.progressed.connect(self._progressed)
        runner.succeeded.connect(self._succeeded)
        runner.failed.connect(self._show_error)
        runner.crashed.connect(self._crashed)
        runner.cancelled.connect(lambda: self._set_status(str(ExportCancelled())))
        runner.finished.connect(self._finished)
        self.runner = runner
        self._set_running(True)
        runner.start()

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_window(self)  # centred on the window, but never over the screen's edge

    # -- building the dialog ----------------------------------------------------------------

    def _natural_size(self) -> QSize:
        """Wide enough to read, tall enough that nothing scrolls (the screen may say less)."""
        around = self.sizeHint().height() - self.choices.sizeHint().height()
        form = self.form.sizeHint()
        return QSize(max(WIDTH, form.width() + SCROLL_BAR_ROOM), form.height() + around)

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

    # -- reacting ----------------------------------------------------------------------------

    def _update_count(self) -> None:
        """Say how many provisions the choice picks, or why it picks none."""
        if self.is_running():
            return
        try:
            chosen = select(self.library, self.version_id, self.form.selection(), "en")
            count = len(chosen.items)
        except (ExportProblem, LibraryError) as problem:
            self.form.count.setText(str(problem))
            self.export_button.setEnabled(False)
            return
        self.form.count.setText(tr("%n provisions will be exported.", count))
        self.export_button.setEnabled(True)

    def _close_or_cancel(self) -> None:
        if self.is_running():
            self.cancel_export()
        else:
            self.reject()

    # -- the export under way ---------------------------------------------------------------

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _succeeded(self, result: ExportResult) -> None:
        self.written = result
        lines = [tr("Wrote {path} (%n provisions).", result.provisions).format(path=result.path)]
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
        self.form.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.close_button.setText(tr("Cancel") if running else tr("Close"))
        if running:
            self.open_button.setEnabled(False)
            self.folder_button.setEnabled(False)
        else:
            self._update_count()

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


_REMEMBERED = {
    "delegation": options.EXPORT_DELEGATION,
    "session": options.EXPORT_SESSION,
    "author": options.EXPORT_AUTHOR,
    "marking": options.EXPORT_MARKING,
}


def remembered_cover(settings: Settings | None) -> dict[str, str]:
    """The cover fields the delegate exported with last (only those ever set)."""
    if settings is None:
        return {}
    return {
        name: settings.get(option) for name, option in _REMEMBERED.items() if settings.has(option)
    }


def remember_cover(settings: Settings | None, chosen: dict[str, str]) -> None:
    """Keep the cover fields for the next export, in this run and the next."""
    if settings is None:
        return
    for name, option in _REMEMBERED.items():
        settings.set(option, chosen[name])
    settings.sync()
