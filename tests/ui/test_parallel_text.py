"""View > Parallel text: two language versions of one revision side by side, aligned by key,
scrolling together; go-to and search hits move both columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from negotiator_app.ui.main_window import PARALLEL, READER
from negotiator_app.ui.reader.page_html import ReaderColours
from tests.ui.conftest import screenshot
from tests.ui.test_search import WAIT_MS

pytest.importorskip("negotiator_app.search")


def languages(window):
    return {v.language: v for v in window.library.versions()}


def open_parallel(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert window.current_page() == PARALLEL
    assert window.actions_by_name["parallel"].isChecked()
    return window.parallel


def cell_row(page, point: QPoint) -> int:
    """The row of the parallel table under a point of the page."""
    cursor = page.cursorForPosition(point)
    table = cursor.currentTable()
    assert table is not None
    return table.cellAt(cursor).row()


def test_two_languages_side_by_side_aligned_by_key(qtbot, open_workbench):
    window = open_workbench((1366, 768))
    english = languages(window)["en"]
    window.open_version(english.id, "art-6")
    parallel = open_parallel(qtbot, window)
    assert parallel.page.hasFocus()  # keyboard: read on at once
    assert parallel.other is not None and parallel.other.language == "ru"
    left, right = parallel.columns_text()
    assert left.startswith("English — EN demo") and right.startswith("Russian — RU demo")
    assert "Illegal access" in left and "Незаконный доступ" in right
    # One row per key: paragraph 2 (a) of each text is on the same row.
    rows = [line for line in zip(left.split("\n"), right.split("\n"), strict=True)]
    assert any(a.startswith("(a)") and b.startswith("(a)") for a, b in rows)
    screenshot(window, "parallel-text-1366x768")  # resources/screenshots/parallel-text.png

    # Go to article 22, paragraph 2: both columns, the same row at the top of the view.
    dialog = window.goto_article()
    qtbot.keyClicks(dialog.input, "22.2")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert window.key == "art-22.2" and window.current_page() == PARALLEL
    assert parallel.page.hasFocus()
    page = parallel.page
    left_text, right_text = parallel.columns_text()
    assert "Article 22" in left_text.split("\n")[1] or "ARTICLE 22" in left_text
    middle = page.viewport().height() // 3
    width = page.viewport().width()
    assert cell_row(page, QPoint(20, middle)) == cell_row(page, QPoint(width - 40, middle))

    # Next article and back to the reader, from the keyboard.
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.key == "art-23" and "ARTICLE 23" in parallel.columns_text()[0]
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert window.current_page() == READER and window.key == "art-23"


def test_a_search_hit_in_either_language_opens_in_both_columns(qtbot, workbench):
    english = languages(workbench)["en"]
    workbench.open_version(english.id, "art-1")
    parallel = open_parallel(qtbot, workbench)
    qtbot.keyClick(workbench, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    workbench.search.box.setText("стейблкоины")  # in the Russian text only
    workbench.search.box.textEdited.emit("стейблкоины")  # as typing says it
    qtbot.waitUntil(lambda: workbench.results.list.count() > 0, timeout=WAIT_MS)
    first = workbench.results.groups()[0]
    assert first.version_id == languages(workbench)["ru"].id
    qtbot.keyClick(workbench.search.box, Qt.Key.Key_Return)
    assert workbench.version.id == english.id  # still reading English, the Russian beside it
    assert workbench.current_page() == PARALLEL and workbench.key == first.key
    html = parallel.page.toHtml()
    assert ReaderColours().hit_bg in html  # the hit is marked where it is: the Russian column
    cursor = parallel.page.document().find("стейблкоины")
    assert not cursor.isNull() and cursor.currentTable().cellAt(cursor).column() == 1
    qtbot.keyClick(parallel.page, Qt.Key.Key_Escape)
    assert ReaderColours().hit_bg not in parallel.page.toHtml()


def test_a_revision_in_one_language_says_how_to_add_another(qtbot, workbench):
    from negotiator_app.storage.library_edits import delete_version

    russian = languages(workbench)["ru"]
    delete_version(workbench.library, russian)
    workbench.open_version(languages(workbench)["en"].id, "art-3")
    parallel = open_parallel(qtbot, workbench)
    assert parallel.notice.isVisible()
    assert "has no text in another language yet" in parallel.notice.text()
