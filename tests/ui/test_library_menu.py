"""The Library menu (and the version picker's context menu): rename, relabel and delete the
version read and its instrument, asking first, a backup first, positions kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.storage.backup import list_backups
from negotiator_app.storage.library_edits import orphan_notes
from negotiator_app.storage.notes import Note, save_note
from tests.ui.conftest import screenshot


def by_language(window):
    return {v.language: v for v in window.library.versions()}


def test_the_version_picker_offers_the_library_menu(workbench):
    picker = workbench.navigator.versions
    assert picker.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    texts = [action.text() for action in picker.actions() if not action.isSeparator()]
    assert texts == [
        "&Rename this version…",
        "&Language and title of this version…",
        "&Delete this version…",
        "Rename this &instrument…",
        "Delete this ins&trument…",
    ]


def test_rename_and_relabel_the_version_being_read(qtbot, workbench):
    workbench.actions_by_name["rename_version"].trigger()
    dialog = workbench.edits.question
    assert dialog.line.text() == "EN demo" and dialog.isVisible()
    dialog.line.setText("Rev.1 (English)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert workbench.version.label == "Rev.1 (English)"
    assert workbench.navigator.versions.currentText().startswith("Rev.1 (English) (en)")
    assert "is now “Rev.1 (English)”" in workbench.message.text()

    workbench.actions_by_name["relabel_version"].trigger()
    dialog = workbench.edits.question
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "already has a version in Russian" in workbench.message.text()
    assert workbench.version.language == "en"  # refused: nothing changed

    workbench.actions_by_name["relabel_version"].trigger()
    dialog = workbench.edits.question
    dialog.title.setText("Draft convention (English)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert workbench.version.title == "Draft convention (English)"


def test_delete_one_language_asks_and_keeps_the_positions_on_the_other(qtbot, workbench):
    english, russian = by_language(workbench)["en"], by_language(workbench)["ru"]
    workbench.open_version(english.id, "art-5")
    note = Note(english.instrument_id, "art-5", version_id=english.id, stance="oppose")
    workbench.navigator.update_note(save_note(workbench.library, note))
    backups = len(list_backups(workbench.library))

    question = workbench.delete_version()
    assert question.isVisible()
    assert "stays on “RU demo”" in question.informativeText()
    assert "A backup of the library is taken first." in question.informativeText()
    assert question.delete_notes is None  # the positions are shared: not offered for deletion
    screenshot(question, "delete-version-question")
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert len(workbench.library.versions()) == 2  # cancelled

    question = workbench.delete_version()
    qtbot.mouseClick(question.delete_button, Qt.MouseButton.LeftButton)
    assert [v.id for v in workbench.library.versions()] == [russian.id]
    assert workbench.version.id == russian.id and workbench.key == "art-5"
    assert workbench.panel.stance.currentData() == "oppose"  # the position is still here
    assert len(list_backups(workbench.library)) == backups + 1
    assert "1 position(s) stay" in workbench.message.text()


def test_deleting_the_last_version_keeps_its_positions_unless_asked(qtbot, workbench):
    english = by_language(workbench)["en"]
    save_note(
        workbench.library,
        Note(english.instrument_id, "art-9", version_id=english.id, rationale="Keep me."),
    )
    workbench.open_version(english.id, "art-9")
    qtbot.mouseClick(workbench.delete_version().delete_button, Qt.MouseButton.LeftButton)
    question = workbench.delete_version()  # now the Russian text, the revision's last
    assert "kept without a text" in question.informativeText()
    assert question.delete_notes is not None and not question.delete_notes.isChecked()
    qtbot.mouseClick(question.delete_button, Qt.MouseButton.LeftButton)
    assert workbench.library.versions() == [] and workbench.version is None
    assert "kept without a text" in workbench.message.text()
    assert "no text now" in workbench.message.text()
    (orphan,) = orphan_notes(workbench.library)
    assert orphan.note.rationale == "Keep me."


def test_delete_the_instrument_with_its_positions(qtbot, workbench):
    version = workbench.version
    save_note(workbench.library, Note(version.instrument_id, "art-4", stance="support"))
    question = workbench.delete_instrument()
    assert "and its 2 versions" in question.text()
    question.delete_notes.setChecked(True)
    qtbot.mouseClick(question.delete_button, Qt.MouseButton.LeftButton)
    assert workbench.library.versions() == []
    assert orphan_notes(workbench.library) == []
    assert "1 position(s) were deleted with it" in workbench.message.text()
