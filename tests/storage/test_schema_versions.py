"""Every earlier schema migrates with its data; a newer one is refused and left untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from negotiator_app.cli import main
from negotiator_app.storage import Library, LibraryError, database
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.notes import get_note, note_history
from negotiator_app.storage.precedents import precedents_of
from negotiator_app.storage.session_log import entry_history, list_entries

from .faults import library_rows
from .schema_builder import DATA, build


def test_every_schema_version_has_a_library_to_migrate_from() -> None:
    assert set(DATA) == set(range(database.SCHEMA_VERSION + 1)), (
        "a new migration needs its DATA entry in tests/storage/schema_builder.py"
    )


@pytest.mark.parametrize("schema", range(database.SCHEMA_VERSION + 1))
def test_a_library_of_every_earlier_schema_opens_with_its_data(
    library_dir: Path, schema: int
) -> None:
    build(library_dir, schema)
    with Library(library_dir) as library:
        version = library.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == database.SCHEMA_VERSION
        assert check_library(library).sound
        if schema == 0:
            assert library.is_empty()
            return
        (info,) = [v for v in library.versions() if not v.reference]
        assert (info.label, info.provision_count, info.revision) == ("Rev.1", 2, "Rev.1")
        note = get_note(library, "art-1.1", version_id=info.id)
        assert (note.stance, note.red_line, note.tags) == ("oppose", True, ["scope"])
        # The wording saved before languages were recorded is in the language of its version.
        english = note.proposal("en")
        assert (english.text, english.version_id) == ("The purpose is cooperation.", info.id)
        assert note.proposal("ru") is None or note.proposal("ru").text.startswith("Цель")
        (saved,) = note_history(library, note.id)
        assert saved.note.proposals == note.proposals
        assert [d.delegation for d in note.delegations] == ["EU"]
        assert [r.note.rationale for r in note_history(library, note.id)] == ["Too broad."]
        assert [e.text for e in list_entries(library)] == ["Supports the article."]
        if schema >= 3:  # a deleted entry, and a correction's earlier text, are kept
            assert [e.text for e in list_entries(library, deleted=True)] == ["Said by mistake."]
            (earlier,) = entry_history(library, list_entries(library)[0].id)
            assert earlier.text == "Supports the artcle."
            assert note.proposal("ru").text == "Цель — сотрудничество."
        assert library.provision(info.id, "art-1").children[0].text.startswith("The purpose")
        if schema >= 4:  # the precedent stored, read back as the Precedents tab reads it
            (found,) = precedents_of(library, info.id).of("art-1.1")
            assert (found.citation, found.kind_label) == (
                "EC, art. 4, para. 1",
                "identical but for 1 word",
            )
            assert found.text.endswith("strengthen cooperation.")


def test_a_library_from_a_newer_app_is_refused_in_one_sentence(library_dir: Path, capsys) -> None:
    path = build(library_dir, database.SCHEMA_VERSION)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {database.SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError) as caught:
        Library(library_dir)
    assert str(caught.value) == (
        f"This library was written by a newer Negotiator (schema {database.SCHEMA_VERSION + 1},"
        f" this app reads up to {database.SCHEMA_VERSION}); update the app to open it. Nothing"
        " was changed."
    )
    assert main(["list", "--data-dir", str(library_dir)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "written by a newer Negotiator" in err
    assert path.read_bytes() == before


def test_a_migration_that_fails_halfway_leaves_the_schema_it_found(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build(library_dir, database.SCHEMA_VERSION)
    before = library_rows(path)
    broken = "CREATE TABLE half_done (a TEXT); CREATE TABLE instruments (a TEXT)"  # 2nd fails
    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, broken])
    monkeypatch.setattr(database, "SCHEMA_VERSION", len(database.MIGRATIONS))
    with pytest.raises(LibraryError):
        Library(library_dir)
    assert library_rows(path) == before
