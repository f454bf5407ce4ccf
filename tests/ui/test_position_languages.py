"""The language rule in the panel: the wording typed is in the language of the version being
read and is redlined against that text only; another language's wording is shown as written."""

from __future__ import annotations

from negotiator_app.storage import Library
from negotiator_app.storage.notes import get_note
from tests.ui.conftest import screenshot
from tests.ui.test_position_panel import type_text

ENGLISH = "Each State Party shall adopt such measures as may be necessary."
RUSSIAN = "Каждое Государство-участник принимает такие меры, какие могут потребоваться."


def versions(window):
    by_language = {v.language: v for v in window.library.versions()}
    return by_language["en"], by_language["ru"]


def stored(window, key):
    with Library(window.library.folder) as library:
        return get_note(library, key, version_id=window.version.id)


def test_a_wording_is_redlined_only_against_its_own_language(qtbot, workbench):
    english, russian = versions(workbench)
    assert english.revision_id == russian.revision_id  # one revision, two languages
    workbench.open_version(english.id, "art-6.1")
    panel = workbench.panel
    assert panel.proposed_label.text() == "Proposed &wording (English)"
    panel.texts["proposed"].setPlainText(ENGLISH)
    assert panel.save_now()
    qtbot.waitUntil(lambda: panel.redline.isVisible())
    assert "line-through" in panel.redline.toHtml()

    workbench.open_version(russian.id, "art-6.1")  # the same note, on the Russian text
    assert workbench.key == "art-6.1"
    assert panel.proposed_label.text() == "Proposed &wording (Russian)"
    assert panel.texts["proposed"].toPlainText() == ""
    assert not panel.redline_title.isVisible()  # the Russian text is not struck through
    assert panel.redline is None or not panel.redline.isVisible()
    assert panel.other_wordings.isVisible()
    assert panel.other_wordings.shown() == [("Proposed wording (English)", ENGLISH)]
    screenshot(workbench, "position-other-language")

    # The delegate adds the wording in Russian: one wording per language.
    type_text(qtbot, panel.texts["proposed"], RUSSIAN)
    assert panel.save_now()
    qtbot.waitUntil(lambda: panel.redline.isVisible())
    russian_text = workbench.outline.get("art-6.1").text
    assert russian_text.split()[0] in panel.redline.toPlainText()  # against the Russian text
    note = stored(workbench, "art-6.1")
    assert [(p.language, p.text, p.version_id) for p in note.proposals] == [
        ("en", ENGLISH, english.id),
        ("ru", RUSSIAN, russian.id),
    ]

    workbench.open_version(english.id, "art-6.1")
    assert panel.texts["proposed"].toPlainText() == ENGLISH
    assert panel.other_wordings.shown() == [("Proposed wording (Russian)", RUSSIAN)]
    assert "line-through" in panel.redline.toHtml()


def test_editing_another_field_on_the_other_language_keeps_the_wording(qtbot, workbench):
    english, russian = versions(workbench)
    workbench.open_version(english.id, "art-7")
    panel = workbench.panel
    panel.texts["proposed"].setPlainText(ENGLISH)
    assert panel.save_now()
    workbench.open_version(russian.id, "art-7")
    type_text(qtbot, panel.texts["rationale"], "Too broad")
    assert panel.save_now()
    note = stored(workbench, "art-7")
    assert note.rationale == "Too broad"
    assert [(p.language, p.text, p.version_id) for p in note.proposals] == [
        ("en", ENGLISH, english.id)
    ]
