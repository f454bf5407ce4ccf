"""Every write is all or nothing: a write that fails halfway, or a full disk, changes nothing.

Each operation the storage layer promises to be atomic runs again and again with a fault
injected at a different point (see faults.py); after each failure the library must be row for
row what it was before, and the connection must still work. A new atomic operation (a carry of
notes to a new revision...) joins by adding one entry to OPERATIONS.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from negotiator_app.core.provision import Document
from negotiator_app.importers import import_file
from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.backup import find_backup, make_backup, restore_backup
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.notes import Note, get_note, note_history, restore_note, save_note
from negotiator_app.storage.session_log import add_entry
from tests.conftest import FIXTURES

from .faults import interrupt_after, library_rows, refuse_write, spread

DRAFT = FIXTURES / "small_convention_en.txt"
MOST_POINTS = 40  # fault points tried per operation and hook: enough to cover every statement


@dataclass(frozen=True)
class Operation:
    name: str
    run: Callable[[Library], object]


_document: Document | None = None


def revision() -> Document:
    global _document
    if _document is None:
        _document = import_file(DRAFT, language="en")
    return _document


def _instrument(library: Library) -> int:
    return library.versions()[0].instrument_id


def _restore_first_save(library: Library) -> object:
    note = get_note(library, "art-5", version_id=library.versions()[0].id)
    return restore_note(library, note.id, note_history(library, note.id)[-1].id)


OPERATIONS = [
    Operation(
        "import",
        lambda library: library.add_version(revision(), instrument="Draft", label="Rev.2"),
    ),
    Operation(
        "new note",
        lambda library: save_note(
            library,
            Note(_instrument(library), "art-3.1", stance="oppose", rationale="New.", tags=["x"]),
        ),
    ),
    Operation(
        "note save",
        lambda library: save_note(
            library, Note(_instrument(library), "art-5", stance="neutral", rationale="Changed.")
        ),
    ),
    Operation("note restore", _restore_first_save),
    Operation(
        "log entry",
        lambda library: add_entry(
            library, library.versions()[0], "art-5", "Said in the room.", delegation="EU"
        ),
    ),
]
HOOKS = {"refused write": refuse_write, "interrupted statement": interrupt_after}


@pytest.fixture
def worked(library_dir: Path) -> Path:
    """A library with a version, a note saved twice, and a log entry."""
    with Library(library_dir) as library:
        info, _ = import_draft(library, DRAFT, instrument="Draft", label="Rev.1", language="en")
        save_note(library, Note(info.instrument_id, "art-5", stance="support", rationale="One."))
        save_note(library, Note(info.instrument_id, "art-5", stance="oppose", rationale="Two."))
        add_entry(library, info, "art-5", "Opening statement.", delegation="Examplia")
    return library_dir


def count_fault_points(folder: Path, tmp_path: Path, operation: Operation, hook) -> int:
    """How often the hook is asked during a run that succeeds (on a copy of the library)."""
    copy = tmp_path / f"count-{operation.name}"
    shutil.copytree(folder, copy)
    with Library(copy) as library, hook(library.connection, 0) as counter:
        operation.run(library)
    return counter.calls


@pytest.mark.parametrize("hook_name", list(HOOKS))
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.name)
def test_a_write_failing_halfway_changes_nothing(
    worked: Path, tmp_path: Path, operation: Operation, hook_name: str
) -> None:
    hook = HOOKS[hook_name]
    before = library_rows(worked / "library.sqlite3")
    total = count_fault_points(worked, tmp_path, operation, hook)
    assert total > 0
    for at in spread(total, MOST_POINTS):
        with Library(worked) as library:
            with hook(library.connection, at) as counter, pytest.raises(LibraryError):
                operation.run(library)
            assert counter.hit
            assert not library.connection.in_transaction, f"left open at fault point {at}"
        assert library_rows(worked / "library.sqlite3") == before, (
            f"{operation.name}: fault point {at} of {total} left a change behind"
        )
    with Library(worked) as library:  # and the library still takes the same write
        operation.run(library)
    assert library_rows(worked / "library.sqlite3") != before


@pytest.fixture
def revised(worked: Path) -> Path:
    """The worked library with a second note, then a second revision stored and its notes not
    yet carried."""
    with Library(worked) as library:
        save_note(library, Note(_instrument(library), "art-3.1", stance="reserve", rationale="3."))
        library.add_version(revision(), instrument="Draft", label="Rev.2")
    return worked


def _carry(library: Library) -> object:
    from negotiator_app.storage.carry import carry_positions

    old, new = library.versions()[:2]
    return carry_positions(library, old, new)


CARRY = Operation("carry", _carry)


@pytest.mark.parametrize("hook_name", list(HOOKS))
def test_a_carry_failing_halfway_changes_nothing(
    revised: Path, tmp_path: Path, hook_name: str
) -> None:
    test_a_write_failing_halfway_changes_nothing(revised, tmp_path, CARRY, hook_name)


def test_a_failed_commit_is_rolled_back_and_the_next_write_is_whole(
    worked: Path, tmp_path: Path
) -> None:
    """COMMIT refused (as a full disk can refuse it): the connection is not left inside the
    transaction, so the next write does not carry the failed one in with it."""
    before = library_rows(worked / "library.sqlite3")
    save = next(operation for operation in OPERATIONS if operation.name == "note save")
    commit = count_fault_points(worked, tmp_path, save, refuse_write)  # COMMIT is asked last
    with Library(worked) as library:
        with refuse_write(library.connection, commit), pytest.raises(LibraryError):
            save.run(library)
        assert not library.connection.in_transaction
        add_entry(library, library.versions()[0], "art-5", "After the fault.")
    after = library_rows(worked / "library.sqlite3")
    assert [row[5] for row in after["session_log"]] == ["Opening statement.", "After the fault."]
    assert after["notes"] == before["notes"]
    assert after["note_history"] == before["note_history"]


BIG = "wording " * 20_000  # 160 kB: needs new pages whatever room the last page has
GROWING = [
    OPERATIONS[0],
    Operation(
        "big note save",
        lambda library: save_note(library, Note(_instrument(library), "art-5", rationale=BIG)),
    ),
    Operation(
        "big log entry",
        lambda library: add_entry(library, library.versions()[0], "art-5", BIG),
    ),
]


@pytest.mark.parametrize("operation", GROWING, ids=lambda operation: operation.name)
def test_a_full_disk_changes_nothing_and_is_one_sentence(
    worked: Path, operation: Operation
) -> None:
    before = library_rows(worked / "library.sqlite3")
    with Library(worked) as library:
        pages = library.connection.execute("PRAGMA page_count").fetchone()[0]
        library.connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(LibraryError) as caught:
            operation.run(library)
        assert str(caught.value) == (
            f"The disk holding the library ({library.path}) is full or failing; nothing was saved."
        )
        assert not library.connection.in_transaction
    assert library_rows(worked / "library.sqlite3") == before


class _FailAt:
    """Make the `at`-th file or database operation of a restore fail (0: only count)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: int) -> None:
        self.calls, self.at = 0, at
        for owner, name in ((os, "replace"), (os, "unlink"), (shutil, "rmtree"),
                            (shutil, "copy2"), (sqlite3, "connect")):  # fmt: skip
            monkeypatch.setattr(owner, name, self._wrap(getattr(owner, name), owner is sqlite3))

    def _wrap(self, real, database: bool):
        def failing(*args, **kwargs):
            self.calls += 1
            if self.calls == self.at:
                if database:
                    raise sqlite3.OperationalError("disk I/O error")
                raise OSError(errno.ENOSPC, "No space left on device")
            return real(*args, **kwargs)

        return failing


