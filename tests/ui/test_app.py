"""Starting the workbench: --smoke, one instance per library, clear refusals, the crash dialog."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from negotiator_app.storage import Library
from negotiator_app.storage.carry import review_list
from negotiator_app.storage.lock import LOCK_FILE, LibraryLock
from negotiator_app.ui.dialogs.crash_dialog import install_excepthook, show_crash

REPO = Path(__file__).resolve().parents[2]


def negotiator(*args: str, folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEGOTIATOR_DATA_DIR": str(folder)}
    return subprocess.run(
        [sys.executable, "-m", "negotiator_app", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_opens_the_library_paints_once_and_says_how_long_it_took(library_dir):
    run = negotiator("--smoke", "--data-dir", str(library_dir), folder=library_dir)
    assert run.returncode == 0, run.stderr
    painted = re.fullmatch(r"first paint: (\d+) ms\n", run.stdout)
    assert painted
    # The demonstration's Rev.1 comes before the first paint; its Rev.2 (and the positions
    # carried into it) after, on a worker thread.
    revision = re.search(r"demonstration Rev.2 imported: (\d+) ms", run.stderr)
    assert revision and int(revision.group(1)) > int(painted.group(1))
    with Library(library_dir) as library:  # the first run brought in the demonstration text
        assert [v.label for v in library.versions()] == [
            "EN demo",
            "RU demo",
            "EN demo Rev.2",
            "RU demo Rev.2",
        ]
        assert len(review_list(library, library.versions()[2])) == 4


def test_a_second_workbench_on_the_same_library_is_refused_with_a_reason(library_dir):
    lock = LibraryLock(library_dir, holder="window").acquire()
    try:
        run = negotiator("--smoke", folder=library_dir)
    finally:
        lock.release()
    assert run.returncode == 2
    assert f"in use by the Negotiator window (process {os.getpid()}" in run.stderr
    assert "Switch to that window" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_lock_left_by_a_crashed_workbench_does_not_keep_the_library_shut(library_dir):
    library_dir.mkdir(parents=True)
    crashed = (
        "import os, sys\n"
        "from negotiator_app.storage.lock import LibraryLock\n"
        "LibraryLock(sys.argv[1], holder='window').acquire()\n"
        "os._exit(0)  # dies holding the lock, as a killed app would\n"
    )
    subprocess.run([sys.executable, "-c", crashed, str(library_dir)], check=True)
    assert (library_dir / LOCK_FILE).read_text()  # its details are still written there
    run = negotiator("--smoke", folder=library_dir)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("content", [b"", b"garbage\x00\xff" * 50])
def test_an_empty_or_garbage_lock_file_does_not_keep_the_library_shut(library_dir, content):
    library_dir.mkdir(parents=True)
    (library_dir / LOCK_FILE).write_bytes(content)
    run = negotiator("--smoke", folder=library_dir)
    assert run.returncode == 0, run.stderr


def test_a_damaged_library_is_one_sentence_not_a_traceback(library_dir):
    library_dir.mkdir(parents=True)
    (library_dir / "library.sqlite3").write_bytes(b"this is not a database" * 100)
    run = negotiator("--smoke", folder=library_dir)
    assert run.returncode == 2
    assert "damaged" in run.stderr and "Traceback" not in run.stderr


def close_message_boxes(found: list[str]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            found.append(widget.text())
            widget.done(0)


@pytest.mark.crash_dialog
def test_the_crash_dialog_names_the_error_and_the_crash_log(qtbot, library_dir):
    texts: list[str] = []
    timer = QTimer(interval=50, timeout=lambda: close_message_boxes(texts))
    timer.start()
    try:
        error = RuntimeError("the index exploded")
        path = show_crash(error, library_dir)
    finally:
        timer.stop()
    assert path.parent == library_dir / "logs" and "RuntimeError" in path.read_text()
    assert texts and "the index exploded" in texts[0] and str(path) in texts[0]


@pytest.mark.crash_dialog
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_crash_dialog(qtbot, library_dir, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook(library_dir)
    texts: list[str] = []
    closer = QTimer(interval=50, timeout=lambda: close_message_boxes(texts))
    closer.start()

    def broken_slot() -> None:
        raise ValueError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    try:
        qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    finally:
        closer.stop()
    assert "a bug in a slot" in texts[0]
    assert list((library_dir / "logs").glob("crash-*.txt"))
