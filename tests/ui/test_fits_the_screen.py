"""The workbench on a 13-inch laptop: windows and dialogs inside the screen, panes that follow it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QWidget

from negotiator_app.storage import Library
from negotiator_app.ui import settings as options
from negotiator_app.ui.export.dialog import ExportMemoDialog
from negotiator_app.ui.library.import_options import ImportOptions
from negotiator_app.ui.main_window import MainWindow
from negotiator_app.ui.screen_fit import available_area
from negotiator_app.ui.settings import Settings
from tests.conftest import REPO
from tests.ui.conftest import ARTIFACTS

LAPTOP = {"width": 1366, "height": 768}
LONG_TITLE = (
    "Draft comprehensive international convention on countering the use of information and "
    "communications technologies for criminal purposes, as revised by the Chair after the "
    "informal consultations of the sixth session"
)


def inside(inner: list[int] | QRect, outer: list[int] | QRect) -> bool:
    a = QRect(*inner) if isinstance(inner, list) else inner
    b = QRect(*outer) if isinstance(outer, list) else outer
    return b.contains(a)


def first_start(tmp_path, screen: dict, scale: int = 1) -> dict:
    """Start the workbench in its own process on an offscreen screen of that many pixels."""
    config = tmp_path / "screen.json"
    physical = {"width": screen["width"] * scale, "height": screen["height"] * scale}
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, **physical}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env["QT_SCALE_FACTOR"] = str(scale)
    ARTIFACTS.mkdir(exist_ok=True)
    prefix = ARTIFACTS / f"first-start-{screen['width']}x{screen['height']}-{scale}x-"
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.first_start", str(tmp_path / "library"), str(prefix)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("scale", [1, 2], ids=["1366x768", "1366x768-at-2x"])
def test_the_first_start_on_a_laptop_screen_fits_with_the_log_and_status_line(tmp_path, scale):
    seen = first_start(tmp_path, LAPTOP, scale)
    assert seen["ratio"] == scale
    screen = seen["available"]
    assert screen[2:] == [1366, 768]  # logical pixels: at 2x, twice as many device pixels
    assert inside(seen["window"], screen)
    assert seen["log"] and inside(seen["log"], seen["window"])
    assert seen["status"] and inside(seen["status"], seen["window"])
    assert inside(seen["export"], screen)  # 781 px of choices: they scroll, the buttons do not
    assert inside(seen["export_buttons"], screen)
    tree, reader, panel = seen["shares"]
    assert tree > 0.22 and panel > 0.22 and reader > 0.4


def test_a_size_remembered_from_a_big_monitor_is_brought_inside_this_screen(qtbot, demo_library):
    settings = Settings(demo_library.folder)
    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(40, 60, 2500, 1380)  # as it was left on a 2560x1440 monitor
    settings.set(options.GEOMETRY, big.saveGeometry())
    settings.sync()

    library = Library(demo_library.folder)
    window = MainWindow(library, Settings(demo_library.folder))
    qtbot.addWidget(window)
    try:
        window.open_first()
        window.show()
        qtbot.waitExposed(window)
        area = available_area(window)
        assert inside(window.frameGeometry(), area)
        assert window.width() > area.width() * 0.9  # as large as the screen allows, not tiny
    finally:
        window.close()
        library.close()


def test_the_panes_follow_the_window_and_long_titles_wrap(qtbot, open_workbench):
    window = open_workbench((1366, 740))
    tree = window.navigator.tree
    narrow = window.panes.sizes()
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: window.panes.sizes()[0] > narrow[0] * 1.3)
    wide = window.panes.sizes()
    assert wide[2] > narrow[2] * 1.3  # the panel grows with the window too
    assert [round(s, 2) for s in window.panes.shares()] == pytest.approx([0.27, 0.45, 0.28], 0.05)

    def extra_lines(key: str) -> int:
        """How many lines more than a one-line row ("Article 1  Purpose") key's row takes."""
        qtbot.wait(10)  # the tree lays its rows out again after a resize
        height = tree.visualRect(window.navigator.view_index(key)).height()
        one_line = tree.visualRect(window.navigator.view_index("art-1")).height()
        return round((height - one_line) / tree.fontMetrics().lineSpacing())

    long_key = "art-13"  # "Illicit trafficking in narcotic drugs ... technologies"
    at_1920 = extra_lines(long_key)
    assert at_1920 >= 1  # wrapped, not cut: every word of the title is shown
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.panes.sizes()[0] < wide[0])
    assert extra_lines(long_key) > at_1920  # narrower pane, more lines


def test_the_panel_starts_at_the_top_and_follows_the_keyboard_focus(qtbot, open_workbench):
    window = open_workbench((1366, 700))
    window.open_provision("art-10")
    panel = window.panel
    bar = panel.verticalScrollBar()
    assert bar.maximum() > 0  # the panel is taller than the pane: it scrolls
    bar.setValue(bar.maximum())
    window.open_provision("art-11")
    assert bar.value() == 0  # a new provision is shown from its stance down

    def shown(widget) -> bool:
        top_left = widget.mapTo(panel.viewport(), widget.rect().topLeft())
        return panel.viewport().rect().contains(QRect(top_left, widget.size()).topLeft())

    bar.setValue(bar.maximum())
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert panel.stance.hasFocus() and shown(panel.stance)
    talking_points = panel.texts["talking_points"]
    bar.setValue(0)
    assert not shown(talking_points)
    qtbot.keyClick(panel.stance, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert talking_points.hasFocus() and shown(talking_points)


def test_the_export_dialog_is_never_taller_than_the_screen(qtbot, workbench):
    workbench.export_memo()
    dialog = workbench.findChild(ExportMemoDialog)
    qtbot.waitExposed(dialog)
    area = available_area(dialog)
    assert inside(dialog.frameGeometry(), area)
    assert dialog.form.sizeHint().height() > dialog.choices.viewport().height()  # it scrolls
    assert dialog.close_button.isVisible()
    dialog.reject()


def test_a_long_instrument_title_is_cut_in_the_import_dialog_but_imported_whole(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / ("chairs-text-" + "revised-" * 20 + "draft.docx")
    dialog = ImportOptions(path, [LONG_TITLE, "Short title"], parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() < 700
    assert dialog.instrument.itemText(1).endswith("…")
    assert dialog.instrument.itemData(1, Qt.ItemDataRole.ToolTipRole) == LONG_TITLE
    # The tooltip is rich text (so that Qt wraps it) with the name escaped: it reads as the path.
    assert QTextDocumentFragment.fromHtml(dialog.file_name.toolTip()).toPlainText() == str(path)
    dialog.instrument.setCurrentIndex(1)
    assert dialog.choice()["instrument"] == LONG_TITLE
    dialog.instrument.setEditText("A protocol of my own")
    assert dialog.choice()["instrument"] == "A protocol of my own"
    dialog.instrument.setCurrentIndex(0)
    assert dialog.choice()["instrument"] == ""  # a new one, named from the document
    assert QApplication.activeModalWidget() is None
