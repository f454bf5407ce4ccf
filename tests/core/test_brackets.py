"""Brackets, options and status words as data, and what a revision did to them."""

from __future__ import annotations

from negotiator_app.core.brackets import (
    brackets_in,
    chapter_brackets,
    compare_brackets,
    open_brackets,
    option_spans,
)
from negotiator_app.core.provision import Kind, Provision


def test_the_outermost_brackets_are_the_disputed_passages_and_status_marks_are_not():
    text = (
        "States shall [adopt][consider adopting] measures [within [30][60] days]. [agreed ad ref]"
    )
    found = brackets_in(text)
    assert [b.text for b in found.brackets] == [
        "adopt",
        "consider adopting",
        "within [30][60] days",
    ]
    assert found.status == ["agreed ad ref"]
    assert open_brackets(text) == 3


def test_options_are_found_in_brackets_and_on_lines_of_their_own():
    text = "[Option 1: shall require] [Option 2: may require]"
    assert [(o.label, o.text) for o in brackets_in(text).options] == [
        ("Option 1", "shall require"),
        ("Option 2", "may require"),
    ]
    lines = "Option A: Each State Party shall.\nOption B: Each State Party may.\nAlt. C: None."
    assert [o.label for o in brackets_in(lines).options] == ["Option A", "Option B", "Alt. C"]
    assert [lines[s:e] for s, e in option_spans(lines)] == ["Option A:", "Option B:", "Alt. C:"]
    # The word alone is not an option: "the option to refuse" opens no alternative.
    assert brackets_in("[the option to refuse]").options == []


def test_a_footnote_line_of_its_own_is_a_status_word():
    assert brackets_in("1. Each State Party shall act.\n1 Agreed ad referendum.").status == [
        "agreed ad referendum"
    ]
    assert brackets_in("Each State Party (tentatively agreed) shall act.").status == [
        "tentatively agreed"
    ]


def test_removed_kept_and_added_brackets_are_told_apart():
    old = "Each State Party shall [promptly] act [within [90] days] [in good faith]."
    new = "Each State Party shall promptly act [within [90] days] [where appropriate]."
    change = compare_brackets(old, new)
    assert (change.removed, change.kept, change.added) == (2, 1, 1)
    assert change.accepted == 1  # "promptly" stayed, without its brackets
    assert change.to_dict() == {"removed": 2, "added": 1, "kept": 1}
    assert change.describe() == "2 brackets removed, 1 added, 1 kept"


def test_the_option_that_survived_is_named():
    old = (
        "[Option 1: Each State Party shall require providers to identify their customers.] "
        "[Option 2: Each State Party shall consider requiring risk-based measures.]"
    )
    new = "Each State Party shall consider requiring risk-based measures."
    change = compare_brackets(old, new)
    assert change.option_chosen == "Option 2"
    assert change.options_before == ("Option 1", "Option 2") and change.options_after == ()
    assert change.resolved
    # Neither option's words: no option is said to have survived.
    assert compare_brackets(old, "Each State Party shall cooperate.").option_chosen is None
    # Options still on offer: nothing chosen yet.
    assert compare_brackets(old, old).option_chosen is None


def test_open_brackets_are_counted_per_chapter():
    def article(key: str, text: str) -> Provision:
        return Provision(key, Kind.ARTICLE, key[4:], "", text)

    roots = [
        Provision("pre", Kind.PREAMBLE, "", "Preamble", "", [Provision("pre.1", Kind.PREAMBLE_PARAGRAPH, "1", "", "[Recalling] x")]),
        Provision("ch-I", Kind.CHAPTER, "I", "General", "", [article("art-1", "[a] [b]"), article("art-2", "c [agreed]")]),
        Provision("ch-II", Kind.CHAPTER, "II", "Other", "", [article("art-3", "[d]")]),
    ]  # fmt: skip
    rows = chapter_brackets(roots)
    assert [(r.key, r.label, r.open) for r in rows] == [
        ("pre", "Preamble", 1),
        ("ch-I", "Chapter I", 2),
        ("ch-II", "Chapter II", 1),
    ]
