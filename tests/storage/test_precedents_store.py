"""Precedents kept in the library: what the finder finds, searched once, stored all at once.

The texts are generated (tests/fixtures/borrowing.py): an earlier convention marked as a
reference, and drafts that borrow from it, so every test knows where each paragraph came from.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from negotiator_app.core.precedents import (
    PrecedentKind,
    PrecedentsCancelled,
    Reference,
    find_precedents,
)
from negotiator_app.core.provision import Document, Provision
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage.precedents import (
    Pair,
    keys_with_precedents,
    pending_pairs,
    precedents_of,
    update_precedents,
    verbatim_citations,
)
from negotiator_app.storage.reference_instruments import mark_reference, unmark_reference
from negotiator_app.storage.revisions import Placement
from tests.fixtures.borrowing import Change, borrowing_draft, earlier_convention

from .faults import interrupt_after, library_rows, refuse_write, spread

DRAFT = "Draft convention"


def add(
    library: Library,
    provisions: list[Provision],
    instrument: str,
    label: str,
    *,
    language: str = "en",
    reference: bool = False,
    placement: Placement | None = None,
) -> VersionInfo:
    return library.add_version(
        Document(instrument, provisions, language=language),
        instrument=instrument,
        label=label,
        language=language,
        reference=reference,
        cite_as="EC" if reference else "",
        placement=placement,
    )


@pytest.fixture(scope="module")
def texts():
    earlier = earlier_convention(8, seed=3, paragraphs=(3, 5))
    draft, record = borrowing_draft(earlier, 10, seed=5, share=0.6, paragraphs=(3, 5))
    rev2, _ = borrowing_draft(earlier, 11, seed=6, share=0.6, paragraphs=(3, 5))
    other = earlier_convention(6, seed=9, prefix="other.", paragraphs=(3, 5))
    return earlier, draft, record, rev2, other


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        yield library


def stored_rows(library: Library) -> list[tuple]:
    return library.connection.execute("SELECT * FROM precedents ORDER BY id").fetchall()


def searched_times(library: Library) -> dict[Pair, str]:
    rows = library.connection.execute("SELECT draft_id, source_id, searched FROM precedent_pairs")
    return {Pair(r[0], r[1]): r[2] for r in rows}


def test_the_stored_precedents_are_the_finders_and_name_the_right_source(library, texts):
    earlier, draft, record, _, _ = texts
    reference = add(library, earlier, "Earlier convention", "EC", reference=True)
    version = add(library, draft, DRAFT, "Rev.1")
    assert pending_pairs(library) == [Pair(version.id, reference.id)]

    update = update_precedents(library)

    assert update.searched == (Pair(version.id, reference.id),)
    stored = precedents_of(library, version.id)
    expected = find_precedents(draft, [Reference(reference.id, "EC", library.tree(reference.id))])
    assert [
        (p.draft_key, p.key, p.citation, round(p.similarity, 6), p.kind)
        for key in stored.by_key
        for p in stored.of(key)
    ] == [(p.draft_key, p.key, p.citation, round(p.similarity, 6), p.kind) for p in expected]
    for borrowing in record:
        found = stored.of(borrowing.draft_key)
        if borrowing.change == Change.COPIED:
            assert (found[0].key, found[0].kind) == (borrowing.source_key, PrecedentKind.IDENTICAL)
            verbatim = verbatim_citations(library, version.id, [borrowing.draft_key])
            assert verbatim == {borrowing.draft_key: found[0].citation}
            assert found[0].text  # the precedent's own words, read back from its version
        elif borrowing.change != Change.NEW:
            assert found[0].key == borrowing.source_key
            assert stored.is_agreed(found[0])
    close = keys_with_precedents(library, version.id, 0.99)
    assert close == {key for key in stored.by_key if stored.of(key)[0].similarity >= 0.99}
    assert {b.draft_key for b in record if b.change == Change.COPIED} <= close


def test_an_update_searches_only_the_pairs_a_new_text_brings(library, texts):
    earlier, draft, _, rev2, other = texts
    reference = add(library, earlier, "Earlier convention", "EC", reference=True)
    rev1 = add(library, draft, DRAFT, "Rev.1")
    update_precedents(library)
    before_rows, before_times = stored_rows(library), searched_times(library)

    # The next revision: compared with the reference and with Rev.1, nothing else searched.
    second = add(library, rev2, DRAFT, "Rev.2")
    update = update_precedents(library)
    assert set(update.searched) == {Pair(second.id, reference.id), Pair(second.id, rev1.id)}
    assert stored_rows(library)[: len(before_rows)] == before_rows  # the same rows, same ids
    assert {p: t for p, t in searched_times(library).items() if p in before_times} == before_times
    first = precedents_of(library, second.id).by_key
    assert any(p.citation.startswith("Rev.1, ") for found in first.values() for p in found)

    # A second reference: every text is compared with it, it with the first reference.
    newer = add(library, other, "Other convention", "OC", reference=True)
    update = update_precedents(library)
    assert set(update.searched) == {
        Pair(rev1.id, newer.id),
        Pair(second.id, newer.id),
        Pair(reference.id, newer.id),
        Pair(newer.id, reference.id),
    }
    assert update_precedents(library).searched == ()  # nothing is searched twice


def test_unmarking_a_reference_forgets_what_was_found_in_it_and_nothing_else(library, texts):
    earlier, draft, _, rev2, _ = texts
    reference = add(library, earlier, "Earlier convention", "EC", reference=True)
    rev1 = add(library, draft, DRAFT, "Rev.1")
    second = add(library, rev2, DRAFT, "Rev.2")
    update_precedents(library)
    kept = searched_times(library)[Pair(second.id, rev1.id)]

    unmark_reference(library, reference)

    assert set(searched_times(library)) == {Pair(second.id, rev1.id)}
    assert searched_times(library)[Pair(second.id, rev1.id)] == kept
    found = precedents_of(library, second.id)
    assert not any(found.is_agreed(p) for key in found.by_key for p in found.of(key))
    assert update_precedents(library).searched == ()
    mark_reference(library, reference, "EC")  # marked again: searched again
    assert set(update_precedents(library).searched) == {
        Pair(rev1.id, reference.id),
        Pair(second.id, reference.id),
    }


def test_texts_are_compared_in_their_own_language_only(library, texts):
    earlier, draft, _, _, _ = texts
    add(library, earlier, "Earlier convention", "EC", reference=True)
    russian = add(library, draft, DRAFT, "Rev.1 RU", language="ru")
    assert [pair.draft_id for pair in pending_pairs(library)] == []
    english = add(library, draft, DRAFT, "Rev.1 EN", placement=Placement(translation_of="Rev.1 RU"))
    assert [pair.draft_id for pair in pending_pairs(library)] == [english.id]
    assert precedents_of(library, russian.id).wanted == 0


def test_a_lookup_can_search_what_was_not_stored_yet_without_storing_it(library, texts):
    earlier, draft, _, _, _ = texts
    add(library, earlier, "Earlier convention", "EC", reference=True)
    version = add(library, draft, DRAFT, "Rev.1")
    before = library_rows(library.path)

    found = precedents_of(library, version.id, search_missing=True)

    assert library_rows(library.path) == before
    assert found.pending == 0 and found.by_key
    update_precedents(library)
    assert precedents_of(library, version.id).by_key == found.by_key


HOOKS = {"refused write": refuse_write, "interrupted statement": interrupt_after}


@pytest.mark.parametrize("hook_name", list(HOOKS))
def test_an_update_failing_halfway_leaves_the_stored_precedents_as_they_were(
    library_dir: Path, tmp_path: Path, texts, hook_name: str
) -> None:
    earlier, draft, _, rev2, _ = texts
    with Library(library_dir) as library:
        add(library, earlier, "Earlier convention", "EC", reference=True)
        add(library, draft, DRAFT, "Rev.1")
        update_precedents(library)
        add(library, rev2, DRAFT, "Rev.2")  # two pairs to search, one pair's rows stored
    before = library_rows(library_dir / "library.sqlite3")
    hook = HOOKS[hook_name]
    copy = tmp_path / "count"
    shutil.copytree(library_dir, copy)
    with Library(copy) as library, hook(library.connection, 0) as counter:
        update_precedents(library)
    assert counter.calls > 2
    for at in spread(counter.calls, 25):
        with Library(library_dir) as library:
            with hook(library.connection, at) as fault, pytest.raises(LibraryError):
                update_precedents(library)
            assert fault.hit and not library.connection.in_transaction
        assert library_rows(library_dir / "library.sqlite3") == before, f"fault point {at}"
    with Library(library_dir) as library:  # and the next update stores it all
        assert len(update_precedents(library).searched) == 2
        assert pending_pairs(library) == []


def test_a_cancelled_update_stores_nothing(library_dir: Path, texts) -> None:
    earlier, draft, _, _, _ = texts
    with Library(library_dir) as library:
        add(library, earlier, "Earlier convention", "EC", reference=True)
        add(library, draft, DRAFT, "Rev.1")
        before = library_rows(library.path)
        reports: list[tuple[int, int]] = []
        with pytest.raises(PrecedentsCancelled):
            update_precedents(
                library, progress=lambda d, t: reports.append((d, t)), cancelled=lambda: reports
            )
        assert library_rows(library.path) == before
        assert len(pending_pairs(library)) == 1
