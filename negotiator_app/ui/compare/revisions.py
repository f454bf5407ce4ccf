"""The window's revisions part: the compare view, the tree's change badges, the overview's
brackets before and after, the queue of carried positions to review, the table of changes.

The window tells it what is being read and when a position is saved; it makes its page (among
the centre's pages) and its dock (beside the session log) the first time they are asked for. It
opens provisions through the callable it is given, and says by signals what others catch up on.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.ui.compare.badges import ChangeBadges
from negotiator_app.ui.compare.comparisons import Comparisons
from negotiator_app.ui.i18n import translator

tr = translator("Compare")

if TYPE_CHECKING:
    from negotiator_app.core.outline import Outline
    from negotiator_app.ui.banner import Banner
    from negotiator_app.ui.centre import CentrePages
    from negotiator_app.ui.compare.page import ComparePage
    from negotiator_app.ui.compare.review_queue import ReviewDock
    from negotiator_app.ui.export.changes_dialog import ExportChangesDialog
    from negotiator_app.ui.position.pane import PositionPane
    from negotiator_app.ui.side_tabs import SideTabs
    from negotiator_app.ui.tree.navigator import Navigator


class Revisions(QObject):
    """Everything about what changed between revisions, for one window."""

    crashed = Signal(object)  # an unexpected error in a comparison's thread
    changes_marked = Signal()  # the tree's change badges are new: the overview catches up
    texts_arrived = Signal()  # a revision came in: the search index and the precedents catch up
    side_shown = Signal(bool)  # the compare view took the position panel's room, or gave it

    def __init__(
        self,
        library: Library,
        window: QMainWindow,
        log_dock: QDockWidget,
        pages: CentrePages,
        side: SideTabs,
        position: PositionPane,
        navigator: Navigator,
        banner: Banner,
        open_provision: Callable[[str, int | None], None],
    ) -> None:
        """window holds the review dock, tabbed with log_dock; pages the compare view; side the
        position pane, which the compare view hides; banner says what came in."""
        super().__init__(window)
        self.library = library
        self.window = window
        self.log_dock = log_dock
        self.pages = pages
        self.side = side
        self.position = position
        self.navigator = navigator
        self.banner = banner
        self.open_provision = open_provision
        self.version: VersionInfo | None = None  # what the window reads
        self.outline: Outline | None = None
        self.comparisons = Comparisons(library, self)
        self.comparisons.crashed.connect(self.crashed)
        self.badges = ChangeBadges(library, self.comparisons, self)
        self.badges.changed.connect(self._badges_changed)
        self._page: ComparePage | None = None
        self._dock: ReviewDock | None = None
        self._following = False  # badges only once the window is on screen
        self._hid_panel = False  # the compare view took the position panel's room

    # -- the parts, made when first asked for -----------------------------------------------

    @property
    def page(self) -> ComparePage:
        if self._page is None:
            from negotiator_app.ui.compare.page import ComparePage

            self._page = ComparePage(self.library, self.comparisons)
            self._page.provision_opened.connect(self._open)
            self._page.closed.connect(self.pages.focus_text)
            self.pages.addWidget(self._page)
            self.pages.currentChanged.connect(lambda _: self._page_changed())
        return self._page

    @property
    def review(self) -> ReviewDock:
        if self._dock is None:
            from negotiator_app.ui.compare.review_queue import ReviewDock

            dock = ReviewDock(self.library, self.window)
            dock.opened.connect(self._open)
            dock.reviewed.connect(lambda _: self._reviewed())
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.window.tabifyDockWidget(self.log_dock, dock)
            dock.show_version(self.version, self.outline)
            self._dock = dock
        return self._dock

    def is_comparing(self) -> bool:
        """Whether the centre shows the compare view."""
        return self._page is not None and self.pages.currentWidget() is self._page

    # -- what the delegate asks -------------------------------------------------------------

    def show_compare(self) -> None:
        """Go > Compare versions: the open version and the one it revises; again: the reader."""
        if self.is_comparing():
            self.pages.focus_text()
            return
        if self.version is None:
            self.banner.show_message(tr("Import a draft before comparing versions."), "info")
            return
        self.position.save_now()
        page = self.page
        page.open_for(self.version)
        self.pages.setCurrentWidget(page)
        page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_review(self) -> None:
        """Go > Positions to review: the queue, in front, with the keyboard in its list."""
        dock = self.review
        dock.refresh()
        dock.show()
        dock.raise_()
        dock.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def export_changes(self) -> ExportChangesDialog | None:
        """File > Export table of changes…: the versions compared (or the default pair)."""
        from negotiator_app.ui.compare.tasks import default_pair
        from negotiator_app.ui.export.changes_dialog import ExportChangesDialog

        self.position.save_now()
        version = self.version
        if version is None:
            self.banner.show_message(
                tr("Import a draft before exporting a table of changes."), "info"
            )
            return None
        shown = self._page.changes if self._page is not None else None
        try:
            pair = (
                (shown.old, shown.new) if shown is not None else default_pair(self.library, version)
            )
        except LibraryError as error:
            self.banner.show_message(str(error), "error")
            return None
        dialog = ExportChangesDialog(self.window, self.library, version, pair)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- what the window tells it -----------------------------------------------------------

    def start(self) -> None:
        """The window is on screen: from now on, compare each version opened with the one it
        revises (before, that work would compete with the first paint)."""
        self._following = True
        self.badges.follow(self.version)
        self.position.panel.carried.reviewed.connect(lambda _: self._reviewed())

    def version_opened(self, version: VersionInfo, outline: Outline) -> None:
        self.version, self.outline = version, outline
        if self._following:
            self.badges.follow(version)
        if self._dock is not None:
            self._dock.show_version(version, outline)

    def library_emptied(self, outline: Outline) -> None:
        """The last version went: nothing is read, so there is nothing to compare."""
        self.version, self.outline = None, outline

    def library_changed(self) -> None:
        """A version was renamed or deleted: what was compared names it as it was, or not at all."""
        self.comparisons.forget()

    def note_saved(self) -> None:
        """A saved position may have been a carried one awaiting review (saving clears it)."""
        if self._dock is not None:
            self._dock.refresh()
        if self._page is not None:
            self._page.refresh_notes()

    def to_review(self, version: VersionInfo) -> int:
        """How many carried positions of a version's revision await a look."""
        from negotiator_app.storage.carry import review_list

        try:
            return len(review_list(self.library, version))
        except LibraryError:
            return 0

    def review_line(self, version: VersionInfo) -> tuple[str, list[tuple[str, Callable[[], None]]]]:
        """For an import report: "4 positions carried into it need a look." and its button;
        nothing when none do."""
        waiting = self.to_review(version)
        if not waiting:
            return "", []
        line = tr("%n positions carried into it need a look.", waiting)
        return f"<br><b>{line}</b>", [(tr("Positions to review…"), self.show_review)]

    def revision_arrived(self, versions: list[VersionInfo]) -> None:
        """A revision was added behind the window's back (the demonstration's Rev.2, imported
        after the first paint): list it, index it, and say where to see what changed."""
        from negotiator_app.storage.revisions import revised

        if not versions:
            return
        self.texts_arrived.emit()  # indexed, and its agreed language found after what runs
        try:
            listed = self.library.versions()
            before = revised(self.library, versions[0])
        except LibraryError as error:
            self.banner.show_message(escape(str(error)), "error")
            return
        if self.version is not None and self.outline is not None:
            self.navigator.set_versions(listed, self.version.id)
            self.version_opened(self.version, self.outline)
        if self.banner.isVisible():
            return  # something the delegate must read comes first
        first = versions[0]
        waiting = self.to_review(first)
        revision = f"<b>{escape(first.revision or first.label)}</b>"
        if waiting and before is not None:
            text = tr(
                "{revision} of the demonstration draft is in the library too, with %n positions "
                "carried from {before} to review: see what changed, article by article.",
                waiting,
            ).format(revision=revision, before=escape(before.revision))
        else:
            text = tr(
                "{revision} of the demonstration draft is in the library too: see what changed, "
                "article by article."
            ).format(revision=revision)
        self.banner.show_message(
            text,
            "info",
            [
                (tr("Compare versions"), self.show_compare),
                (tr("Positions to review…"), self.show_review),
            ],
            about=first.instrument_id,
        )

    def stop(self) -> None:
        """The window is closing: no comparison outlives it."""
        self.comparisons.cancel_all()

    # -- helpers ----------------------------------------------------------------------------

    def _open(self, version_id: int, key: str) -> None:
        self.open_provision(key, version_id)
        self.pages.reader.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reviewed(self) -> None:
        """Marked reviewed in the queue or in the position panel: both say so."""
        if self._dock is not None:
            self._dock.refresh()
        self.position.panel.carried.refresh()

    def _page_changed(self) -> None:
        """The compare view takes the position panel's room (the two texts need it), and gives
        it back when the delegate goes back to reading."""
        side = self.side  # the position panel and the precedents, as tabs
        if self.is_comparing():
            if not side.isHidden():
                self.position.save_now()
                side.hide()
                self.side_shown.emit(False)
                self._hid_panel = True
        elif self._hid_panel:
            self._hid_panel = False
            side.show()
            self.side_shown.emit(True)

    def _badges_changed(self) -> None:
        self.navigator.set_changes(self.badges.marks())
        self.changes_marked.emit()
