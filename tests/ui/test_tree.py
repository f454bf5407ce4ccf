"""The article tree: open a provision, filter as you type, step through articles, marks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from negotiator_app.storage.notes import Note, save_note
from negotiator_app.ui.main_window import MainWindow
from tests.ui.conftest import screenshot


def visible_labels(window: MainWindow) -> list[str]:
    """Every row the tree shows (expanded or not), depth first."""
    view = window.navigator.tree
    shown = view.model()  # the filter, while one is typed; else the tree model itself
    labels: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(shown.rowCount(parent)):
            index = shown.index(row, 0, parent)
            labels.append(index.data())
            if view.isExpanded(index):
                walk(index)

    walk(QModelIndex())
    return labels


def tree_index(window: MainWindow, key: str):
    return window.navigator.view_index(key)


def test_clicking_an_article_in_the_tree_shows_it_in_the_reader_and_panel(qtbot, workbench):
    tree = workbench.navigator.tree
    index = tree_index(workbench, "art-12")
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )

    reader_text = workbench.reader.page.toPlainText()
    assert "ARTICLE 12" in reader_text
    assert workbench.outline.get("art-12").heading in reader_text
    assert workbench.panel.title.text() == "Your position on Article 12"
    assert "Article 12" in workbench.reader.path.text()
    screenshot(workbench, "tree-article-12")


def test_arrow_keys_in_the_tree_move_the_reader_along(qtbot, workbench):
    workbench.open_provision("art-6")
    tree = workbench.navigator.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # open Article 6
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # its paragraph 1
    assert workbench.key == "art-6.1"
    assert workbench.panel.title.text() == "Your position on Article 6, paragraph 1"


def test_page_down_and_up_in_the_tree_go_to_the_next_and_previous_article(qtbot, workbench):
    workbench.open_provision("art-6.2.a")
    tree = workbench.navigator.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_PageDown)
    assert workbench.key == "art-7"
    assert "ARTICLE 7" in workbench.reader.page.toPlainText()
    qtbot.keyClick(tree, Qt.Key.Key_PageUp)
    qtbot.keyClick(tree, Qt.Key.Key_PageUp)
    assert workbench.key == "art-5"
    assert tree.currentIndex().data().startswith("Article 5")


def test_typing_a_number_in_the_filter_narrows_the_tree_to_those_articles(qtbot, workbench):
    qtbot.keyClicks(workbench.navigator.filter, "12")
    qtbot.waitUntil(lambda: workbench.navigator.proxy.is_filtering())
    articles = [label for label in visible_labels(workbench) if label.startswith("Article")]
    assert articles and all(a.startswith("Article 12") for a in articles)

    # Enter goes into the tree on the first match and opens it.
    qtbot.keyClick(workbench.navigator.filter, Qt.Key.Key_Return)
    assert workbench.key == "art-12"
    assert workbench.navigator.tree.hasFocus()


def test_typing_words_in_the_filter_keeps_only_provisions_that_contain_them(qtbot, workbench):
    qtbot.keyClicks(workbench.navigator.filter, "stablecoins")
    qtbot.waitUntil(lambda: workbench.navigator.proxy.is_filtering())
    labels = visible_labels(workbench)
    assert any("digital asset" in label for label in labels)
    assert not any(label.startswith("Article 6") for label in labels)
    screenshot(workbench, "tree-filtered")

    qtbot.keyClick(workbench.navigator.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not workbench.navigator.proxy.is_filtering())
    assert any(label.startswith("Article 6") for label in visible_labels(workbench))


def test_a_filter_that_matches_nothing_says_so(qtbot, workbench):
    workbench.navigator.filter.setText("zzqqxx")
    workbench.navigator.apply_filter()
    assert workbench.navigator.empty.isVisible()
    assert workbench.navigator.tree.model().rowCount() == 0


def test_provisions_with_a_note_or_open_brackets_carry_a_mark(qtbot, workbench):
    model = workbench.navigator.model
    plain = model.data(model.index_of("art-4"), Qt.ItemDataRole.ToolTipRole)
    assert "Your position" not in plain and "bracket" not in plain
    bracketed = model.data(model.index_of("art-2.h"), Qt.ItemDataRole.ToolTipRole)
    assert "1 open bracket" in bracketed

    note = save_note(
        workbench.library,
        Note(workbench.version.instrument_id, "art-4", stance="oppose", red_line=True),
    )
    workbench.navigator.update_note(note)
    tooltip = model.data(model.index_of("art-4"), Qt.ItemDataRole.ToolTipRole)
    assert "Your position: Oppose" in tooltip and "Red line" in tooltip
    chapter = model.data(model.index_of("ch-I"), Qt.ItemDataRole.ToolTipRole)
    assert "Positions recorded on provisions inside" in chapter
    marked = model.data(model.index_of("art-4"), Qt.ItemDataRole.DecorationRole)
    unmarked = model.data(model.index_of("art-5"), Qt.ItemDataRole.DecorationRole)
    assert marked.pixmap(26, 14).toImage() != unmarked.pixmap(26, 14).toImage()


def test_switching_versions_keeps_the_provision_being_read(qtbot, workbench):
    versions = workbench.navigator.versions
    assert versions.count() == 2  # the English and the Russian demonstration texts
    workbench.open_provision("art-12")
    other = 1 - versions.currentIndex()
    versions.setCurrentIndex(other)
    versions.activated.emit(other)
    assert workbench.version.id == versions.itemData(other)
    assert workbench.key == "art-12"
    assert workbench.reader.page.toPlainText().strip()


def drawn_icon(window: MainWindow, key: str):
    """The mark the tree draws beside key as it is shown now (open or closed), as an image."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    tree = window.navigator.tree
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    tree.itemDelegate().initStyleOption(option, tree_index(window, key))
    return option.icon.pixmap(tree.iconSize()).toImage()


