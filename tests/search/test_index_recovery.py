"""The index is a cache: deleted, garbled, outdated, locked or unwritable, search still answers."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from whoosh.index import open_dir

from negotiator_app.search import SearchIndex
from negotiator_app.search import index as search_index
from negotiator_app.search.schema import FORMAT, STATE_DOC_ID
from negotiator_app.storage import Library
from negotiator_app.storage.notes import Note, save_note

from .conftest import Indexed

QUERY = '"competent authority"'


def answer(index: SearchIndex, query: str = QUERY) -> list[tuple[str, str]]:
    return [(hit.version, hit.key) for hit in index.search(query, limit=100).hits]


def fresh(indexed: Indexed) -> SearchIndex:
    """A new SearchIndex on the same library: what the next start or CLI command gets."""
    indexed.index.close()
    indexed.index = SearchIndex(indexed.library)
    return indexed.index


def test_a_deleted_index_folder_is_rebuilt(small: Indexed) -> None:
    expected = answer(small.index)
    assert expected
    shutil.rmtree(small.library.folder / "index")
    assert answer(small.index) == expected  # the same (open) index object notices
    shutil.rmtree(small.library.folder / "index")
    assert answer(fresh(small)) == expected
    assert (small.library.folder / "index").is_dir()


@pytest.mark.parametrize("garbage", [b"", b"\x00" * 64, os.urandom(4096)])
def test_index_files_overwritten_with_garbage_are_rebuilt(small: Indexed, garbage: bytes) -> None:
    expected = answer(small.index)
    small.index.close()
    for path in (small.library.folder / "index").iterdir():
        path.write_bytes(garbage)
    index = fresh(small)
    assert answer(index) == expected
    assert index.problem is None
    assert not [p for p in small.library.folder.iterdir() if p.name.startswith("index.")]


def test_garbage_under_an_open_index_is_rebuilt(small: Indexed) -> None:
    expected = answer(small.index)
    for path in (small.library.folder / "index").iterdir():
        if path.suffix != ".toc":
            path.write_bytes(os.urandom(2048))
    assert answer(small.index, "fisheries") == answer(fresh(small), "fisheries")
    assert answer(small.index) == expected


def test_an_index_of_an_older_format_is_rebuilt(small: Indexed) -> None:
    expected = answer(small.index)
    small.index.close()
    path = small.library.folder / "index"
    ix = open_dir(str(path))
    with ix.searcher() as searcher:
        state = json.loads(searcher.document(doc_id=STATE_DOC_ID)["state"])
    state["format"] = FORMAT - 1
    writer = ix.writer()
    writer.update_document(doc_id=STATE_DOC_ID, where="state", state=json.dumps(state))
    writer.commit()
    ix.close()
    index = fresh(small)
    assert answer(index) == expected
    with open_dir(str(path)).searcher() as searcher:
        assert json.loads(searcher.document(doc_id=STATE_DOC_ID)["state"])["format"] == FORMAT


def test_a_note_saved_while_the_index_cannot_be_written_is_kept_and_found_later(
    small: Indexed,
) -> None:
    answer(small.index)
    small.index.close()
    path = small.library.folder / "index"
    shutil.rmtree(path)
    path.write_text("not a folder")  # the index folder cannot be created or written

    saved = save_note(
        small.library,
        Note(small.en.instrument_id, "art-5", version_id=small.en.id, rationale="Deputies too."),
    )
    assert saved.id is not None
    index = fresh(small)
    assert answer(index, "deputies") == [("EN", "art-5")]  # answered from memory meanwhile
    assert index.problem is not None and "cannot be written" in index.problem

    path.unlink()  # the delegate (or the disk) sets it right
    index = fresh(small)
    assert answer(index, "deputies") == [("EN", "art-5")]
    assert index.problem is None
    assert path.is_dir()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_index_folder_still_answers(small: Indexed) -> None:
    answer(small.index)
    path = small.library.folder / "index"
    path.chmod(0o500)
    try:
        save_note(
            small.library,
            Note(small.en.instrument_id, "art-5", version_id=small.en.id, rationale="Alternates."),
        )
        assert answer(small.index, "alternates") == [("EN", "art-5")]
    finally:
        path.chmod(0o700)
    assert answer(fresh(small), "alternates") == [("EN", "art-5")]


def test_an_index_locked_by_another_writer_is_searched_as_it_is(
    small: Indexed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "WRITE_WAIT_SECONDS", 0.1)
    answer(small.index)
    other = open_dir(str(small.library.folder / "index")).writer()  # another process, say
    try:
        save_note(
            small.library,
            Note(small.en.instrument_id, "art-5", version_id=small.en.id, rationale="Observers."),
        )
        assert answer(small.index, "fisheries")  # answers without waiting for the lock
    finally:
        other.cancel()
    assert answer(small.index, "observers") == [("EN", "art-5")]


def test_a_cancelled_rebuild_leaves_the_index_as_it_was(small: Indexed) -> None:
    expected = answer(small.index)
    seen: list[tuple[int, int]] = []
    small.index.rebuild(
        progress=lambda done, total: seen.append((done, total)), cancelled=lambda: True
    )
    assert seen and seen[0][1] == 74  # provisions of the two small drafts, and the state
    assert answer(small.index) == expected
    assert not [p for p in small.library.folder.iterdir() if p.name.startswith("index.")]


def test_rebuild_reports_progress_to_the_end(small: Indexed) -> None:
    seen: list[tuple[int, int]] = []
    small.index.rebuild(progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (74, 74)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_two_indexes_on_one_library_stay_in_step(small: Indexed, library_dir: Path) -> None:
    answer(small.index)
    with Library(library_dir) as library, SearchIndex(library) as other:
        answer(other)
        save_note(
            small.library,
            Note(
                small.en.instrument_id,
                "art-5",
                version_id=small.en.id,
                rationale="Plenipotentiaries.",
            ),
        )
        assert answer(other, "plenipotentiaries") == [("EN", "art-5")]
        other.rebuild()  # another window rebuilds: the folder is swapped under us
    assert answer(small.index, "plenipotentiaries") == [("EN", "art-5")]


def test_an_index_kept_in_memory_writes_nothing_to_the_system_temporary_folder(
    small: Indexed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # whoosh's own in-memory storage spills a writer's work files (note text included) into
    # <temp>/MAIN.tmp while it writes, shared by every process on the machine: an encrypted
    # library's notes would land on disk there. Every file opened there is watched.
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    touched: list[str] = []
    watching = True

    def watch(event: str, args: tuple) -> None:
        if watching and event in {"open", "os.mkdir"} and str(system_temp) in str(args[0]):
            touched.append(str(args[0]))

    sys.addaudithook(watch)  # hooks cannot be removed: this one stops watching after the test
    try:
        small.index.close()
        path = small.library.folder / "index"
        shutil.rmtree(path, ignore_errors=True)
        path.write_text("not a folder")  # so the index is built in memory
        save_note(
            small.library,
            Note(small.en.instrument_id, "art-5", version_id=small.en.id, rationale="Zanzibarite."),
        )
        index = fresh(small)
        assert answer(index, "zanzibarite") == [("EN", "art-5")]
        assert index.problem is not None  # it was answered from memory
        index.close()
    finally:
        watching = False
    assert touched == []
