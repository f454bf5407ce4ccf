"""The session log dock: one line per statement, timestamped, kept in the library."""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.storage.session_log import list_entries
from negotiator_app.ui.session_log.dock import split_entry


def test_the_text_before_a_colon_is_the_delegation():
    assert split_entry("Brazil: prefers option 2") == ("Brazil", "prefers option 2")
    assert split_entry("Russian Federation:  supports deletion ") == (
        "Russian Federation",
        "supports deletion",
    )
    assert split_entry("Chair suggests a break") == ("", "Chair suggests a break")


def test_ctrl_l_then_a_line_and_enter_logs_it_on_the_provision_being_read(qtbot, workbench):
    workbench.open_provision("art-12")
    qtbot.keyClick(workbench, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dock = workbench.log_dock
    assert dock.input.hasFocus()
    assert "Article 12" in dock.input.placeholderText()
    qtbot.keyClicks(dock.input, "Brazil: prefers option 2")
    qtbot.keyClick(dock.input, Qt.Key.Key_Return)

    assert dock.input.text() == ""
    shown = dock.entries_shown()[-1]
    assert shown.endswith("Article 12 — Brazil: prefers option 2")
    assert shown[:2].isdigit() and shown[2] == ":"  # the time it was said
    stored = list_entries(workbench.library, instrument_id=workbench.version.instrument_id)
    assert [(e.provision_key, e.delegation, e.text) for e in stored] == [
        ("art-12", "Brazil", "prefers option 2")
    ]


def test_only_this_provision_narrows_the_list(qtbot, workbench):
    dock = workbench.log_dock
    for key, line in (("art-3", "Chile: fine"), ("art-4", "India: not fine")):
        workbench.open_provision(key)
        dock.input.setText(line)
        dock.add_line()
    assert len(dock.entries_shown()) == 2
    dock.only_here.setChecked(True)
    assert [line.split("— ")[1] for line in dock.entries_shown()] == ["India: not fine"]
    workbench.open_provision("art-3")
    assert [line.split("— ")[1] for line in dock.entries_shown()] == ["Chile: fine"]
