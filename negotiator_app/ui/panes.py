"""The three panes side by side: the tree, the reader (or results, or overview), the panel."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QWidget

PANE_WIDTHS = [330, 680, 350]  # tree, reader, position panel, before the user moves them


class Panes(QSplitter):
    """Tree, centre and panel; only the centre grows with the window."""

    def __init__(self, tree: QWidget, centre: QWidget, panel: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("mainSplitter")
        self.setChildrenCollapsible(False)
        for widget, stretch in ((tree, 0), (centre, 1), (panel, 0)):
            self.addWidget(widget)
            self.setStretchFactor(self.count() - 1, stretch)
        self.setSizes(PANE_WIDTHS)

    def restore(self, state: QByteArray) -> None:
        """The widths the user left last time (nothing happens with no saved state)."""
        if not state.isEmpty():
            self.restoreState(state)
