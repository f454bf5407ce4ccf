"""File > Import and Export memo, the demo banner and the Help menu: made when asked for."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl

from negotiator_app.ui import settings as options
from negotiator_app.ui.reader_html import escape

if TYPE_CHECKING:
    from negotiator_app.ui.goto_dialog import GotoDialog
    from negotiator_app.ui.help_dialogs import ShortcutsDialog
    from negotiator_app.ui.library_tasks import ImportOutcome
    from negotiator_app.ui.main_window import MainWindow

DEMO_NOTICE = (
    "<b>This is a demonstration text, not an official document.</b> To work on your real "
    "draft, choose <b>File › Import…</b> (Ctrl+O) or drag the file onto this window."
)


def imported(window: MainWindow, outcome: ImportOutcome) -> None:
    """Say what was imported, and open it."""
    info = outcome.version
    lines = "<br>".join(escape(line) for line in outcome.report_lines)
    what = f"<b>{escape(info.label)}</b> of {escape(info.instrument)}"
    window.show_message(f"Imported {what}.<br>{lines}")
    window.open_version(info.id)
    window.search.catch_up()


def update_demo_banner(window: MainWindow) -> None:
    """The demonstration text says what it is, until the user dismisses the banner."""
    if window.settings.get(options.DEMO_BANNER_DISMISSED) or window.version is None:
        window.demo_banner.hide()
        return
    from negotiator_app.storage.imports import DEMO_INSTRUMENT  # loads the importers

    if window.version.instrument == DEMO_INSTRUMENT:
        window.demo_banner.show_message(DEMO_NOTICE, "demo", [("Import…", window.import_file)])
    else:
        window.demo_banner.hide()


def local_files(urls: list[QUrl]) -> list[Path]:
    """The files among dropped URLs: only a file on this computer can be imported."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def export_memo(window: MainWindow) -> None:
    """Open the export dialog on the version being read, with the provision being read chosen."""
    from negotiator_app.ui.export_dialog import ExportMemoDialog

    window.save_position()
    if window.version is None:
        window.show_message("Import a draft before exporting a memo.", "info")
        return
    keys = [window.key] if window.key else []
    dialog = ExportMemoDialog(window, window.library, window.version.id, keys)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def goto_article(window: MainWindow) -> GotoDialog | None:
    """Go > Go to article: the chosen provision opens, ready for PgDn and Alt+Right."""
    if window.outline is None:
        return None
    from negotiator_app.ui.goto_dialog import GotoDialog

    def went_to() -> None:
        window.open_provision(dialog.chosen)
        window.reader.page.setFocus(Qt.FocusReason.OtherFocusReason)

    dialog = GotoDialog(window.outline, window)
    dialog.accepted.connect(went_to)
    dialog.finished.connect(dialog.deleteLater)
    dialog.finished.connect(lambda _: window.activateWindow())
    dialog.open()
    return dialog


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


def report_crash(window: MainWindow, error: BaseException) -> None:
    from negotiator_app.ui.crash_dialog import show_crash

    show_crash(error, window.library.folder, window)
