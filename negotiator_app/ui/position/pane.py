"""The right pane: the position panel, made once the window is on screen, saved as the focus leaves.

Until the panel is made (finish_start, or the first time something asks for it) the pane is
empty and remembers the provision being read, so the window's first paint does not wait for the
panel's forty widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library
from negotiator_app.ui.i18n import translator

tr = translator("PositionPanel")

if TYPE_CHECKING:
    from negotiator_app.ui.position.panel import PositionPanel


class PositionPane(QWidget):
    """Holds the position panel; Tab reaches it right after `tab_after`."""

    saved = Signal(object)  # the stored Note
    failed = Signal(str)  # one sentence: why the note could not be saved

    def __init__(self, library: Library, tab_after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positionPane")
        self.library = library
        self._tab_after = tab_after
        self._panel: PositionPanel | None = None
        self._reading: tuple[Outline, int, int, str] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @property
    def panel(self) -> PositionPanel:
        """The panel, made the first time it is asked for, showing the provision being read."""
        return self._panel or self.make_panel()

    def made(self) -> bool:
        """Whether the panel has been made yet."""
        return self._panel is not None

    def make_panel(self) -> PositionPanel:
        """Make the panel now (the window does once it is on screen); made once only."""
        if self._panel is None:
            from negotiator_app.ui.position.panel import PositionPanel

            panel = PositionPanel(self.library)
            panel.saved.connect(self.saved)
            panel.failed.connect(self.failed)
            self._layout.addWidget(panel)
            panel.show()  # now, not at the layout's next pass: it may be typed into at once
            # With a focus proxy inside it, the panel moves in the keyboard order as a whole,
            # its fields in their own order: as if it had been made with the window.
            QWidget.setTabOrder(self._tab_after, panel)
            self.setFocusProxy(panel)
            self._panel = panel
            if self._reading is not None:
                panel.show_provision(*self._reading)
        return self._panel

    def show_provision(
        self, outline: Outline, instrument_id: int, version_id: int, key: str
    ) -> None:
        """Save what was typed on the previous provision, then show the note on this one."""
        self._reading = (outline, instrument_id, version_id, key)
        if self._panel is not None:
            self._panel.show_provision(outline, instrument_id, version_id, key)

    def mark_terms(self, terms: list[str]) -> None:
        """Mark the words a search found in the note (until the provision changes)."""
        self.panel.mark_terms(terms)

    def save_now(self) -> bool:
        """Save what was typed now; False when it could not be saved."""
        return self._panel is None or self._panel.save_now()

    def may_close(self) -> bool:
        """Save before the window closes; if that fails, ask whether to lose the edits."""
        if self.save_now():
            return True
        answer = QMessageBox.warning(
            self.window(),
            tr("Not saved"),
            tr(
                "Your last edits could not be saved (see the message in the window). "
                "Close anyway and lose them?"
            ),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
        )
        return answer == QMessageBox.StandardButton.Discard

    def stop(self) -> None:
        """The window is closing: stop watching the focus."""
        QApplication.instance().focusChanged.disconnect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # A field losing the focus saves the panel at once; a field given the focus (Ctrl+3,
        # Alt+O) comes into view, so nothing is typed into a field the delegate cannot see.
        # A method, not a lambda: Qt drops the connection by itself if the pane goes first.
        panel = self._panel
        if panel is None:
            return
        if old is not None and panel.isAncestorOf(old):
            panel.save_now()
        if new is not None and panel.isAncestorOf(new):
            panel.bring_into_view(new)
