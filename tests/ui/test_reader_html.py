"""What the reader marks in a provision's text: brackets, options, references, hits."""

from __future__ import annotations

from negotiator_app.core.provision import Kind, Provision
from negotiator_app.ui.outline import Outline
from negotiator_app.ui.provision_text import (
    bracket_spans,
    open_brackets,
    option_spans,
    reference_spans,
    term_spans,
)
from negotiator_app.ui.reader_html import ReaderColours, link_target, render_page


def small_outline() -> Outline:
    def article(number: str, *paragraphs: str) -> Provision:
        key = f"art-{number.replace(' ', '')}"
        children = [
            Provision(f"{key}.{i}", Kind.PARAGRAPH, str(i), text=text)
            for i, text in enumerate(paragraphs, start=1)
        ]
        return Provision(key, Kind.ARTICLE, number, f"Heading {number}", children=children)

    chapter = Provision(
        "ch-II",
        Kind.CHAPTER,
        "II",
        "Cooperation",
        children=[
            article(
                "5", "See article 6 and articles 7 to 8 bis.", "Under paragraph 1 of this article."
            ),
            article("6", "[Option 1: shall] [Option 2: may] cooperate <fully> & promptly."),
            article("7", "Text."),
            article("8 bis", "Text, as in chapter II."),
        ],
    )
    return Outline([chapter])


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


def test_the_page_escapes_text_and_styles_what_it_marks():
    outline = small_outline()
    colours = ReaderColours()
    html = render_page(outline, "art-6.1", selected="art-6.1", terms=["cooperate"], colours=colours)
    assert "&lt;fully&gt; &amp; promptly" in html
    assert colours.bracket_bg in html
    assert colours.option in html  # "Option 1:" in its own colour
    assert colours.hit_bg in html
    assert colours.selected_bg in html
    assert '<a name="art-6.1">' in html


def test_a_chapter_page_holds_its_articles_and_links_resolve():
    outline = small_outline()
    html = render_page(outline, "ch-II")
    assert html.count("ARTICLE") == 4
    assert 'href="provision:art-6"' in html
    assert link_target("provision:art-6") == "art-6"
    assert link_target("https://example.org") is None
