"""The reader's page as HTML: the text escaped, what it marks styled, references as links."""

from __future__ import annotations

from negotiator_app.ui.reader.page_html import (
    ReaderColours,
    link_target,
    preview_html,
    render_page,
)
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


def test_a_chapter_page_links_what_its_articles_link_this_article_included():
    outline = small_outline()
    chapter = render_page(outline, "ch-II")
    article = render_page(outline, "art-5")
    assert 'href="provision:art-5.1"' in article  # "paragraph 1 of this article"
    assert 'href="provision:art-5.1"' in chapter  # the same words read on the chapter's page


def test_the_preview_of_a_link_names_the_article_and_starts_its_text():
    outline = small_outline()
    preview = preview_html(outline, "art-6")
    assert "<b>Article 6</b> — Heading 6" in preview
    assert "[Option 1: shall]" in preview and "&lt;fully&gt;" in preview
    assert "Article 5 Heading 5; Article 6 Heading 6" in preview_html(outline, "ch-II")
    assert preview_html(outline, "art-99") == ""
    long = preview_html(outline, "art-5", limit=20)
    assert long.endswith(" …</p>")
