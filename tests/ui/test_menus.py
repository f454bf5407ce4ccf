"""The File and Help menus reach what they name: export, about, and the search index notice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from negotiator_app import __version__
from negotiator_app.ui.dialogs.help_dialogs import about_text
from tests.ui.conftest import open_window


def test_file_export_memo_opens_the_export_dialog_on_this_version(qtbot, workbench):
    export_dialog = pytest.importorskip("negotiator_app.ui.export.dialog")
    workbench.open_provision("art-12")
    workbench.actions_by_name["export"].trigger()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, export_dialog.ExportMemoDialog)
    ]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].version_id == workbench.version.id
    dialogs[0].reject()


def test_about_names_the_library_file_its_backups_and_the_version(workbench):
    text = about_text(workbench.library.path)
    assert str(workbench.library.path) in text
    assert str(workbench.library.folder / "backups") in text
    assert f"Negotiator {__version__}" in text


def test_every_menu_has_commands_with_platform_keys(workbench):
    titles = [action.text() for action in workbench.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Library", "&Go", "&Help"]
    actions = workbench.actions_by_name
    assert actions["import"].shortcut().toString() == "Ctrl+O"
    assert actions["find"].shortcut().toString() == "Ctrl+F"
    assert "F11" in [s.toString() for s in actions["full_screen"].shortcuts()]
    assert "Ctrl+=" in [s.toString() for s in actions["zoom_in"].shortcuts()]


def test_a_search_index_that_cannot_be_kept_on_disk_is_said_once(qtbot, demo_library):
    pytest.importorskip("negotiator_app.search")
    (demo_library.folder / "index").write_text("a file where the index folder should be")
    window = open_window(qtbot, demo_library)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.box, "stablecoins")
    qtbot.waitUntil(lambda: window.results.list.count() > 0, timeout=20_000)
    qtbot.waitUntil(window.results.notice.isVisible)
    assert window.results.notice.text().startswith("Search works, but")
    window.close()
