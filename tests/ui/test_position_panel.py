"""The position panel: what is typed is saved by itself and is there after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from negotiator_app.core.redline import DELETE, EQUAL, INSERT
from negotiator_app.export.selection import proposal_redline
from negotiator_app.storage import Library
from negotiator_app.storage.notes import get_note, note_history
from negotiator_app.ui.position.panel import SAVE_DELAY_MS
from tests.ui.conftest import screenshot


def stored(window, key):
    """The note as a fresh connection reads it from disk."""
    with Library(window.library.folder) as library:
        return get_note(library, key, version_id=window.version.id)


def type_text(qtbot, widget, text: str) -> None:
    """Type character by character; non-ASCII goes as key events with text (keyClicks aborts)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def test_a_typed_position_saves_itself_and_is_there_after_a_restart(qtbot, open_workbench):
    window = open_workbench()
    window.open_provision("art-12")
    panel = window.panel
    panel.stance.setFocus()
    panel.stance.setCurrentIndex(panel.stance.findData("oppose"))
    type_text(qtbot, panel.texts["rationale"], "Too broad; covers lawful research.")

    def saved_rationale() -> str:
        note = stored(window, "art-12")
        return note.rationale if note else ""

    qtbot.waitUntil(lambda: saved_rationale().endswith("research."), timeout=5 * SAVE_DELAY_MS)
    note = stored(window, "art-12")
    assert note.stance == "oppose"
    assert note.rationale == "Too broad; covers lawful research."
    assert window.saved_label.text().startswith("Saved ")
    assert panel.state.text().startswith("Saved ")
    screenshot(window, "position-saved")
    window.close()

    again = open_workbench()
    assert again.key == "art-12"  # the last provision read comes back too
    assert again.panel.stance.currentData() == "oppose"
    assert again.panel.texts["rationale"].toPlainText() == "Too broad; covers lawful research."


def test_closing_the_window_right_after_typing_keeps_every_keystroke(qtbot, workbench):
    workbench.open_provision("art-6.1")
    type_text(qtbot, workbench.panel.texts["talking_points"], "We cannot accept")
    assert stored(workbench, "art-6.1") is None  # the pause before saving has not passed
    workbench.close()
    assert stored(workbench, "art-6.1").talking_points == "We cannot accept"


def test_moving_the_focus_out_of_a_field_saves_at_once(qtbot, workbench):
    workbench.open_provision("art-7")
    type_text(qtbot, workbench.panel.texts["instructions"], "Hold firm")
    workbench.navigator.tree.setFocus()
    assert stored(workbench, "art-7").instructions == "Hold firm"


def test_opening_another_provision_saves_the_one_being_edited(qtbot, workbench):
    workbench.open_provision("art-8")
    type_text(qtbot, workbench.panel.texts["proposed"], "Each State Party may")
    workbench.open_provision("art-9")
    assert stored(workbench, "art-8").proposal("en").text == "Each State Party may"
    assert workbench.panel.texts["proposed"].toPlainText() == ""


def test_cyrillic_typed_in_a_field_is_saved_as_typed(qtbot, workbench):
    workbench.open_provision("art-5")
    type_text(qtbot, workbench.panel.texts["rationale"], "Поддержать с оговоркой")
    workbench.close()
    assert stored(workbench, "art-5").rationale == "Поддержать с оговоркой"


def test_the_proposed_wording_shows_a_live_redline_against_the_text(qtbot, workbench):
    workbench.open_provision("art-3.2")
    panel = workbench.panel
    assert not panel.redline.isVisible()
    qtbot.mouseClick(panel.start_from_text, Qt.MouseButton.LeftButton)
    current = panel.texts["proposed"].toPlainText()
    assert "[serious]" in current
    panel.texts["proposed"].setPlainText(current.replace("any [serious] offence", "any offence"))
    qtbot.waitUntil(lambda: panel.redline.isVisible())
    qtbot.waitUntil(lambda: "line-through" in panel.redline.toHtml())
    assert "[serious]" in panel.redline.toPlainText()  # shown struck through
    screenshot(panel, "position-redline")


