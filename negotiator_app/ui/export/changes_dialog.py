"""File > Export table of changes…: which two versions, rows per provision or per article,
title, marking, format and file; then Open it.

The synoptic table negotiators circulate (export/changes.py): old text | new text with the
changes marked | the delegation's comment. As in the memo dialog, the work runs as a background
task (ui/workers): the comparison and the file, with progress, stopped when asked; a file is
renamed into place last, so a cancelled export leaves none behind.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.export.changes import called
from negotiator_app.export.memo_words import memo_language, memo_words
from negotiator_app.export.output_file import ExportCancelled, ExportResult
from negotiator_app.storage import Library, VersionInfo
from negotiator_app.ui.export.choices import LanguageBox, MarkingBox
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.workers import Progress, TaskRunner

tr = translator("ExportChanges")
# (what the user picks, file suffix, file-dialog filter)
FORMATS = (
    (tr.mark("Word table, landscape (.docx)"), ".docx", tr.mark("Word documents (*.docx)")),
    (tr.mark("CSV, every pair compared (.csv)"), ".csv", tr.mark("CSV files (*.csv)")),
    (tr.mark("Markdown, for email (.md)"), ".md", tr.mark("Markdown (*.md)")),
)
WORD, CSV, MARKDOWN = range(3)


class ExportChangesDialog(QDialog):
    """Export what changed between two versions of the instrument being read."""

    exported = Signal(object)  # the ExportResult, once the file is written

    def __init__(
        self,
        parent: QWidget,
        library: Library,
        version: VersionInfo,
        pair: tuple[VersionInfo, VersionInfo] | None,
    ) -> None:
        super().__init__(parent)
        from negotiator_app.ui.compare.tasks import comparable

        self.library = library
        self.written: ExportResult | None = None
        self.runner: TaskRunner | None = None
        self.versions = comparable(library, version)
        self.setWindowTitle(tr("Export table of changes"))
        self.setObjectName("exportChangesDialog")

        self.old_box, self.new_box = QComboBox(), QComboBox()
        self.old_box.setAccessibleName(tr("Older version"))
        self.new_box.setAccessibleName(tr("Newer version"))
        for box in (self.old_box, self.new_box):
            for info in self.versions:
                language = f" ({info.language})" if info.language else ""
                box.addItem(f"{info.revision or info.label} — {info.label}{language}", info.id)
        old, new = pair if pair is not None else (version, version)
        self.old_box.setCurrentIndex(max(self.old_box.findData(old.id), 0))
        self.new_box.setCurrentIndex(max(self.new_box.findData(new.id), 0))
        self.rows = QButtonGroup(self)
        by_provision = QRadioButton(
            tr("One row per changed provision (the paragraph that changed)")
        )
        by_article = QRadioButton(tr("One row per changed article, with its whole text"))
        self.rows.addButton(by_provision, 0)
        self.rows.addButton(by_article, 1)
        by_provision.setChecked(True)
        self.language = LanguageBox(memo_language(new.language))
        self.title_edit = _line(tr("Title on the first page"))
        self.marking = MarkingBox(self.language.language())
        self.language.currentIndexChanged.connect(self._language_changed)
        self.format = QComboBox()
        self.format.setAccessibleName(tr("Format"))
        self.format.addItems([tr.marked(name) for name, _, _ in FORMATS])
        self.output = _line(tr("Where to save the file"))
        browse = QPushButton(tr("Choose…"))
        browse.setAccessibleName(tr("Choose where to save the file"))
        browse.clicked.connect(self._choose_output)
        self._defaults = ("", "")  # the title and file name last filled in by the dialog
        for signal in (self.old_box.currentIndexChanged, self.new_box.currentIndexChanged):
            signal.connect(lambda _: self._follow_defaults())
        self.format.currentIndexChanged.connect(lambda _: self._follow_defaults())

        form = QFormLayout()
        form.addRow(tr("Ol&der version:"), self.old_box)
        form.addRow(tr("&Newer version:"), self.new_box)
        rows = QVBoxLayout()
        rows.addWidget(by_provision)
        rows.addWidget(by_article)
        form.addRow(tr("Rows:"), rows)
        form.addRow(tr("&Language:"), self.language)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Marking:"), self.marking)
        form.addRow(tr("Fo&rmat:"), self.format)
        form.addRow(tr("Sa&ve to:"), _row(self.output, browse))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Export progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())
        self._follow_defaults()
        self.resize(600, self.sizeHint().height())

    # -- actions -------------------------------------------------------------------------

    def export(self) -> None:
        """Compare and write, in a worker thread."""
        from negotiator_app.export.changes import select_changes, write_changes
        from negotiator_app.export.changes_text import write_changes_csv, write_changes_markdown
        from negotiator_app.export.cover import default_cover

        old, new, path = self._version(self.old_box), self._version(self.new_box), self.path()
        if old is None or new is None or old.id == new.id:
            self._show_error(tr("Choose two different versions to compare."))
            return
        if path is None:
            self._show_error(tr("Choose a file to save to."))
            return
        level = "article" if self.rows.checkedId() == 1 else "all"
        language = self.language.language()
        title = self.title_edit.text().strip() or self._defaults[0]
        cover = default_cover(new, language, title=title)
        cover.marking = memo_words(language).marking(self.marking.chosen())
        index, folder = self.format.currentIndex(), self.library.folder

        def work(progress: Progress) -> ExportResult:
            progress(0, 0)
            with Library(folder) as library:
                content = select_changes(library, old, new, level, language)
            if index == CSV:
                return write_changes_csv(content, path)
            if index == MARKDOWN:
                return write_changes_markdown(content, path, cover.marking)
            return write_changes(
                content, path, cover, progress=progress, cancelled=runner.is_cancelled
            )

        self.written = None
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_status(tr("Comparing and writing {file}…").format(file=path.name))
        runner = TaskRunner(work, self, "export changes")
        runner.progressed.connect(self._progressed)
        runner.succeeded.connect(self._succeeded)
        runner.failed.connect(self._show_error)
        runner.crashed.connect(self._crashed)
        runner.cancelled.connect(lambda: self._set_status(str(ExportCancelled())))
        runner.finished.connect(self._finished)
        self.runner = runner
        self._set_running(True)
        runner.start()

    def path(self) -> Path | None:
        """The file to write, with the format's suffix added when the name lacks it."""
        text = self.output.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        suffix = FORMATS[self.format.currentIndex()][1]
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

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
            self.runner.wait()
        super().reject()

    # -- building the dialog ----------------------------------------------------------------

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

    def _follow_defaults(self) -> None:
        """Title and file name follow the versions and the format until the user types their own."""
        old, new = self._version(self.old_box), self._version(self.new_box)
        words = memo_words(self.language.language())
        title = words.changes_title.format(old=called(old), new=called(new)) if old and new else ""
        name = re.sub(r'[\\/:*?"<>|]+', " ", title).strip() or tr("Changes")
        file = str(_documents() / (name + FORMATS[self.format.currentIndex()][1]))
        last_title, last_file = self._defaults
        if self.title_edit.text() in ("", last_title):
            self.title_edit.setText(title)
        if self.output.text() in ("", last_file):
            self.output.setText(file)
        self._defaults = (title, file)

    def _language_changed(self) -> None:
        self.marking.show_in(self.language.language())
        self._follow_defaults()

    def _version(self, box: QComboBox) -> VersionInfo | None:
        wanted = box.currentData()
        return next((v for v in self.versions if v.id == wanted), None)

    def _choose_output(self) -> None:
        _, suffix, name_filter = FORMATS[self.format.currentIndex()]
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save as"), self.output.text(), tr.marked(name_filter)
        )
        if path:
            self.output.setText(path if path.endswith(suffix) else path + suffix)

    # -- the export under way ---------------------------------------------------------------

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _succeeded(self, result: ExportResult) -> None:
        self.written = result
        lines = [tr("Wrote {path} (%n rows).", result.provisions).format(path=result.path)]
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
        self.progress.hide()
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for widget in (self.old_box, self.new_box, self.language, self.title_edit, self.marking):
            widget.setEnabled(not running)
        self.format.setEnabled(not running)
        self.output.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.close_button.setText(tr("Cancel") if running else tr("Close"))
        if running:
            self.open_button.setEnabled(False)
            self.folder_button.setEnabled(False)

    def _close_or_cancel(self) -> None:
        if self.is_running():
            self.cancel_export()
        else:
            self.reject()

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


def _documents() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _line(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)
    return edit


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return holder
