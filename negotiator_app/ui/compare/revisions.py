"""The window's revisions part: the compare view, the tree's change badges, the overview's
brackets before and after, the queue of carried positions to review, the table of changes.

The window tells it what is being read and when a position is saved; it makes its page and its
dock the first time they are asked for, and opens provisions through the window.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from negotiator_app.storage import LibraryError, VersionInfo
from negotiator_app.ui.compare.badges import ChangeBadges
from negotiator_app.ui.compare.comparisons import Comparisons
from negotiator_app.ui.i18n import translator

tr = translator("Compare")

if TYPE_CHECKING:
    from negotiator_app.core.outline import Outline
    from negotiator_app.ui.compare.page import ComparePage
    from negotiator_app.ui.compare.review_queue import ReviewDock
    from negotiator_app.ui.export.changes_dialog import ExportChangesDialog
    from negotiator_app.ui.main_window import MainWindow


class Revisions(QObject):
    """Everything about what changed between revisions, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.comparisons = Comparisons(window.library, self)
        self.comparisons.crashed.connect(window.report_crash)
        self.badges = ChangeBadges(window.library, self.comparisons, self)
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

            self._page = ComparePage(self.window.library, self.comparisons)
            self._page.provision_opened.connect(self._open)
            self._page.closed.connect(self.window.focus_reader)
            self.window.pages.addWidget(self._page)
            self.window.pages.currentChanged.connect(lambda _: self._page_changed())
        return self._page

    @property
    def review(self) -> ReviewDock:
        if self._dock is None:
            from negotiator_app.ui.compare.review_queue import ReviewDock

            window = self.window
            dock = ReviewDock(window.library, window)
            dock.opened.connect(self._open)
            dock.reviewed.connect(lambda _: self._reviewed())
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            window.tabifyDockWidget(window.log_dock, dock)
            dock.show_version(window.version, window.outline)
            self._dock = dock
        return self._dock

    def is_comparing(self) -> bool:
        """Whether the centre shows the compare view."""
        return self._page is not None and self.window.pages.currentWidget() is self._page

    # -- what the delegate asks -------------------------------------------------------------

    def show_compare(self) -> None:
        """Go > Compare versions: the open version and the one it revises; again: the reader."""
        window = self.window
        if self.is_comparing():
            window.focus_reader()
            return
        if window.version is None:
            window.show_message(tr("Import a draft before comparing versions."), "info")
            return
        window.save_position()
        page = self.page
        page.open_for(window.version)
        window.pages.setCurrentWidget(page)
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

        window = self.window
        window.save_position()
        if window.version is None:
            window.show_message(tr("Import a draft before exporting a table of changes."), "info")
            return None
        shown = self._page.changes if self._page is not None else None
        try:
            pair = (
                (shown.old, shown.new)
                if shown is not None
                else default_pair(window.library, window.version)
            )
        except LibraryError as error:
            window.show_message(str(error), "error")
            return None
        dialog = ExportChangesDialog(window, window.library, window.version, pair)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- what the window tells it -----------------------------------------------------------

    def start(self) -> None:
        """The window is on screen: from now on, compare each version opened with the one it
        revises (before, that work would compete with the first paint)."""
        self._following = True
        self.badges.follow(self.window.version)
        panel = self.window.panel
        panel.carried.reviewed.connect(lambda _: self._reviewed())

    def version_opened(self, version: VersionInfo, outline: Outline) -> None:
        if self._following:
            self.badges.follow(version)
        if self._dock is not None:
            self._dock.show_version(version, outline)

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
            return len(review_list(self.window.library, version))
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

        window = self.window
        if not versions:
            return
        window.search.catch_up()
        window.find_precedents()  # the new texts' agreed language, after what runs already
        try:
            listed = window.library.versions()
            before = revised(window.library, versions[0])
        except LibraryError as error:
            window.show_message(escape(str(error)), "error")
            return
        if window.version is not None and window.outline is not None:
            window.navigator.set_versions(listed, window.version.id)
            self.version_opened(window.version, window.outline)
        if window.message.isVisible():
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
        window.message.show_message(
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
        self.window.open_provision(key, version_id)
        self.window.reader.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reviewed(self) -> None:
        """Marked reviewed in the queue or in the position panel: both say so."""
        if self._dock is not None:
            self._dock.refresh()
        self.window.panel.carried.refresh()

    def _page_changed(self) -> None:
        """The compare view takes the position panel's room (the two texts need it), and gives
        it back when the delegate goes back to reading."""
        position = self.window.side  # the position panel and the precedents, as tabs
        toggle = self.window.actions_by_name["toggle_position"]
        if self.is_comparing():
            if not position.isHidden():
                self.window.save_position()
                position.hide()
                toggle.setChecked(False)
                self._hid_panel = True
        elif self._hid_panel:
            self._hid_panel = False
            position.show()
            toggle.setChecked(True)

    def _badges_changed(self) -> None:
        self.window.navigator.set_changes(self.badges.marks())
        self.window.refresh_overview()
