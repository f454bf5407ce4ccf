"""`negotiator check`: a sound library passes; each kind of damage is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from negotiator_app.cli import main
from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.notes import Note, save_note
from negotiator_app.storage.session_log import add_entry
from tests.conftest import FIXTURES


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        info, _ = import_draft(
            library, FIXTURES / "small_convention_en.txt", label="EN", language="en"
        )
        save_note(library, Note(info.instrument_id, "art-5", version_id=info.id, stance="oppose"))
        add_entry(library, info, "art-5", "Asked for a deadline.", delegation="Chile")
        yield library


def damage(library: Library, *statements: str) -> None:
    db = library.connection
    db.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        db.execute(statement)
    db.execute("PRAGMA foreign_keys = ON")


def test_a_sound_library(library: Library, library_dir: Path, capsys) -> None:
    report = check_library(library)
    assert report.sound
    assert report.counts == {
        "instruments": 1, "versions": 1, "provisions": 37, "notes": 1, "saves": 1, "log": 1
    }  # fmt: skip
    assert main(["check", "--data-dir", str(library_dir)]) == 0
    assert capsys.readouterr().out.startswith("The library is sound: 1 version, 37 provisions")


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (
            ["UPDATE provisions SET parent_key = 'art-99' WHERE key = 'art-3.1'"],
            'provision "art-3.1" has no parent "art-99"',
        ),
        (
            ["UPDATE provisions SET depth = 7 WHERE key = 'art-3.1'"],
            'provision "art-3.1" is out of place',
        ),
        (["UPDATE provisions SET kind = 'clause' WHERE key = 'art-5'"], 'unknown kind "clause"'),
        (["UPDATE note_history SET content = '{not json'"], "saved version 1 is unreadable"),
        (["UPDATE notes SET rationale = 'changed behind history'"], "differs from its last save"),
        (["DELETE FROM note_history"], "has no saved history"),
        (["UPDATE notes SET tags = 'oops'"], "tags or delegation positions are unreadable"),
        (["UPDATE notes SET stance = 'maybe'"], 'unknown stance "maybe"'),
        (
            ["INSERT INTO note_history (note_id, saved, content) VALUES (99, 'now', '{}')"],
            "note_history row 2 refers to a missing row of notes",
        ),
    ],
)
def test_each_kind_of_damage_is_named(
    library: Library, library_dir: Path, capsys, statements: list[str], named: str
) -> None:
    damage(library, *statements)
    report = check_library(library)
    assert not report.sound
    assert any(named in problem for problem in report.problems), report.problems
    assert main(["check", "--data-dir", str(library_dir)]) == 2
    captured = capsys.readouterr()
    assert named in captured.out
    assert captured.err.startswith("negotiator: The library has ")


def test_a_file_that_is_not_a_library_is_one_sentence(library_dir: Path, capsys) -> None:
    library_dir.mkdir(parents=True)
    (library_dir / "library.sqlite3").write_bytes(b"this is not a database" * 100)
    assert main(["check", "--data-dir", str(library_dir)]) == 2
    err = capsys.readouterr().err
    assert "is damaged;" in err and "there is no backup of it" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_check_as_json(library: Library, library_dir: Path, capsys) -> None:
    damage(library, "UPDATE notes SET stance = 'maybe'")
    assert main(["check", "--json", "--data-dir", str(library_dir)]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["sound"] is False
    assert 'Note 1 on "art-5": unknown stance "maybe".' in data["problems"]


def test_a_note_or_version_outside_its_revisions_is_named(library: Library) -> None:
    damage(
        library,
        "INSERT INTO instruments (id, name, created) VALUES (9, 'Other', '2026')",
        "INSERT INTO revisions (id, instrument_id, label, position, created)"
        " VALUES (9, 9, 'Other 1', 1, '2026')",
        "UPDATE notes SET revision_id = 9",
        "UPDATE versions SET revision_id = NULL",
    )
    problems = check_library(library).problems
    assert 'Version "EN" is in no revision of its instrument.' in problems
    assert any(p.endswith('on "art-5" belongs to no revision of its instrument.') for p in problems)
