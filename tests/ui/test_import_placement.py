"""The import dialog's choice reaches the library: the next revision, or another language of one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from negotiator_app.storage.revisions import revision
from negotiator_app.ui.library.import_options import (
    ANOTHER_LANGUAGE,
    NEXT_REVISION,
    OTHER_INSTRUMENT,
)
from tests.conftest import FIXTURES
from tests.ui.conftest import screenshot

WAIT_MS = 30_000


def version(window, label: str):
    return next(v for v in window.library.versions() if v.label == label)


def read_and_ask(qtbot, window, path: Path):
    """File > Import… on path: the file is read first, then the dialog asks."""
    runner = window.files.import_path(path)
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass  # the reading
    dialog = window.files.options
    qtbot.waitExposed(dialog)
    return dialog


def store(qtbot, window, dialog) -> None:
    dialog.import_button.click()
    with qtbot.waitSignal(window.files.runner.finished, timeout=WAIT_MS):
        pass  # the storing


def test_the_next_revision_then_another_language_of_it(qtbot, open_workbench, tmp_path):
    window = open_workbench()
    first = read_and_ask(qtbot, window, FIXTURES / "small_convention_en.txt")
    assert first.where_chosen() == OTHER_INSTRUMENT  # a delegate's draft is not the demo's Rev.2
    first.label.setText("Rev.1")
    store(qtbot, window, first)
    fisheries = window.version
    assert fisheries.revision == "Rev.1"

    second = read_and_ask(qtbot, window, FIXTURES / "small_convention_en.txt")
    assert second.where_chosen() == NEXT_REVISION  # the default with a draft of one's own open
    assert second.next_revision.text().endswith(", after Rev.1")
    assert second.next_revision.toolTip() == fisheries.instrument  # cut in the text, whole here
    second.label.setText("Rev.2")
    screenshot(second, "import-next-revision")
    store(qtbot, window, second)
    rev2 = window.version
    assert (rev2.instrument_id, rev2.revision) == (fisheries.instrument_id, "Rev.2")
    assert revision(window.library, rev2.revision_id).revises_id == fisheries.revision_id

    third = read_and_ask(qtbot, window, FIXTURES / "small_convention_ru.txt")
    assert third.where_chosen() == ANOTHER_LANGUAGE  # Russian, and Rev.2 has only English
    assert third.revision.currentText() == "Rev.2"
    third.label.setText("Rev.2 RU")
    store(qtbot, window, third)
    russian = version(window, "Rev.2 RU")
    assert russian.revision_id == rev2.revision_id  # one revision, two languages
    assert russian.language == "ru"


def test_another_language_the_revision_already_has_is_refused_in_the_dialog(qtbot, open_workbench):
    window = open_workbench()
    dialog = read_and_ask(qtbot, window, FIXTURES / "small_convention_en.txt")
    dialog.choose(ANOTHER_LANGUAGE)  # of the demonstration's Rev.1, which has English already
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith("Rev.1 already has a text in English")
    assert not dialog.import_button.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))  # it is French, in fact
    assert not dialog.problem.isVisible() and dialog.import_button.isEnabled()
    dialog.choose(NEXT_REVISION)
    assert dialog.choice()["revises"] == "Rev.1"
    dialog.reject()
    qtbot.waitUntil(lambda: window.files.options is None)
    assert QApplication.activeModalWidget() is None


def test_a_reference_instrument_goes_as_an_instrument_of_its_own(qtbot, open_workbench):
    window = open_workbench()
    first = read_and_ask(qtbot, window, FIXTURES / "small_convention_en.txt")
    first.label.setText("Rev.1")
    store(qtbot, window, first)
    dialog = read_and_ask(qtbot, window, FIXTURES / "small_convention_en.txt")
    assert dialog.where_chosen() == NEXT_REVISION
    dialog.reference.setChecked(True)  # an earlier treaty, not the next revision of this one
    assert dialog.where_chosen() == OTHER_INSTRUMENT
    choice = dialog.choice()
    assert choice["reference"] is True and not choice["revises"]
    dialog.reject()
    qtbot.waitUntil(lambda: window.files.options is None)
