"""The main window's position panel: made when first needed, saved whenever the focus leaves it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from negotiator_app.storage.notes import Note, list_notes
from negotiator_app.ui import window_layout
from negotiator_app.ui.reader_html import escape

if TYPE_CHECKING:
    from negotiator_app.ui.main_window import MainWindow
    from negotiator_app.ui.position_panel import PositionPanel


def make_panel(window: MainWindow) -> PositionPanel:
    """The panel, in the pane kept for it, showing the note on the provision being read."""
    from negotiator_app.ui.position_panel import PositionPanel

    panel = PositionPanel(window.library)
    panel.saved.connect(lambda note: note_saved(window, note))
    panel.failed.connect(lambda text: window.show_message(escape(text), "error"))
    window_layout.fill_place(
        window.splitter, window._panel_place, panel, tab_after=window.reader.page
    )
    if window.outline is not None and window.version is not None and window.key:
        panel.show_provision(
            window.outline, window.version.instrument_id, window.version.id, window.key
        )
    return panel


def notes(window: MainWindow, version_id: int) -> dict[str, Note]:
    """The note on each provision, for the tree; a note on the whole provision comes first."""
    by_key: dict[str, Note] = {}
    for note in list_notes(window.library, version_id=version_id):
        if not note.quote or note.provision_key not in by_key:
            by_key[note.provision_key] = note
    return by_key


def note_saved(window: MainWindow, note: Note) -> None:
    """Everything that shows notes catches up with the one just saved."""
    from negotiator_app.ui.main_window import OVERVIEW

    window.saved_label.setText(f"Saved {datetime.now():%H:%M:%S}")
    window.navigator.update_note(note)
    if window.current_page() == OVERVIEW:
        window._refresh_overview()
    window.search.catch_up()


def focus_changed(window: MainWindow, old: QWidget | None) -> None:
    """Leaving the panel saves it at once."""
    panel = window._panel
    if old is not None and panel is not None and panel.isAncestorOf(old):
        panel.save_now()


def lose_unsaved(window: MainWindow) -> bool:
    """Ask before closing with edits that could not be saved; True to close anyway."""
    answer = QMessageBox.warning(
        window,
        "Not saved",
        "Your last edits could not be saved (see the message in the window). "
        "Close anyway and lose them?",
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
    )
    return answer == QMessageBox.StandardButton.Discard
