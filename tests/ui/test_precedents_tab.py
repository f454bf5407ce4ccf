"""The Precedents tab, the reader's margin bars and the tree's "New language only", driven as a
delegate would, on the demonstration draft and its earlier (Valmora) convention."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_demo_if_empty, import_demo_reference
from negotiator_app.storage.precedents import update_precedents
from negotiator_app.ui.library.import_options import ImportOptions
from negotiator_app.ui.reader.agreed_margin import BAR_COLOUR
from negotiator_app.ui.theme import INSERTED_COLOUR, RED_LINE_COLOUR
from negotiator_app.ui.tree.navigator import REFERENCES_HEADING
from tests.conftest import DEMO
from tests.ui.conftest import open_window, screenshot

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> Path:
    """The demonstration's Rev.1 (EN, RU), the Valmora Convention as a reference, precedents."""
    folder = tmp_path_factory.mktemp("agreed") / "library"
    with Library(folder) as library:
        import_demo_if_empty(library, revision=False)
        import_demo_reference(library)
        update_precedents(library)
    return folder


@pytest.fixture
def window(qtbot, prepared: Path, library_dir: Path):
    shutil.copytree(prepared, library_dir)
    library = Library(library_dir)
    window = open_window(qtbot, library, (1366, 768))
    yield window
    window.close()
    library.close()


def text_format(view, words: str):
    """The character format of some words shown in a text view."""
    found = view.document().find(words)
    assert not found.isNull(), f"{words!r} is not shown"
    return found.charFormat()


def click_text(qtbot, view, words: str) -> None:
    """Click the middle of some words shown in a text view, as a delegate would."""
    found = view.document().find(words)
    assert not found.isNull(), f"{words!r} is not shown"
    cursor = view.textCursor()
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center()
    )


def test_the_tab_shows_the_source_its_kind_and_the_redline_and_a_click_opens_it(qtbot, window):
    window.open_provision("art-28.3")
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    tab = window.precedents.tab
    assert window.side.currentWidget() is window.precedents and tab.view.hasFocus()
    shown = tab.view.toPlainText()
    assert "Valmora Convention, art. 11, para. 3" in shown
    assert "identical but for 1 word · 98% alike" in shown
    assert tab.title.text() == "Precedents of Article 28, paragraph 3"
    assert tab.state.text() == "Compared with Valmora Convention."
    struck, inserted = text_format(tab.view, "shall"), text_format(tab.view, "may")
    assert struck.fontStrikeOut() and struck.foreground().color() == QColor(RED_LINE_COLOUR)
    assert inserted.fontUnderline() and inserted.foreground().color() == QColor(INSERTED_COLOUR)

    click_text(qtbot, tab.view, "Valmora Convention, art. 11, para. 3")

    assert (window.version.label, window.key) == ("Valmora EN", "art-11.3")
    assert "shall, when it receives a request" in window.reader.page.toPlainText()
    assert window.navigator.versions.currentText().strip().startswith("Valmora EN (en)")
    window.go_back()  # Ctrl+[ brings the draft back
    assert (window.version.label, window.key) == ("EN demo", "art-28.3")


def test_citations_are_reached_with_tab_and_opened_with_enter(qtbot, window):
    window.open_provision("art-15.2")
    window.panes.focus_precedents()
    view = window.precedents.tab.view
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.textCursor().selectedText() == "Valmora Convention, art. 7, para. 2"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert (window.version.label, window.key) == ("Valmora EN", "art-7.2")


def test_an_article_lists_each_paragraph_and_says_which_are_new_language(qtbot, window):
    window.open_provision("art-28")
    window.panes.focus_precedents()
    shown = window.precedents.tab.view.toPlainText()
    assert shown.index("Para. 1") < shown.index("Para. 2") < shown.index("Para. 4")
    para_4 = shown[shown.index("Para. 4") : shown.index("Para. 5")]
    assert "No precedent: new language." in para_4
    assert "identical · 100% alike" in shown[shown.index("Para. 2") : shown.index("Para. 3")]


def test_a_margin_bar_marks_verbatim_agreed_language_and_names_its_source(qtbot, window):
    window.open_provision("art-28")
    margin = window.reader.agreed
    qtbot.waitUntil(lambda: bool(margin.bars))
    bars = {key: rect for rect, key, _ in margin.bars}
    assert set(bars) == {"art-28.2", "art-28.7"}  # para. 3 is "identical but for 1 word"
    viewport = window.reader.page.viewport()
    centre = bars["art-28.2"].center()
    assert viewport.grab().toImage().pixelColor(centre) == QColor(BAR_COLOUR)

    event = QHelpEvent(QEvent.Type.ToolTip, centre, viewport.mapToGlobal(centre))
    QApplication.sendEvent(viewport, event)

    assert QToolTip.text() == "Agreed language, word for word: Valmora Convention, art. 11, para. 2"
    QToolTip.hideText()
    away = QPoint(centre.x() + 200, centre.y())
    assert margin.tooltip_at(away.x(), away.y()) == ""
    assert "Valmora Convention, art. 11, para. 5" in window.reader.page.accessibleDescription()


