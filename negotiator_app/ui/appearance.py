"""The View menu's choices of how the workbench looks: the text size, the colours, and the
interface's language (taken at the next start, or at once by restarting).

It remembers each choice in the settings and ticks it in the menu; a restart is the window's to
do, so the banner's "Restart now" only says it was asked for (restart_asked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from negotiator_app.ui import settings as options
from negotiator_app.ui.i18n import UI_LANGUAGES, current_language, interface_language, translator
from negotiator_app.ui.theme import apply_theme, is_dark

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from negotiator_app.ui.banner import Banner
    from negotiator_app.ui.centre import CentrePages
    from negotiator_app.ui.settings import Settings

tr = translator("MainWindow")  # the sentences' translations were made in the window's context


class Appearance(QObject):
    """Text size, colours and interface language, as the View menu sets them."""

    restart_asked = Signal()  # the banner's "Restart now": the interface in its new language

    def __init__(
        self, window: QMainWindow, pages: CentrePages, settings: Settings, banner: Banner
    ) -> None:
        """window's status bar says the text size; banner offers the restart."""
        super().__init__(window)
        self.window = window
        self.pages = pages
        self.settings = settings
        self.banner = banner
        self._actions: dict[str, QAction] = {}

    def use_actions(self, actions: dict[str, QAction]) -> None:
        """The menu's commands, ticked as the choices are made."""
        self._actions = actions

    def zoom(self, steps: int) -> None:
        """Larger or smaller text (0: the normal size)."""
        size = self.pages.zoom(steps)
        self.window.statusBar().showMessage(tr("Text size {size} pt").format(size=size), 2000)

    def set_theme(self, theme: str) -> None:
        size = self.pages.reader.font_size()
        apply_theme(QApplication.instance(), theme)
        self.pages.restyle(size, is_dark(theme))  # a new style sheet resets the text's font
        self.settings.set(options.THEME, theme)
        self._actions[f"theme_{theme}"].setChecked(True)

    def set_language(self, language: str) -> None:
        """View > Language: the interface's language from the next start (offered at once)."""
        self.settings.set(options.LANGUAGE, language)
        self._actions[f"language_{language}"].setChecked(True)
        if interface_language(language) == current_language():
            self.banner.hide()
            return
        name = UI_LANGUAGES[interface_language(language)]
        self.banner.show_message(
            tr("The interface will be in {language} from the next start of Negotiator.").format(
                language=f"<b>{name}</b>"
            ),
            "info",
            [(tr("Restart now"), lambda: self.restart_asked.emit())],
        )
