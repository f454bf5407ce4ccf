"""An unexpected error: a dialog with the details and where the crash log is, never silence."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from negotiator_app.ui.i18n import translator

tr = translator("CrashDialog")
_showing = False


def install_excepthook(folder: Path, interactive: bool = True) -> None:
    """Route every uncaught exception (Qt slots included) to the crash dialog.

    Not interactive (--smoke): write the crash log, print it, and end the run with status 1.
    """

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        if interactive:
            show_crash(error, folder)
        else:
            from negotiator_app.crash import write_crash_log

            path = write_crash_log(error, folder)
            traceback.print_exception(error)
            print(f"negotiator: unexpected error; details are in {path}", file=sys.stderr)
            QApplication.exit(1)

    sys.excepthook = hook


def show_crash(error: BaseException, folder: Path | None, parent: QWidget | None = None) -> Path:
    """Write the crash log, tell the user where it is, and carry on if possible."""
    global _showing
    from PySide6.QtWidgets import QMessageBox  # loaded when needed: every start imports this module

    from negotiator_app.crash import write_crash_log

    path = write_crash_log(error, folder)
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    print(details, file=sys.stderr)
    if _showing or QApplication.instance() is None:
        return path
    _showing = True
    try:
        box = QMessageBox(parent or QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("Negotiator — unexpected error"))
        box.setText(crash_sentence(error, path, folder))
        box.setInformativeText(
            tr(
                "Everything you typed before this was saved. You can keep working; if the "
                "problem comes back, send the crash log to whoever supports Negotiator for you."
            )
        )
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False
    return path


def crash_sentence(error: BaseException, path: Path, folder: Path | None = None) -> str:
    from negotiator_app.storage import database

    if isinstance(error, database.ERRORS):  # damage met while working: not a bug of ours
        from negotiator_app.storage.database import LIBRARY_FILE, describe

        library = folder / LIBRARY_FILE if folder is not None else None
        return tr("{problem} (Details: {path}.)").format(
            problem=describe(error, library), path=path
        )
    what = f"{type(error).__name__}: {error}"
    return tr("Something unexpected went wrong ({what}). The details are in {path}.").format(
        what=what, path=path
    )
