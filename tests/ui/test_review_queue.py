"""Carried positions that need a look: the queue, the panel's notice, cleared one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.storage.carry import review_list
from tests.ui.conftest import screenshot

LAPTOP = (1366, 768)


def version(window, label: str):
    return next(v for v in window.library.versions() if v.label == label)


def pending(window) -> list[str]:
    """What the library says awaits review in the Rev.2 being read: the carried notes' keys."""
    items = review_list(window.library, window.version)
    return [item.carried.new_key or item.carried.old_key for item in items]


def open_queue(qtbot, window):
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dock = window.revisions.review
    qtbot.waitUntil(dock.list.hasFocus)
    return dock


def test_mark_a_carried_position_reviewed_and_it_leaves_the_queue(qtbot, open_revisions_workbench):
    window = open_revisions_workbench(LAPTOP)
    window.demo_banner.dismiss()
    window.open_version(version(window, "EN demo Rev.2").id)
    dock = open_queue(qtbot, window)
    assert pending(window) == ["art-2.h", "art-11.3", "art-23.2", "art-14bis"]
    texts = dock.texts()
    assert texts[1] == (
        "Article 11, paragraph 3 — text changed since your position — review; renumbered from "
        "Article 10 (Support with amendments)"
    )
    assert texts[3].startswith("Article 14 bis of Rev.1 — provision deleted")

    dock.list.setCurrentRow(1)
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)  # read it, with the position beside it
    assert (window.version.label, window.key) == ("EN demo Rev.2", "art-11.3")
    notice = window.panel.carried
    assert notice.isVisible()
    assert notice.line.text().startswith("Carried from Rev.1 — renumbered from Article 10. Text")
    assert "To review." in notice.line.text()
    notice.diff_toggle.click()  # the old text against the new, under the position
    assert "line-through" in notice.diff_html() and "Option 1" in notice.diff_html()
    qtbot.waitUntil(lambda: window.revisions.badges.current() is not None, timeout=30_000)
    screenshot(window, "review-queue")  # with the tree's badges

    dock.list.setFocus()
    with qtbot.waitSignal(dock.reviewed):  # a button's Alt+letter clicks it a moment later
        qtbot.keyClick(dock.list, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Mark reviewed
    assert pending(window) == ["art-2.h", "art-23.2", "art-14bis"]
    assert len(dock.texts()) == 3
    assert not any(text.startswith("Article 11, paragraph 3") for text in dock.texts())
    carried = review_list(window.library, window.version, pending=False)
    done = next(item.carried for item in carried if item.carried.new_key == "art-11.3")
    assert not done.review and done.reviewed  # when it was looked at
    line = window.panel.carried.line.text()
    assert line.endswith("renumbered from Article 10. Text changed since your position.")
    assert not window.panel.carried.reviewed_button.isVisible()


def test_editing_a_carried_position_is_its_review(qtbot, open_revisions_workbench):
    window = open_revisions_workbench(LAPTOP)
    window.open_version(version(window, "EN demo Rev.2").id, "art-23.2")
    dock = window.revisions.review
    dock.show()
    panel = window.panel
    assert panel.carried.needs_review()
    assert "Your proposed wording was taken in" in panel.carried.line.text()
    panel.texts["rationale"].setPlainText("Taken in at Rev.2: we can support the paragraph now.")
    assert panel.save_now()
    assert "art-23.2" not in pending(window)
    assert not panel.carried.needs_review()
    assert not any(text.startswith("Article 23, paragraph 2") for text in dock.texts())


def test_the_panel_on_the_old_text_says_the_revision_deleted_the_provision(
    qtbot, open_revisions_workbench
):
    window = open_revisions_workbench(LAPTOP)
    window.open_version(version(window, "EN demo").id, "art-14bis")
    notice = window.panel.carried
    assert notice.isVisible()
    assert notice.line.text().startswith(
        "Rev.2: Provision deleted — your position on the old text is kept."
    )
    notice.reviewed_button.click()
    assert "art-14bis" not in pending_in(window, "EN demo Rev.2")


def test_a_position_written_on_this_revision_has_no_notice(qtbot, open_revisions_workbench):
    window = open_revisions_workbench(LAPTOP)
    window.open_version(version(window, "EN demo Rev.2").id, "art-5")  # carried, text unchanged
    assert "renumbered from Article 4" in window.panel.carried.line.text()
    assert not window.panel.carried.reviewed_button.isVisible()
    window.open_provision("art-7")
    assert not window.panel.carried.isVisible()


def pending_in(window, label: str) -> list[str]:
    return [item.carried.old_key for item in review_list(window.library, version(window, label))]
