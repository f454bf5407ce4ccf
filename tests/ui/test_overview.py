"""The overview: chapters as bars of articles by stance, brackets and red lines; click opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.core.overview import NO_POSITION, chapter_figures, totals
from negotiator_app.storage.notes import Note, save_note
from negotiator_app.ui.main_window import OVERVIEW, READER
from tests.ui.conftest import screenshot


def record(window, key: str, stance: str, red_line: bool = False) -> None:
    note = save_note(
        window.library,
        Note(window.version.instrument_id, key, stance=stance, red_line=red_line),
    )
    window.navigator.update_note(note)


def row_of(chart, key: str) -> int:
    return [f.key for f in chart.figures].index(key)


def test_figures_count_articles_by_stance_with_brackets_and_red_lines(workbench):
    record(workbench, "art-6", "oppose", red_line=True)
    record(workbench, "art-7.2", "support with amendments")  # a paragraph speaks for its article
    figures = {
        f.key: f for f in chapter_figures(workbench.outline, workbench.navigator.model.notes())
    }
    chapter = figures["ch-II"]
    assert chapter.stances["oppose"] == 1
    assert chapter.stances["support with amendments"] == 1
    assert chapter.red_lines == 1
    articles = [k for k in workbench.outline.units if k in workbench.outline.descendants("ch-II")]
    assert chapter.total == len(articles)
    assert chapter.stances[NO_POSITION] == len(articles) - 2
    assert chapter.open_brackets >= 1  # the two options of article 10, among others
    assert totals(list(figures.values()))["red_lines"] == 1


def test_the_overview_shows_and_a_click_on_a_bar_opens_the_chapter(qtbot, workbench):
    record(workbench, "art-6", "oppose", red_line=True)
    record(workbench, "art-12", "support")
    qtbot.keyClick(
        workbench,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert workbench.current_page() == OVERVIEW
    chart = workbench.overview.chart
    assert [f.key for f in chart.figures][:3] == ["pre", "ch-I", "ch-II"]
    screenshot(workbench, "overview")

    row = row_of(chart, "ch-III")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(row).center())
    assert workbench.current_page() == READER
    assert workbench.key == "ch-III"
    assert "CHAPTER III" in workbench.reader.page.toPlainText()


def test_the_overview_works_from_the_keyboard(qtbot, workbench):
    workbench.show_overview()
    chart = workbench.overview.chart
    assert chart.hasFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert workbench.key == chart.figures[2].key == "ch-II"


def test_saving_a_position_updates_the_overview_that_is_showing(qtbot, workbench):
    workbench.show_overview()
    chart = workbench.overview.chart
    before = chart.figures[row_of(chart, "ch-IV")].stances["reserve"]
    workbench.panel.show_provision(
        workbench.outline, workbench.version.instrument_id, workbench.version.id, "art-22"
    )
    workbench.panel.stance.setCurrentIndex(workbench.panel.stance.findData("reserve"))
    assert workbench.panel.save_now()
    assert chart.figures[row_of(chart, "ch-IV")].stances["reserve"] == before + 1
