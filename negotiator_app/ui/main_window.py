"""The main window: tree on the left, the text in the centre, position panel on the right.

It holds what is being read (version, provision) and moves every part together; the parts keep
their own state, get their collaborators when made and say by signals what the delegate asked
for: the navigator (tree/), the three panes and Ctrl+1 to Ctrl+4 between them (panes.py), the
centre's pages (centre.py: reader, parallel text, overview), the Go menu's travels
(reader/navigation.py), the position pane, the precedents' marks (precedents/agreed.py), search,
session log, revisions (compare/revisions.py), the View menu's looks (appearance.py), the security
commands (security/commands.py) and the banners (banner.py, library/report_banner.py). Pages and
dialogs that the first paint does not show (search results, overview, go to, import, help) are
made when first needed, and what can wait until the window is on screen waits for its first
paint (finish_start), to start faster.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage.notes import Note, list_notes
from negotiator_app.ui import settings as options
from negotiator_app.ui import window_state
from negotiator_app.ui.appearance import Appearance
from negotiator_app.ui.banner import DemoBanner
from negotiator_app.ui.centre import COMPARE, OVERVIEW, PARALLEL, READER, RESULTS, CentrePages
from negotiator_app.ui.compare.revisions import Revisions
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.library.report_banner import MessageBanner
from negotiator_app.ui.menus import build_menus, build_toolbar
from negotiator_app.ui.panes import Panes
from negotiator_app.ui.position.pane import PositionPane
from negotiator_app.ui.precedents.agreed import AgreedLanguage
from negotiator_app.ui.precedents.pane import PrecedentsPane
from negotiator_app.ui.reader.navigation import Navigation
from negotiator_app.ui.reader.page_html import escape
from negotiator_app.ui.search.bar import SearchBar, describe_hit
from negotiator_app.ui.security.commands import SecurityCommands
from negotiator_app.ui.session_log.dock import SessionLogDock
from negotiator_app.ui.settings import Settings
from negotiator_app.ui.side_tabs import SideTabs
from negotiator_app.ui.theme import apply_theme, look
from negotiator_app.ui.tree.model import notes_by_provision
from negotiator_app.ui.tree.navigator import Navigator

if TYPE_CHECKING:
    from negotiator_app.core.provision import ImportReport
    from negotiator_app.storage.session_log import LogEntry
    from negotiator_app.ui.dialogs.goto_dialog import GotoDialog
    from negotiator_app.ui.dialogs.help_dialogs import ShortcutsDialog
    from negotiator_app.ui.dialogs.log_dialog import LogDialog
    from negotiator_app.ui.library.edits import LibraryEdits
    from negotiator_app.ui.library.file_commands import FileCommands
    from negotiator_app.ui.library.tasks import ImportOutcome
    from negotiator_app.ui.overview.chart import OverviewPage
    from negotiator_app.ui.position.panel import PositionPanel
    from negotiator_app.ui.precedents.updater import PrecedentsUpdater
    from negotiator_app.ui.reader.parallel import ParallelPage
    from negotiator_app.ui.search.results import ResultGroup, SearchPage
    from negotiator_app.ui.security.lock import WorkbenchLock
    from negotiator_app.ui.security.passphrase import PassphraseDialog

tr = translator("MainWindow")
__all__ = ["COMPARE", "OVERVIEW", "PARALLEL", "READER", "RESULTS", "MainWindow"]


class MainWindow(QMainWindow):
    """The workbench."""

    started = Signal()  # once, when the window is on screen and finish_start has run

    # -- the parts ----------------------------------------------------------------------

    def __init__(self, library: Library, settings: Settings) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.version: VersionInfo | None = None
        self.outline: Outline | None = None
        self.key = ""
        self._files: FileCommands | None = None
        self._edits: LibraryEdits | None = None
        self._closed = False
        self._started = False
        self.conversion: tuple[str, str] | None = None  # ("encrypt", passphrase) or ("decrypt", "")
        self.restart = False  # close, then open again (a new interface language)
        # The colours first: styling widgets once is cheaper than restyling them all later.
        apply_theme(QApplication.instance(), window_state.saved_theme(settings))
        self.setWindowTitle("Negotiator")
        self.setAcceptDrops(True)
        self.resize(1360, 860)

        self.navigator = Navigator()
        self.pages = CentrePages(library)
        self.reader = self.pages.reader
        self.navigation = Navigation(self, self.pages, self.open_provision)  # the Go menu
        self.position = PositionPane(library, tab_after=self.reader.page)
        self.precedents = PrecedentsPane(library)
        self.side = SideTabs(self.position, self.precedents)
        self.panes = Panes(self.navigator, self.pages, self.side)
        self.demo_banner = DemoBanner(settings, self.import_file)
        self.message = MessageBanner(self)  # errors, reports
        self.message.link_activated.connect(self.open_provision)  # a key the report warns about
        self.setCentralWidget(_column(self.demo_banner, self.message, self.panes))

        self.log_dock = SessionLogDock(library, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.resizeDocks([self.log_dock], [130], Qt.Orientation.Vertical)
        self.search = SearchBar(
            library.folder,
            self.pages,
            self._search_scope,
            lambda hit: describe_hit(hit, self.outline, self.version.id if self.version else None),
            settings.get(options.SEARCH_ALL_VERSIONS),
            self,
        )
        self.revisions = Revisions(  # compare view, change badges, positions to review
            library,
            self,
            self.log_dock,
            self.pages,
            self.side,
            self.position,
            self.navigator,
            self.message,
            self.open_provision,
        )
        self.appearance = Appearance(self, self.pages, settings, self.message)  # the View menu
        self.security = SecurityCommands(self, library.folder, library.encrypted, settings)
        build_toolbar(self)
        self.actions_by_name = build_menus(self)
        self.security.show_state(self.actions_by_name)
        self.appearance.use_actions(self.actions_by_name)
        self.saved_label = QLabel("")
        self.saved_label.setObjectName("savedLabel")
        look(self.saved_label, "quiet")
        self.statusBar().addPermanentWidget(self.saved_label)
        # the reader's margin and the tree's filter from the precedents, found in the background
        self.agreed = AgreedLanguage(
            library, self.reader, self.navigator, self.precedents, self.statusBar(), self
        )
        self._connect()
        window_state.restore(self, settings, self.panes, self.appearance, self.reader)

    @property
    def panel(self) -> PositionPanel:
        """The position panel for the provision being read (made when first needed)."""
        return self.position.panel

    def save_position(self) -> bool:
        """Save what was typed in the position panel now; False when it could not be saved."""
        return self.position.save_now()

    @property
    def results(self) -> SearchPage:
        return self.search.page

    @property
    def overview(self) -> OverviewPage:
        return self.pages.overview

    @property
    def parallel(self) -> ParallelPage:
        return self.pages.parallel

    @property
    def lock(self) -> WorkbenchLock | None:
        """The lock of an encrypted library (None for a library in clear)."""
        return self.security.lock

    @property
    def precedents_updater(self) -> PrecedentsUpdater:
        return self.agreed.updater

    @property
    def files(self) -> FileCommands:
        if self._files is None:
            from negotiator_app.ui.library.file_commands import FileCommands

            self._files = FileCommands(self.library, self.settings, self)
            self._files.imported.connect(self._imported)
            self._files.message.connect(self.show_message)
            self._files.crashed.connect(self.report_crash)
            self._files.open_version = lambda: self.version
        return self._files

    @property
    def edits(self) -> LibraryEdits:
        """The Library menu's renames and deletions (made when first needed)."""
        if self._edits is None:
            from negotiator_app.ui.library.edits import LibraryEdits

            self._edits = LibraryEdits(self.library, self)
            self._edits.changed.connect(self._library_changed)
            self._edits.message.connect(self.show_message)
        return self._edits

    def current_page(self) -> str:
        """Which page the centre shows: READER, RESULTS, OVERVIEW, PARALLEL or COMPARE."""
        page = self.pages.current_page()
        return COMPARE if page == RESULTS and self.revisions.is_comparing() else page

    # -- what is being read ---------------------------------------------------------------

    def open_first(self) -> None:
        """Open the version and provision of the last session, else the first of the library."""
        versions = self.library.versions()  # counts every version's provisions: ask once
        if not versions:
            self.show_message(
                tr("The library is empty. Import a draft with File › Import…."), "info"
            )
            return
        wanted = self.settings.get(options.LAST_VERSION)
        first = next((v for v in versions if not v.reference), versions[0])  # a draft, if any
        version = next((v for v in versions if v.id == wanted), first)
        self.open_version(version.id, self.settings.get(options.LAST_KEY), versions=versions)

    def open_version(
        self,
        version_id: int,
        key: str = "",
        terms: tuple[str, ...] = (),
        versions: list[VersionInfo] | None = None,
    ) -> None:
        """Show another version (keeping the provision when it exists there too)."""
        self.save_position()
        try:
            if versions is None:
                versions = self.library.versions()  # counts every version's provisions: ask once
            version = next((v for v in versions if v.id == version_id), None)
            if version is None:
                raise LibraryError(
                    tr("There is no version {version} in the library.").format(version=version_id)
                )
            outline = Outline(self.library.tree(version_id), version.language)
            notes = notes_by_provision(list_notes(self.library, version_id=version.id))
        except LibraryError as error:
            self.show_message(escape(str(error)), "error")
            return
        # A report or a problem about the instrument left behind is stale now.
        another = self.version is None or version.instrument_id != self.version.instrument_id
        if another and self.message.about != version.instrument_id:
            self.message.hide()
        self.version, self.outline = version, outline
        self.navigation.show_provision(outline, self.key)
        self.pages.show_version(version, outline)
        self.agreed.show_version(version, outline)
        self.navigator.set_versions(versions, version_id)
        self.navigator.set_outline(outline, notes)
        self.setWindowTitle(f"{version.instrument} — {version.label} · Negotiator")
        self.demo_banner.show_for(version)
        if key not in outline:
            key = outline.units[0] if outline.units else (outline.order[0] if outline.order else "")
        if key:
            self.open_provision(key, terms=terms)
        self.revisions.version_opened(version, outline)
        self.refresh_overview()

    def open_provision(
        self, key: str, version_id: int | None = None, terms: tuple[str, ...] = ()
    ) -> None:
        """Read key: select it in the tree, show its article, load its note and log."""
        if version_id is not None and self.pages.beside(version_id):
            version_id = None  # a hit in the text shown beside: the same key, both columns
        if version_id is not None and (self.version is None or version_id != self.version.id):
            self.open_version(version_id, key, terms)
            return
        if self.outline is None or self.version is None:
            return
        if key not in self.outline:
            said = tr("{key} is not in {version}.").format(key=key, version=self.version.label)
            self.show_message(escape(said), "error")
            return
        self.key = key
        self.navigator.select(key)
        self.agreed.show_provision(key)  # the first paint does not wait for the precedents
        self.pages.show_provision(self.outline, key, terms)
        self.precedents.show_provision(self.outline, self.version, key)
        self.position.show_provision(self.outline, self.version.instrument_id, self.version.id, key)
        self.log_dock.show_provision(self.outline, self.version, key)
        self.pages.show_text()
        self.navigation.show_provision(self.outline, key, self.version.id)

    def go_back(self) -> None:
        self.navigation.back()

    def goto_article(self) -> GotoDialog | None:
        return self.navigation.goto_article()

    def show_overview(self) -> None:
        """Toggle between the overview and the reader."""
        if self.current_page() == OVERVIEW:
            self.focus_reader()
            return
        self._refresh_overview()
        self.pages.setCurrentWidget(self.overview)
        self.overview.chart.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- focus ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.focus()

    def focus_reader(self) -> None:
        self.pages.focus_text()

    # -- view -------------------------------------------------------------------------------

    def toggle_parallel(self) -> None:
        """View > Parallel text: this version beside another language of its revision."""
        on = not self.pages.parallel_on
        self.actions_by_name["parallel"].setChecked(on)
        self.pages.set_parallel(on, self.version, self.outline, self.key)
        if self.current_page() in (READER, PARALLEL) or on:
            self.focus_reader()

    def _search_scope(self) -> int | tuple[int, ...] | None:
        """The texts a search looks in: the version read, and the one beside it."""
        if self.version is None:
            return None
        beside = self.pages.other_version_id()
        return (self.version.id, beside) if beside is not None else self.version.id

    def restart_now(self) -> None:
        """Close the window (saving as on quitting) and open it again."""
        self.restart = True
        if self.close():
            QApplication.instance().quit()
        else:
            self.restart = False  # the position panel could not save: stay

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_name["full_screen"].setChecked(self.isFullScreen())

    def show_message(self, html_text: str, tone: str = "info") -> None:
        """One sentence in the window: an error the user can act on, or a report."""
        self.message.show_message(html_text, tone)

    # -- file and help menus ----------------------------------------------------------------

    def import_file(self) -> None:
        self.files.choose_and_import()

    def back_up(self) -> None:
        self.save_position()
        self.files.back_up()

    def export_memo(self) -> None:
        """The export dialog on the version being read, with the provision being read chosen."""
        from negotiator_app.ui.export.dialog import ExportMemoDialog

        self.save_position()
        if self.version is None:
            self.show_message(tr("Import a draft before exporting a memo."), "info")
            return
        keys = [self.key] if self.key else []
        dialog = ExportMemoDialog(self, self.library, self.version.id, keys, self.settings)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- library menu -------------------------------------------------------------------------

    def rename_version(self) -> QWidget | None:
        return self._edit("rename_version")

    def relabel_version(self) -> QWidget | None:
        return self._edit("relabel_version")

    def delete_version(self) -> QWidget | None:
        return self._edit("delete_version")

    def rename_instrument(self) -> QWidget | None:
        return self._edit("rename_instrument")

    def delete_instrument(self) -> QWidget | None:
        return self._edit("delete_instrument")

    def _edit(self, what: str) -> QWidget | None:
        """Ask about the version being read (what was typed is saved first)."""
        self.save_position()
        if self.version is None:
            self.show_message(tr("Import a draft first: there is no version to change."), "info")
            return None
        return getattr(self.edits, what)(self.version)

    def _library_changed(self, version_id: int | None) -> None:
        """A version or instrument was renamed, relabelled or deleted: read it as it is now."""
        self.revisions.library_changed()
        if self.position.made():
            self.panel.forget_versions()
        versions = self.library.versions()
        if not versions:
            self._show_empty()
        else:
            if version_id is None or all(v.id != version_id for v in versions):
                version_id = versions[0].id
            self.open_version(version_id, self.key, versions=versions)
        self.search.catch_up()

    def _show_empty(self) -> None:
        empty = Outline([])
        self.version, self.outline, self.key = None, empty, ""
        self.navigation.show_provision(empty, "")
        self.agreed.show_version(None, empty)
        self.navigator.set_versions([], 0)
        self.navigator.set_outline(empty, {})
        self.reader.show_provision(empty, "")
        self.revisions.library_emptied(empty)
        self.setWindowTitle("Negotiator")
        self.message.show_message(
            tr("The library has no text now. Import a draft with File › Import…."), "info"
        )

    def show_shortcuts(self) -> ShortcutsDialog:
        from negotiator_app.ui.dialogs.help_dialogs import ShortcutsDialog
        from negotiator_app.ui.menus import shortcut_rows

        dialog = ShortcutsDialog(shortcut_rows(self.actions_by_name), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from negotiator_app.ui.dialogs.help_dialogs import show_about

        show_about(self, self.library.path)

    def show_log(self) -> LogDialog:
        from negotiator_app.ui.dialogs.log_dialog import LogDialog

        dialog = LogDialog(self.library.folder, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- security ----------------------------------------------------------------------------

    def encrypt_library(self) -> PassphraseDialog:
        return self.security.encrypt_library()

    def _convert_after_close(self, what: str, passphrase: str) -> None:
        """Encrypt or decrypt: the library is converted once this window has let it go."""
        self.conversion = (what, passphrase)
        self.close()
        QApplication.instance().quit()

    def report_crash(self, error: BaseException) -> None:
        """An unexpected error from a worker thread: the crash dialog, with the log's path."""
        from negotiator_app.ui.dialogs.crash_dialog import show_crash

        show_crash(error, self.library.folder, self)

    def finish_start(self) -> None:
        """What the first paint does not need: done once the window is on screen."""
        if self._started:
            return
        self._started = True
        self.position.make_panel()
        self.agreed.start()
        self.log_dock.start_listing()
        self.revisions.start()
        self.started.emit()

    # -- keeping the parts in step ----------------------------------------------------------

    def _connect(self) -> None:
        self.navigator.provision_chosen.connect(self.open_provision)
        self.navigator.version_chosen.connect(lambda v: self.open_version(v, self.key))
        self.navigator.step_requested.connect(self.navigation.step)
        self.pages.reference_clicked.connect(self.open_provision)
        self.pages.step_requested.connect(self.navigation.step)
        self.pages.history_requested.connect(self.navigation.history_step)
        self.pages.parallel_closed.connect(self.toggle_parallel)
        self.navigator.tree.history_requested.connect(self.navigation.history_step)
        self.navigation.history_changed.connect(self._history_changed)
        self.log_dock.provision_opened.connect(self.open_provision)
        self.log_dock.delegation_said.connect(self.copy_to_delegations)
        self.position.saved.connect(self._note_saved)
        self.position.failed.connect(lambda text: self.show_message(escape(text), "error"))
        self.search.opened.connect(self._open_result)
        self.search.crashed.connect(self.report_crash)
        self.precedents.precedent_opened.connect(self._open_precedent)
        self.agreed.texts_added.connect(self._texts_added)
        self.agreed.new_language_shown.connect(self.actions_by_name["new_language"].setChecked)
        self.agreed.message.connect(lambda text, tone: self.show_message(escape(text), tone))
        self.agreed.crashed.connect(self.report_crash)
        self.security.conversion_chosen.connect(self._convert_after_close)
        self.appearance.restart_asked.connect(self.restart_now)
        self.revisions.crashed.connect(self.report_crash)
        self.revisions.changes_marked.connect(self.refresh_overview)
        self.revisions.texts_arrived.connect(self.search.catch_up)
        self.revisions.texts_arrived.connect(self.find_precedents)
        self.revisions.side_shown.connect(self.actions_by_name["toggle_position"].setChecked)
        self.panes.side_shown.connect(self.actions_by_name["toggle_position"].setChecked)

    def copy_to_delegations(self, entry: LogEntry) -> None:
        """What a delegation said (a log entry), added to the delegations of the position on
        that provision; the panel shows it at once when that provision is being read."""
        from negotiator_app.storage.notes import add_delegation_remark

        if not self.save_position() or entry.version_id is None:
            return
        try:
            note = add_delegation_remark(
                self.library, entry.version_id, entry.provision_key, entry.delegation, entry.text
            )
        except LibraryError as error:
            self.show_message(escape(str(error)), "error")
            return
        version = self.version
        if version is not None and note.revision_id == version.revision_id:
            self.navigator.update_note(note)
            if entry.provision_key == self.key and self.outline is not None:
                self.position.show_provision(
                    self.outline, version.instrument_id, version.id, self.key
                )
        self.search.catch_up()
        self.statusBar().showMessage(
            tr("Added to the delegations of the position on {provision}: {delegation}.").format(
                provision=entry.provision_key, delegation=entry.delegation
            ),
            4000,
        )

    def _note_saved(self, note: Note) -> None:
        """Everything that shows notes catches up with the one just saved."""
        self.saved_label.setText(tr("Saved {time}").format(time=f"{datetime.now():%H:%M:%S}"))
        self.navigator.update_note(note)
        self.refresh_overview()
        self.revisions.note_saved()
        self.search.catch_up()

    def _imported(self, outcome: ImportOutcome) -> None:
        """Say what was imported, and open it."""
        self.show_import_report(outcome.version, outcome.report)
        self.open_version(outcome.version.id)
        self.search.catch_up()
        self.agreed.find()

    def find_precedents(self, demo_reference: bool = False) -> None:
        """Find the precedents not stored yet, in the background (first, at the first start,
        import the demonstration's reference instrument)."""
        self.agreed.find(demo_reference=demo_reference)

    def _texts_added(self) -> None:
        """A reference instrument came in with the precedents: the lists of texts show it."""
        if self.version is not None:
            self.navigator.set_versions(self.library.versions(), self.version.id)
        self.search.catch_up()

    def _open_precedent(self, version_id: int, key: str) -> None:
        """A precedent's citation was clicked: read it (Ctrl+[ comes back)."""
        self.open_provision(key, version_id)
        self.statusBar().showMessage(tr("Ctrl+[ goes back to the draft."), 5000)

    def show_import_report(self, info: VersionInfo, report: ImportReport | None = None) -> None:
        """The import report of a version, with the positions carried into it to review."""
        self.message.show_import_report(info, report, self.revisions.review_line(info))

    def show_version_report(self) -> None:
        if self.version is not None:
            self.show_import_report(self.version)

    def _history_changed(self, can_go_back: bool, can_go_forward: bool) -> None:
        self.actions_by_name["back"].setEnabled(can_go_back)
        self.actions_by_name["forward"].setEnabled(can_go_forward)

    def refresh_overview(self) -> None:
        """Bring the overview up to date, when it is what the centre shows."""
        if self.current_page() == OVERVIEW:
            self._refresh_overview()

    def _refresh_overview(self) -> None:
        if self.outline is None or self.version is None or self.navigator.model is None:
            return
        notes = self.navigator.model.notes()
        changes = self.revisions.badges.current()  # what the revision before had open
        self.overview.show_version(self.version, self.outline, notes, changes)

    def _open_result(self, group: ResultGroup) -> None:
        self.open_provision(group.key, group.version_id, tuple(group.terms))
        if group.note_terms:  # the words found in the note, marked where they are
            self.position.mark_terms(group.note_terms)
        self.pages.text_page().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- Qt events --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self.finish_start)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and not self.position.may_close():
            event.ignore()
            return
        if not self._closed:
            self._closed = True
            place = (self.version.id, self.key) if self.version is not None else None
            window_state.save(
                self, self.settings, self.panes, self.reader, self.search.all_versions(), place
            )
            self.position.stop()
            self.search.stop()
            self.revisions.stop()
            self.agreed.stop()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from negotiator_app.ui.library.file_commands import local_files

        if local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from negotiator_app.ui.library.file_commands import local_files

        files = local_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.files.import_path(files[0])


def _column(*widgets: QWidget) -> QWidget:
    """Widgets stacked edge to edge; the last one takes the height that is left."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets[:-1]:
        layout.addWidget(widget)
    layout.addWidget(widgets[-1], 1)
    return holder
