"""File menu work: import a draft (also by drag and drop) and back up the library.

An import reads the file first, on a worker thread: a file that is not a draft fails there, in
one sentence, before the delegate is asked anything. Then the options dialog says what was found
and asks which instrument, label and language; then the draft is stored, on a worker thread too.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from negotiator_app.core.provision import Document
from negotiator_app.errors import shown
from negotiator_app.storage import Library, VersionInfo
from negotiator_app.ui import settings as options
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.library.import_options import ImportOptions
from negotiator_app.ui.library.tasks import (
    ImportOutcome,
    back_up_library,
    import_into_library,
    read_draft,
)
from negotiator_app.ui.settings import Settings
from negotiator_app.ui.workers import TaskProgressDialog, TaskRunner, Work

tr = translator("Import")
DRAFT_FILTER = tr.mark(
    "Drafts (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;"
    "Word (*.docx);;PDF (*.pdf);;Web page (*.html *.htm);;Akoma Ntoso (*.xml);;"
    "Plain text (*.txt *.md);;All files (*)"
)


class FileCommands(QObject):
    """Runs the File menu's long work on worker threads and reports back in one sentence."""

    imported = Signal(object)  # ImportOutcome
    message = Signal(str, str)  # HTML, tone ("info" or "error")
    crashed = Signal(object)

    def __init__(self, library: Library, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.parent_widget = parent
        self.runner: TaskRunner | None = None
        self.progress: TaskProgressDialog | None = None
        self.options: ImportOptions | None = None  # while the delegate is asked
        # The version being read: a draft is offered as its next revision, or another language.
        self.open_version: Callable[[], VersionInfo | None] = lambda: None

    def choose_and_import(self) -> QFileDialog:
        """The file dialog, in the folder the last draft came from."""
        dialog = QFileDialog(
            self.parent_widget, tr("Import a draft"), self.settings.get(options.IMPORT_FOLDER)
        )
        dialog.setObjectName("importFileDialog")
        dialog.setNameFilter(tr.marked(DRAFT_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda path: self.import_path(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_path(self, path: Path, choice: dict | None = None) -> TaskRunner | None:
        """Read the file, ask which instrument and label (unless given), then store it."""
        if self._busy():
            return None
        self.settings.set(options.IMPORT_FOLDER, str(path.parent))
        if choice is not None:
            return self._store(path, None, choice)
        runner = self._run(
            read_draft(path), tr("Reading"), tr("Reading {file}…").format(file=shown(path.name))
        )
        runner.succeeded.connect(lambda document: self._ask(path, document))
        runner.cancelled.connect(
            lambda: self.message.emit(tr("Import cancelled; the library is unchanged."), "info")
        )
        return runner

    def back_up(self) -> TaskRunner | None:
        """A checked copy of the library in its backups folder, on a worker thread."""
        if self._busy():
            return None
        runner = self._run(
            back_up_library(self.library.folder), tr("Backing up"), tr("Backing up the library…")
        )
        runner.succeeded.connect(
            lambda path: self.message.emit(
                tr("The library was backed up to {path}.").format(
                    path=f"<b>{html.escape(str(path))}</b>"
                ),
                "info",
            )
        )
        runner.cancelled.connect(lambda: self.message.emit(tr("Backup cancelled."), "info"))
        return runner

    # -- helpers ---------------------------------------------------------------------------

    def _ask(self, path: Path, document: Document) -> None:
        """The draft reads well: which instrument is it a version of, and under what label."""
        from negotiator_app.ui.library.placement import open_instrument

        instruments = sorted({v.instrument for v in self.library.versions()})
        opened = open_instrument(self.library, self.open_version())
        dialog = ImportOptions(path, instruments, self.parent_widget, document, opened)
        dialog.accepted.connect(lambda: self._store(path, document, dialog.choice()))
        dialog.finished.connect(self._asked)
        self.options = dialog
        dialog.open()

    def _asked(self) -> None:
        dialog, self.options = self.options, None
        if dialog is not None:
            dialog.deleteLater()

    def _store(self, path: Path, document: Document | None, choice: dict) -> TaskRunner:
        runner = self._run(
            import_into_library(self.library.folder, path, document, **choice),
            tr("Importing"),
            tr("Importing {file}…").format(file=shown(path.name)),
        )
        runner.succeeded.connect(self._imported)
        runner.cancelled.connect(
            lambda: self.message.emit(tr("Import cancelled; the library is unchanged."), "info")
        )
        return runner

    def _run(self, work: Work, title: str, label: str) -> TaskRunner:
        runner = TaskRunner(work, self, title)
        runner.failed.connect(
            lambda sentence: self.message.emit(html.escape(shown(sentence)), "error")
        )
        runner.crashed.connect(self.crashed)
        runner.finished.connect(self._finished)
        self.runner = runner
        self.progress = TaskProgressDialog(runner, title, label, self.parent_widget)
        runner.start()
        return runner

    def _busy(self) -> bool:
        if self.runner is not None or self.options is not None:
            self.message.emit(tr("Wait for the import or backup under way to finish."), "info")
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