def test_the_panel_redline_is_the_memo_redline_when_the_number_is_left_out(qtbot, workbench):
    workbench.open_provision("art-3.2")
    panel = workbench.panel
    qtbot.mouseClick(panel.start_from_text, Qt.MouseButton.LeftButton)
    current = panel.texts["proposed"].toPlainText()
    assert current.startswith("2. ")
    # A delegate retyping paragraph 2 rarely types "2." in front of it.
    proposed = current.removeprefix("2. ").replace("any [serious] offence", "any offence")
    panel.texts["proposed"].setPlainText(proposed)
    assert panel.save_now()
    note = stored(workbench, "art-3.2")
    segments = panel.proposal_segments()
    assert segments == proposal_redline(note, note.proposal("en"), workbench.outline.get("art-3.2"))
    assert [op for op, _ in segments] == [EQUAL, DELETE, EQUAL]  # only "[serious] " goes
    assert "".join(text for op, text in segments if op != DELETE) == proposed
    qtbot.waitUntil(lambda: "line-through" in panel.redline.toHtml())
    assert not any(op == INSERT for op, _ in segments)
    assert not panel.redline.toPlainText().startswith("2.")  # its number is not struck out


def test_history_keeps_every_save_and_restores_an_earlier_one(qtbot, workbench, clock):
    workbench.open_provision("art-10")
    panel = workbench.panel
    panel.texts["rationale"].setPlainText("First thoughts")
    assert panel.save_now()
    clock.wait(90)  # a state left for more than a minute is a row of its own
    panel.texts["rationale"].setPlainText("Second thoughts")
    assert panel.save_now()
    note = stored(workbench, "art-10")
    assert [r.note.rationale for r in note_history(workbench.library, note.id)] == [
        "Second thoughts",
        "First thoughts",
    ]
    assert panel.history_toggle.text() == "History (2 saves)"

    qtbot.mouseClick(panel.history_toggle, Qt.MouseButton.LeftButton)
    assert panel.history.isVisible()
    panel.history.list.setCurrentRow(1)
    qtbot.mouseClick(panel.history.restore, Qt.MouseButton.LeftButton)
    question = panel.restore_question  # it asks first
    assert question is not None and question.isVisible()
    qtbot.mouseClick(question.all_button, Qt.MouseButton.LeftButton)
    assert panel.texts["rationale"].toPlainText() == "First thoughts"
    assert stored(workbench, "art-10").rationale == "First thoughts"
    assert panel.history.count() == 3  # the restore is itself a save: nothing was lost


def test_delegations_tags_and_red_line_are_saved(qtbot, workbench):
    workbench.open_provision("art-11")
    panel = workbench.panel
    panel.red_line.setChecked(True)
    panel.priority.setCurrentIndex(panel.priority.findData("high"))
    panel.tags.setText("crypto, scope, crypto")
    panel.tags.textEdited.emit(panel.tags.text())
    qtbot.mouseClick(panel.delegations.add, Qt.MouseButton.LeftButton)
    table = panel.delegations.table
    table.item(0, 0).setText("Brazil")
    table.item(0, 1).setData(Qt.ItemDataRole.UserRole, "support")
    table.item(0, 2).setText("wants option 2")
    assert panel.save_now()
    note = stored(workbench, "art-11")
    assert note.red_line and note.priority == "high"
    assert note.tags == ["crypto", "scope"]
    assert [(d.delegation, d.stance, d.remark) for d in note.delegations] == [
        ("Brazil", "support", "wants option 2")
    ]


def test_a_save_that_fails_says_why_in_one_sentence_and_keeps_the_text(qtbot, workbench):
    workbench.open_provision("art-13")
    panel = workbench.panel
    workbench.library.connection.execute("PRAGMA query_only = ON")  # the disk refuses writes
    try:
        panel.texts["rationale"].setPlainText("Keep me")
        assert not panel.save_now()
        assert workbench.message.isVisible()
        assert "read-only" in workbench.message.text() or "could not" in workbench.message.text()
        assert panel.texts["rationale"].toPlainText() == "Keep me"
    finally:
        workbench.library.connection.execute("PRAGMA query_only = OFF")
    assert panel.save_now()
    assert stored(workbench, "art-13").rationale == "Keep me"


def test_what_was_typed_is_on_disk_within_a_second_without_closing(qtbot, workbench):
    """If the app were killed a second after the last keystroke, nothing would be lost."""
    workbench.open_provision("art-14")
    type_text(qtbot, workbench.panel.texts["rationale"], "Protect children")
    qtbot.wait(1000)
    assert stored(workbench, "art-14").rationale == "Protect children"


def test_insert_and_delete_add_and_remove_delegations_from_the_keyboard(qtbot, workbench):
    workbench.open_provision("art-15")
    table = workbench.panel.delegations.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert table.rowCount() == 1
    editor = QApplication.focusWidget()  # the new row's delegation cell is being edited
    qtbot.keyClicks(editor, "Chile")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "Chile")  # Qt commits on the next turn
    assert workbench.panel.delegations.positions()[0].delegation == "Chile"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 0
