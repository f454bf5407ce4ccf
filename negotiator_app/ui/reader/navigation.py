"""The Go menu's travels through the text: previous and next article, back and forward through
what was read (Ctrl+[ / Ctrl+], the mouse's buttons), go to an article by number, and F3 from
one search hit to the next.

The window opens what is asked for (open_provision) and says what is read (show_provision):
this part keeps the reading history and the outline it steps through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from negotiator_app.ui.centre import READER
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.reader.history import Place, ReadingHistory

if TYPE_CHECKING:
    from negotiator_app.core.outline import Outline
    from negotiator_app.ui.centre import CentrePages
    from negotiator_app.ui.dialogs.goto_dialog import GotoDialog

tr = translator("MainWindow")  # the sentences' translations were made in the window's context


class Navigation(QObject):
    """Where the delegate can go from the provision being read, and back again."""

    history_changed = Signal(bool, bool)  # whether there is somewhere to go back, forward

    def __init__(
        self,
        window: QMainWindow,
        pages: CentrePages,
        open_provision: Callable[[str, int | None], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.pages = pages
        self.open_provision = open_provision
        self.history = ReadingHistory()
        self.outline: Outline | None = None
        self.key = ""

    def show_provision(
        self, outline: Outline | None, key: str, version_id: int | None = None
    ) -> None:
        """The outline and provision now read; with version_id, a place in the history."""
        self.outline, self.key = outline, key
        if version_id is None:
            return
        # Visiting the place the history cursor is on adds nothing, so back/forward stay intact.
        self.history.visit(Place(version_id, key))
        self.history_changed.emit(self.history.can_go_back(), self.history.can_go_forward())

    def step(self, delta: int) -> None:
        """Previous or next article."""
        if self.outline is None:
            return
        target = self.outline.step(self.key, delta)
        if target is None:
            where = (
                tr("This is the last article.") if delta > 0 else tr("This is the first article.")
            )
            self.window.statusBar().showMessage(where, 3000)
            return
        self.open_provision(target, None)

    def back(self) -> None:
        place = self.history.back()
        if place is not None:
            self.open_provision(place.key, place.version_id)

    def forward(self) -> None:
        place = self.history.forward()
        if place is not None:
            self.open_provision(place.key, place.version_id)

    def history_step(self, step: int) -> None:
        """-1 back, 1 forward (the mouse's buttons)."""
        if step < 0:
            self.back()
        else:
            self.forward()

    def goto_article(self) -> GotoDialog | None:
        """Go > Go to article: the chosen provision opens, ready for PgDn and Alt+Right."""
        if self.outline is None:
            return None
        from negotiator_app.ui.dialogs.goto_dialog import GotoDialog

        dialog = GotoDialog(self.outline, self.window)

        def went_to() -> None:
            self.open_provision(dialog.chosen, None)
            self.pages.text_page().setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.accepted.connect(went_to)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _: self.window.activateWindow())
        dialog.open()
        return dialog

    def next_hit(self, step: int) -> None:
        """F3, Shift+F3: the next or previous word the search found in this article."""
        if self.pages.current_page() != READER:
            self.pages.focus_text()
        if not self.pages.reader.step_hit(step):
            self.window.statusBar().showMessage(
                tr("No search hits are marked in this article: search with Ctrl+F first."), 4000
            )
