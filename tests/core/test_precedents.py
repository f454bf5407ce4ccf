"""The precedent finder on a generated earlier convention and a draft that borrows from it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from negotiator_app.core.precedents import (
    ADAPTED_AT,
    RELATED_AT,
    PrecedentIndex,
    PrecedentKind,
    PrecedentsCancelled,
    Reference,
    find_precedents,
    kind_of,
)
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.redline import DELETE, INSERT
from tests.conftest import REPO
from tests.fixtures.borrowing import Change, borrowing_draft, earlier_convention


@pytest.fixture(scope="module")
def borrowed():
    earlier = earlier_convention(30, seed=11)
    draft, record = borrowing_draft(earlier, 40, seed=12)
    found = find_precedents(draft, [Reference(7, "Earlier Convention", earlier)])
    by_key: dict[str, list] = {}
    for precedent in found:
        by_key.setdefault(precedent.draft_key, []).append(precedent)
    texts = {p.key: p.text for article in draft for p in article.walk()}
    return record, by_key, texts


def first(by_key, key):
    return by_key.get(key, [None])[0]


def test_every_kind_of_borrowing_is_in_the_fixture(borrowed):
    record, _, _ = borrowed
    counts = {change: sum(1 for b in record if b.change == change) for change in Change}
    assert all(count >= 8 for count in counts.values()), counts


def test_a_copied_paragraph_is_identical_to_its_source(borrowed):
    record, by_key, _ = borrowed
    for borrowing in (b for b in record if b.change == Change.COPIED):
        precedent = first(by_key, borrowing.draft_key)
        assert precedent.key == borrowing.source_key
        assert precedent.kind == PrecedentKind.IDENTICAL
        assert precedent.similarity == 1.0
        assert precedent.version == 7
        assert precedent.citation.startswith("Earlier Convention, art. ")


def test_shall_turned_into_may_is_identical_but_for_one_word_and_shows_in_the_diff(borrowed):
    record, by_key, texts = borrowed
    for borrowing in (b for b in record if b.change == Change.SHALL_MAY):
        precedent = first(by_key, borrowing.draft_key)
        assert precedent.key == borrowing.source_key
        assert precedent.kind_label == "identical but for 1 word"
        changes = [(s.op, s.text) for s in precedent.diff(texts[borrowing.draft_key])]
        assert [c for c in changes if c[0] != "equal"] == [(DELETE, "shall"), (INSERT, "may")]


def test_inserted_words_are_counted(borrowed):
    record, by_key, _ = borrowed
    for borrowing in (b for b in record if b.change == Change.INSERTED):
        precedent = first(by_key, borrowing.draft_key)
        assert precedent.key == borrowing.source_key
        assert precedent.changed_words == borrowing.inserted_words
        if borrowing.inserted_words <= 5:
            assert precedent.kind_label == f"identical but for {borrowing.inserted_words} words"
        else:  # "in accordance with its domestic law," is six words: more than a few
            assert precedent.kind == PrecedentKind.ADAPTED


def test_a_reworked_paragraph_is_adapted_from_its_source(borrowed):
    record, by_key, _ = borrowed
    reworked = [b for b in record if b.change == Change.REWORKED]
    right = [b for b in reworked if (p := first(by_key, b.draft_key)) and p.key == b.source_key]
    assert len(right) == len(reworked)
    for borrowing in right:
        precedent = first(by_key, borrowing.draft_key)
        assert precedent.kind in {PrecedentKind.ADAPTED, PrecedentKind.RELATED}
    adapted = [b for b in right if first(by_key, b.draft_key).kind == PrecedentKind.ADAPTED]
    assert len(adapted) >= 0.8 * len(reworked)


def test_new_paragraphs_have_no_precedent_at_the_adapted_level(borrowed):
    record, by_key, _ = borrowed
    new = [b for b in record if b.change == Change.NEW]
    for borrowing in new:
        assert all(p.similarity < ADAPTED_AT for p in by_key.get(borrowing.draft_key, []))


def test_precedents_come_best_first_within_the_limit_and_above_the_minimum(borrowed):
    _, by_key, _ = borrowed
    for found in by_key.values():
        assert 1 <= len(found) <= 3
        assert [p.rank for p in found] == list(range(1, len(found) + 1))
        assert [p.similarity for p in found] == sorted((p.similarity for p in found), reverse=True)
        assert all(p.similarity >= RELATED_AT for p in found)


def article(number: int, *texts: str, prefix: str = "") -> Provision:
    key = f"{prefix}art-{number}"
    children = [
        Provision(f"{key}.{n}", Kind.PARAGRAPH, str(n), text=text)
        for n, text in enumerate(texts, start=1)
    ]
    return Provision(key, Kind.ARTICLE, str(number), children=children)


EXTRADITION = (
    "The offences to which this article applies shall be treated as extraditable offences under "
    "any extradition treaty in force between States Parties."
)
COSTS = (
    "Unless the States Parties concerned agree otherwise, the requested State Party shall bear "
    "the ordinary costs of executing a request."
)


def test_the_earlier_revision_and_a_treaty_are_both_found_with_their_own_versions():
    draft = [article(3, EXTRADITION.replace("shall be", "are"), COSTS)]
    revision = [article(2, EXTRADITION.replace("shall be", "are"), "Something else entirely.")]
    treaty = [article(16, EXTRADITION, COSTS, prefix="annex-I.")]
    found = find_precedents(
        draft, [Reference("rev-1", "Rev.1", revision), Reference("untoc", "UNTOC", treaty)]
    )
    rows = [(p.draft_key, p.rank, p.version, p.citation, p.kind_label) for p in found]
    assert rows == [
        ("art-3.1", 1, "rev-1", "Rev.1, art. 2, para. 1", "identical"),
        ("art-3.1", 2, "untoc", "UNTOC, art. 16, para. 1", "identical but for 2 words"),
        ("art-3.2", 1, "untoc", "UNTOC, art. 16, para. 2", "identical"),
    ]


def test_one_passage_is_looked_up_by_its_text_with_a_limit_and_a_minimum():
    index = PrecedentIndex([Reference(1, "Treaty", [article(1, EXTRADITION, COSTS)])])
    assert len(index) == 2
    adapted = (
        "Unless the States Parties concerned decide otherwise, the requested State Party shall "
        "normally bear the ordinary costs incurred in executing a request for assistance."
    )
    assert [p.kind_label for p in index.precedents("x", adapted)] == ["adapted"]
    assert index.precedents("x", adapted, minimum=0.9) == []
    assert index.precedents("x", adapted, limit=0) == []
    assert index.precedents("x", "Reserved.") == []  # too short to have a source
    row = index.precedents("art-9.1", COSTS)[0].to_dict(draft_text=COSTS)
    assert row["draft_key"] == "art-9.1" and row["kind"] == "identical"
    assert row["diff"] == [["equal", COSTS]]


def test_kinds_follow_the_thresholds():
    assert kind_of(1.0, 0) == PrecedentKind.IDENTICAL
    assert kind_of(0.95, 1) == PrecedentKind.IDENTICAL_BUT_FOR
    assert kind_of(0.95, 6) == PrecedentKind.ADAPTED  # more than a few words changed
    assert kind_of(0.75, 2) == PrecedentKind.ADAPTED  # a short text, much changed
    assert kind_of(0.5, 9) == PrecedentKind.RELATED
    assert kind_of(0.3, 20) is None


def test_progress_is_reported_and_a_cancel_stops_the_work():
    earlier = earlier_convention(10, seed=1)
    draft, _ = borrowing_draft(earlier, 30, seed=2)
    reports: list[tuple[int, int]] = []
    find_precedents(draft, [Reference(1, "E", earlier)], progress=lambda *r: reports.append(r))
    total = reports[-1][1]
    assert reports[0] == (0, total) and reports[-1] == (total, total) and total > 60
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)

    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(PrecedentsCancelled, match="cancelled"):
        find_precedents(draft, [Reference(1, "E", earlier)], cancelled=cancelled)
    with pytest.raises(PrecedentsCancelled):
        PrecedentIndex([Reference(1, "E", earlier)], cancelled=lambda: True)


def test_a_monstrous_paragraph_is_neither_indexed_nor_looked_up():
    # A broken import can make one "paragraph" of a whole book: comparing it word for word
    # would take minutes, and it is not agreed language anyway.
    monster = " ".join(["Each State Party shall cooperate"] * 1_000)
    index = PrecedentIndex([Reference(1, "Treaty", [article(1, monster, COSTS)])])
    assert index.precedents("x", monster) == []
    assert [p.key for p in index.precedents("x", COSTS)] == ["art-1.2"]


TIES = """
from negotiator_app.core.passage_index import PassageIndex
first = [("alpha", "common", f"x{n}") for n in range(25)]
second = [("beta", "common", f"y{n}") for n in range(25)]
index = PassageIndex(first + second)
print([number for number, _ in index.candidates(("common", "alpha", "beta"), 10)])
"""


def test_the_same_texts_give_the_same_precedents_in_every_run():
    # Python salts string hashes per process: nothing may depend on the order of a set.
    runs = {
        subprocess.run(
            [sys.executable, "-c", TIES],
            cwd=REPO,
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 7)
    }
    assert len(runs) == 1, runs


def test_a_boilerplate_paragraph_repeated_thousands_of_times_still_finds_the_closest():
    # A text where one stock paragraph recurs 20,000 times: each lookup walks a bounded part of
    # the lists (benchmarks/bench_scaling.py measures that the work stays linear), and what it
    # walks are the shortest passages, so the short equal among them is still found first.
    stock = "Each State Party shall adopt such measures as may be necessary to that end."
    paragraphs = [stock.replace("that end", f"end {n}") for n in range(20_000)]
    paragraphs.insert(12_345, "Each State Party shall adopt measures.")
    index = PrecedentIndex([Reference(1, "Rev.1", [article(1, *paragraphs)])])
    found = index.precedents("x", "Each State Party shall adopt.")
    assert found[0].key == "art-1.12346"
    repeated = [index.precedents(f"art-2.{n}", stock.replace("that", "this")) for n in range(3)]
    assert [rows[0].draft_key for rows in repeated] == ["art-2.0", "art-2.1", "art-2.2"]
    assert {rows[0].key for rows in repeated} == {repeated[0][0].key}
