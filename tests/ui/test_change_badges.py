"""The tree badges what the revision changed or added; the overview counts brackets before/after."""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.ui.overview.chart import bracket_figure
from negotiator_app.ui.tree.model import CHANGE_ROLE
from tests.ui.conftest import screenshot

WAIT_MS = 30_000


def version(window, label: str):
    return next(v for v in window.library.versions() if v.label == label)


def badges_known(window) -> bool:
    return window.revisions.badges.current() is not None


def test_changed_and_new_provisions_of_the_newer_version_carry_a_badge(
    qtbot, open_revisions_workbench
):
    window = open_revisions_workbench()
    window.open_version(version(window, "EN demo Rev.2").id, "art-3")
    qtbot.waitUntil(lambda: badges_known(window), timeout=WAIT_MS)
    model = window.navigator.model
    assert model.change("art-3") == "new"  # inserted early: every later number shifted
    assert model.change("art-11") == "changed"  # an option chosen, its brackets gone
    assert model.change("art-11.3") == "changed"
    assert model.change("art-12") == ""  # renumbered only: nothing to read again...
    tooltip = model.index_of("art-12").data(Qt.ItemDataRole.ToolTipRole)
    assert "Was Article 11 in Rev.1" in tooltip  # ...but it says what it was
    assert "Changed since Rev.1: renumbered, reworded (was Article 10)" in model.index_of(
        "art-11"
    ).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_of("art-3").data(CHANGE_ROLE) == "new"
    assert window.navigator.legend.meanings()[-2:] == [
        "Text changed since the revision before (reworded, moved, split or merged)",
        "New in this revision",
    ]
    window.navigator.legend.toggle.click()
    screenshot(window.navigator, "tree-badges")

    window.open_version(version(window, "EN demo").id)  # Rev.1 revises nothing: no badges
    qtbot.waitUntil(lambda: window.navigator.model.change("art-11") == "", timeout=WAIT_MS)
    assert window.revisions.badges.current() is None


def test_the_overview_shows_open_brackets_before_and_after_the_revision(
    qtbot, open_revisions_workbench
):
    window = open_revisions_workbench()
    window.open_version(version(window, "EN demo Rev.2").id)
    qtbot.waitUntil(lambda: badges_known(window), timeout=WAIT_MS)
    window.show_overview()
    chart = window.overview.chart
    assert chart.since == "Rev.1"
    assert chart.brackets_before > sum(f.open_brackets for f in chart.figures)  # some went
    changed = [f for f in chart.figures if f.brackets_before != f.open_brackets]
    assert changed
    assert bracket_figure(changed[0]) == (
        f"[ ] {changed[0].brackets_before} → {changed[0].open_brackets}"
    )
    screenshot(window, "overview-brackets")