def test_a_restore_failing_at_any_step_leaves_the_library_whole(
    worked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library(worked) as library:
        older = make_backup(library)
        save_note(library, Note(_instrument(library), "art-3.1", rationale="After the backup."))
    path = worked / "library.sqlite3"
    before, restored = library_rows(path), library_rows(older.path)
    with monkeypatch.context() as patched:
        counter = _FailAt(patched, 0)
        copy = worked.parent / "count"
        shutil.copytree(worked, copy)
        restore_backup(copy, find_backup(copy, older.path.name))
    assert counter.calls > 5
    outcomes = []
    for at in range(1, counter.calls + 1):
        with monkeypatch.context() as patched:
            _FailAt(patched, at)
            try:
                restore_backup(worked, find_backup(worked, older.path.name))
                outcomes.append("restored")
            except LibraryError as error:
                assert str(error).endswith(".") and "\n" not in str(error)
                outcomes.append("refused")
        rows = library_rows(path)
        assert rows == (restored if outcomes[-1] == "restored" else before), f"step {at}"
        if rows == restored:  # put the present state back for the next fault point
            with Library(worked) as library:
                save_note(
                    library, Note(_instrument(library), "art-3.1", rationale="After the backup.")
                )
            before = library_rows(path)
    assert "refused" in outcomes


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 2 MB file system of its own (a tmpfs), where one is allowed to be mounted."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("this machine does not allow mounting a small file system")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_disk_that_fills_up_changes_nothing(small_disk: Path) -> None:
    folder = small_disk / "library"
    with Library(folder) as library:
        import_draft(library, DRAFT, instrument="Draft", label="Rev.1", language="en")
        save_note(library, Note(_instrument(library), "art-5", rationale="Kept."))
        library.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = library_rows(folder / "library.sqlite3")
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as out, contextlib.suppress(OSError):
        while True:  # every last block
            out.write(b"\0" * 4096)
    with Library(folder) as library:
        for operation in GROWING:
            with pytest.raises(LibraryError) as caught:
                operation.run(library)
            assert "is full or failing; nothing was saved." in str(caught.value)
            assert not library.connection.in_transaction
    assert library_rows(folder / "library.sqlite3") == before
    filler.unlink()
    with Library(folder) as library:  # space again: the same writes go through
        for operation in GROWING:
            operation.run(library)
        assert check_library(library).sound
