"""What the main window remembers between runs: size, docks, splitter, text size, place, theme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from negotiator_app.ui import settings as options
from negotiator_app.ui.screen_fit import fit_window
from negotiator_app.ui.settings import Settings
from negotiator_app.ui.theme import THEMES

if TYPE_CHECKING:
    from negotiator_app.ui.main_window import MainWindow


def restore(window: MainWindow) -> None:
    """Put the window back as it was when it was last closed, inside the screen it opens on.

    On the first start it opens at its own size, centred, or smaller when the screen is; a size
    remembered from a larger monitor is brought inside this one.
    """
    s = window.settings
    geometry = s.get(options.GEOMETRY)
    first_start = geometry.isEmpty() or not window.restoreGeometry(geometry)
    fit_window(window, centre=first_start)
    state = s.get(options.WINDOW_STATE)
    if not state.isEmpty():
        window.restoreState(state)
    window.panes.restore(s.get(options.MAIN_SPLITTER))
    window.appearance.set_theme(saved_theme(s))
    window.reader.set_font_size(s.get(options.READER_FONT_SIZE))


def saved_theme(settings: Settings) -> str:
    theme = settings.get(options.THEME)
    return theme if theme in THEMES else "system"


def save(window: MainWindow) -> None:
    """Write down how the window is, for the next run."""
    s = window.settings
    s.set(options.GEOMETRY, window.saveGeometry())
    s.set(options.WINDOW_STATE, window.saveState())
    s.set(options.MAIN_SPLITTER, window.panes.saveState())
    s.set(options.READER_FONT_SIZE, window.reader.font_size())
    s.set(options.SEARCH_ALL_VERSIONS, window.search.all_versions())
    if window.version is not None:
        s.set(options.LAST_VERSION, window.version.id)
        s.set(options.LAST_KEY, window.key)
    s.sync()
