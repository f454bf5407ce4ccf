"""Screenshots of the main states, from a realistic session, for people to look at.

Saved under tests/artifacts/ (not kept in git); the README shows two of them, copied by hand to
resources/screenshots/. The assertions check that each state really shows what it should.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.storage.notes import DelegationPosition, Note, save_note
from negotiator_app.storage.session_log import add_entry
from tests.ui.conftest import screenshot

SIZE = (1280, 800)


def a_morning_of_work(window) -> None:
    """Positions on a few articles and two statements, as after an hour of preparation."""
    instrument = window.version.instrument_id
    for key, stance, red_line in (
        ("art-6", "oppose", True),
        ("art-7", "support", False),
        ("art-8", "support", False),
        ("art-9", "support with amendments", False),
        ("art-11", "reserve", False),
        ("art-12", "support", False),
        ("art-18", "neutral", False),
        ("art-20", "support with amendments", False),
        ("art-26", "oppose", False),
        ("art-30", "support", False),
    ):
        window.navigator.update_note(
            save_note(window.library, Note(instrument, key, stance=stance, red_line=red_line))
        )
    note = Note(
        instrument,
        "art-10.3",
        stance="support with amendments",
        priority="high",
        red_line=True,
        rationale="Option 2 leaves room for a risk-based approach; Option 1 fixes a five-year "
        "retention period that our regulator cannot accept.",
        talking_points="Support Option 2.\nRecall the FATF recommendation on virtual assets.",
        tags=["crypto", "AML"],
        delegations=[
            DelegationPosition("Brazil", "support", "prefers Option 2"),
            DelegationPosition("EU", "reserve", "study reservation"),
        ],
    )
    window.navigator.update_note(save_note(window.library, note))
    for delegation, text in (
        ("EU", "study reservation on paragraph 3"),
        ("Brazil", "supports Option 2, asks for a risk-based test"),
    ):
        add_entry(window.library, window.version, "art-10.3", text, delegation=delegation)


def test_screenshot_of_the_main_window_with_a_position(qtbot, open_workbench):
    window = open_workbench(SIZE)
    a_morning_of_work(window)
    window.demo_banner.dismiss()  # as after the first day
    window.open_provision("art-10.3")
    panel = window.panel
    panel.texts["proposed"].setPlainText(
        window.outline.get("art-10.3")
        .text.split("] [")[1]
        .removeprefix("Option 2: ")
        .removesuffix("]")
        .replace("shall consider requiring", "shall require")
    )
    qtbot.waitUntil(panel.redline.isVisible)
    panel.save_now()
    window.log_dock.refresh()
    qtbot.wait(50)
    assert "Option 1:" in window.reader.page.toPlainText()
    assert len(window.log_dock.entries_shown()) == 2
    screenshot(window, "main-window")


def test_screenshot_of_search_results(qtbot, open_workbench):
    window = open_workbench(SIZE)
    a_morning_of_work(window)
    window.demo_banner.dismiss()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.box, "confiscation")
    qtbot.waitUntil(lambda: window.results.list.count() > 2, timeout=20_000)
    screenshot(window, "search")


def test_screenshot_of_the_overview(qtbot, open_workbench):
    window = open_workbench(SIZE)
    a_morning_of_work(window)
    window.show_overview()
    assert window.overview.chart.figures
    screenshot(window, "overview-page")


def test_screenshot_in_dark_colours(qtbot, open_workbench):
    window = open_workbench(SIZE)
    a_morning_of_work(window)
    window.open_provision("art-10.3")
    try:
        window.appearance.set_theme("dark")
        qtbot.wait(50)
        screenshot(window, "main-window-dark")
    finally:
        window.appearance.set_theme("light")
