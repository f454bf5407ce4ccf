"""Run by test_fits_the_screen in its own process, on a screen of a given size: the first start.

The workbench opens on a fresh library as the app opens it; once it is complete, this prints
(as JSON) where the window, its session log, its status line and the export dialog are, and
saves screenshots of the window and of the dialog into the folder given.

    python -m tests.ui.first_start LIBRARY_FOLDER SCREENSHOT_PREFIX
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_demo_if_empty
from negotiator_app.ui.main_window import MainWindow
from negotiator_app.ui.settings import Settings


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(widget: QWidget) -> list[int]:
    """Where widget is drawn, in screen coordinates."""
    return rect(QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size()))


def main(folder: Path, prefix: str) -> None:
    app = QApplication(sys.argv[:1])
    library = Library(folder)
    import_demo_if_empty(library)
    window = MainWindow(library, Settings(folder))
    window.open_first()
    window.show()
    report: dict[str, object] = {}

    def measure_window() -> None:
        screen = window.screen()
        report.update(
            available=rect(screen.availableGeometry()),
            ratio=screen.devicePixelRatio(),
            window=rect(window.frameGeometry()),
            log=on_screen(window.log_dock) if window.log_dock.isVisible() else None,
            status=on_screen(window.statusBar()) if window.statusBar().isVisible() else None,
            shares=window.panes.shares(),
        )
        window.grab().save(f"{prefix}window.png")
        # A few minutes later: two positions recorded, and a memo asked for.
        from negotiator_app.storage.notes import Note, save_note

        for key, stance in (("art-6", "oppose"), ("art-10.3", "support with amendments")):
            save_note(
                library,
                Note(
                    window.version.instrument_id, key, stance=stance, version_id=window.version.id
                ),
            )
        window.export_memo()
        QTimer.singleShot(100, measure_dialog)

    def measure_dialog() -> None:
        from negotiator_app.ui.export.dialog import ExportMemoDialog

        dialog = window.findChild(ExportMemoDialog)
        report["export"] = rect(dialog.frameGeometry())
        report["export_buttons"] = on_screen(dialog.close_button)
        dialog.grab().save(f"{prefix}export-dialog.png")
        dialog.reject()
        window.close()
        app.quit()

    window.started.connect(lambda: QTimer.singleShot(100, measure_window))
    QTimer.singleShot(20_000, app.quit)  # never hang the test run
    app.exec()
    library.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
