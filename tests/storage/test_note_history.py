"""A note's history: one row per editing burst on one field, every state left for a minute
kept, each row saying what changed, and restores that say what they change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.note_changes import changes, describe_save
from negotiator_app.storage.notes import (
    DelegationPosition,
    Note,
    Proposal,
    get_note,
    note_history,
    restore_note,
    save_note,
)
from tests.clock import Clock
from tests.conftest import FIXTURES


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="EN", language="en")
        yield library


def typed(library: Library, clock: Clock, rationale: str, **fields) -> Note:
    """The panel's save as the delegate types: a second later, one burst."""
    clock.wait(1)
    version = library.versions()[0]
    current = get_note(library, "art-5", version_id=version.id) or Note(
        version.instrument_id, "art-5", version_id=version.id
    )
    return save_note(library, replace(current, rationale=rationale, **fields), burst=True)


def test_typing_in_one_field_is_one_row_and_a_pause_starts_another(library, clock) -> None:
    for text in ("Too", "Too broad", "Too broad; covers research"):
        note = typed(library, clock, text)
    assert [r.note.rationale for r in note_history(library, note.id)] == [
        "Too broad; covers research"
    ]
    clock.wait(120)  # the delegate left that state for two minutes: it is kept
    for text in ("Too broad; covers lawful research", "Too broad; covers all lawful research"):
        typed(library, clock, text)
    assert [r.note.rationale for r in note_history(library, note.id)] == [
        "Too broad; covers all lawful research",
        "Too broad; covers research",
    ]
    assert check_library(library).sound  # the note is its newest save


def test_every_state_left_for_more_than_a_minute_is_kept(library, clock) -> None:
    left = []
    for minute in range(5):
        for word in ("a", "b"):
            typed(library, clock, f"draft {minute} {word}")
        left.append(f"draft {minute} b")
        clock.wait(61)
    note = get_note(library, "art-5", version_id=library.versions()[0].id)
    kept = [r.note.rationale for r in reversed(note_history(library, note.id))]
    assert kept == left


def test_another_field_is_a_row_of_its_own_even_in_a_burst(library, clock) -> None:
    typed(library, clock, "Too broad")
    note = typed(library, clock, "Too broad", stance="oppose")
    typed(library, clock, "Too broad", stance="oppose", talking_points="One")
    history = note_history(library, note.id)
    assert [describe_save(b.note, a.note) for a, b in zip(history, history[1:], strict=False)] == [
        "talking points added",
        "stance: none → oppose",
    ]


def test_typed_then_taken_back_leaves_no_empty_row(library, clock) -> None:
    typed(library, clock, "Kept")
    clock.wait(90)
    typed(library, clock, "Kept, or")
    note = typed(library, clock, "Kept")
    assert [r.note.rationale for r in note_history(library, note.id)] == ["Kept"]
    assert check_library(library).sound


def test_a_save_from_the_command_line_is_never_folded(library, clock) -> None:
    version = library.versions()[0]
    for text in ("One", "Two"):
        clock.wait(1)
        note = save_note(library, Note(version.instrument_id, "art-5", rationale=text))
    assert len(note_history(library, note.id)) == 2


def test_rows_say_what_changed(library, clock) -> None:
    version = library.versions()[0]
    base = Note(version.instrument_id, "art-5", version_id=version.id)
    first = save_note(library, replace(base, stance="oppose", proposals=[Proposal("en", "A.")]))
    clock.wait(100)
    second = replace(
        first,
        stance="support",
        red_line=True,
        proposals=[Proposal("en", "A b."), Proposal("ru", "Б.")],
        tags=["crypto"],
        delegations=[DelegationPosition("EU", "support", "")],
    )
    save_note(library, second)
    newest, oldest = note_history(library, first.id)
    assert describe_save(None, oldest.note) == "first save: stance oppose, wording (English)"
    assert describe_save(oldest.note, newest.note) == (
        "stance: oppose → support; red line set; wording edited (English); "
        "wording added (Russian); tags: +crypto; delegations: +EU"
    )


def test_restore_the_wording_only_keeps_everything_else(library, clock) -> None:
    version = library.versions()[0]
    base = Note(version.instrument_id, "art-5", version_id=version.id)
    early = save_note(
        library, replace(base, stance="oppose", rationale="Old.", proposals=[Proposal("en", "W1")])
    )
    clock.wait(100)
    now = save_note(
        library,
        replace(early, stance="support", rationale="New.", tags=["x"],
                proposals=[Proposal("en", "W2")]),
    )  # fmt: skip
    saved_early = note_history(library, now.id)[-1]
    will_change = changes(now, replace(now, proposals=saved_early.note.proposals))
    assert [c.describe() for c in will_change] == ["wording edited (English)"]

    restored = restore_note(library, now.id, saved_early.id, wording_only=True)
    assert (restored.stance, restored.rationale, restored.tags) == ("support", "New.", ["x"])
    assert restored.proposal("en").text == "W1"
    newest = note_history(library, now.id)[0]
    assert newest.restored == saved_early.saved  # the row says it is a restore, and of what
    assert len(note_history(library, now.id)) == 3  # nothing earlier went

    whole = restore_note(library, now.id, saved_early.id)
    assert (whole.stance, whole.rationale, whole.tags) == ("oppose", "Old.", [])
    assert check_library(library).sound


def test_a_restore_is_never_folded_into_by_typing(library, clock) -> None:
    note = typed(library, clock, "First")
    clock.wait(100)
    typed(library, clock, "Second")
    first = note_history(library, note.id)[-1]
    restore_note(library, note.id, first.id)
    typed(library, clock, "First, again")
    assert [r.note.rationale for r in note_history(library, note.id)] == [
        "First, again",
        "First",
        "Second",
        "First",
    ]


def test_two_wordings_in_one_language_are_refused(library) -> None:
    version = library.versions()[0]
    twice = [Proposal("en", "One."), Proposal("EN", "Two.")]
    with pytest.raises(LibraryError, match="one proposed wording per language"):
        save_note(library, Note(version.instrument_id, "art-5", proposals=twice))


def test_a_wording_saved_without_a_language_takes_its_versions(library) -> None:
    version = library.versions()[0]
    note = save_note(
        library,
        Note(version.instrument_id, "art-5", version_id=version.id,
             proposals=[Proposal("", "Text.")]),
    )  # fmt: skip
    assert note.proposals == [Proposal("en", "Text.", version.id)]
