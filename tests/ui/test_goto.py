"""Go to article (Ctrl+G / Ctrl+K): by number, with paragraph and item, or by a word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_draft
from negotiator_app.ui import goto
from negotiator_app.ui.dialogs.goto_dialog import GotoDialog, not_found
from tests.conftest import DEMO
from tests.ui.conftest import screenshot


@pytest.fixture(scope="module")
def outline(tmp_path_factory) -> Outline:
    with Library(tmp_path_factory.mktemp("goto")) as library:
        info, _ = import_draft(library, DEMO / "demo_convention_en.txt")
        return Outline(library.tree(info.id))


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("12", "art-12"),
        ("Article 12", "art-12"),
        ("art. 12", "art-12"),
        ("статья 12", "art-12"),
        ("6.2.a", "art-6.2.a"),
        ("6(2)(a)", "art-6.2.a"),
        ("6 2 a", "art-6.2.a"),
        ("2 h", "art-2.h"),
        ("preamble", "pre"),
        ("preamble 4", "pre.4"),
        ("chapter IV", "ch-IV"),
        ("chapter 4", "ch-IV"),
        ("annex", "annex"),
        ("art-6.1", "art-6.1"),
    ],
)
def test_what_a_delegate_types_finds_the_provision(outline, typed, key):
    assert goto.resolve(typed, outline) == key


@pytest.mark.parametrize("typed", ["99", "12.9", "chapter XX", "", "   "])
def test_references_to_nothing_find_nothing(outline, typed):
    assert goto.resolve(typed, outline) is None


def test_the_sentence_for_a_missing_article_names_it():
    assert not_found("99") == "There is no Article 99 in this version."


def test_candidates_start_with_the_exact_article_then_headings(outline):
    assert goto.candidates("12", outline)[0] == "art-12"
    assert "ch-III" in goto.candidates("jurisdiction", outline)


def wait_for_dialog(qtbot) -> GotoDialog:
    found: list[GotoDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, GotoDialog)]
        return bool(found) and found[0].isVisible()

    qtbot.waitUntil(shown)
    return found[0]


def test_ctrl_g_then_a_number_and_enter_opens_that_article(qtbot, workbench):
    qtbot.keyClick(workbench, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot)
    qtbot.waitUntil(dialog.input.hasFocus)
    qtbot.keyClicks(dialog.input, "12")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert workbench.key == "art-12"
    assert "ARTICLE 12" in workbench.reader.page.toPlainText()


def test_ctrl_k_works_too_and_a_missing_article_is_said_in_the_dialog(qtbot, workbench):
    before = workbench.key
    qtbot.keyClick(workbench, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot)
    qtbot.keyClicks(dialog.input, "99")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "There is no Article 99 in this version."
    qtbot.keyClick(dialog.input, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert workbench.key == before


def test_a_heading_word_and_down_arrow_choose_from_the_list(qtbot, workbench):
    dialog = workbench.goto_article()
    qtbot.keyClicks(dialog.input, "jurisdiction")
    keys = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
    assert len(keys) >= 2
    qtbot.keyClick(dialog.input, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert workbench.key == keys[1]


def test_back_and_forward_return_to_the_provisions_read(qtbot, workbench):
    workbench.open_provision("art-3")
    workbench.open_provision("art-9")
    workbench.open_provision("art-30")
    qtbot.keyClick(workbench, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert workbench.key == "art-9"
    workbench.go_back()
    assert workbench.key == "art-3"
    qtbot.keyClick(workbench, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert workbench.key == "art-9"


def test_the_mouse_back_and_forward_buttons_work_on_the_reader_and_the_tree(qtbot, workbench):
    workbench.open_provision("art-3")
    workbench.open_provision("art-9")
    qtbot.mouseClick(workbench.reader.page.viewport(), Qt.MouseButton.BackButton)
    assert workbench.key == "art-3"
    qtbot.mouseClick(workbench.navigator.tree.viewport(), Qt.MouseButton.ForwardButton)
    assert workbench.key == "art-9"


def test_alt_right_and_alt_left_step_through_articles(qtbot, workbench):
    workbench.open_provision("art-12")
    workbench.reader.page.setFocus()
    qtbot.keyClick(workbench.reader.page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert workbench.key == "art-13"
    qtbot.keyClick(workbench.reader.page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(workbench.reader.page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert workbench.key == "art-11"


def test_a_reference_in_the_text_is_a_link_to_that_article(qtbot, workbench):
    workbench.open_provision("art-14bis")  # "...any offence established under article 14 [..."
    html = workbench.reader.page.toHtml()
    assert 'href="provision:art-14"' in html
    workbench.reader.page.anchorClicked.emit(QUrl("provision:art-14"))
    assert workbench.key == "art-14"
    workbench.open_provision("art-14.3")  # "...this article and article 14 bis..."
    assert 'href="provision:art-14bis"' in workbench.reader.page.toHtml()


def links_on(page) -> dict[str, int]:
    """Each link on the reader's page, and where its words start."""
    found: dict[str, int] = {}
    block = page.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                found.setdefault(href, fragment.position())
            it += 1
        block = block.next()
    return found


def test_the_chapter_page_has_the_links_its_articles_have(qtbot, workbench):
    chapter = "ch-II"
    articles = [k for k in workbench.outline.descendants(chapter) if k in workbench.outline.units]
    on_articles: set[str] = set()
    for key in articles:
        workbench.open_provision(key)
        on_articles |= set(links_on(workbench.reader.page))
    workbench.open_provision(chapter)
    assert on_articles and on_articles <= set(links_on(workbench.reader.page))


def test_hovering_a_link_previews_the_article_it_names(qtbot, workbench):
    from PySide6.QtWidgets import QToolTip

    workbench.open_provision("art-14bis")
    page = workbench.reader.page
    position = links_on(page)["provision:art-14"]
    cursor = page.textCursor()
    cursor.setPosition(position + 2)
    page.setTextCursor(cursor)
    page.ensureCursorVisible()
    spot = page.cursorRect(cursor).center()
    qtbot.mouseMove(page.viewport(), spot)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert "Article 14" in text and workbench.outline.get("art-14").heading in text
    assert workbench.key == "art-14bis"  # a preview, not a jump
    tip = next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel"))
    assert tip.width() < page.width()  # a few lines, not one line across the screen
    screenshot(tip, "link-preview")
    qtbot.mouseMove(page.viewport(), spot + QPoint(0, 400))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
