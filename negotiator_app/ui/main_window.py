"""The main window: tree on the left, reader in the centre, position panel on the right.

It holds what is being read (version, provision) and moves every pane together; the panes
only say what the delegate asked for.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.provision import Kind, provision_label
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage.imports import DEMO_INSTRUMENT
from negotiator_app.storage.notes import Note, list_notes
from negotiator_app.ui import settings as options
from negotiator_app.ui.banner import Banner
from negotiator_app.ui.crash_dialog import show_crash
from negotiator_app.ui.file_commands import FileCommands
from negotiator_app.ui.goto_dialog import GotoDialog
from negotiator_app.ui.help_dialogs import ShortcutsDialog, show_about
from negotiator_app.ui.library_tasks import ImportOutcome
from negotiator_app.ui.menus import build_menus, shortcut_rows
from negotiator_app.ui.navigator import Navigator
from negotiator_app.ui.outline import Outline
from negotiator_app.ui.overview import OverviewPage
from negotiator_app.ui.overview_data import chapter_figures
from negotiator_app.ui.position_panel import PositionPanel
from negotiator_app.ui.reader import DEFAULT_FONT, Reader
from negotiator_app.ui.reading_history import Place, ReadingHistory
from negotiator_app.ui.search_bar import SearchBar
from negotiator_app.ui.search_page import ResultGroup, SearchPage
from negotiator_app.ui.session_log_dock import SessionLogDock
from negotiator_app.ui.settings import Settings
from negotiator_app.ui.tree_model import tree_text
from negotiator_app.ui.theme import apply_theme, is_dark, reader_colours

READER, RESULTS, OVERVIEW = range(3)
DEMO_NOTICE = (
    "<b>This is a demonstration text, not an official document.</b> To work on your real "
    "draft, choose <b>File › Import…</b> (Ctrl+O) or drag the file onto this window."
)


class MainWindow(QMainWindow):
    """The workbench."""

    def __init__(self, library: Library, settings: Settings) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.version: VersionInfo | None = None
        self.outline: Outline | None = None
        self.key = ""
        self.history = ReadingHistory()
        self._page_before_search = READER
        self._focus_before_search: QWidget | None = None
        self._closed = False
        self.setWindowTitle("Negotiator")
        self.setAcceptDrops(True)
        self.resize(1360, 860)

        self.navigator = Navigator()
        self.reader = Reader()
        self.results = SearchPage()
        self.overview = OverviewPage()
        self.pages = QStackedWidget()
        for page in (self.reader, self.results, self.overview):
            self.pages.addWidget(page)
        self.panel = PositionPanel(library)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.navigator, 0), (self.pages, 1), (self.panel, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([330, 680, 350])

        self.demo_banner = Banner("demoBanner")
        self.demo_banner.dismissed.connect(
            lambda: self.settings.set(options.DEMO_BANNER_DISMISSED, True)
        )
        self.message = Banner("messageBar")
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.message)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.log_dock = SessionLogDock(library, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.resizeDocks([self.log_dock], [150], Qt.Orientation.Vertical)
        self.search = SearchBar(
            library.folder, self.results, self._search_scope, self._describe_hit, self
        )
        self.files = FileCommands(library, self)
        self._build_toolbar()
        self.actions_by_name = build_menus(self)
        self.saved_label = QLabel("")
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)

        self.navigator.provision_chosen.connect(self.open_provision)
        self.navigator.version_chosen.connect(lambda v: self.open_version(v, self.key))
        self.navigator.step_requested.connect(self.step)
        self.reader.reference_clicked.connect(self.open_provision)
        self.reader.step_requested.connect(self.step)
        self.reader.page.installEventFilter(self)
        self.overview.chart.chapter_opened.connect(self.open_provision)
        self.panel.saved.connect(self._note_saved)
        self.panel.failed.connect(lambda sentence: self.show_message(html.escape(sentence), "error"))
        self.search.opened.connect(self._open_result)
        self.search.entered.connect(self._show_results)
        self.search.left.connect(self._leave_search)
        self.search.crashed.connect(self._crashed)
        self.results.all_versions.setChecked(self.settings.get(options.SEARCH_ALL_VERSIONS))
        self.files.imported.connect(self._imported)
        self.files.message.connect(self.show_message)
        self.files.crashed.connect(self._crashed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        for widget in (self.reader.page.viewport(), self.navigator.tree.viewport()):
            widget.installEventFilter(self)

        self._restore_settings()

    # -- opening things ---------------------------------------------------------------

    def open_first(self) -> None:
        """Open the version and provision of the last session, else the first of the library."""
        versions = self.library.versions()
        if not versions:
            self.show_message("The library is empty. Import a draft with File › Import….", "info")
            return
        wanted = self.settings.get(options.LAST_VERSION)
        version = next((v for v in versions if v.id == wanted), versions[0])
        self.open_version(version.id, self.settings.get(options.LAST_KEY))

    def open_version(self, version_id: int, key: str = "", terms: tuple[str, ...] = ()) -> None:
        """Show another version (keeping the provision when it exists there too)."""
        self.panel.save_now()
        try:
            version = self.library.version(version_id)
            outline = Outline(self.library.tree(version_id))
        except LibraryError as error:
            self.show_message(html.escape(str(error)), "error")
            return
        self.version, self.outline = version, outline
        self.navigator.set_versions(self.library.versions(), version_id)
        self.navigator.set_outline(outline, self._notes(version.instrument_id))
        self.setWindowTitle(f"{version.instrument} — {version.label} · Negotiator")
        self._update_demo_banner()
        if key not in outline:
            key = outline.units[0] if outline.units else (outline.order[0] if outline.order else "")
        if key:
            self.open_provision(key, terms=terms)
        if self.pages.currentIndex() == OVERVIEW:
            self._refresh_overview()

    def open_provision(
        self,
        key: str,
        version_id: int | None = None,
        terms: tuple[str, ...] = (),
    ) -> None:
        """Read key: select it in the tree, show its article, load its note and log."""
        if version_id is not None and (self.version is None or version_id != self.version.id):
            self.open_version(version_id, key, terms)
            return
        if self.outline is None or self.version is None:
            return
        if key not in self.outline:
            self.show_message(html.escape(f"{key} is not in {self.version.label}."), "error")
            return
        self.key = key
        self.navigator.select(key)
        self.reader.show_provision(self.outline, key, terms)
        self.panel.show_provision(self.outline, self.version.instrument_id, self.version.id, key)
        self.log_dock.show_provision(self.outline, self.version, key)
        if self.pages.currentIndex() != READER:
            self.pages.setCurrentIndex(READER)
        self.history.visit(Place(self.version.id, key))
        self._update_navigation_actions()

    def step(self, delta: int) -> None:
        """Previous or next article."""
        if self.outline is None:
            return
        target = self.outline.step(self.key, delta)
        if target is None:
            self.statusBar().showMessage(
                "This is the last article." if delta > 0 else "This is the first article.", 3000
            )
            return
        self.open_provision(target)

    def go_back(self) -> None:
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._go(self.history.forward())

    def goto_article(self) -> GotoDialog | None:
        if self.outline is None:
            return None
        dialog = GotoDialog(self.outline, self)
        dialog.accepted.connect(lambda: self._went_to(dialog.chosen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _: self.activateWindow())
        dialog.open()
        return dialog

    def _went_to(self, key: str) -> None:
        self.open_provision(key)
        self.reader.page.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for PgDn, Alt+Right

    def show_overview(self) -> None:
        """Toggle between the overview and the reader."""
        if self.pages.currentIndex() == OVERVIEW:
            self.focus_reader()
            return
        self._refresh_overview()
        self.pages.setCurrentIndex(OVERVIEW)
        self.overview.chart.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- focus ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()
        if self.search.box.text().strip():
            self._show_results()

    def focus_tree(self) -> None:
        self.navigator.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_reader(self) -> None:
        self.pages.setCurrentIndex(READER)
        self.reader.page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_position(self) -> None:
        self.panel.show()
        self.actions_by_name["toggle_position"].setChecked(True)
        self.panel.focus_first()

    # -- view -----------------------------------------------------------------------

    def zoom(self, steps: int) -> None:
        size = self.reader.zoom(steps) if steps else self.reader.zoom(DEFAULT_FONT - self.reader.font_size())
        self.statusBar().showMessage(f"Text size {size} pt", 2000)

    def set_theme(self, theme: str) -> None:
        apply_theme(QApplication.instance(), theme)
        self.reader.set_colours(reader_colours(is_dark(theme)))
        self.settings.set(options.THEME, theme)
        self.actions_by_name[f"theme_{theme}"].setChecked(True)

    def toggle_position_panel(self) -> None:
        self.panel.save_now()
        self.panel.setVisible(not self.panel.isVisible())
        self.actions_by_name["toggle_position"].setChecked(self.panel.isVisible())

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_name["full_screen"].setChecked(self.isFullScreen())

    def show_message(self, html_text: str, tone: str = "info") -> None:
        """One sentence in the window: an error the user can act on, or a report."""
        self.message.show_message(html_text, tone)

    # -- file menu ------------------------------------------------------------------

    def import_file(self) -> None:
        self.files.choose_and_import()

    def back_up(self) -> None:
        self.panel.save_now()
        self.files.back_up()

    def export_memo(self) -> None:
        self.panel.save_now()
        try:
            from negotiator_app.ui.export_dialog import ExportMemoDialog
        except ImportError:
            self.show_message("Exporting memos is not available in this build yet.", "info")
            return
        if self.version is None:
            self.show_message("Import a draft before exporting a memo.", "info")
            return
        dialog = ExportMemoDialog(self, self.library, self.version.id, [self.key] if self.key else [])
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- help -------------------------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(shortcut_rows(self.actions_by_name), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        show_about(self, self.library.path)

    # -- Qt events --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        if not self.panel.save_now():
            answer = QMessageBox.warning(
                self,
                "Not saved",
                "Your last edits could not be saved (see the message in the window). "
                "Close anyway and lose them?",
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._closed = True
        self._save_settings()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.disconnect(self._focus_changed)
        self.search.stop()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.files.import_path(files[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        if (
            watched is self.reader.page
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            return self.reader.clear_marks()
        return super().eventFilter(watched, event)

    # -- helpers --------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for text, tip, slot in (
            ("Go to article…", "Go to an article by number (Ctrl+G)", self.goto_article),
            ("Overview", "Where you stand, chapter by chapter (Ctrl+Shift+O)", self.show_overview),
            ("Import…", "Import a draft (Ctrl+O), or drop a file on the window", self.import_file),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            bar.addWidget(button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search.box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _notes(self, instrument_id: int) -> dict[str, Note]:
        notes = {}
        for note in list_notes(self.library, instrument_id):
            if not note.quote or note.provision_key not in notes:
                notes[note.provision_key] = note
        return notes

    def _note_saved(self, note: Note) -> None:
        self.saved_label.setText(f"Saved {_now()}")
        self.navigator.update_note(note)
        if self.pages.currentIndex() == OVERVIEW:
            self._refresh_overview()
        self.search.catch_up()

    def _refresh_overview(self) -> None:
        if self.outline is None or self.version is None or self.navigator.model is None:
            return
        figures = chapter_figures(self.outline, self.navigator.model.notes())
        title = f"{self.version.instrument} — {self.version.label}"
        self.overview.chart.set_figures(title, figures)

    def _search_scope(self) -> int | None:
        if self.results.all_versions.isChecked() or self.version is None:
            return None
        return self.version.id

    def _describe_hit(self, hit) -> tuple[str, str, str]:
        """The article a hit is in, its title, and the hit's own label inside it."""
        same = self.version is not None and hit.version_id == self.version.id
        if same and self.outline is not None and hit.key in self.outline:
            unit = self.outline.unit_of(hit.key)
            provision = self.outline.get(unit)
            title = tree_text(provision)
            label = "" if unit == hit.key else self.outline.title(hit.key).removeprefix(
                self.outline.short_label(unit)
            ).lstrip(", ")
            return unit, title, label
        try:
            label = provision_label(Kind(hit.kind), hit.number)
        except ValueError:
            label = ""
        unit = hit.key.split(".")[0]
        return unit, f"{unit_label(unit)} {hit.heading}".strip(), label

    def _show_results(self) -> None:
        if self.pages.currentIndex() != RESULTS:
            self._page_before_search = self.pages.currentIndex()
            self.pages.setCurrentIndex(RESULTS)

    def _leave_search(self) -> None:
        if self.pages.currentIndex() == RESULTS:
            self.pages.setCurrentIndex(self._page_before_search)
        target = self._focus_before_search or self.reader.page
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_result(self, group: ResultGroup) -> None:
        self.open_provision(group.key, group.version_id, tuple(group.terms))
        self.reader.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _imported(self, outcome: ImportOutcome) -> None:
        info = outcome.version
        lines = "<br>".join(html.escape(line) for line in outcome.report_lines)
        self.show_message(
            f"Imported <b>{html.escape(info.label)}</b> of {html.escape(info.instrument)}.<br>{lines}"
        )
        self.open_version(info.id)
        self.search.catch_up()

    def _update_demo_banner(self) -> None:
        demo = self.version is not None and self.version.instrument == DEMO_INSTRUMENT
        if demo and not self.settings.get(options.DEMO_BANNER_DISMISSED):
            self.demo_banner.show_message(DEMO_NOTICE, "demo", [("Import…", self.import_file)])
        else:
            self.demo_banner.hide()

    def _update_navigation_actions(self) -> None:
        actions = self.actions_by_name
        actions["back"].setEnabled(self.history.can_go_back())
        actions["forward"].setEnabled(self.history.can_go_forward())

    def _go(self, place: Place | None) -> None:
        # Visiting the place the history cursor is on adds nothing, so back/forward stay intact.
        if place is not None:
            self.open_provision(place.key, place.version_id)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.panel.isAncestorOf(old):
            self.panel.save_now()
        if new is self.search.box and old is not None and self.isAncestorOf(old):
            self._focus_before_search = old  # where Esc in the search box goes back to

    def _crashed(self, error: BaseException) -> None:
        show_crash(error, self.library.folder, self)

    def _restore_settings(self) -> None:
        geometry = self.settings.get(options.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(options.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(options.MAIN_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.reader.set_font_size(self.settings.get(options.READER_FONT_SIZE))
        theme = self.settings.get(options.THEME)
        self.set_theme(theme if f"theme_{theme}" in self.actions_by_name else "system")

    def _save_settings(self) -> None:
        s = self.settings
        s.set(options.GEOMETRY, self.saveGeometry())
        s.set(options.WINDOW_STATE, self.saveState())
        s.set(options.MAIN_SPLITTER, self.splitter.saveState())
        s.set(options.READER_FONT_SIZE, self.reader.font_size())
        s.set(options.SEARCH_ALL_VERSIONS, self.results.all_versions.isChecked())
        if self.version is not None:
            s.set(options.LAST_VERSION, self.version.id)
            s.set(options.LAST_KEY, self.key)
        s.sync()


def unit_label(key: str) -> str:
    """ "art-12bis" -> "Article 12bis", for a hit in a version that is not open."""
    words = {"art": "Article", "ch": "Chapter", "part": "Part", "annex": "Annex", "pre": "Preamble"}
    word, _, number = key.partition("-")
    return f"{words.get(word, word.capitalize())} {number}".strip()


def _local_files(urls: list[QUrl]) -> list[Path]:
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


def _now() -> str:
    from datetime import datetime

    return f"{datetime.now():%H:%M:%S}"
