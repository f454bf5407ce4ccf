"""File menu work: import a draft (also by drag and drop) and back up the library."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from negotiator_app.storage import Library
from negotiator_app.ui.library.import_options import ImportOptions
from negotiator_app.ui.library.tasks import ImportOutcome, back_up_library, import_into_library
from negotiator_app.ui.workers import TaskProgressDialog, TaskRunner, Work

DRAFT_FILTER = (
    "Drafts (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;"
    "Word (*.docx);;PDF (*.pdf);;Web page (*.html *.htm);;Akoma Ntoso (*.xml);;"
    "Plain text (*.txt *.md);;All files (*)"
)


class FileCommands(QObject):
    """Runs the File menu's long work on worker threads and reports back in one sentence."""

    imported = Signal(object)  # ImportOutcome
    message = Signal(str, str)  # HTML, tone ("info" or "error")
    crashed = Signal(object)

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self.parent_widget = parent
        self.runner: TaskRunner | None = None
        self.progress: TaskProgressDialog | None = None

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, "Import a draft", "", DRAFT_FILTER
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, options: dict | None = None) -> TaskRunner | None:
        """Ask which instrument and label (unless given), then import on a worker thread."""
        if self._busy():
            return None
        if options is None:
            instruments = sorted({v.instrument for v in self.library.versions()})
            dialog = ImportOptions(path, instruments, self.parent_widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            options = dialog.choice()
        runner = self._run(
            import_into_library(self.library.folder, path, **options),
            "Importing",
            f"Importing {path.name}…",
        )
        runner.succeeded.connect(self._imported)
        runner.cancelled.connect(
            lambda: self.message.emit("Import cancelled; the library is unchanged.", "info")
        )
        return runner

    def back_up(self) -> TaskRunner | None:
        """A checked copy of the library in its backups folder, on a worker thread."""
        if self._busy():
            return None
        runner = self._run(
            back_up_library(self.library.folder), "Backing up", "Backing up the library…"
        )
        runner.succeeded.connect(
            lambda path: self.message.emit(
                f"The library was backed up to <b>{html.escape(str(path))}</b>.", "info"
            )
        )
        runner.cancelled.connect(lambda: self.message.emit("Backup cancelled.", "info"))
        return runner

    def _run(self, work: Work, title: str, label: str) -> TaskRunner:
        runner = TaskRunner(work, self, title)
        runner.failed.connect(lambda sentence: self.message.emit(html.escape(sentence), "error"))
        runner.crashed.connect(self.crashed)
        runner.finished.connect(self._finished)
        self.runner = runner
        self.progress = TaskProgressDialog(runner, title, label, self.parent_widget)
        runner.start()
        return runner

    def _busy(self) -> bool:
        if self.runner is not None:
            self.message.emit("Wait for the import or backup under way to finish.", "info")
            return True
        return False

    def _finished(self) -> None:
        runner, self.runner, self.progress = self.runner, None, None
        if runner is not None:
            runner.deleteLater()

    def _imported(self, outcome: ImportOutcome) -> None:
        self.imported.emit(outcome)


def local_files(urls: list[QUrl]) -> list[Path]:
    """The files among dropped URLs: only a file on this computer can be imported."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.is_file()]
