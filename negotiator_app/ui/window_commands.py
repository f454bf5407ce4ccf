"""File > Export memo and the Help menu: dialogs made when asked for, not at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from negotiator_app.ui.help_dialogs import ShortcutsDialog
    from negotiator_app.ui.main_window import MainWindow


def export_memo(window: MainWindow) -> None:
    """Open the export dialog on the version being read, with the provision being read chosen."""
    window.save_position()
    try:
        from negotiator_app.ui.export_dialog import ExportMemoDialog
    except ImportError:
        window.show_message("Exporting memos is not available in this build yet.", "info")
        return
    if window.version is None:
        window.show_message("Import a draft before exporting a memo.", "info")
        return
    keys = [window.key] if window.key else []
    dialog = ExportMemoDialog(window, window.library, window.version.id, keys)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    from negotiator_app.ui.help_dialogs import ShortcutsDialog
    from negotiator_app.ui.menus import shortcut_rows

    dialog = ShortcutsDialog(shortcut_rows(window.actions_by_name), window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def show_about(window: MainWindow) -> None:
    from negotiator_app.ui.help_dialogs import show_about as about

    about(window, window.library.path)
