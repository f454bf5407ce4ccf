"""The compare view: two versions, what changed provision by provision, side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.core.change_filter import ChangeFilter
from negotiator_app.storage.imports import import_draft
from negotiator_app.ui.workers import TaskProgressDialog
from tests.ui.conftest import screenshot
from tests.ui.drafts import long_draft

WAIT_MS = 30_000
LAPTOP = (1366, 768)


def version(window, label: str):
    return next(v for v in window.library.versions() if v.label == label)


def open_compare(qtbot, window):
    """Ctrl+Shift+C, then wait for the alignment."""
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.revisions.page
    qtbot.waitUntil(lambda: page.changes is not None, timeout=WAIT_MS)
    return page


def test_compare_opens_on_the_version_read_and_the_one_it_revises(qtbot, open_revisions_workbench):
    window = open_revisions_workbench(LAPTOP)
    window.open_version(version(window, "EN demo Rev.2").id, "art-11")
    page = open_compare(qtbot, window)
    assert window.current_page() == "compare"
    assert page.changes.old.label == "EN demo" and page.changes.new.label == "EN demo Rev.2"
    assert page.summary.text() == (
        "Rev.1 → Rev.2: 37 of 53 articles changed, 9 brackets removed; 53 shown."
    )
    assert "13 renumbered, reworded" in page.summary.toolTip().splitlines()
    assert "Article 3 (new)" in page.titles() and "Article 14 bis (deleted)" in page.titles()
    assert "Article 1" in page.titles()  # "all": unchanged ones too
    qtbot.waitUntil(page.table.hasFocus)  # the keyboard is in the list (after any progress)


def test_filter_to_changed_then_a_renumbered_article_shows_what_it_was_and_its_diff(
    qtbot, open_revisions_workbench
):
    window = open_revisions_workbench(LAPTOP)
    window.demo_banner.dismiss()
    window.open_version(version(window, "EN demo Rev.2").id, "art-11")
    page = open_compare(qtbot, window)
    page.set_filter(ChangeFilter.CHANGED)
    assert "Article 1" not in page.titles()  # unchanged
    assert "Article 12 (was Article 11)" in page.titles()  # renumbered only: a change too

    assert page.select("Article 18 (was Article 17)")
    side = page.side
    assert "Article 18 (was Article 17)" in side.heading.text()
    assert "renumbered, reworded" in side.heading.text()
    old_html, new_html = side.old_text.toHtml(), side.new_text.toHtml()
    assert "line-through" in old_html and "line-through" not in new_html  # deleted, on the left
    assert "underline" in new_html and "underline" not in old_html  # inserted, on the right
    assert "sufficiently" in side.new_plain() and "sufficiently" not in side.old_plain()
    screenshot(window, "compare-view")

    assert page.select("Article 11 (was Article 10)")  # an option chosen, its brackets gone
    assert "2 brackets removed; Option 2 chosen" in side.details.text()
    assert "Option 1" in side.old_plain() and "Option 1" not in side.new_plain()

    assert page.select("Article 12 (was Article 11)")
    assert "Only the number changed" in side.details.text()
    assert side.old_plain() == side.new_plain()


def test_enter_opens_the_selected_provision_in_the_reader(qtbot, open_revisions_workbench):
    window = open_revisions_workbench(LAPTOP)
    window.open_version(version(window, "EN demo Rev.2").id)
    page = open_compare(qtbot, window)
    assert page.select("Article 12 (was Article 11)")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_page() == "reader"
    assert (window.version.label, window.key) == ("EN demo Rev.2", "art-12")

    page = open_compare(qtbot, window)
    assert page.select("Article 14 bis (deleted)")  # only the old text has it
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert (window.version.label, window.key) == ("EN demo", "art-14bis")


def test_the_other_filters(qtbot, open_revisions_workbench):
    window = open_revisions_workbench(LAPTOP)
    window.open_version(version(window, "EN demo Rev.2").id)
    page = open_compare(qtbot, window)
    page.set_filter(ChangeFilter.NEW)
    assert page.titles() == ["Article 3 (new)"]
    page.set_filter(ChangeFilter.DELETED)
    assert page.titles() == ["Article 14 bis (deleted)"]
    page.set_filter(ChangeFilter.NOTED)  # the demonstration's positions, carried or kept
    assert page.titles() == [
        "Article 2",
        "Article 5 (was Article 4)",
        "Article 11 (was Article 10)",
        "Article 14 bis (deleted)",
        "Article 23 (was Article 22)",
        "Article 40 (was Article 26)",
    ]
    page.set_filter(ChangeFilter.BRACKETS)
    assert "Article 13 (was Article 12)" in page.titles()
    assert all(page.rows.pair(row).brackets.resolved for row in range(len(page.titles())))
    page.paragraphs.setChecked(True)  # the paragraphs whose brackets went, too
    assert "Article 11, paragraph 3 (was Article 10, paragraph 3)" in page.titles()
    assert "Article 2 (h)" in page.titles()


def test_a_version_with_no_revision_before_is_compared_with_the_one_after(
    qtbot, open_revisions_workbench
):
    window = open_revisions_workbench(LAPTOP)
    window.open_version(version(window, "EN demo").id)  # Rev.1 revises nothing
    page = open_compare(qtbot, window)
    assert (page.changes.old.label, page.changes.new.label) == ("EN demo", "EN demo Rev.2")


def test_a_long_comparison_shows_progress_and_can_be_cancelled(qtbot, open_workbench, tmp_path):
    window = open_workbench(LAPTOP)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(long_draft(400), encoding="utf-8")
    second.write_text(long_draft(401).replace("matter 7.", "issue 7."), encoding="utf-8")
    old, _ = import_draft(window.library, first, instrument="Long", label="Rev.1", backup=False)
    new, _ = import_draft(window.library, second, instrument="Long", label="Rev.2", backup=False)
    window.open_version(new.id)
    page = window.revisions.page
    page.open_for(window.version)
    runner = window.revisions.comparisons.running[(old.id, new.id)]
    assert window.findChild(TaskProgressDialog) is not None  # shown if it lasts, with Cancel
    runner.cancel()
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    assert page.changes is None
    assert page.summary.text() == "Comparison cancelled. Press Compare to run it again."
    page.compare_button.click()  # again, to the end this time
    qtbot.waitUntil(lambda: page.changes is not None, timeout=WAIT_MS)
    assert "Article 7" in page.titles()


def test_every_control_has_a_name_and_esc_goes_back_to_the_reader(qtbot, open_revisions_workbench):
    from tests.ui.test_accessibility import nameless

    window = open_revisions_workbench(LAPTOP)
    window.open_version(version(window, "EN demo Rev.2").id, "art-5")
    page = open_compare(qtbot, window)
    assert not window.side.isVisible()  # the two texts take the panel's room...
    assert nameless(page) == []
    assert nameless(window.revisions.review) == []
    dialog = window.revisions.export_changes()
    assert nameless(dialog) == []
    dialog.reject()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert window.current_page() == "reader" and window.key == "art-5"
    assert window.side.isVisible() and window.position.isVisible()  # ...and give it back


def test_first_start_the_demo_rev2_arrives_after_the_paint_and_compare_has_it(
    qtbot, open_workbench
):
    """As the app does on a first start: Rev.1 is there at the first paint, Rev.2 comes after."""
    from PySide6.QtWidgets import QPushButton

    from negotiator_app.ui.library.tasks import import_demo_revision
    from negotiator_app.ui.workers import TaskRunner

    window = open_workbench(LAPTOP)  # the demonstration's Rev.1 alone
    window.demo_banner.dismiss()
    assert window.navigator.versions.count() == 2
    runner = TaskRunner(import_demo_revision(window.library.folder), window, "demo Rev.2")
    runner.succeeded.connect(window.revisions.revision_arrived)
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.start()
    assert window.navigator.versions.count() == 4
    assert window.message.text() == (
        "<b>Rev.2</b> of the demonstration draft is in the library too, with 4 positions "
        "carried from Rev.1 to review: see what changed, article by article."
    )
    compare = next(b for b in window.message.findChildren(QPushButton) if "Compare" in b.text())
    compare.click()
    page = window.revisions.page
    qtbot.waitUntil(lambda: page.changes is not None, timeout=WAIT_MS)
    assert (page.changes.old.label, page.changes.new.label) == ("EN demo", "EN demo Rev.2")
    assert "Article 3 (new)" in page.titles()
