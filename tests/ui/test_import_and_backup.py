"""File > Import... and Back up library: worker threads with progress, Cancel, one-sentence errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QPushButton

from negotiator_app.ui.library.import_options import ImportOptions
from tests.conftest import FIXTURES
from tests.ui.conftest import screenshot
from tests.ui.drafts import long_draft

WAIT_MS = 30_000


def labels(window) -> list[str]:
    return [v.label for v in window.library.versions()]


def test_an_import_reports_progress_then_opens_the_new_version_with_its_report(qtbot, workbench):
    runner = workbench.files.import_path(
        FIXTURES / "small_convention_en.txt",
        {"instrument": "Fisheries data", "label": "Rev.1", "language": "en"},
    )
    seen: list[tuple[int, int]] = []
    runner.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    assert seen and seen[-1] == (100, 100)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert "Rev.1" in labels(workbench)
    assert workbench.version.label == "Rev.1"
    assert workbench.version.instrument == "Fisheries data"
    assert "Imported" in workbench.message.text() and "Found" in workbench.message.text()
    assert not workbench.demo_banner.isVisible()  # not the demonstration text any more
    screenshot(workbench, "import-report")


def test_cancel_leaves_the_library_exactly_as_it_was(qtbot, workbench, tmp_path):
    draft = tmp_path / "long.txt"
    draft.write_text(long_draft(400), encoding="utf-8")
    before = labels(workbench)
    runner = workbench.files.import_path(draft, {"instrument": "", "label": "long", "language": ""})
    runner.cancel()  # at once, as if Esc was pressed when the dialog came up
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    assert labels(workbench) == before
    assert workbench.message.text() == "Import cancelled; the library is unchanged."


def test_the_progress_dialog_cancel_button_stops_a_long_import(qtbot, workbench, tmp_path):
    draft = tmp_path / "longer.txt"
    draft.write_text(long_draft(16000, paragraphs=3), encoding="utf-8")  # ~2 s to read
    before = labels(workbench)
    runner = workbench.files.import_path(draft, {"instrument": "", "label": "big", "language": ""})
    progress = workbench.files.progress
    qtbot.waitUntil(progress.isVisible, timeout=WAIT_MS)
    assert progress.labelText() == "Importing longer.txt…"
    screenshot(progress, "import-progress")
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    assert labels(workbench) == before


def test_a_file_that_cannot_be_read_is_one_sentence_in_the_window(qtbot, workbench, tmp_path):
    broken = tmp_path / "draft.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not really a PDF")
    runner = workbench.files.import_path(broken, {"instrument": "", "label": "x", "language": ""})
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    text = workbench.message.text()
    assert "draft.pdf" in text and text.count(".") <= 3 and "Traceback" not in text
    assert workbench.message.property("tone") == "error"
    assert labels(workbench) == ["EN demo", "RU demo"]


def drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(200, 200).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropping_a_file_reads_it_then_asks_then_imports_it(qtbot, workbench):
    drop(workbench, FIXTURES / "small_convention_ru.txt")
    with qtbot.waitSignal(workbench.files.runner.finished, timeout=WAIT_MS):
        pass  # the reading
    dialog = workbench.files.options
    qtbot.waitExposed(dialog)
    assert dialog.found.text().startswith("Found ")  # what the file holds, before it is filed
    assert dialog.language.itemText(0) == "Detect (Russian)"
    screenshot(dialog, "import-options")
    dialog.label.setText("RU Rev.1")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    with qtbot.waitSignal(workbench.files.runner.finished, timeout=WAIT_MS):
        pass  # the storing
    assert workbench.version.label == "RU Rev.1"


def test_a_garbage_file_fails_before_any_question(qtbot, workbench, tmp_path):
    garbage = tmp_path / "minutes.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    drop(workbench, garbage)
    with qtbot.waitSignal(workbench.files.runner.finished, timeout=WAIT_MS):
        pass
    assert workbench.files.options is None  # nothing was asked
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportOptions)]
    assert workbench.message.property("tone") == "error"
    assert "minutes.pdf" in workbench.message.text()
    assert labels(workbench) == ["EN demo", "RU demo"]


def test_the_file_dialog_opens_in_the_folder_of_the_last_draft(qtbot, workbench, tmp_path):
    folder = tmp_path / "drafts from the secretariat"
    folder.mkdir()
    draft = folder / "rev1.txt"
    draft.write_text((FIXTURES / "small_convention_en.txt").read_text("utf-8"), "utf-8")

    workbench.import_file()
    dialog = workbench.findChild(QFileDialog, "importFileDialog")
    qtbot.waitExposed(dialog)
    dialog.setDirectory(str(folder))
    dialog.selectFile(str(draft))
    dialog.accept()
    with qtbot.waitSignal(workbench.files.runner.finished, timeout=WAIT_MS):
        pass
    workbench.files.options.reject()  # changed their mind: the folder is remembered all the same
    qtbot.waitUntil(lambda: workbench.files.options is None)

    workbench.import_file()
    again = [d for d in workbench.findChildren(QFileDialog) if d.isVisible()][0]
    assert Path(again.directory().absolutePath()) == folder
    again.reject()


def test_the_import_report_goes_when_another_instrument_is_opened(qtbot, workbench):
    runner = workbench.files.import_path(
        FIXTURES / "small_convention_en.txt",
        {"instrument": "Fisheries data", "label": "Rev.1", "language": "en"},
    )
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    assert "Imported" in workbench.message.text()
    imported = workbench.version
    demo = next(v for v in workbench.library.versions() if v.label == "EN demo")
    workbench.open_version(imported.id)  # the imported text itself again: the report stays
    assert "Imported" in workbench.message.text()
    workbench.navigator.versions.setCurrentIndex(workbench.navigator.versions.findData(demo.id))
    workbench.navigator.versions.activated.emit(workbench.navigator.versions.currentIndex())
    assert workbench.version.id == demo.id
    assert not workbench.message.isVisible()  # about Fisheries data, not what is read now


def backups(window) -> list[Path]:
    return sorted((window.library.folder / "backups").glob("library-*-manual.sqlite3"))


def test_back_up_writes_a_checked_copy_into_the_backups_folder(qtbot, workbench):
    runner = workbench.files.back_up()
    seen: list[int] = []
    runner.progressed.connect(lambda done, total: seen.append(done))
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    [copy_path] = backups(workbench)
    copy = sqlite3.connect(copy_path)
    try:
        assert copy.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 2
    finally:
        copy.close()
    assert seen[-1] == 1
    assert "backed up" in workbench.message.text() and copy_path.name in workbench.message.text()


def test_a_cancelled_backup_leaves_no_file_behind(qtbot, workbench):
    runner = workbench.files.back_up()
    runner.cancel()
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    assert backups(workbench) == []
    assert workbench.message.text() == "Backup cancelled."


def test_an_import_into_a_library_with_texts_backs_it_up_first(qtbot, workbench):
    runner = workbench.files.import_path(
        FIXTURES / "small_convention_en.txt", {"instrument": "", "label": "Rev.2", "language": ""}
    )
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    assert list((workbench.library.folder / "backups").glob("library-*-import.sqlite3"))
