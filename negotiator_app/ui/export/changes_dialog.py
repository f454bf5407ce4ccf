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

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.export.changes import called
from negotiator_app.export.memo_words import memo_language, memo_words
from negotiator_app.export.output_file import ExportResult
from negotiator_app.storage import Library, VersionInfo
from negotiator_app.ui.export.choices import (
    LanguageBox,
    MarkingBox,
    documents_folder,
    line_edit,
    side_by_side,
)
from negotiator_app.ui.export.writing import Cancelled, WritingDialog
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.workers import Progress

tr = translator("ExportChanges")
# (what the user picks, file suffix, file-dialog filter)
FORMATS = (
    (tr.mark("Word table, landscape (.docx)"), ".docx", tr.mark("Word documents (*.docx)")),
    (tr.mark("CSV, every pair compared (.csv)"), ".csv", tr.mark("CSV files (*.csv)")),
    (tr.mark("Markdown, for email (.md)"), ".md", tr.mark("Markdown (*.md)")),
)
WORD, CSV, MARKDOWN = range(3)


class ExportChangesDialog(WritingDialog):
    """Export what changed between two versions of the instrument being read."""

    def __init__(
        self,
        parent: QWidget,
        library: Library,
        version: VersionInfo,
        pair: tuple[VersionInfo, VersionInfo] | None,
    ) -> None:
        super().__init__(parent, library)
        from negotiator_app.ui.compare.tasks import comparable

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
        self.title_edit = line_edit("", tr("Title on the first page"))
        self.marking = MarkingBox(self.language.language())
        self.language.currentIndexChanged.connect(self._language_changed)
        self.format = QComboBox()
        self.format.setAccessibleName(tr("Format"))
        self.format.addItems([tr.marked(name) for name, _, _ in FORMATS])
        self.output = line_edit("", tr("Where to save the file"))
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
        form.addRow(tr("Sa&ve to:"), side_by_side(self.output, browse))
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

        def work(progress: Progress, cancelled: Cancelled) -> ExportResult:
            progress(0, 0)
            with Library(folder) as library:
                content = select_changes(library, old, new, level, language)
            if index == CSV:
                return write_changes_csv(content, path)
            if index == MARKDOWN:
                return write_changes_markdown(content, path, cover.marking)
            return write_changes(content, path, cover, progress=progress, cancelled=cancelled)

        status = tr("Comparing and writing {file}…").format(file=path.name)
        self._write(work, "export changes", status)

    def path(self) -> Path | None:
        """The file to write, with the format's suffix added when the name lacks it."""
        text = self.output.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        suffix = FORMATS[self.format.currentIndex()][1]
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    # -- building the dialog ----------------------------------------------------------------

    def _follow_defaults(self) -> None:
        """Title and file name follow the versions and the format until the user types their own."""
        old, new = self._version(self.old_box), self._version(self.new_box)
        words = memo_words(self.language.language())
        title = words.changes_title.format(old=called(old), new=called(new)) if old and new else ""
        name = re.sub(r'[\\/:*?"<>|]+', " ", title).strip() or tr("Changes")
        file = str(documents_folder() / (name + FORMATS[self.format.currentIndex()][1]))
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

    def _wrote(self, result: ExportResult) -> str:
        return tr("Wrote {path} (%n rows).", result.provisions).format(path=result.path)

    def _set_choices_enabled(self, enabled: bool) -> None:
        for widget in (self.old_box, self.new_box, self.language, self.title_edit, self.marking):
            widget.setEnabled(enabled)
        self.format.setEnabled(enabled)
        self.output.setEnabled(enabled)

    def _finished(self) -> None:
        super()._finished()
        self.progress.hide()