def test_a_closed_article_shows_the_brackets_of_its_paragraphs(qtbot, workbench):
    from negotiator_app.ui.tree.marks import mark_icon

    tree = workbench.navigator.tree
    model = workbench.navigator.model
    size = tree.iconSize()
    with_brackets = mark_icon(None, False, False, True).pixmap(size).toImage()
    without = mark_icon(None, False, False, False).pixmap(size).toImage()
    article = tree_index(workbench, "art-10")  # its own words are free; paragraph 3 has options
    assert not tree.isExpanded(article)
    assert drawn_icon(workbench, "art-10") == with_brackets
    tooltip = model.data(model.index_of("art-10"), Qt.ItemDataRole.ToolTipRole)
    assert "2 open brackets in its paragraphs" in tooltip
    tree.expand(article)  # the paragraphs show their own marks: the article goes back to none
    assert drawn_icon(workbench, "art-10") == without
    assert drawn_icon(workbench, "art-10.3") == with_brackets
    assert drawn_icon(workbench, "art-4") == without  # no brackets anywhere in it


def test_the_marks_are_legible_and_the_legend_says_what_they_mean(qtbot, workbench):
    from PySide6.QtGui import QColor

    from negotiator_app.ui.theme import RED_LINE_COLOUR, STANCE_COLOURS

    note = Note(
        workbench.version.instrument_id,
        "art-4",
        stance="support",
        red_line=True,
        version_id=workbench.version.id,
    )
    workbench.navigator.update_note(save_note(workbench.library, note))
    tree = workbench.navigator.tree
    rect = tree.visualRect(tree_index(workbench, "art-4"))
    image = tree.viewport().grab(rect).toImage()

    def columns_in(colour: str) -> int:
        """How many pixel columns of the row hold that colour: the width of what is drawn."""
        wanted = QColor(colour)
        return sum(
            any(
                abs(QColor(image.pixel(x, y)).red() - wanted.red()) < 12
                and abs(QColor(image.pixel(x, y)).green() - wanted.green()) < 12
                and abs(QColor(image.pixel(x, y)).blue() - wanted.blue()) < 12
                for y in range(image.height())
            )
            for x in range(image.width())
        )

    assert columns_in(STANCE_COLOURS["support"]) >= 8  # the dot, inside its ring
    assert columns_in(RED_LINE_COLOUR) >= 16  # the ring around it, wider than the old 8 px dot

    legend = workbench.navigator.legend
    assert not legend.table.isVisible()
    qtbot.mouseClick(legend.toggle, Qt.MouseButton.LeftButton)
    assert legend.table.isVisible()
    meanings = legend.meanings()
    assert "Your position: Oppose" in meanings
    assert any("red ring" in m for m in meanings) and any("[brackets]" in m for m in meanings)
    screenshot(workbench.navigator, "tree-legend")
