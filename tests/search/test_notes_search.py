"""Notes are searched with the text: found at once after a save, grouped with their provision."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from whoosh.index import open_dir

from negotiator_app.search import SearchError, SearchIndex
from negotiator_app.storage import Library
from negotiator_app.storage.backup import make_backup
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.notes import DelegationPosition, Note, Proposal, save_note
from tests.conftest import FIXTURES

from .conftest import Indexed


def note(indexed: Indexed, key: str, **fields) -> Note:
    return save_note(
        indexed.library, Note(indexed.en.instrument_id, key, version_id=indexed.en.id, **fields)
    )


def test_a_saved_note_is_found_by_any_of_its_fields(small: Indexed) -> None:
    note(
        small,
        "art-4.1",
        stance="oppose",
        proposals=[Proposal("en", "Delete the second option.")],
        rationale="Transshipment data must stay confidential.",
        talking_points="Recall the moratorium.",
        instructions="Capital insists on bilateralism.",
        tags=["sovereignty"],
        delegations=[DelegationPosition("Norway", "support", "prefers option 2")],
    )
    for query in (
        "transshipment",
        "moratorium",
        "bilateralism",
        '"second option"',
        "Norway",
        "tag:sovereignty",
        "stance:oppose",
    ):
        hits = small.index.search(query, version_id=small.en.id).hits
        assert [hit.key for hit in hits] == ["art-4.1"], query
        if ":" in query:
            # A query of note filters alone shows the note, not the provision's text.
            assert hits[0].where == "note", query
    hit = small.index.search("moratorium").hits[0]
    assert hit.where == "note"
    assert "<b>moratorium</b>" in hit.snippet
    assert hit.heading == "Confidentiality"


def test_text_and_note_on_one_provision_are_one_hit(small: Indexed) -> None:
    note(small, "art-5", rationale="Every competent authority needs a deputy.")
    hits = small.index.search("competent", version_id=small.en.id, limit=100).hits
    assert [hit.key for hit in hits].count("art-5") == 1
    notes_only = small.index.search("competent in:notes", version_id=small.en.id).hits
    assert [(hit.key, hit.where) for hit in notes_only] == [("art-5", "note")]
    text_only = small.index.search("competent in:text", version_id=small.en.id).hits
    assert "art-5" in [hit.key for hit in text_only]
    assert {hit.where for hit in text_only} == {"text"}


def test_a_note_hit_opens_the_version_asked_for(small: Indexed) -> None:
    note(small, "art-3.1", rationale="Flag State jurisdiction only.")
    assert small.index.search("jurisdiction in:notes").hits[0].version == "EN"
    hit = small.index.search("jurisdiction in:notes", version_id=small.ru.id).hits[0]
    assert (hit.version, hit.key, hit.heading) == (
        "RU",
        "art-3.1",
        "Запросы о предоставлении данных",
    )
    assert small.index.search("jurisdiction in:notes version:RU").hits[0].version == "RU"


def test_a_changed_note_is_found_by_its_new_words_only(small: Indexed) -> None:
    saved = note(small, "art-2.a", rationale="Catch records are sensitive.")
    assert small.index.search("sensitive in:notes").hits
    save_note(small.library, replace(saved, rationale="Landing declarations suffice."))
    assert small.index.search("sensitive in:notes").hits == []
    assert [hit.key for hit in small.index.search("suffice").hits] == ["art-2.a"]


def test_the_stance_filter_also_finds_the_provision_text(small: Indexed) -> None:
    note(small, "art-3.3", stance="support with amendments")
    hits = small.index.search("stance:amendments days", version_id=small.en.id).hits
    assert [(hit.key, hit.where) for hit in hits] == [("art-3.3", "text")]
    assert "<b>days</b>" in hits[0].snippet
    spelled_out = small.index.search('stance:"support with amendments"', version_id=small.en.id)
    assert [hit.key for hit in spelled_out.hits] == ["art-3.3"]


def test_a_tag_of_several_words(small: Indexed) -> None:
    note(small, "art-1.2", tags=["Human rights", "sovereignty"])
    hits = small.index.search('tag:"human rights"', version_id=small.en.id).hits
    assert [hit.key for hit in hits] == ["art-1.2"]
    assert small.index.search("tag:human", version_id=small.en.id).hits == []
    assert [hit.key for hit in small.index.search("tag:sov*", version_id=small.en.id).hits] == [
        "art-1.2"
    ]


def test_snippets_escape_what_the_delegate_typed(small: Indexed) -> None:
    note(small, "art-1.1", rationale='Beware <script>alert("x")</script> & co.')
    snippet = small.index.search("beware").hits[0].snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet and "&amp;" in snippet
    assert snippet.startswith("Rationale: <b>Beware</b>")


def test_saving_a_note_rewrites_only_that_note(small: Indexed) -> None:
    small.index.search("anything")
    index_path = small.library.folder / "index"
    before = _segments(index_path)
    biggest = max(before, key=before.get)
    note(small, "art-5", rationale="Name the depositary.")
    assert small.index.search("depositary in:notes").hits
    after = _segments(index_path)
    assert after[biggest] == before[biggest]  # the segment holding the texts is untouched
    assert sum(after.values()) - sum(before.values()) <= 5


def test_a_new_version_is_searchable_without_a_rebuild(small: Indexed) -> None:
    with pytest.raises(SearchError):
        small.index.search("version:Rev.1 fisheries")  # no such version yet
    info, _ = import_draft(
        small.library, FIXTURES / "small_convention_en.txt", instrument="Draft", label="Rev.1"
    )
    hits = small.index.search("version:Rev.1 fisheries").hits
    assert hits and {hit.version_id for hit in hits} == {info.id}


def test_a_library_restored_from_a_backup_is_searched_as_it_is(small: Indexed) -> None:
    backup = make_backup(small.library)
    note(small, "art-5", rationale="Written after the backup.")
    assert small.index.search('"after the backup"').hits
    small.index.close()
    small.library.close()
    shutil.copyfile(backup.path, small.library.path)
    for suffix in ("-wal", "-shm"):
        (small.library.folder / f"library.sqlite3{suffix}").unlink(missing_ok=True)
    with Library(small.library.folder) as library, SearchIndex(library) as index:
        assert index.search('"after the backup"').hits == []
        assert index.search("fisheries").hits


def _segments(path) -> dict[str, int]:
    ix = open_dir(str(path))
    try:
        return {segment.segment_id(): segment.doc_count_all() for segment in ix._segments()}
    finally:
        ix.close()


def test_each_proposed_wording_is_found_in_its_own_language(small: Indexed) -> None:
    """A note's wordings in two languages: each found by forms of its own words, and the
    snippet names the wording's language."""
    note(
        small,
        "art-6",
        rationale="Keep the exchange voluntary.",
        proposals=[
            Proposal("en", "States Parties may exchange fisheries data."),
            Proposal("ru", "Государства-участники могут обмениваться данными о рыболовстве."),
        ],
    )
    for query in ("exchanging", "обмениваются", "рыболовства"):  # other forms of the words
        hits = small.index.search(f"{query} in:notes").hits
        assert [hit.key for hit in hits] == ["art-6"], query
    hit = small.index.search("обмениваются in:notes").hits[0]
    assert "Proposed wording (Russian): Государства-участники могут <b>обмениваться</b>" in (
        hit.snippet
    )


