"""The three panes side by side: the tree, the reader (or results, or overview), the panel;
Ctrl+1 to Ctrl+4 take the keyboard from one to another, View > Position panel hides the right one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter

if TYPE_CHECKING:
    from negotiator_app.ui.centre import CentrePages
    from negotiator_app.ui.side_tabs import SideTabs
    from negotiator_app.ui.tree.navigator import Navigator

# Each pane's share of the window's width. All three follow the window as it grows or shrinks,
# in the proportions the delegate left them: the reader keeps its own comfortable line length,
# so width it cannot use is better spent on the tree's titles and the panel's fields.
SHARES = (27, 45, 28)  # tree, centre, position panel


class Panes(QSplitter):
    """Tree, centre and panel, each a share of the window's width."""

    side_shown = Signal(bool)  # the position panel's pane shown or hidden (the View menu ticks it)

    def __init__(self, navigator: Navigator, centre: CentrePages, side: SideTabs) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("mainSplitter")
        self.setChildrenCollapsible(False)
        self.navigator = navigator
        self.centre = centre
        self.side = side
        for widget, share in zip((navigator, centre, side), SHARES, strict=True):
            self.addWidget(widget)
            self.setStretchFactor(self.count() - 1, share)
        self._sized = False  # by the user last time, or from the shares at the first resize

    def restore(self, state: QByteArray) -> None:
        """The widths the user left last time (nothing happens with no saved state)."""
        if not state.isEmpty() and self.restoreState(state):
            self._sized = True

    # -- the keyboard from pane to pane ------------------------------------------------------

    def focus_tree(self) -> None:
        self.navigator.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def choose_version(self) -> None:
        """Ctrl+Shift+V: the list of texts and versions, open, to choose another with the keys."""
        self.navigator.versions.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.navigator.versions.showPopup()

    def focus_position(self) -> None:
        self.side.show_position()
        self.side_shown.emit(True)
        self.side.position.panel.focus_first()

    def focus_precedents(self) -> None:
        """The Precedents tab, the keyboard in it (Tab goes from citation to citation)."""
        self.side.show_precedents()
        self.side_shown.emit(True)
        self.side.precedents.tab.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_side(self) -> None:
        """View > Position panel: what was typed is saved, then the pane hides (or shows)."""
        self.side.position.save_now()
        self.side.setVisible(not self.side.isVisible())
        self.side_shown.emit(self.side.isVisible())

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The panel's pane is empty until the window is on screen: its share is set here, not
        # left to what the empty pane would ask for.
        if not self._sized and event.size().width() > 0:
            self._sized = True
            room = event.size().width() - self.handleWidth() * (self.count() - 1)
            self.setSizes([room * share // sum(SHARES) for share in SHARES])
        super().resizeEvent(event)

    def shares(self) -> list[float]:
        """Each pane's part of the width now (for tests and the curious): they sum to 1."""
        sizes = self.sizes()
        total = sum(sizes) or 1
        return [size / total for size in sizes]
