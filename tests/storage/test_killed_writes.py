"""kill -9 at random points in a loop of each write: every write that returned is there, and
nothing half-written is (note saves: test_crash_and_concurrency.py).

Each operation runs in a loop in a child process that prints a line after every write returned;
the test kills it at a random moment, then compares the library with what the child said.
NEGOTIATOR_KILLS sets how many kills each operation gets (a longer campaign: 50).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from negotiator_app.storage import Library
from negotiator_app.storage.backup import make_backup
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.notes import Note, save_note
from tests.conftest import FIXTURES, REPO

from .faults import library_rows

KILLS = int(os.environ.get("NEGOTIATOR_KILLS", "3"))
DRAFT = FIXTURES / "small_convention_en.txt"

LOOPS = {
    "import": """
        from negotiator_app.importers import import_file
        document = import_file(Path(sys.argv[2]), language="en")
        for n in range(2, 100000):
            library.add_version(document, instrument="Draft", label=f"{sys.argv[3]}.{n}")
            print(n, flush=True)
    """,
    "log entry": """
        from negotiator_app.storage.session_log import add_entry
        version = library.versions()[0]
        for n in range(100000):
            add_entry(library, version, "art-5", f"entry {n} " + "x" * (n % 5000) + ".")
            print(n, flush=True)
    """,
    "restore": """
        from negotiator_app.storage.backup import find_backup, restore_backup
        from negotiator_app.storage.lock import LibraryLock
        library.close()
        names = sys.argv[3].split(",")
        with LibraryLock(folder):
            for n in range(100000):
                restore_backup(folder, find_backup(folder, names[n % 2]))
                print(names[n % 2], flush=True)
    """,
}


def start(operation: str, folder: Path, *extra: str) -> subprocess.Popen:
    script = "import sys\nfrom pathlib import Path\nfrom negotiator_app.storage import Library\n"
    script += "folder = Path(sys.argv[1])\nlibrary = Library(folder)\n"
    script += textwrap.dedent(LOOPS[operation])
    return subprocess.Popen(
        [sys.executable, "-c", script, str(folder), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def kill_after_some(process: subprocess.Popen, rng: random.Random) -> list[str]:
    """Let the child write at least once, then kill it at a random moment; what it printed."""
    printed = [process.stdout.readline().strip()]
    time.sleep(rng.uniform(0.0, 0.25))
    process.send_signal(signal.SIGKILL)
    rest, errors = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, f"the loop ended before it was killed: {errors}"
    return [line for line in [*printed, *rest.split("\n")] if line]


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        info, _ = import_draft(library, DRAFT, instrument="Draft", label="Rev.1", language="en")
        save_note(library, Note(info.instrument_id, "art-5", rationale="Kept."))
        yield library


def test_killed_imports_leave_whole_versions_only(library: Library, library_dir: Path) -> None:
    whole = library.versions()[0].provision_count
    rng = random.Random(1)
    for kill in range(KILLS):
        process = start("import", library_dir, str(DRAFT), f"K{kill}")
        labels = {f"K{kill}.{n}" for n in kill_after_some(process, rng)}
        with Library(library_dir) as after:
            versions = {v.label: v.provision_count for v in after.versions()}
            assert labels <= set(versions)
            assert set(versions.values()) == {whole}, "a killed import left a partial version"
            assert check_library(after).sound


def test_killed_log_entries_are_whole_or_absent(library: Library, library_dir: Path) -> None:
    rng = random.Random(2)
    for _ in range(KILLS):
        printed = kill_after_some(start("log entry", library_dir), rng)
        with Library(library_dir) as after:
            texts = [row[0] for row in after.connection.execute("SELECT text FROM session_log")]
            numbers = {int(text.split()[1]) for text in texts if text.startswith("entry ")}
            assert {int(n) for n in printed} <= numbers
            for text in texts:
                n = int(text.split()[1])
                assert text == f"entry {n} " + "x" * (n % 5000) + ".", "a torn log entry"
            assert check_library(after).sound


def test_a_killed_restore_leaves_one_whole_library(library: Library, library_dir: Path) -> None:
    first = make_backup(library)
    save_note(library, Note(library.versions()[0].instrument_id, "art-3.1", rationale="Later."))
    second = make_backup(library)
    states = {
        first.path.name: library_rows(first.path),
        second.path.name: library_rows(second.path),
    }
    library.close()
    rng = random.Random(3)
    for _ in range(KILLS):
        process = start("restore", library_dir, "", f"{first.path.name},{second.path.name}")
        printed = kill_after_some(process, rng)
        rows = library_rows(library_dir / "library.sqlite3")
        assert rows in states.values(), "a killed restore left a library that is neither"
        assert printed
        with Library(library_dir) as after:
            assert check_library(after).sound
