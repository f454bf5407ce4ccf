"""What the reader marks in a provision's text: brackets, options, references, hits."""

from __future__ import annotations

from negotiator_app.core.text_marks import (
    bracket_spans,
    open_brackets,
    option_spans,
    reference_spans,
    term_spans,
)
from tests.core.outlines import small_outline


def test_brackets_nest_and_an_unclosed_one_runs_to_the_end():
    text = "a [within [30][60] days] b [open"
    spans = bracket_spans(text)
    assert [(text[s:e], depth) for s, e, depth in spans] == [
        ("[within [30][60] days]", 0),
        ("[30]", 1),
        ("[60]", 1),
        ("[open", 0),
    ]
    assert open_brackets(text) == 2


def test_option_labels_are_found_at_the_start_of_bracketed_alternatives():
    text = "[Option 1: shall] [Alternative B: may] [not an option: x]"
    assert [text[s:e] for s, e in option_spans(text)] == ["Option 1:", "Alternative B:"]


def test_references_link_to_articles_that_exist():
    outline = small_outline()
    text = outline.get("art-5.1").text
    found = [(text[s:e], key) for s, e, key in reference_spans(text, outline)]
    assert found == [("article 6", "art-6"), ("articles 7", "art-7"), ("8 bis", "art-8bis")]
    assert reference_spans("see article 99", outline) == []
    own = outline.get("art-5.2").text
    assert reference_spans(own, outline, "art-5")[0][2] == "art-5.1"
    assert reference_spans("chapter II", outline)[0][2] == "ch-II"


def test_search_terms_mark_words_that_start_with_them_in_any_case():
    text = "Confiscation and confiscated assets; not reconfiscation."
    assert [text[s:e] for s, e in term_spans(text, ["confiscat"])] == [
        "Confiscation",
        "confiscated",
    ]
