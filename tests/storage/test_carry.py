"""Positions carried into a new revision: every note arrives or waits on the review list,
with its whole history; a second run copies nothing twice; a kill leaves all or nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from negotiator_app.search import SearchIndex
from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.carry import (
    CarryMark,
    carried_into,
    carry_positions,
    mark_reviewed,
    review_list,
)
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.notes import (
    Note,
    Proposal,
    get_note,
    list_notes,
    note_history,
    save_note,
)
from negotiator_app.storage.revisions import Placement
from tests.conftest import DEMO, REPO

PROPOSAL_22_2 = (
    "2. A person required to preserve data under paragraph 1 of this article shall keep them "
    "intact for as long as necessary, up to a maximum of 90 days, to enable the competent "
    "authorities to seek their disclosure."
)
# Old key: what was written, and what carrying should say of it.
NOTES = {
    "art-4": ({"stance": "support", "red_line": True}, "art-5", CarryMark.UNCHANGED),
    "art-10.3": ({"stance": "support", "rationale": "Option 2."}, "art-11.3", CarryMark.CHANGED),
    "art-22.2": (
        {"stance": "oppose", "proposals": [Proposal("en", PROPOSAL_22_2)]},
        "art-23.2",
        CarryMark.TAKEN_IN,
    ),
    "art-14bis": ({"stance": "reserve"}, None, CarryMark.DELETED),
    "art-26": ({"rationale": "Victims first."}, "art-40", CarryMark.UNCHANGED),
    "art-16.2": ({"stance": "oppose"}, "art-17.1", CarryMark.CHANGED),
    "art-1.1.a": ({"stance": "support"}, "art-1.1.a", CarryMark.UNCHANGED),
}


@pytest.fixture
def demo(library_dir: Path):
    """Rev.1 with the notes above (two saves each), and Rev.2 imported without carrying."""
    with Library(library_dir) as library:
        old, _ = import_draft(
            library, DEMO / "demo_convention_en.txt", instrument="Demo", label="Rev.1",
            language="en", backup=False,
        )  # fmt: skip
        for key, (fields, _new, _mark) in NOTES.items():
            save_note(library, Note(old.instrument_id, key, version_id=old.id, tags=["first"]))
            save_note(library, Note(old.instrument_id, key, version_id=old.id, **fields))
        new, _ = import_draft(
            library, DEMO / "demo_convention_rev2_en.txt", instrument="Demo", label="Rev.2",
            language="en", placement=Placement(revises="Rev.1"), backup=False, carry=False,
        )  # fmt: skip
        yield library, old, new


def test_every_note_arrives_on_its_provision_or_waits_on_the_review_list(demo):
    library, old, new = demo
    report = carry_positions(library, old, new)
    assert (report.copied, report.orphaned) == (6, 1)
    by_old = {c.old_key: c for c in report.carried}
    for key, (_fields, new_key, mark) in NOTES.items():
        carried = by_old[key]
        assert (carried.new_key or None, carried.mark) == (new_key, mark), key
        original = get_note(library, key, version_id=old.id)
        assert original is not None  # the old revision keeps its positions
        if new_key is None:
            assert carried.copy_id is None and carried.review
            continue
        copy = get_note(library, new_key, version_id=new.id)
        assert copy.content() == original.content()
        # The whole history came along: both saves, oldest last.
        assert [r.note.content() for r in note_history(library, copy.id)] == [
            r.note.content() for r in note_history(library, original.id)
        ]
        assert carried_into(library, copy.id).note_id == original.id
    assert by_old["art-4"].message() == "text unchanged; renumbered from Article 4"
    assert by_old["art-26"].message() == (
        "text unchanged; renumbered from Article 26 (moved to another chapter)"
    )
    assert by_old["art-10.3"].message() == (
        "text changed since your position — review; renumbered from Article 10"
    )
    assert by_old["art-22.2"].message().startswith("your proposed wording was taken in")
    assert by_old["art-14bis"].message() == (
        "provision deleted — your position on the old text is kept"
    )
    pending = review_list(library, new)
    assert [i.carried.old_key for i in pending] == ["art-10.3", "art-16.2", "art-22.2", "art-14bis"]
    assert pending[-1].note.stance == "reserve"  # the note kept on the deleted provision
    assert check_library(library).sound, check_library(library).problems


def test_a_second_run_copies_nothing_twice_and_takes_only_what_is_new(demo):
    library, old, new = demo
    carry_positions(library, old, new)
    count = len(list_notes(library, version_id=new.id))
    again = carry_positions(library, old, new)
    assert (again.copied, again.orphaned, again.already) == (0, 0, len(NOTES))
    assert len(list_notes(library, version_id=new.id)) == count
    save_note(library, Note(old.instrument_id, "art-9", version_id=old.id, stance="neutral"))
    third = carry_positions(library, old, new)
    assert [(c.old_key, c.new_key) for c in third.carried] == [("art-9", "art-10")]


def test_a_position_already_on_the_new_text_is_not_overwritten(demo):
    library, old, new = demo
    save_note(library, Note(old.instrument_id, "art-5", version_id=new.id, stance="oppose"))
    report = carry_positions(library, old, new)
    carried = next(c for c in report.carried if c.old_key == "art-4")
    assert carried.mark == CarryMark.ALREADY_NOTED and carried.copy_id is None and carried.review
    assert get_note(library, "art-5", version_id=new.id).stance == "oppose"


def test_reviewing_takes_a_position_off_the_list_and_so_does_editing_it(demo):
    library, old, new = demo
    carry_positions(library, old, new)
    first, second, *_ = review_list(library, new)
    done = mark_reviewed(library, first.carried.id)
    assert not done.review and done.reviewed
    edited = second.note
    save_note(library, Note(edited.instrument_id, edited.provision_key, version_id=new.id))
    assert [i.carried.id for i in review_list(library, new)][:1] != [first.carried.id]
    assert first.carried.id not in {i.carried.id for i in review_list(library, new)}
    assert second.carried.id not in {i.carried.id for i in review_list(library, new)}
    assert len(review_list(library, new, pending=False)) == len(NOTES)
    with pytest.raises(LibraryError, match="no carried position 999"):
        mark_reviewed(library, 999)


def test_carrying_is_refused_within_one_revision_or_across_instruments(demo):
    library, old, _new = demo
    with pytest.raises(LibraryError, match="two languages of one revision"):
        carry_positions(library, old, old)


def test_carried_notes_are_found_by_search_in_the_new_revision(demo):
    library, old, new = demo
    save_note(
        library,
        Note(old.instrument_id, "art-25", version_id=old.id, rationale="zebrafinch doctrine"),
    )
    carry_positions(library, old, new)
    with SearchIndex(library) as index:
        hits = index.search(f"zebrafinch version:{new.id}").hits
        assert [(h.key, h.version_id) for h in hits] == [("art-26", new.id)]
        old_hits = index.search(f"zebrafinch version:{old.id}").hits
        assert [(h.key, h.version_id) for h in old_hits] == [("art-25", old.id)]


def test_a_kill_during_carrying_leaves_the_library_as_it_was(demo, library_dir: Path):
    library, old, new = demo
    before = len(list_notes(library))
    script = (
        "import sys, time\n"
        "import negotiator_app.storage.carry as carry\n"
        "from negotiator_app.storage import Library\n"
        "copy, done = carry._copy, []\n"
        "def slow(*args):\n"
        "    done.append(copy(*args))\n"
        "    if len(done) == 3:\n"
        "        print('halfway', flush=True)\n"
        "        time.sleep(60)\n"
        "    return done[-1]\n"
        "carry._copy = slow\n"
        "with Library(sys.argv[1]) as library:\n"
        "    carry.carry_positions(library, library.find_version('Rev.1'),"
        " library.find_version('Rev.2'))\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(library_dir)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    with process, process.stdout:
        try:
            assert process.stdout.readline().strip() == "halfway"
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    with Library(library_dir) as after:
        assert len(list_notes(after)) == before  # three copies were made, none is left
        assert after.connection.execute("SELECT COUNT(*) FROM carried_notes").fetchone()[0] == 0
        assert check_library(after).sound
        report = carry_positions(after, old, new)  # and carrying again does it all
        assert (report.copied, report.orphaned) == (6, 1)


def test_the_demonstration_library_has_two_revisions_and_positions_carried(library_dir):
    from negotiator_app.storage.imports import import_demo_if_empty

    with Library(library_dir) as library:
        versions = import_demo_if_empty(library)
        assert [(v.label, v.revision) for v in versions] == [
            ("EN demo", "Rev.1"),
            ("RU demo", "Rev.1"),
            ("EN demo Rev.2", "Rev.2"),
            ("RU demo Rev.2", "Rev.2"),
        ]
        russian = versions[3]
        marks = {i.carried.old_key: i.carried.mark for i in review_list(library, russian)}
        assert marks == {
            "art-2.h": CarryMark.TAKEN_IN,
            "art-10.3": CarryMark.CHANGED,
            "art-22.2": CarryMark.TAKEN_IN,
            "art-14bis": CarryMark.DELETED,
        }
        assert get_note(library, "art-5", version_id=russian.id).red_line  # was Article 4
        assert import_demo_if_empty(library) == []  # only ever into an empty library


def test_the_demonstration_revision_can_come_after_the_first_paint(library_dir):
    from negotiator_app.storage.imports import import_demo_if_empty, import_demo_revision

    with Library(library_dir) as library:
        first = import_demo_if_empty(library, revision=False)
        assert [v.revision for v in first] == ["Rev.1", "Rev.1"] and not list_notes(library)
        later = import_demo_revision(library)
        assert [v.label for v in later] == ["EN demo Rev.2", "RU demo Rev.2"]
        assert len(review_list(library, later[0])) == 4
        assert import_demo_revision(library) == []  # once only


def test_each_language_of_a_wording_is_judged_against_the_text_in_its_own_language(
    library_dir: Path,
):
    """A Russian wording the Russian Rev.2 took in is "taken in", though the English texts
    were compared."""
    with Library(library_dir) as library:
        versions = {}
        for name, label, language, placement in (
            ("demo_convention_en.txt", "Rev.1", "en", Placement()),
            ("demo_convention_ru.txt", "Rev.1 RU", "ru", Placement(translation_of="Rev.1")),
            ("demo_convention_rev2_en.txt", "Rev.2", "en", Placement(revises="Rev.1")),
            ("demo_convention_rev2_ru.txt", "Rev.2 RU", "ru", Placement(translation_of="Rev.2")),
        ):
            versions[label], _ = import_draft(
                library, DEMO / name, instrument="Demo", label=label, language=language,
                placement=placement, backup=False, carry=False,
            )  # fmt: skip
        russian_rev2 = library.provision(versions["Rev.2 RU"].id, "art-23.2").text
        assert "90 дней" in russian_rev2
        note = Note(
            versions["Rev.1"].instrument_id, "art-22.2", version_id=versions["Rev.1 RU"].id,
            proposals=[Proposal("ru", "2. " + russian_rev2)],
        )  # fmt: skip
        save_note(library, note)
        report = carry_positions(library, versions["Rev.1"], versions["Rev.2"])
        by_old = {c.old_key: c for c in report.carried}
        assert by_old["art-22.2"].mark == CarryMark.TAKEN_IN
        copy = get_note(library, "art-23.2", version_id=versions["Rev.2 RU"].id)
        assert copy.proposal("ru").text == "2. " + russian_rev2  # every language carried
