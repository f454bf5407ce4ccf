"""Renaming, relabelling and deleting versions and instruments: a backup first, notes kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.backup import list_backups
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.library_edits import (
    delete_instrument,
    delete_version,
    find_instrument,
    orphan_notes,
    relabel_version,
    rename_instrument,
    rename_version,
)
from negotiator_app.storage.notes import (
    Note,
    Proposal,
    get_note,
    list_notes,
    note_history,
    save_note,
)
from negotiator_app.storage.revisions import Placement
from negotiator_app.storage.session_log import add_entry, list_entries
from tests.conftest import FIXTURES


@pytest.fixture
def library(library_dir: Path):
    """One revision in English and Russian, a note with an English wording, a log entry."""
    with Library(library_dir) as library:
        en, _ = import_draft(
            library, FIXTURES / "small_convention_en.txt", instrument="Fisheries",
            label="Rev.1", language="en",
        )  # fmt: skip
        import_draft(
            library, FIXTURES / "small_convention_ru.txt", instrument="Fisheries",
            label="Rev.1 RU", language="ru", placement=Placement(translation_of="Rev.1"),
        )  # fmt: skip
        save_note(
            library,
            Note(en.instrument_id, "art-4.1", version_id=en.id, stance="oppose",
                 proposals=[Proposal("en", "Only for the purposes stated.", en.id)]),
        )  # fmt: skip
        add_entry(library, en, "art-4.1", "Prefers option 1.", delegation="Chile")
        yield library


def version(library: Library, label: str):
    return library.find_version(label)


def test_rename_a_version_and_its_revision_follows(library) -> None:
    info = rename_version(library, version(library, "Rev.1"), "Rev.1 (English)")
    assert (info.label, info.revision) == ("Rev.1 (English)", "Rev.1 (English)")
    with pytest.raises(LibraryError, match='already has a version labelled "Rev.1 RU"'):
        rename_version(library, info, "Rev.1 RU")
    assert version(library, "Rev.1 (English)").id == info.id


def test_relabel_the_language_moves_the_wordings_written_on_it(library) -> None:
    russian = version(library, "Rev.1 RU")
    with pytest.raises(LibraryError, match="already has a version in English"):
        relabel_version(library, russian, language="en")
    english = version(library, "Rev.1")
    info, moved = relabel_version(library, english, language="fr", title="Projet")
    assert (info.language, info.title, moved) == ("fr", "Projet", 1)
    note = get_note(library, "art-4.1", version_id=english.id)
    assert note.proposal("fr").text == "Only for the purposes stated."
    assert "wording added (French)" in _newest_change(library, note)
    assert check_library(library).sound


def test_deleting_one_language_keeps_every_note_on_the_other(library) -> None:
    english, russian = version(library, "Rev.1"), version(library, "Rev.1 RU")
    before = len(list_backups(library))
    deletion = delete_version(library, english)
    assert len(list_backups(library)) == before + 1
    assert list_backups(library)[0].reason == "delete"
    assert [v.label for v in library.versions()] == ["Rev.1 RU"]
    note = get_note(library, "art-4.1", version_id=russian.id)
    assert note.stance == "oppose" and note.proposal("en").text.startswith("Only")
    assert deletion.notes_kept == 1 and deletion.notes_orphaned == 0
    assert "stay on the revision's other versions" in deletion.summary()
    assert [e.text for e in list_entries(library)] == ["Prefers option 1."]
    assert orphan_notes(library) == []
    assert check_library(library).sound, check_library(library).problems


def test_the_last_version_gone_its_notes_are_orphans_until_its_text_returns(library) -> None:
    delete_version(library, version(library, "Rev.1"))
    deletion = delete_version(library, version(library, "Rev.1 RU"))
    assert deletion.notes_orphaned == 1
    assert library.versions() == []
    (orphan,) = orphan_notes(library)
    assert (orphan.instrument, orphan.revision, orphan.note.stance) == (
        "Fisheries", "Rev.1", "oppose"
    )  # fmt: skip
    assert check_library(library).sound, check_library(library).problems
    # The text imported again into its revision: the position is on it again.
    info, _ = import_draft(
        library, FIXTURES / "small_convention_en.txt", instrument="Fisheries", label="Again",
        language="en", placement=Placement(translation_of="Rev.1"),
    )  # fmt: skip
    assert get_note(library, "art-4.1", version_id=info.id).stance == "oppose"
    assert orphan_notes(library) == []


def test_deleting_with_the_notes(library) -> None:
    with pytest.raises(LibraryError, match="shared with"):
        delete_version(library, version(library, "Rev.1"), with_notes=True)
    assert len(library.versions()) == 2 and len(list_notes(library)) == 1
    delete_version(library, version(library, "Rev.1"))
    deletion = delete_version(library, version(library, "Rev.1 RU"), with_notes=True)
    assert deletion.notes_deleted == 1
    assert list_notes(library) == [] and orphan_notes(library) == []
    assert [e.text for e in list_entries(library)] == ["Prefers option 1."]  # the log stays
    assert check_library(library).sound


def test_an_instrument_renamed_and_deleted(library) -> None:
    fisheries = find_instrument(library, "fisheries")
    with pytest.raises(LibraryError, match="no instrument"):
        find_instrument(library, "Whaling")
    renamed = rename_instrument(library, fisheries, "Fisheries data")
    assert {v.instrument for v in library.versions()} == {"Fisheries data"}

    deletion = delete_instrument(library, renamed)
    assert library.versions() == [] and deletion.notes_orphaned == 1
    assert find_instrument(library, "Fisheries data")  # kept: it holds a position and the log
    deletion = delete_instrument(library, renamed, with_notes=True)
    assert (deletion.notes_deleted, deletion.log_entries_deleted) == (1, 1)
    with pytest.raises(LibraryError):
        find_instrument(library, "Fisheries data")
    assert list_entries(library) == [] and check_library(library).sound


def test_no_backup_no_deletion(library, monkeypatch) -> None:
    from negotiator_app.storage import backup

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_copy_out", full_disk)
    with pytest.raises(LibraryError, match="Nothing was deleted"):
        delete_version(library, version(library, "Rev.1"))
    assert len(library.versions()) == 2


def _newest_change(library: Library, note: Note) -> str:
    from negotiator_app.storage.note_changes import describe_save

    newest, before, *_ = note_history(library, note.id)
    return describe_save(before.note, newest.note)
