"""The centre of the window: the text being read, or a page shown instead of it.

The text is the reader, or the parallel text when View > Parallel text is on; the other pages
are the search results, the overview and the comparison, each added by its own part. The
parallel text and the overview are made when first needed: the first paint shows neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from negotiator_app.ui.reader.reader import DEFAULT_FONT, Reader
from negotiator_app.ui.theme import reader_colours

if TYPE_CHECKING:
    from negotiator_app.core.outline import Outline
    from negotiator_app.storage import Library, VersionInfo
    from negotiator_app.ui.overview.chart import OverviewPage
    from negotiator_app.ui.reader.parallel import ParallelPage

Page = Literal["reader", "results", "overview", "parallel", "compare"]
READER: Page = "reader"
RESULTS: Page = "results"
OVERVIEW: Page = "overview"
PARALLEL: Page = "parallel"
COMPARE: Page = "compare"


class CentrePages(QStackedWidget):
    """The reader, the parallel text and the overview, one at a time, with the other pages."""

    reference_clicked = Signal(str)  # a provision key: a link in the text, a chapter's bar
    step_requested = Signal(int)  # previous or next article
    history_requested = Signal(int)  # -1 back, 1 forward: the mouse's buttons over the text
    parallel_closed = Signal()  # the parallel text's own close button

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.reader = Reader()
        self.addWidget(self.reader)
        self.parallel_on = False  # View > Parallel text: the text in two languages
        self._parallel: ParallelPage | None = None
        self._overview: OverviewPage | None = None
        self.reader.reference_clicked.connect(self.reference_clicked)
        self.reader.step_requested.connect(self.step_requested)
        self.reader.page.history_requested.connect(self.history_requested)
        self.reader.page.installEventFilter(self)

    @property
    def overview(self) -> OverviewPage:
        """The overview's chart page (made when first needed)."""
        if self._overview is None:
            from negotiator_app.ui.overview.chart import OverviewPage

            self._overview = OverviewPage()
            self._overview.chart.chapter_opened.connect(self.reference_clicked)
            self.addWidget(self._overview)
        return self._overview

    @property
    def parallel(self) -> ParallelPage:
        """The parallel text (made when first needed)."""
        if self._parallel is None:
            from negotiator_app.ui.reader.parallel import ParallelPage

            self._parallel = ParallelPage(self.library)
            self._parallel.set_font(self.reader.page.font())
            self._parallel.set_colours(self.reader.colours)
            self._parallel.reference_clicked.connect(self.reference_clicked)
            self._parallel.history_requested.connect(self.history_requested)
            self._parallel.closed.connect(self.parallel_closed)
            self._parallel.page.installEventFilter(self)
            self.addWidget(self._parallel)
        return self._parallel

    def current_page(self) -> Page:
        """READER, PARALLEL or OVERVIEW; RESULTS for any other page (the comparison's too)."""
        widget = self.currentWidget()
        if widget is self.reader:
            return READER
        if widget is not None and widget is self._parallel:
            return PARALLEL
        return OVERVIEW if widget is self._overview else RESULTS

    # -- the text ---------------------------------------------------------------------------

    def show_version(self, version: VersionInfo, outline: Outline) -> None:
        """Another version is read: the parallel text, when on, follows it."""
        if self.parallel_on:
            self.parallel.show_version(version, outline)

    def show_provision(self, outline: Outline, key: str, terms: tuple[str, ...] = ()) -> None:
        """Show key's article in the reader (and the parallel text, when on)."""
        self.reader.show_provision(outline, key, terms)
        if self.parallel_on:
            self.parallel.show_provision(key, terms)

    def show_text(self) -> None:
        """The text in front: the reader, or the parallel text when it is on."""
        self.setCurrentWidget(self.parallel if self.parallel_on else self.reader)

    def focus_text(self) -> None:
        """The text in front, the keyboard in it."""
        self.show_text()
        self.text_page().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def text_page(self) -> QWidget:
        """Where the text is read: the reader's page, or the parallel text's."""
        return self.parallel.page if self.parallel_on else self.reader.page

    def set_parallel(
        self, on: bool, version: VersionInfo | None, outline: Outline | None, key: str
    ) -> None:
        """Parallel text on (this version beside another language of its revision) or off."""
        self.parallel_on = on
        if on and version is not None and outline is not None:
            self.parallel.show_version(version, outline)
            self.parallel.show_provision(key, self.reader.terms)

    def beside(self, version_id: int) -> bool:
        """Whether a version is the one the parallel text shows beside the one being read."""
        return self.parallel_on and self.parallel.other_version_id() == version_id

    def other_version_id(self) -> int | None:
        """The version shown beside the one being read, when the parallel text is on."""
        if self.parallel_on and self._parallel is not None:
            return self._parallel.other_version_id()
        return None

    # -- how the text looks ---------------------------------------------------------------

    def zoom(self, steps: int) -> int:
        """Larger or smaller text (0: the normal size); returns the size in points."""
        size = self.reader.zoom(steps or DEFAULT_FONT - self.reader.font_size())
        if self._parallel is not None:
            self._parallel.set_font(self.reader.page.font())
        return size

    def restyle(self, font_size: int, dark: bool) -> None:
        """After a new style sheet: the text's size again (the sheet resets it), its colours."""
        self.reader.set_font_size(font_size)
        self.reader.set_colours(reader_colours(dark))
        if self._parallel is not None:
            self._parallel.set_font(self.reader.page.font())
            self._parallel.set_colours(self.reader.colours)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc in the text clears the search's marks (in both columns of the parallel text).
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            if watched is self.reader.page:
                return self.reader.clear_marks()
            if self._parallel is not None and watched is self._parallel.page:
                self.reader.clear_marks()
                return self._parallel.clear_marks()
        return super().eventFilter(watched, event)
