"""What the stored precedents mark around the text being read, kept current.

The reader's margin bars (verbatim agreed language on the page), the tree's "New language only"
filter, and the background search that finds the precedents not stored yet, with its progress in
the status bar. The margin waits for the window's first paint (start): the first page is shown
without asking the precedents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from negotiator_app.core.outline import Outline
    from negotiator_app.storage import Library, VersionInfo
    from negotiator_app.ui.precedents.pane import PrecedentsPane
    from negotiator_app.ui.precedents.updater import PrecedentsUpdater, UpdateOutcome
    from negotiator_app.ui.reader.reader import Reader
    from negotiator_app.ui.tree.navigator import Navigator


class AgreedLanguage(QObject):
    """The precedents' marks on the reader and the tree, for the version and provision read."""

    texts_added = Signal()  # a reference instrument was imported: the lists of texts catch up
    new_language_shown = Signal(bool)  # the tree shows only new language, or everything again
    message = Signal(str, str)  # plain text, tone
    crashed = Signal(object)

    def __init__(
        self,
        library: Library,
        reader: Reader,
        navigator: Navigator,
        pane: PrecedentsPane,
        status_bar: QStatusBar,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.reader = reader
        self.navigator = navigator
        self.pane = pane
        self.status_bar = status_bar
        self.version: VersionInfo | None = None
        self.outline: Outline | None = None
        self.key = ""
        self._started = False
        self._updater: PrecedentsUpdater | None = None
        navigator.new_language_toggled.connect(self.show_new_language)

    @property
    def updater(self) -> PrecedentsUpdater:
        """Finds precedents in the background, its progress in the status bar (made when
        first needed)."""
        if self._updater is None:
            from negotiator_app.ui.precedents.updater import PrecedentsProgress, PrecedentsUpdater

            progress = PrecedentsProgress()
            self.status_bar.addPermanentWidget(progress)
            updater = PrecedentsUpdater(self.library.folder, progress, self)
            updater.updated.connect(self._updated)
            updater.progressed.connect(self.pane.set_busy)
            updater.message.connect(self.message)
            updater.crashed.connect(self.crashed)
            self._updater = updater
        return self._updater

    def find(self, demo_reference: bool = False) -> None:
        """Find the precedents not stored yet, in the background (first, at the first start,
        import the demonstration's reference instrument)."""
        self.updater.update(demo_reference=demo_reference)

    def start(self) -> None:
        """The window is on screen: the margin of the page being read."""
        self._started = True
        self._show_margin()

    def stop(self) -> None:
        if self._updater is not None:
            self._updater.stop()

    def show_version(self, version: VersionInfo | None, outline: Outline | None) -> None:
        """Another version is read (None: the library has none): the tree's filter follows."""
        self.version, self.outline = version, outline
        if version is not None and outline is not None and self.navigator.new_language.isChecked():
            from negotiator_app.ui.precedents.marks import new_language

            self.navigator.proxy.set_only(new_language(self.library, version.id, outline))

    def show_provision(self, key: str) -> None:
        """Another provision is read: its page's margin (once the window is on screen)."""
        self.key = key
        if self._started:
            self.reader.set_agreed(self._margin())

    def show_new_language(self, only: bool) -> None:
        """The tree narrowed to the paragraphs with no precedent (or whole again)."""
        keys = None
        if only and self.version is not None and self.outline is not None:
            from negotiator_app.ui.precedents.marks import new_language

            keys = new_language(self.library, self.version.id, self.outline)
        self.navigator.set_new_language(keys)
        self.new_language_shown.emit(only)

    def _margin(self) -> dict[str, str]:
        """The reader's margin bars for the page being read: verbatim agreed language."""
        if self.version is None or self.outline is None or self.key not in self.outline:
            return {}
        from negotiator_app.ui.precedents.marks import verbatim_marks

        return verbatim_marks(self.library, self.version.id, self.outline, self.key)

    def _show_margin(self) -> None:
        self.reader.set_agreed(self._margin())
        self.reader.agreed.relayout()

    def _updated(self, outcome: UpdateOutcome) -> None:
        """New precedents (or a new reference instrument): everything that shows them catches up."""
        if outcome.imported:
            self.texts_added.emit()
        if not outcome.update.searched and not outcome.update.forgotten:
            return
        self.pane.library_changed()
        self._show_margin()
        if self.navigator.new_language.isChecked():
            self.show_new_language(True)
