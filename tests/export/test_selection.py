"""Choosing what goes into a memo: notes, hand-picked keys, stance, tag, chapter, all."""

from __future__ import annotations

import pytest

from negotiator_app.export.output_file import ExportProblem
from negotiator_app.export.selection import Selection, select
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.notes import Note, save_note
from tests.conftest import FIXTURES
from tests.export.library_with_notes import DOCUMENT_ORDER


def keys(content) -> list[str]:
    return [item.provision.key for item in content.items]


def test_default_is_every_provision_with_a_note_in_document_order(library, version):
    content = select(library, version.id, Selection())
    assert keys(content) == DOCUMENT_ORDER
    assert content.warnings == []
    item = content.items[3]
    assert (item.reference, item.heading) == ("Article 4, paragraph 1", "Confidentiality")
    assert item.note.stance == "oppose"
    assert [child.number for child in content.items[4].provision.children] == ["a", "b", "c"]


def test_an_empty_note_does_not_count_as_a_position(library, version):
    save_note(library, Note(version.instrument_id, "art-5"))
    assert "art-5" not in keys(select(library, version.id, Selection()))


def test_all_makes_a_briefing_book_of_every_article_plus_the_noted_provisions(library, version):
    content = select(library, version.id, Selection(include_all=True))
    assert keys(content) == [
        "pre",
        "pre.2",
        "art-1",
        "art-2",
        "art-2.b",
        "art-3",
        "art-3bis",
        "art-4",
        "art-4.1",
        "art-5",
        "final",
        "annex",
        "annex.2",
    ]
    assert [i.title for i in content.items if i.note is None][:3] == [
        "Preamble",
        "Article 2 — Use of terms",
        "Article 3 — Requests for data",
    ]


def test_hand_picked_keys_come_in_document_order_with_or_without_notes(library, version):
    content = select(library, version.id, Selection(keys=["art-4.1", "art-3.2.b", "art-1"]))
    assert keys(content) == ["art-1", "art-3.2.b", "art-4.1"]
    assert content.items[1].reference == "Article 3, paragraph 2 (b)"
    assert content.items[1].note is None


def test_filters_by_stance_tag_and_chapter_combine(library, version):
    assert keys(select(library, version.id, Selection(stances=["oppose", "reserve"]))) == [
        "art-4.1",
        "annex.2",
    ]
    assert keys(select(library, version.id, Selection(tags=["GENERAL"]))) == ["pre.2", "art-1"]
    assert keys(select(library, version.id, Selection(chapters=["I"]))) == ["art-1", "art-2.b"]
    assert keys(select(library, version.id, Selection(chapters=["ch-II.sec-2"]))) == ["art-4.1"]
    both = Selection(chapters=["I"], stances=["support"])
    assert keys(select(library, version.id, both)) == ["art-1"]
    briefing = Selection(include_all=True, chapters=["II"])
    assert keys(select(library, version.id, briefing)) == [
        "art-3",
        "art-3bis",
        "art-4",
        "art-4.1",
        "art-5",
    ]


def test_notes_on_provisions_missing_from_the_version_are_reported(library, version):
    save_note(library, Note(version.instrument_id, "art-99", stance="oppose"))
    content = select(library, version.id, Selection())
    assert keys(content) == DOCUMENT_ORDER
    assert content.warnings == [
        '1 note(s) concern provisions that are not in "Rev.1" and were left out: art-99.'
    ]


def test_notes_of_another_instrument_stay_out(library, version):
    other, _ = import_draft(library, FIXTURES / "small_convention_ru.txt", label="RU")
    save_note(library, Note(other.instrument_id, "art-5", stance="oppose"))
    assert "art-5" not in keys(select(library, version.id, Selection()))
    assert keys(select(library, other.id, Selection())) == ["art-5"]


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        (Selection(stances=["against"]), 'Unknown stance "against"; use one of: support,'),
        (Selection(keys=["art-1", "art-77"]), 'Version "Rev.1" has no provision art-77;'),
        (Selection(chapters=["VII"]), r'no chapter "VII" \(its chapters: I, II\)'),
        (Selection(tags=["crypto"]), r"Nothing to export: .* matches the selection \(tag crypto\)"),
    ],
)
def test_bad_or_empty_selections_are_one_sentence(library, version, selection, message):
    with pytest.raises(ExportProblem, match=message):
        select(library, version.id, selection)


def test_a_version_without_notes_says_so(library):
    info, _ = import_draft(library, FIXTURES / "small_convention_en.txt", label="Rev.1")
    with pytest.raises(ExportProblem, match="has a note yet"):
        select(library, info.id, Selection())


def test_references_read_the_way_delegates_cite(library, version):
    content = select(
        library,
        version.id,
        Selection(keys=["pre.3", "art-2.c.ii", "ch-II.sec-1", "final", "annex.2.c", "art-3bis"]),
    )
    assert [item.title for item in content.items] == [
        "Preamble, paragraph 3",
        "Article 2, subparagraph (c) (ii) — Use of terms",
        "Chapter II, Section 1 — Requests",
        "Article 3 bis — Urgent requests",
        "Final clause",
        "Annex, paragraph 2 (c) — Form of notification",
    ]
