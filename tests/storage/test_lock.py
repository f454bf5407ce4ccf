"""One writer at a time: the library lock the workbench and the changing commands share."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from negotiator_app.cli import main
from negotiator_app.storage import LibraryError
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.library import Library
from negotiator_app.storage.lock import LOCK_FILE, LibraryBusy, LibraryLock
from tests.conftest import FIXTURES

HOLD = (
    "import sys, time\n"
    "from negotiator_app.storage.lock import LibraryLock\n"
    "lock = LibraryLock(sys.argv[1], holder=sys.argv[2]).acquire()\n"
    "print('held', flush=True)\n"
    "time.sleep(float(sys.argv[3]))\n"
    "if sys.argv[4] == 'die':\n"
    "    import os; os._exit(0)  # killed holding it, as a crash would\n"
    "lock.release()\n"
)


def hold(folder: Path, holder: str, seconds: float, end: str = "release") -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder), holder, str(seconds), end],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


@pytest.fixture
def library(library_dir: Path) -> Path:
    with Library(library_dir) as opened:
        import_draft(opened, FIXTURES / "small_convention_en.txt", label="Rev.1", backup=False)
    return library_dir


def test_a_change_while_the_workbench_is_open_is_refused_naming_it(library, capsys):
    window = hold(library, "window", 30)
    try:
        status = main(["note", "set", "Rev.1", "art-5", "--stance", "oppose"])
    finally:
        window.kill()
        window.communicate()
    err = capsys.readouterr().err
    assert status == 2
    assert f"the Negotiator window (process {window.pid}" in err and "Traceback" not in err


def test_a_command_waits_for_another_command_to_finish(library, capsys):
    other = hold(library, "command", 1.0)
    try:
        started = time.monotonic()
        status = main(["note", "set", "Rev.1", "art-5", "--stance", "oppose"])
    finally:
        other.communicate()
    assert status == 0, capsys.readouterr().err
    assert time.monotonic() - started >= 0.5  # it waited its turn


def test_reading_commands_need_no_lock(library, capsys):
    window = hold(library, "window", 30)
    try:
        assert main(["list"]) == 0
        assert main(["show", "Rev.1", "art-5"]) == 0
    finally:
        window.kill()
        window.communicate()


def test_a_lock_left_by_a_killed_process_does_not_keep_the_library_shut(library):
    hold(library, "window", 0, end="die").communicate()
    assert (library / LOCK_FILE).exists()
    with LibraryLock(library) as lock:
        assert lock.held


@pytest.mark.parametrize("content", [b"", b"\x00\xffgarbage" * 100, b'{"pid": 1}'])
def test_an_empty_or_garbage_lock_file_is_no_obstacle(library, content):
    (library / LOCK_FILE).write_bytes(content)
    with LibraryLock(library) as lock:
        assert lock.held


def test_a_second_holder_in_the_same_process_is_refused_too(library):
    with LibraryLock(library, holder="window"), pytest.raises(LibraryBusy):
        LibraryLock(library).acquire()


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EROFS, "read-only"), (errno.EACCES, "read-only"), (errno.ENOSPC, "full")],
)
def test_a_lock_that_cannot_be_made_says_the_real_reason(library, monkeypatch, code, words):
    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(LibraryError) as raised:
        LibraryLock(library).acquire()
    assert words in str(raised.value)
    assert not isinstance(raised.value, LibraryBusy)
    assert "another" not in str(raised.value)