def test_a_note_whose_texts_were_deleted_leaves_the_results(small: Indexed) -> None:
    from negotiator_app.storage.library_edits import delete_version, orphan_notes

    note(small, "art-5", rationale="Consult the zebrafinch desk.")
    assert [hit.key for hit in small.index.search("zebrafinch").hits] == ["art-5"]
    for version in (small.en, small.ru):
        delete_version(small.library, version)
    assert [o.note.rationale for o in orphan_notes(small.library)] == [
        "Consult the zebrafinch desk."
    ]
    assert small.index.search("zebrafinch").hits == []  # kept, but no text to open it on


def test_a_note_holding_only_a_stance_shows_it_in_its_result(small: Indexed) -> None:
    note(small, "art-5", stance="oppose", priority="high", red_line=True)
    (hit,) = small.index.search("stance:oppose").hits
    assert (hit.key, hit.where) == ("art-5", "note")
    assert hit.snippet == "Stance: oppose · Priority: high · Red line"
    # shown, not searched: the word "oppose" in the text search finds no note
    assert "art-5" not in [h.key for h in small.index.search("oppose in:notes").hits]


def test_a_tag_filter_alone_answers_with_notes_only(small: Indexed) -> None:
    note(small, "art-3", stance="support", tags=["crypto"], rationale="Vessels matter.")
    hits = small.index.search("tag:crypto").hits
    assert [(h.key, h.where) for h in hits] == [("art-3", "note")]
    hits = small.index.search("tag:crypto vessels").hits
    assert hits and all(h.where == "note" for h in hits)
