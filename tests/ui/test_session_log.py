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


def log(workbench, key: str, line: str) -> None:
    workbench.open_provision(key)
    workbench.log_dock.input.setText(line)
    workbench.log_dock.add_line()


def test_an_entry_from_another_day_shows_its_date():
    from datetime import datetime

    from negotiator_app.ui.session_log.dock import when_said

    today = datetime(2026, 3, 12, 18, 0).astimezone()
    said = datetime(2026, 3, 12, 9, 5).astimezone()
    assert when_said(said.isoformat(), today) == "09:05"
    assert when_said(said.replace(day=11).isoformat(), today) == "11 Mar 09:05"
    assert when_said(said.replace(year=2025).isoformat(), today) == "12 Mar 2025 09:05"


def test_an_entry_is_corrected_from_its_context_menu_and_keeps_what_it_said(qtbot, workbench):
    from negotiator_app.storage.session_log import entry_history

    log(workbench, "art-12", "Brazil: prefers optoin 2")
    dock = workbench.log_dock
    dock.list.setCurrentRow(0)
    menu = dock.entry_menu(dock.current_entry())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Go to the provision",
        "&Correct…",
        "&Delete",
        "Cop&y the text",
        "Add to the &delegations of the position",
    ]
    menu.actions()[1].trigger()
    dialog = dock.dialog
    assert dialog.delegation.text() == "Brazil"
    dialog.text.setPlainText("prefers option 2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dock.entries_shown()[-1].endswith("Brazil: prefers option 2 (edited)")
    assert dock.list.item(0).toolTip() == (
        "Before it was corrected it said: Brazil: prefers optoin 2"
    )
    (entry,) = list_entries(workbench.library)
    assert [state.text for state in entry_history(workbench.library, entry.id)] == [
        "prefers optoin 2"
    ]


def test_delete_key_deletes_an_entry_and_undo_brings_it_back(qtbot, workbench):
    log(workbench, "art-3", "Chile: fine")
    log(workbench, "art-4", "India: not fine")
    dock = workbench.log_dock
    dock.list.setFocus()
    dock.list.setCurrentRow(1)
    qtbot.keyClick(dock.list, Qt.Key.Key_Delete)
    assert [line.split("— ")[1] for line in dock.entries_shown()] == ["Chile: fine"]
    assert dock.undo.isVisible()
    assert [e.text for e in list_entries(workbench.library, deleted=True)] == ["not fine"]
    dock.undo.linkActivated.emit("undo")
    assert len(dock.entries_shown()) == 2 and not dock.undo.isVisible()


def test_what_a_delegation_said_goes_into_the_delegations_table(qtbot, workbench):
    log(workbench, "art-12", "Brazil: prefers option 2")
    log(workbench, "art-12", "Brazil: can accept the bracket")
    dock = workbench.log_dock
    for row in (0, 1):
        dock.list.setCurrentRow(row)
        dock.actions["to_delegations"].trigger()
    table = workbench.panel.delegations
    assert [(p.delegation, p.remark) for p in table.positions()] == [
        ("Brazil", "prefers option 2; can accept the bracket")
    ]
    from negotiator_app.storage.notes import get_note

    note = get_note(workbench.library, "art-12", version_id=workbench.version.id)
    assert note.delegations[0].remark == "prefers option 2; can accept the bracket"
    dock.list.setCurrentRow(0)
    dock.actions["to_delegations"].trigger()  # said once already: not twice
    assert (
        len(get_note(workbench.library, "art-12", version_id=workbench.version.id).delegations) == 1
    )

    log(workbench, "art-13", "The Chair adjourns")  # no delegation: nothing to add
    dock.list.setCurrentRow(2)
    assert not dock.entry_menu(dock.current_entry()).actions()[-1].isEnabled()
