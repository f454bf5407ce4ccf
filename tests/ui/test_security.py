"""The workbench on an encrypted library: the passphrase at start, the lock when idle or on
Ctrl+Shift+L, encryption chosen from the File menu, Help > Show log, a native crash offered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

pytest.importorskip("sqlcipher3", reason="encrypted libraries need the sqlcipher3 package")

from negotiator_app.storage import Library, cipher  # noqa: E402
from negotiator_app.storage.encryption import encrypt_library  # noqa: E402
from negotiator_app.storage.imports import import_demo_if_empty  # noqa: E402
from negotiator_app.storage.notes import Note, save_note  # noqa: E402
from negotiator_app.ui.security.passphrase import PassphraseDialog  # noqa: E402
from tests.storage.test_encryption import MARKERS, leaks  # noqa: E402
from tests.ui.conftest import open_window, screenshot  # noqa: E402

PASSPHRASE = "the delegation's long passphrase"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def encrypted(library_dir: Path):
    with Library(library_dir) as library:
        import_demo_if_empty(library)
        version = library.versions()[0]
        save_note(library, Note(version.instrument_id, "art-5", rationale=MARKERS[0]))
    encrypt_library(library_dir, PASSPHRASE)
    yield library_dir
    cipher.forget(library_dir)


@pytest.fixture
def window(qtbot, encrypted: Path):
    library = Library(encrypted)
    window = open_window(qtbot, library)
    yield window
    window.close()
    library.close()


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_the_passphrase_dialog_says_a_wrong_passphrase_and_opens_with_the_right_one(
    qtbot, encrypted: Path
) -> None:
    cipher.forget(encrypted)
    dialog = PassphraseDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.field, "not it at all")
    dialog.try_accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == (
        f"The passphrase does not open the library in {encrypted}; nothing was changed."
    )
    assert cipher.key_for(encrypted) is None
    type_into(qtbot, dialog.field, PASSPHRASE)
    dialog.try_accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert cipher.key_for(encrypted) is not None


def test_ctrl_shift_l_locks_the_window_and_only_the_passphrase_unlocks_it(qtbot, window) -> None:
    assert window.lock is not None
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert window.lock.locked and window.lock.screen.isVisible()
    assert not window.centralWidget().isEnabled()
    assert not window.actions_by_name["find"].isEnabled()  # no shortcut reaches the library
    shot = screenshot(window, "locked-window")
    assert shot.exists()
    type_into(qtbot, window.lock.screen.field, "wrong passphrase")
    qtbot.keyClick(window.lock.screen.field, Qt.Key.Key_Return)
    assert window.lock.locked
    assert window.lock.screen.problem.text() == "That is not the library's passphrase."
    type_into(qtbot, window.lock.screen.field, PASSPHRASE)
    qtbot.keyClick(window.lock.screen.field, Qt.Key.Key_Return)
    assert not window.lock.locked and not window.lock.screen.isVisible()
    assert window.centralWidget().isEnabled() and window.actions_by_name["find"].isEnabled()


def test_the_window_locks_itself_after_the_idle_time(qtbot, window) -> None:
    window.lock._timer.setInterval(200)  # the chosen minutes, shortened for the test
    window.lock._timer.start()
    qtbot.waitUntil(lambda: window.lock.locked, timeout=5_000)
    assert window.lock.screen.isVisible()


def test_the_idle_time_is_chosen_in_the_file_menu(qtbot, window) -> None:
    window.actions_by_name["lock_after_30"].trigger()
    assert window.lock.minutes == 30 and window.lock._timer.interval() == 30 * 60_000
    window.actions_by_name["lock_after_0"].trigger()
    assert not window.lock._timer.isActive()
    assert window.actions_by_name["decrypt"].isVisible()
    assert not window.actions_by_name["encrypt"].isVisible()


def test_a_library_in_clear_offers_encryption_not_the_lock(qtbot, workbench) -> None:
    assert workbench.lock is None
    assert workbench.actions_by_name["encrypt"].isVisible()
    assert not workbench.actions_by_name["lock"].isEnabled()
    dialog = workbench.encrypt_library()
    type_into(qtbot, dialog.field, "long enough passphrase")
    type_into(qtbot, dialog.again, "a different one")
    dialog.try_accept()
    assert dialog.problem.text() == "The two passphrases differ."
    assert workbench.conversion is None
    type_into(qtbot, dialog.again, "long enough passphrase")
    dialog.try_accept()
    assert workbench.conversion == ("encrypt", "long enough passphrase")


def test_help_show_log_shows_what_was_done(qtbot, workbench) -> None:
    from negotiator_app.log_file import start_log_file, stop_log_file
    from negotiator_app.storage.backup import make_backup

    handler = start_log_file(workbench.library.folder)
    try:
        make_backup(workbench.library)
    finally:
        stop_log_file(handler)
    dialog = workbench.show_log()
    assert "backup taken (manual)" in dialog.text.toPlainText()
    dialog.close()


def test_the_workbench_on_an_encrypted_library_leaves_no_note_in_clear(
    qtbot, window, encrypted: Path
) -> None:
    version = window.library.versions()[0]
    note = Note(version.instrument_id, "art-6", version_id=version.id, rationale=MARKERS[2])
    save_note(window.library, note)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.box, MARKERS[2])
    qtbot.waitUntil(lambda: window.results.list.count() > 0, timeout=20_000)
    window.close()
    QApplication.processEvents()
    assert leaks(encrypted) == []


def test_smoke_start_of_an_encrypted_library_and_the_encryption_from_the_menu(
    encrypted: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEGOTIATOR_PASSPHRASE": PASSPHRASE}
    run = subprocess.run(
        [sys.executable, "-m", "negotiator_app", "--smoke", "--data-dir", str(encrypted)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    env["NEGOTIATOR_PASSPHRASE"] = "wrong passphrase!"
    run = subprocess.run(
        [sys.executable, "-m", "negotiator_app", "--smoke", "--data-dir", str(encrypted)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 2
    assert run.stderr == (
        f"negotiator: The passphrase does not open the library in {encrypted}; nothing was "
        "changed.\n"
    )


def test_a_native_crash_of_the_last_run_is_offered_at_the_next_start(qtbot, workbench) -> None:
    from negotiator_app.ui.app import _offer_native_crashes

    folder = workbench.library.folder
    logs = folder / "logs"
    logs.mkdir(exist_ok=True)
    (logs / "native-99999.txt").write_text(
        'Negotiator 0.1.0\n\nFatal Python error: Segmentation fault\n\n  File "x.py", line 1\n'
    )
    _offer_native_crashes(workbench, folder)
    (crash,) = logs.glob("crash-*-native.txt")
    shown = _message_html(workbench)
    assert "stopped unexpectedly last time" in shown and str(crash) in shown


def _message_html(window) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in window.message.findChildren(QLabel))
