"""What the main window remembers between runs: size, docks, splitter, text size, place, theme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from negotiator_app.ui import settings as options
from negotiator_app.ui.screen_fit import fit_window
from negotiator_app.ui.settings import Settings
from negotiator_app.ui.theme import THEMES

if TYPE_CHECKING:
    from negotiator_app.ui.appearance import Appearance
    from negotiator_app.ui.panes import Panes
    from negotiator_app.ui.reader.reader import Reader


def restore(
    window: QMainWindow, settings: Settings, panes: Panes, appearance: Appearance, reader: Reader
) -> None:
    """Put the window back as it was when it was last closed, inside the screen it opens on.

    On the first start it opens at its own size, centred, or smaller when the screen is; a size
    remembered from a larger monitor is brought inside this one.
    """
    s = settings
    geometry = s.get(options.GEOMETRY)
    first_start = geometry.isEmpty() or not window.restoreGeometry(geometry)
    fit_window(window, centre=first_start)
    state = s.get(options.WINDOW_STATE)
    if not state.isEmpty():
        window.restoreState(state)
    panes.restore(s.get(options.MAIN_SPLITTER))
    appearance.set_theme(saved_theme(s))
    reader.set_font_size(s.get(options.READER_FONT_SIZE))


def saved_theme(settings: Settings) -> str:
    theme = settings.get(options.THEME)
    return theme if theme in THEMES else "system"


def save(
    window: QMainWindow,
    settings: Settings,
    panes: Panes,
    reader: Reader,
    all_versions: bool,
    place: tuple[int, str] | None,
) -> None:
    """Write down how the window is, for the next run: place is the version and provision read
    (None: nothing is), all_versions whether the search looks in every version."""
    s = settings
    s.set(options.GEOMETRY, window.saveGeometry())
    s.set(options.WINDOW_STATE, window.saveState())
    s.set(options.MAIN_SPLITTER, panes.saveState())
    s.set(options.READER_FONT_SIZE, reader.font_size())
    s.set(options.SEARCH_ALL_VERSIONS, all_versions)
    if place is not None:
        s.set(options.LAST_VERSION, place[0])
        s.set(options.LAST_KEY, place[1])
    s.sync()
