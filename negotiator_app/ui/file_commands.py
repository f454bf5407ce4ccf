"""File menu work: import a draft (also by drag and drop), back up the library, export a memo."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from negotiator_app.storage import Library
from negotiator_app.ui.library_tasks import ImportOutcome, back_up_library, import_into_library
from negotiator_app.ui.workers import Task, TaskRunner

DRAFT_FILTER = (
    "Drafts (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;"
    "Word (*.docx);;PDF (*.pdf);;Web page (*.html *.htm);;Akoma Ntoso (*.xml);;"
    "Plain text (*.txt *.md);;All files (*)"
)
LANGUAGES = [
    ("Detect", ""),
    ("English", "en"),
    ("Russian", "ru"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Arabic", "ar"),
    ("Chinese", "zh"),
]
NEW_INSTRUMENT = "A new instrument (named from the document's title)"


class ImportOptions(QDialog):
    """Which instrument the file is a version of, its label and its language."""

    def __init__(self, path: Path, instruments: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import a draft")
        self.instrument = QComboBox()
        self.instrument.setEditable(True)
        self.instrument.addItem(NEW_INSTRUMENT, "")
        for name in instruments:
            self.instrument.addItem(name, name)
        self.label = QLineEdit(path.stem)
        self.label.setPlaceholderText('e.g. "Rev.1" or "Chair\'s text, 3 March"')
        self.language = QComboBox()
        for text, code in LANGUAGES:
            self.language.addItem(text, code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{html.escape(path.name)}</b>"))
        form.addRow("&Version of", self.instrument)
        form.addRow("&Label", self.label)
        form.addRow("L&anguage", self.language)
        form.addRow(buttons)

    def choice(self) -> dict[str, str]:
        text = self.instrument.currentText().strip()
        instrument = "" if text == NEW_INSTRUMENT else text
        return {
            "instrument": instrument,
            "label": self.label.text().strip(),
            "language": self.language.currentData() or "",
        }


class FileCommands(QObject):
    """Runs the File menu's long work on worker threads and reports back in one sentence."""

    imported = Signal(object)  # ImportOutcome
    message = Signal(str, str)  # HTML, tone ("info" or "error")
    crashed = Signal(object)

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self.window = parent
        self.runner: TaskRunner | None = None

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Import a draft", "", DRAFT_FILTER)
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, options: dict[str, str] | None = None) -> TaskRunner | None:
        """Ask which instrument and label (unless given), then import on a worker thread."""
        if self._busy():
            return None
        if options is None:
            instruments = sorted({v.instrument for v in self.library.versions()})
            dialog = ImportOptions(path, instruments, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            options = dialog.choice()
        task = Task(import_into_library(self.library.folder, path, **options))
        task.succeeded.connect(self._imported)
        task.cancelled.connect(
            lambda: self.message.emit("Import cancelled; the library is unchanged.", "info")
        )
        return self._run("Importing", f"Importing {path.name}…", task)

    def back_up(self) -> TaskRunner | None:
        """A checked copy of the library in its backups folder, on a worker thread."""
        if self._busy():
            return None
        task = Task(back_up_library(self.library.folder))
        task.succeeded.connect(
            lambda path: self.message.emit(
                f"The library was backed up to <b>{html.escape(str(path))}</b>.", "info"
            )
        )
        task.cancelled.connect(lambda: self.message.emit("Backup cancelled.", "info"))
        return self._run("Backing up", "Backing up the library…", task)

    def _run(self, title: str, label: str, task: Task) -> TaskRunner:
        task.failed.connect(lambda sentence: self.message.emit(html.escape(sentence), "error"))
        task.crashed.connect(self.crashed)
        self.runner = TaskRunner(self.window, title, label, task)
        self.runner.finished.connect(self._finished)
        self.runner.start()
        return self.runner

    def _busy(self) -> bool:
        if self.runner is not None:
            self.message.emit("Wait for the import or backup under way to finish.", "info")
            return True
        return False

    def _finished(self) -> None:
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.deleteLater()

    def _imported(self, outcome: ImportOutcome) -> None:
        self.imported.emit(outcome)
