"""Search from the workbench: Ctrl+F, results as you type, Enter opens with hits marked, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from negotiator_app.storage.notes import Note, save_note
from negotiator_app.ui.main_window import READER, RESULTS
from negotiator_app.ui.reader.page_html import ReaderColours
from negotiator_app.ui.search.service import SearchService
from tests.ui.conftest import screenshot

pytest.importorskip("negotiator_app.search")
WAIT_MS = 20_000


def search_for(qtbot, window, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(lambda: window.results.list.count() > 0, timeout=WAIT_MS)


def test_ctrl_f_then_typing_shows_ranked_results_grouped_by_article(qtbot, workbench):
    search_for(qtbot, workbench, "cryptocurrencies")
    assert workbench.current_page() == RESULTS
    groups = workbench.results.groups()
    titles = [g.title for g in groups]
    assert any(t.startswith("Article 2") for t in titles)
    assert len(titles) == len(set(titles))  # one entry per article
    assert all(entry[1] in ("text", "note") for g in groups for entry in g.entries)
    assert "match" in workbench.results.summary.text()
    screenshot(workbench, "search-results")


def test_enter_opens_the_chosen_result_with_the_hits_marked(qtbot, workbench):
    search_for(qtbot, workbench, "stablecoins")
    first = workbench.results.groups()[0]
    qtbot.keyClick(workbench.search.box, Qt.Key.Key_Return)
    assert workbench.current_page() == READER
    assert workbench.key == first.key == "art-2.h"
    assert "stablecoins" in workbench.reader.terms
    assert ReaderColours().hit_bg in workbench.reader.page.toHtml()
    assert workbench.reader.page.hasFocus()
    screenshot(workbench, "search-opened")

    qtbot.keyClick(workbench.reader.page, Qt.Key.Key_Escape)  # Esc in the reader drops the marks
    assert workbench.reader.terms == ()


def test_down_arrow_chooses_another_result_before_enter(qtbot, workbench):
    search_for(qtbot, workbench, "confiscation")
    groups = workbench.results.groups()
    assert len(groups) > 1
    qtbot.keyClick(workbench.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(workbench.search.box, Qt.Key.Key_Return)
    assert workbench.key == groups[1].key


def test_escape_goes_back_to_where_the_delegate_was(qtbot, workbench):
    workbench.open_provision("art-20")
    workbench.navigator.tree.setFocus()
    search_for(qtbot, workbench, "jurisdiction")
    qtbot.keyClick(workbench.search.box, Qt.Key.Key_Escape)
    assert workbench.current_page() == READER
    assert workbench.key == "art-20"
    assert workbench.navigator.tree.hasFocus()


def test_a_click_on_a_result_opens_it(qtbot, workbench):
    search_for(qtbot, workbench, "stablecoins")
    view = workbench.results.list
    rect = view.visualItemRect(view.item(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workbench.current_page() == READER
    assert workbench.key == "art-2.h"


def test_words_in_your_notes_are_found_and_say_so(qtbot, workbench):
    note = Note(workbench.version.instrument_id, "art-15", rationale="Consult the zebrafinch desk")
    workbench.navigator.update_note(save_note(workbench.library, note))
    search_for(qtbot, workbench, "zebrafinch")
    group = workbench.results.groups()[0]
    assert group.key == "art-15"
    assert ("note" in group.places) and "your note:" in _shown_html(workbench)


def test_a_query_that_cannot_be_understood_gets_one_sentence(qtbot, workbench):
    qtbot.keyClick(workbench, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(workbench.search.box, '"unclosed')
    qtbot.waitUntil(lambda: "quotation" in workbench.results.summary.text(), timeout=WAIT_MS)
    assert workbench.results.list.count() == 0


def test_a_query_replaced_before_it_ran_is_never_answered(qtbot, demo_library):
    service = SearchService(demo_library.folder)
    answers = []
    service.answered.connect(lambda results: answers.append(results))
    try:
        service.search("confiscation", None)
        service.search("stablecoins", None)  # typed on before the first one ran
        qtbot.waitUntil(lambda: len(answers) > 0, timeout=WAIT_MS)
        qtbot.wait(300)
        assert len(answers) == 1
        hits = answers[0].hits
        assert hits and all("stablecoin" in hit.snippet.lower() for hit in hits)
    finally:
        service.stop()


def _shown_html(window) -> str:
    from negotiator_app.ui.search.results import result_html

    return "".join(result_html(g, window.palette()) for g in window.results.groups())


def test_a_word_found_in_a_note_is_marked_in_the_panel(qtbot, workbench):
    from negotiator_app.ui.position.found_words import found_words

    note = Note(
        workbench.version.instrument_id,
        "art-15",
        rationale="Consult the zebrafinch desk before agreeing.",
        talking_points="Zebrafinches first.",
        version_id=workbench.version.id,
    )
    workbench.navigator.update_note(save_note(workbench.library, note))
    search_for(qtbot, workbench, "zebrafinch")
    qtbot.keyClick(workbench.search.box, Qt.Key.Key_Return)
    assert workbench.key == "art-15"
    panel = workbench.panel
    assert found_words(panel.texts["rationale"]) == ["zebrafinch"]
    assert found_words(panel.texts["talking_points"]) == ["Zebrafinches"]
    assert found_words(panel.texts["proposed"]) == []
    screenshot(workbench, "search-note-hit")
    workbench.open_provision("art-16")
    workbench.open_provision("art-15")  # read again without the search: no marks left
    assert found_words(panel.texts["rationale"]) == []


def test_f3_and_shift_f3_go_through_the_hits_in_the_article(qtbot, workbench):
    from negotiator_app.core.text_marks import term_spans

    search_for(qtbot, workbench, "data")
    page = workbench.reader.page
    for group in workbench.results.groups():  # an article where the word comes several times
        workbench.search.opened.emit(group)
        starts = [start for start, _ in term_spans(page.toPlainText(), workbench.reader.terms)]
        if len(starts) >= 3:
            break
    assert len(starts) >= 3
    page.moveCursor(page.textCursor().MoveOperation.Start)

    def press(modifier=Qt.KeyboardModifier.NoModifier) -> int:
        qtbot.keyClick(page, Qt.Key.Key_F3, modifier)
        return page.textCursor().selectionStart()

    seen = [press() for _ in starts]
    assert seen == starts  # each hit in turn, down the page
    assert page.textCursor().selectedText().lower().startswith("data")
    assert press() == starts[0]  # then round to the first
    assert press(Qt.KeyboardModifier.ShiftModifier) == starts[-1]  # and back
    assert press(Qt.KeyboardModifier.ShiftModifier) == starts[-2]

    qtbot.keyClick(page, Qt.Key.Key_Escape)  # the marks go: F3 says there is nothing to go to
    qtbot.keyClick(page, Qt.Key.Key_F3)
    assert "No search hits" in workbench.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("query", "said"),
    [("state~99", "letters of difference"), ("NOT " * 3000 + "state", "too long"),
     ("(" * 2000 + "state" + ")" * 2000, "too long"), ("NOT NOT state", "cannot be understood")],
    ids=["fuzzy", "3000-NOT", "2000-brackets", "NOT-NOT"],
)  # fmt: skip
def test_a_query_the_parser_chokes_on_is_a_sentence_not_a_crash(qtbot, workbench, query, said):
    crashes: list = []
    workbench.report_crash = crashes.append
    workbench.search.crashed.disconnect()
    workbench.search.crashed.connect(crashes.append)
    qtbot.keyClick(workbench, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText(query)
    workbench.search.box.paste()  # pasted, as a long query is
    qtbot.waitUntil(lambda: said in workbench.results.summary.text(), timeout=WAIT_MS)
    assert workbench.results.list.count() == 0
    assert crashes == []