def test_new_language_only_narrows_the_tree_to_paragraphs_without_precedent(qtbot, window):
    navigator = window.navigator
    assert navigator.view_index("art-28.2").isValid()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert navigator.new_language.isChecked()
    assert window.actions_by_name["new_language"].isChecked()
    shown = {key for key in window.outline.order if navigator.view_index(key).isValid()}
    assert {"art-28.4", "art-28.6", "art-28"} <= shown  # new paragraphs, and their article
    assert not {"art-28.2", "art-28.3", "art-28.7", "art-4.1"} & shown  # taken from Valmora
    assert "art-10.1" in shown  # digital assets: the Valmora Convention has nothing on them
    navigator.new_language.click()
    assert navigator.view_index("art-28.2").isValid()
    assert not window.actions_by_name["new_language"].isChecked()


def test_references_are_listed_apart_in_the_version_picker(window):
    versions = window.navigator.versions
    items = [versions.itemText(row).strip() for row in range(versions.count())]
    heading = items.index(REFERENCES_HEADING)
    assert items[heading + 1 :] == [
        "Valmora EN (en) — Valmora Convention on Cooperation against Offences involving Computer "
        "Systems (demonstration text)",
        "Valmora RU (ru) — Valmora Convention on Cooperation against Offences involving Computer "
        "Systems (demonstration text)",
    ]
    assert all("Demonstration draft" in item for item in items[: heading - 1])
    assert not versions.model().item(heading).isEnabled()


def test_at_the_first_start_the_reference_and_its_precedents_arrive_in_the_background(
    qtbot, open_workbench
):
    window = open_workbench()  # the demonstration's Rev.1 only, as just after the first paint
    window.open_provision("art-28.3")
    window.panes.focus_precedents()
    assert "No text to compare this one with yet" in window.precedents.tab.state.text()

    with qtbot.waitSignal(window.precedents_updater.updated, timeout=30_000) as done:
        window.find_precedents(demo_reference=True)
        assert window.precedents_updater.is_running()

    assert [v.label for v in done.args[0].imported] == ["Valmora EN", "Valmora RU"]
    qtbot.waitUntil(lambda: not window.precedents_updater.is_running())
    assert not window.precedents_updater.progress.isVisible()
    assert "Valmora Convention, art. 11, para. 3" in window.precedents.tab.view.toPlainText()
    assert REFERENCES_HEADING in [
        window.navigator.versions.itemText(row) for row in range(window.navigator.versions.count())
    ]


def test_an_import_marked_as_reference_has_its_precedents_found_after_it(qtbot, open_workbench):
    window = open_workbench()
    dialog = ImportOptions(DEMO / "demo_earlier_convention_en.txt", [], window)
    assert not dialog.cite_as.isEnabled()
    dialog.reference.click()
    dialog.cite_as.setText("Valmora 2014")
    options = dialog.choice()
    assert (options["reference"], options["cite_as"]) == (True, "Valmora 2014")
    options["language"] = "en"

    with qtbot.waitSignal(window.precedents_updater.updated, timeout=30_000) as done:
        window.files.import_path(DEMO / "demo_earlier_convention_en.txt", options)
    assert len(done.args[0].update.searched) == 1
    window.open_version(window.library.find_version("EN demo").id, "art-28.3")
    window.panes.focus_precedents()
    assert "Valmora 2014, art. 11, para. 3" in window.precedents.tab.view.toPlainText()


def test_screenshot_of_the_precedents_tab_and_the_new_language_filter(qtbot, window):
    window.demo_banner.dismiss()
    window.open_provision("art-28")
    window.panes.focus_precedents()
    window.reader.page.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    assert "Para. 3" in window.precedents.tab.view.toPlainText()
    screenshot(window, "precedents")
    window.navigator.new_language.click()  # the tree keeps Article 28: it holds new paragraphs
    window.open_provision("art-28")
    window.reader.page.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    assert window.navigator.view_index("art-28.4").isValid()
    assert not window.navigator.view_index("art-28.2").isValid()
    screenshot(window, "precedents-new-language")


def test_the_export_dialog_can_add_the_agreed_language_lines(qtbot, window, tmp_path):
    from negotiator_app.ui.export.dialog import ExportMemoDialog

    dialog = ExportMemoDialog(window, window.library, window.version.id, ["art-28.3"])
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    form.which.button(2).click()  # the provision selected in the tree
    form.agreed_language.click()
    form.output.setText(str(tmp_path / "memo.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "memo.docx")).paragraphs]
    assert "Agreed language: Valmora Convention, art. 11, para. 3, with 'shall' → 'may'" in (
        paragraphs
    )
