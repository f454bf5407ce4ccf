"""The three panes side by side: the tree, the reader (or results, or overview), the panel."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

# Each pane's share of the window's width. All three follow the window as it grows or shrinks,
# in the proportions the delegate left them: the reader keeps its own comfortable line length,
# so width it cannot use is better spent on the tree's titles and the panel's fields.
SHARES = (27, 45, 28)  # tree, centre, position panel


class Panes(QSplitter):
    """Tree, centre and panel, each a share of the window's width."""

    def __init__(self, tree: QWidget, centre: QWidget, panel: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("mainSplitter")
        self.setChildrenCollapsible(False)
        for widget, share in zip((tree, centre, panel), SHARES, strict=True):
            self.addWidget(widget)
            self.setStretchFactor(self.count() - 1, share)
        self._sized = False  # by the user last time, or from the shares at the first resize

    def restore(self, state: QByteArray) -> None:
        """The widths the user left last time (nothing happens with no saved state)."""
        if not state.isEmpty() and self.restoreState(state):
            self._sized = True

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
