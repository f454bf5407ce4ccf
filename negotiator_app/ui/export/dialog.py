"""File > Export memo…: cover fields, which provisions, template and file; then Open it.

The provisions are chosen in the GUI thread (the library's connection belongs to it); writing
the file runs as a background task (ui/workers) that reports progress and stops when asked.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.export.memo import write_memo
from negotiator_app.export.output_file import ExportProblem, ExportResult
from negotiator_app.export.positions import write_csv, write_markdown
from negotiator_app.export.selection import select
from negotiator_app.storage import Library, LibraryError
from negotiator_app.ui import settings as options
from negotiator_app.ui.export.form import CSV, MARKDOWN, ExportForm
from negotiator_app.ui.export.writing import Cancelled, WritingDialog
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.screen_fit import fit_window, fitting_size
from negotiator_app.ui.settings import Settings
from negotiator_app.ui.workers import Progress

tr = translator("ExportMemo")
WIDTH = 620
MIN_CHOICES_HEIGHT = 160
SCROLL_BAR_ROOM = 24  # the form's width plus a scroll bar, when the screen is too short for it


class ExportMemoDialog(WritingDialog):
    """Export the positions on one version as a Word memo, Markdown or CSV."""

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
        super().__init__(parent, library)
        self.settings = settings
        self.version_id = version_id
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
        layout.addWidget(self.progress)
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

        def work(progress: Progress, cancelled: Cancelled) -> ExportResult:
            # The export also asks cancelled() just before it saves the file.
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

        status = tr("Writing {file}…").format(file=path.name)
        self._write(work, "export", status, total=len(content.items))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_window(self)  # centred on the window, but never over the screen's edge

    # -- building the dialog ----------------------------------------------------------------

    def _natural_size(self) -> QSize:
        """Wide enough to read, tall enough that nothing scrolls (the screen may say less)."""
        around = self.sizeHint().height() - self.choices.sizeHint().height()
        form = self.form.sizeHint()
        return QSize(max(WIDTH, form.width() + SCROLL_BAR_ROOM), form.height() + around)

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

    def _wrote(self, result: ExportResult) -> str:
        return tr("Wrote {path} (%n provisions).", result.provisions).format(path=result.path)

    def _set_choices_enabled(self, enabled: bool) -> None:
        self.form.setEnabled(enabled)

    def _set_running(self, running: bool) -> None:
        super()._set_running(running)
        if not running:
            self._update_count()


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
