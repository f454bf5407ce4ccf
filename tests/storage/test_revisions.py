"""Revisions: where an import goes, notes shared by a revision's languages, and the migration
that put existing notes on the revision they were written on."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.database import LIBRARY_FILE, MIGRATIONS, _statements
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.notes import Note, get_note, list_notes, note_history, save_note
from negotiator_app.storage.revisions import Placement, revised, revisions
from negotiator_app.storage.session_log import list_entries
from tests.conftest import FIXTURES

EN = FIXTURES / "small_convention_en.txt"
RU = FIXTURES / "small_convention_ru.txt"


def load(library: Library, path: Path, label: str, language: str, **placement: str):
    info, _ = import_draft(
        library,
        path,
        instrument="Fisheries",
        label=label,
        language=language,
        placement=Placement(**placement),
        backup=False,
    )
    return info


def test_a_second_language_joins_the_revision_and_a_second_text_is_the_next_one(library_dir):
    with Library(library_dir) as library:
        en1 = load(library, EN, "Rev.1", "en")
        ru1 = load(library, RU, "Rev.1 RU", "ru")
        en2 = load(library, EN, "Rev.2", "en")
        ru2 = load(library, RU, "Rev.2 RU", "ru")
        assert en1.revision_id == ru1.revision_id != en2.revision_id == ru2.revision_id
        assert [r.label for r in revisions(library, en1.instrument_id)] == ["Rev.1", "Rev.2"]
        assert library.version(ru2.id).revision == "Rev.2"
        assert revised(library, ru2).id == ru1.id  # the same language of the revision before
        assert revised(library, en1) is None


def test_the_delegate_says_which_revision_a_text_is(library_dir):
    with Library(library_dir) as library:
        en1 = load(library, EN, "Rev.1", "en")
        # Russian, but a revision of its own (say, a Russian-only Chair's text).
        chair = load(library, RU, "Chair", "ru", revises="Rev.1")
        assert chair.revision_id != en1.revision_id
        late = load(library, RU, "Rev.1 RU", "ru", translation_of="Rev.1")
        assert late.revision_id == en1.revision_id
        with pytest.raises(LibraryError, match='"Rev.1" already has a text in "ru"'):
            load(library, RU, "Rev.1 RU again", "ru", translation_of="Rev.1")
        with pytest.raises(LibraryError, match='no revision or version "Rev.9"'):
            load(library, EN, "Rev.10", "en", revises="Rev.9")
        assert len(library.versions()) == 3  # the refused imports stored nothing


def test_a_position_is_shared_by_the_languages_of_its_revision_and_no_other(library_dir):
    with Library(library_dir) as library:
        en1 = load(library, EN, "Rev.1", "en")
        ru1 = load(library, RU, "Rev.1 RU", "ru")
        save_note(library, Note(en1.instrument_id, "art-5", version_id=en1.id, stance="oppose"))
        assert get_note(library, "art-5", version_id=ru1.id).stance == "oppose"
        en2 = load(library, EN, "Rev.2", "en")
        # Carried into Rev.2 (a copy); a new save on Rev.2 leaves Rev.1's position alone.
        carried = get_note(library, "art-5", version_id=en2.id)
        save_note(library, Note(en1.instrument_id, "art-5", version_id=en2.id, stance="support"))
        assert get_note(library, "art-5", version_id=en1.id).stance == "oppose"
        assert get_note(library, "art-5", version_id=en2.id).stance == "support"
        assert (
            carried is not None and carried.id != get_note(library, "art-5", version_id=en1.id).id
        )
        assert [n.stance for n in list_notes(library, version_id=ru1.id)] == ["oppose"]


def test_an_old_library_is_migrated_and_notes_go_to_the_revision_they_were_written_on(
    library_dir: Path,
):
    """A library at schema 1 (notes shared by every version of an instrument) opens at
    schema 2: versions grouped into revisions, each note on the revision of the newest
    version at its last save, every save of its history kept, the log where it was."""
    build_schema_one_library(library_dir)
    with Library(library_dir) as library:
        versions = {v.label: v for v in library.versions()}
        assert {v.revision for v in versions.values()} == {"EN 1", "EN 2"}
        assert versions["EN 1"].revision_id == versions["RU 1"].revision_id
        assert versions["EN 2"].revision_id != versions["EN 1"].revision_id
        early = get_note(library, "art-5", version_id=versions["RU 1"].id)
        late = get_note(library, "art-6", version_id=versions["EN 2"].id)
        assert early.rationale == "Written on the first draft."
        assert late.rationale == "Written after the second draft came."
        assert get_note(library, "art-5", version_id=versions["EN 2"].id) is None
        assert [r.note.rationale for r in note_history(library, early.id)] == [
            "Written on the first draft.",
            "A first thought.",
        ]
        assert [e.version_id for e in list_entries(library)] == [versions["EN 1"].id]
        assert check_library(library).sound, check_library(library).problems
        # The migrated library keeps working: a new save, a new revision.
        save_note(library, Note(early.instrument_id, "art-5", version_id=versions["EN 1"].id))
        assert len(note_history(library, early.id)) == 3


def build_schema_one_library(folder: Path) -> None:
    """The library as Negotiator 0.1 wrote it: one instrument, EN and RU, then a second EN."""
    folder.mkdir(parents=True)
    db = sqlite3.connect(folder / LIBRARY_FILE, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    for statement in _statements(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO instruments VALUES (1, 'Fisheries', '2026-01-01T09:00:00+00:00')")
    versions = [
        (1, "EN 1", "en", "2026-01-01T09:00:00+00:00"),
        (2, "RU 1", "ru", "2026-01-01T09:05:00+00:00"),
        (3, "EN 2", "en", "2026-03-01T09:00:00+00:00"),
    ]
    for position, (version_id, label, language, imported) in enumerate(versions, start=1):
        db.execute(
            "INSERT INTO versions (id, instrument_id, label, language, imported, position)"
            " VALUES (?, 1, ?, ?, ?, ?)",
            (version_id, label, language, imported, position),
        )
        for order, key in enumerate(("art-5", "art-6")):
            db.execute(
                "INSERT INTO provisions (version_id, key, kind, number, text, position, depth)"
                " VALUES (?, ?, 'article', ?, 'Text.', ?, 0)",
                (version_id, key, key[4:], order),
            )
    notes = [
        (1, "art-5", "Written on the first draft.", "2026-02-01T10:00:00.000001+00:00"),
        (2, "art-6", "Written after the second draft came.", "2026-03-02T10:00:00.000001+00:00"),
    ]
    for note_id, key, rationale, updated in notes:
        db.execute(
            "INSERT INTO notes (id, instrument_id, provision_key, version_id, rationale, created,"
            " updated) VALUES (?, 1, ?, 1, ?, ?, ?)",
            (note_id, key, rationale, updated, updated),
        )
    first = Note(1, "art-5", rationale="A first thought.", version_id=1).content()
    for note_id, saved, content in (
        (1, "2026-01-15T10:00:00+00:00", first),
        (1, notes[0][3], Note(1, "art-5", rationale=notes[0][2], version_id=1).content()),
        (2, notes[1][3], Note(1, "art-6", rationale=notes[1][2], version_id=1).content()),
    ):
        db.execute(
            "INSERT INTO note_history (note_id, saved, content) VALUES (?, ?, ?)",
            (note_id, saved, json.dumps(content)),
        )
    db.execute(
        "INSERT INTO session_log (instrument_id, version_id, provision_key, text, created)"
        " VALUES (1, 1, 'art-5', 'Chile asked for a deadline.', '2026-02-01T10:00:00+00:00')"
    )
    db.close()
