"""The reader's page as HTML: the text escaped, what it marks styled, references as links."""

from __future__ import annotations

from negotiator_app.ui.reader.page_html import ReaderColours, link_target, render_page
from tests.core.outlines import small_outline


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
