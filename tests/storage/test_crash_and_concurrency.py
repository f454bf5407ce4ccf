"""Nothing a delegate saved is lost to a killed process or a second window writing at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from negotiator_app.cli import main
from negotiator_app.search import SearchIndex
from negotiator_app.storage import Library, LibraryError, database
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.notes import Note, get_note, save_note
from tests.conftest import FIXTURES, REPO

KEYS = ["art-1.1", "art-2.a", "art-3.1", "art-4.2", "art-5"]

# A delegate saving note after note; each save's number is printed only once save_note returned.
# With --index, the search index catches up after every save too, so kills land inside it.
SAVER = textwrap.dedent(
    """
    import sys
    from negotiator_app.search import SearchIndex
    from negotiator_app.storage import Library
    from negotiator_app.storage.notes import Note, save_note

    folder, tag, keys, index = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4]
    library = Library(folder)
    version = library.versions()[0]
    search = SearchIndex(library) if index == "yes" else None
    for n in range(100000):
        key = keys[n % len(keys)]
        note = Note(version.instrument_id, key, version_id=version.id, rationale=f"{tag} {n}")
        save_note(library, note)
        print(n, flush=True)
        if search is not None:
            search.catch_up()
        if n + 1 == int(sys.argv[5]):
            break
    """
)


def saver(folder: Path, tag: str, *, index: bool = False, saves: int = 0) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", SAVER, str(folder), tag, ",".join(KEYS), "yes" if index else "no",
         str(saves)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )  # fmt: skip


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="EN", language="en")
        yield library


def saved_rationales(library: Library) -> set[str]:
    rows = library.connection.execute("SELECT content FROM note_history").fetchall()
    return {json.loads(row[0])["rationale"] for row in rows}


@pytest.mark.parametrize("with_index", [False, True], ids=["notes", "notes-and-index"])
def test_sigkill_in_a_stream_of_saves_loses_no_returned_save(
    library: Library, library_dir: Path, with_index: bool
) -> None:
    process = saver(library_dir, "kill", index=with_index)
    printed: list[int] = []
    for line in process.stdout:
        printed.append(int(line))
        if len(printed) >= 60:
            break
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL

    with Library(library_dir) as after:
        rationales = saved_rationales(after)
        assert {f"kill {n}" for n in printed} <= rationales
        last = printed[-1]
        current = get_note(after, KEYS[last % len(KEYS)], version_id=after.versions()[0].id)
        assert int(current.rationale.split()[1]) >= last  # the note shows its newest save
        report = check_library(after)
        assert report.sound, report.problems
        with SearchIndex(after) as index:
            assert [h.key for h in index.search(f'"kill {last}"').hits] == [KEYS[last % len(KEYS)]]
    assert main(["check", "--data-dir", str(library_dir)]) == 0


def test_two_processes_saving_at_once_both_finish_and_nothing_is_lost(
    library: Library, library_dir: Path
) -> None:
    first = saver(library_dir, "first", saves=80)
    second = saver(library_dir, "second", saves=80)
    for process in (first, second):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert len(out.split()) == 80
    rationales = saved_rationales(library)
    assert {f"first {n}" for n in range(80)} <= rationales
    assert {f"second {n}" for n in range(80)} <= rationales
    assert check_library(library).sound


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO session_log (text, created) VALUES ('held', 'now')")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    connection.execute("COMMIT")
    """
)


def test_a_library_held_by_another_writer_gives_a_clear_sentence(
    library: Library, library_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(library.path), "3"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "holding"
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    with Library(library_dir) as impatient:
        version = impatient.versions()[0]
        with pytest.raises(LibraryError) as caught:
            save_note(impatient, Note(version.instrument_id, "art-5", rationale="Too soon."))
        assert str(caught.value) == (
            "The library is busy in another Negotiator window or command; try again in a moment."
        )
    status = main(["note", "set", "EN", "art-5", "--rationale", "Too soon.", "--data-dir",
                   str(library_dir)])  # fmt: skip
    assert status == 2
    assert "busy in another Negotiator window" in capsys.readouterr().err
    holder.communicate(timeout=30)

    started = time.monotonic()
    version = library.versions()[0]
    save_note(library, Note(version.instrument_id, "art-5", rationale="Now it fits."))
    assert time.monotonic() - started < 5
    report = check_library(library)
    assert report.sound, report.problems
    assert report.counts["log"] == 1  # the other writer's work is there too
