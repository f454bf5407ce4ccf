"""The history in the position panel: rows that say what changed, one per burst of typing, a
selected save's difference from now, and a restore that asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.storage import Library
from negotiator_app.storage.notes import get_note, note_history
from tests.ui.conftest import screenshot
from tests.ui.test_position_panel import type_text


def stored(window, key):
    with Library(window.library.folder) as library:
        return get_note(library, key, version_id=window.version.id)


def saved(window, key, field):
    note = stored(window, key)
    return getattr(note, field) if note else None


def open_history(qtbot, panel):
    if not panel.history_toggle.isChecked():
        qtbot.mouseClick(panel.history_toggle, Qt.MouseButton.LeftButton)
    assert panel.history.isVisible()
    return panel.history


def test_typing_pausing_and_restoring_loses_nothing(qtbot, workbench, clock):
    workbench.open_provision("art-10")
    panel = workbench.panel
    rationale = panel.texts["rationale"]
    type_text(qtbot, rationale, "Too broad")
    qtbot.waitUntil(lambda: saved(workbench, "art-10", "rationale") == "Too broad")
    type_text(qtbot, rationale, " for us")  # the same burst: the same row
    qtbot.waitUntil(lambda: saved(workbench, "art-10", "rationale") == "Too broad for us")
    clock.wait(120)  # the delegate leaves it for two minutes: that state is kept
    type_text(qtbot, rationale, " and vague")
    qtbot.waitUntil(lambda: saved(workbench, "art-10", "rationale").endswith("vague"))
    panel.stance.setFocus()
    panel.stance.setCurrentIndex(panel.stance.findData("oppose"))
    assert panel.save_now()

    assert panel.history_toggle.text() == "History (3 saves)"  # a burst is one save
    history = open_history(qtbot, panel)
    rows = history.rows()
    assert len(rows) == 3
    assert rows[0].endswith("stance: none → oppose  (current)")
    assert rows[1].endswith("rationale edited")
    assert rows[2].endswith("first save: rationale")

    history.list.setCurrentRow(2)  # "Too broad for us", left for two minutes
    diff = history.diff.toPlainText()
    assert "Restoring this save would change:" in diff
    assert "Stance: oppose → —" in diff
    assert "and vague" in diff and "line-through" in history.diff.toHtml()
    screenshot(panel.history_section, "history-difference")

    qtbot.mouseClick(history.restore, Qt.MouseButton.LeftButton)
    question = panel.restore_question
    assert "stance: oppose → none" in question.informativeText()
    assert "rationale edited" in question.informativeText()
    qtbot.mouseClick(question.all_button, Qt.MouseButton.LeftButton)
    assert rationale.toPlainText() == "Too broad for us"
    assert panel.stance.currentData() == ""
    assert stored(workbench, "art-10").rationale == "Too broad for us"

    # Nothing was lost: the state before the restore is a row, and comes back the same way.
    history = open_history(qtbot, panel)
    assert history.rows()[0].split(" — ", 1)[1].startswith("restored the save of ")
    history.list.setCurrentRow(1)
    qtbot.mouseClick(history.restore, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.restore_question.all_button, Qt.MouseButton.LeftButton)
    assert rationale.toPlainText() == "Too broad for us and vague"
    assert panel.stance.currentData() == "oppose"
    note = stored(workbench, "art-10")
    kept = [r.note.rationale for r in note_history(workbench.library, note.id)]
    assert kept == [
        "Too broad for us and vague",
        "Too broad for us",
        "Too broad for us and vague",
        "Too broad for us and vague",
        "Too broad for us",
    ]


def test_restore_asks_which_fields_change_and_can_restore_the_wording_only(qtbot, workbench, clock):
    workbench.open_provision("art-12")
    panel = workbench.panel
    panel.texts["proposed"].setPlainText("Each State Party may adopt measures.")
    panel.texts["rationale"].setPlainText("Softer.")
    assert panel.save_now()
    clock.wait(120)
    panel.texts["proposed"].setPlainText("Each State Party shall adopt measures.")
    panel.texts["rationale"].setPlainText("Firmer now.")
    panel.stance.setCurrentIndex(panel.stance.findData("support"))
    assert panel.save_now()

    history = open_history(qtbot, panel)
    history.list.setCurrentRow(history.count() - 1)
    qtbot.mouseClick(history.restore, Qt.MouseButton.LeftButton)
    question = panel.restore_question
    assert question.isVisible() and question.text().startswith("Restore the save of ")
    said = question.informativeText()
    for part in ("stance: support → none", "wording edited (English)", "rationale edited"):
        assert part in said
    assert "Restoring the wording only changes wording (English)" in said
    assert question.defaultButton() is question.cancel_button  # Enter by mistake: nothing
    screenshot(workbench, "restore-question-window")
    screenshot(question, "restore-question")

    qtbot.keyClick(question, Qt.Key.Key_Escape)  # cancelled: nothing changes
    assert panel.texts["rationale"].toPlainText() == "Firmer now."
    assert len(note_history(workbench.library, stored(workbench, "art-12").id)) == 2

    history.list.setCurrentRow(history.count() - 1)
    qtbot.mouseClick(history.restore, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.restore_question.wording_button, Qt.MouseButton.LeftButton)
    assert panel.texts["proposed"].toPlainText() == "Each State Party may adopt measures."
    assert panel.texts["rationale"].toPlainText() == "Firmer now."  # kept
    assert panel.stance.currentData() == "support"  # kept
    note = stored(workbench, "art-12")
    assert (note.proposal("en").text, note.rationale, note.stance) == (
        "Each State Party may adopt measures.", "Firmer now.", "support"
    )  # fmt: skip


def test_the_current_save_cannot_be_restored(qtbot, workbench):
    workbench.open_provision("art-13")
    panel = workbench.panel
    panel.texts["rationale"].setPlainText("One.")
    assert panel.save_now()
    history = open_history(qtbot, panel)
    history.list.setCurrentRow(0)
    assert not history.restore.isEnabled()
    assert "This save says what the note says now." in history.diff.toPlainText()
