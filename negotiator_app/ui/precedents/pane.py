"""The Precedents tab's place beside the position panel, the tab made when first shown.

Until then the pane remembers the provision being read, so the window's first paint loads
nothing of the precedents (their modules, the library's precedent tables) and makes no widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from negotiator_app.core.outline import Outline
    from negotiator_app.storage import Library, VersionInfo
    from negotiator_app.ui.precedents.tab import PrecedentsTab


class PrecedentsPane(QWidget):
    """Holds the Precedents tab; says when a precedent's citation was clicked."""

    precedent_opened = Signal(int, str)  # version id, provision key

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("precedentsPane")
        self.library = library
        self._tab: PrecedentsTab | None = None
        self._reading: tuple[Outline, VersionInfo, str] | None = None
        self._busy = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def tab(self) -> PrecedentsTab:
        """The tab, made the first time it is asked for, showing the provision being read."""
        if self._tab is None:
            from negotiator_app.ui.precedents.tab import PrecedentsTab

            tab = PrecedentsTab(self.library)
            tab.precedent_opened.connect(self.precedent_opened)
            self._layout.addWidget(tab)
            self.setFocusProxy(tab)
            self._tab = tab
            tab.set_busy(self._busy)
            if self._reading is not None:
                tab.show_provision(*self._reading)
        return self._tab

    def show_provision(self, outline: Outline, version: VersionInfo, key: str) -> None:
        self._reading = (outline, version, key)
        if self._tab is not None:
            self._tab.show_provision(outline, version, key)

    def set_busy(self, text: str) -> None:
        self._busy = text
        if self._tab is not None:
            self._tab.set_busy(text)

    def library_changed(self) -> None:
        if self._tab is not None:
            self._tab.library_changed()

    def showEvent(self, event: QShowEvent) -> None:
        self.tab.show()  # made now, read as it shows
        super().showEvent(event)
