"""Backups: a checked copy in the backups folder, the newest ten kept, taken before imports."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.backup import (
    automatic_backup,
    list_backups,
    make_backup,
)
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.notes import Note, get_note, save_note
from tests.conftest import FIXTURES

DRAFT = FIXTURES / "small_convention_en.txt"


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        info, _ = import_draft(library, DRAFT, label="EN", language="en")
        save_note(library, Note(info.instrument_id, "art-5", rationale="Keep this."))
        yield library


def test_a_backup_is_a_whole_library_that_opens(library: Library, tmp_path: Path) -> None:
    backup = make_backup(library)
    assert backup.path.parent == library.folder / "backups"
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copyfile(backup.path, restored / "library.sqlite3")
    with Library(restored) as reopened:
        version = reopened.versions()[0].id
        assert get_note(reopened, "art-5", version_id=version).rationale == "Keep this."


def test_only_the_newest_backups_are_kept(library: Library) -> None:
    made = [make_backup(library, keep=3).path for _ in range(5)]
    kept = list_backups(library)
    assert [backup.path for backup in kept] == made[:1:-1]  # the last three, newest first
    assert not any(path.exists() for path in made[:2])


def test_rotation_never_touches_other_files(library: Library) -> None:
    folder = library.folder / "backups"
    folder.mkdir()
    mine = folder / "my copy.sqlite3"
    mine.write_text("the delegate's own file")
    for _ in range(3):
        make_backup(library, keep=1)
    assert mine.read_text() == "the delegate's own file"


def test_the_automatic_backup_is_taken_at_most_once_a_day(library: Library) -> None:
    first = automatic_backup(library)
    assert first is not None and first.reason == "daily"
    assert automatic_backup(library) is None
    assert automatic_backup(library, every=timedelta(0)) is not None
    assert len(list_backups(library)) == 2


def test_an_empty_library_is_not_backed_up(library_dir: Path) -> None:
    with Library(library_dir) as library:
        assert automatic_backup(library) is None
        import_draft(library, DRAFT, label="EN", language="en")  # first import: nothing to keep
        assert list_backups(library) == []


def test_an_import_is_preceded_by_a_backup_of_the_library_as_it_was(library: Library) -> None:
    import_draft(library, DRAFT, label="Rev.1", language="en")
    backups = list_backups(library)
    assert [backup.reason for backup in backups] == ["import"]
    with sqlite3.connect(backups[0].path) as copy:
        labels = {row[0] for row in copy.execute("SELECT label FROM versions")}
    assert labels == {"EN"}


def test_a_backup_that_cannot_be_written_is_one_sentence(library: Library) -> None:
    (library.folder / "backups").write_text("not a folder")
    with pytest.raises(LibraryError) as caught:
        make_backup(library)
    assert str(caught.value).startswith("The backup could not be written to ")
    assert automatic_backup(library) is None  # the GUI's start is never blocked by it
    info, _ = import_draft(library, DRAFT, label="Rev.1", language="en")  # nor is an import
    assert info.label == "Rev.1"
