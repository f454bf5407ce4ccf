"""Keyboard first: the whole first session without the mouse, and shortcuts that never clash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from negotiator_app.storage.notes import get_note
from negotiator_app.ui.dialogs.goto_dialog import GotoDialog
from negotiator_app.ui.main_window import OVERVIEW, READER
from negotiator_app.ui.menus import shortcut_rows
from negotiator_app.ui.reader.page_html import DARK

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def test_find_article_12_record_a_position_search_and_see_the_overview_by_keyboard(
    qtbot, workbench
):
    # Find Article 12.
    qtbot.keyClick(workbench, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: isinstance(focused().window(), GotoDialog))
    qtbot.keyClicks(focused(), "12")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert workbench.key == "art-12"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workbench)

    # Record a position: Ctrl+3 to the stance, arrows to choose, Alt+R to the rationale.
    qtbot.keyClick(workbench, Qt.Key.Key_3, CTRL)
    assert focused() is workbench.panel.stance
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert workbench.panel.stance.currentData() == "oppose"
    qtbot.keyClick(focused(), Qt.Key.Key_R, ALT)
    assert focused() is workbench.panel.texts["rationale"]
    qtbot.keyClicks(focused(), "Overreach")

    # Search for a word and open the best hit.
    qtbot.keyClick(workbench, Qt.Key.Key_F, CTRL)
    assert focused() is workbench.search.box
    qtbot.keyClicks(focused(), "stablecoins")
    qtbot.waitUntil(lambda: workbench.results.list.count() > 0, timeout=20_000)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert workbench.current_page() == READER and workbench.key == "art-2.h"

    # See the overview, and open a chapter from it.
    qtbot.keyClick(workbench, Qt.Key.Key_O, CTRL | SHIFT)
    assert workbench.current_page() == OVERVIEW
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert workbench.key == "ch-I"

    note = get_note(workbench.library, "art-12", version_id=workbench.version.id)
    assert note.stance == "oppose" and note.rationale == "Overreach"


def test_no_two_commands_share_a_shortcut(workbench):
    owners: dict[str, str] = {}
    for name, action in workbench.actions_by_name.items():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in owners, f"{key} is bound to both {owners[key]} and {name}"
            owners[key] = name
    for expected in ("Ctrl+F", "Ctrl+G", "Ctrl+K", "Ctrl+O", "Alt+Left", "Alt+Right", "F11"):
        assert expected in owners


def test_help_lists_every_shortcut_from_the_menus(qtbot, workbench):
    dialog = workbench.show_shortcuts()
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == shortcut_rows(workbench.actions_by_name)
    assert any("Ctrl+G" in keys and what == "Go to article" for _, keys, what in rows)
    dialog.close()


def test_text_size_follows_ctrl_plus_and_minus_and_is_remembered(qtbot, open_workbench):
    window = open_workbench()
    size = window.reader.font_size()
    window.reader.page.setFocus()
    qtbot.keyClick(window.reader.page, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(window.reader.page, Qt.Key.Key_Equal, CTRL)
    assert window.reader.font_size() == size + 2
    qtbot.keyClick(window.reader.page, Qt.Key.Key_Minus, CTRL)
    assert window.reader.font_size() == size + 1
    window.close()
    assert open_workbench().reader.font_size() == size + 1


def test_dark_colours_reach_the_window_and_the_reader(qtbot, workbench):
    workbench.open_provision("art-2.h")  # has [bracketed] text
    try:
        workbench.appearance.set_theme("dark")
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 80
        assert workbench.reader.colours == DARK
        assert DARK.bracket_bg in workbench.reader.page.toHtml().lower()
    finally:
        workbench.appearance.set_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_the_position_panel_and_log_can_be_hidden_and_come_back(qtbot, workbench):
    workbench.panes.toggle_side()
    assert not workbench.panel.isVisible()
    qtbot.keyClick(workbench, Qt.Key.Key_3, CTRL)  # asking for it brings it back
    assert workbench.panel.isVisible()
    workbench.actions_by_name["toggle_log"].trigger()
    assert not workbench.log_dock.isVisible()
