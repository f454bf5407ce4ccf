"""Page furniture in a text saved from a printed draft: only lines at page breaks on most pages.

A line that recurs inside the text (the chapeau of three articles, the same article in several
protocols) is never a running header; page numbers are left out where the pages break, and
every line left out is listed with its page.
"""

from __future__ import annotations

from negotiator_app.importers.text import parse_text

FILLER = "Each State Party shall adopt such measures as may be necessary to that end."
CHAPEAU = "The objectives of this Part are to:"


def objectives_text(form_feeds: bool) -> str:
    """Ten pages; three articles headed "Objectives" whose chapeau opens a page."""
    pages = []
    for number in range(1, 11):
        lines = []
        if number in (3, 6, 9):
            lines += [CHAPEAU, "(a) protect the marine environment;", "(b) share data."]
        lines += [f"Article {number}", "Scope", ""] + [f"{n}. {FILLER}" for n in range(1, 5)]
        if number in (2, 5, 8):
            lines += ["", f"Article {number}bis", "Objectives"]
        pages.append("\n".join(lines) + f"\n\n- {number} -\n")
    return ("\f" if form_feeds else "\n").join(pages)


def test_a_chapeau_three_articles_share_is_not_a_running_header():
    for form_feeds in (True, False):
        document = parse_text(objectives_text(form_feeds))
        chapeaus = [p.key for p in document.walk() if p.text.startswith(CHAPEAU)]
        assert chapeaus == ["art-2bis", "art-5bis", "art-8bis"], form_feeds
        assert "running headers and footers" not in document.report.dropped
        assert document.report.dropped["page numbers"] == 10


def test_the_same_sentence_three_times_in_a_text_without_pages_is_kept():
    text = "\n\n".join(
        f"Article {n}\nObjectives\n{CHAPEAU}\n(a) cooperate;\n(b) report." for n in (1, 2, 3)
    )
    document = parse_text(text)
    assert [p.text for p in document.walk() if p.kind == "article"] == [CHAPEAU] * 3
    assert not document.report.dropped


def test_an_article_every_protocol_has_at_a_page_top_is_kept():
    pages = []
    for protocol in ("I", "II", "III", "IV"):
        pages.append(
            f"Annex {protocol}\nProtocol {protocol}\n\nArticle 37\nUse of terms\n\n"
            f"1. {FILLER}\n2. {FILLER}\n\n{protocol}"
        )
        pages.append(f"Article 38. Entry into force\n\n1. {FILLER}\n\n{protocol}bis")
    document = parse_text("\f".join(pages))
    entry = [p.key for p in document.walk() if p.heading == "Entry into force"]
    assert entry == [f"annex-{n}.art-38" for n in ("I", "II", "III", "IV")]


def test_a_page_number_mid_sentence_is_left_out_listed_and_the_sentence_rejoined():
    text = (
        "Article 56\nRights of the coastal State\n\n"
        "1. In the exclusive economic zone, the coastal State has sovereign rights or\n\n"
        "- 16 -\n\fjurisdiction over the resources of the zone.\n"
        "2. A list item may stand alone:\n(c)\nwith its text below.\n\n- 17 -\n"
    )
    document = parse_text(text)
    assert document.find("art-56.1").text.endswith(
        "sovereign rights or jurisdiction over the resources of the zone."
    )
    assert [(line.page, line.text) for line in document.report.left_out] == [
        (1, "- 16 -"),
        (2, "- 17 -"),
    ]
    # "(c)" alone on its line is an item's label, not a page number in parentheses.
    assert document.find("art-56.2.c").text == "with its text below."


def test_a_line_at_most_page_breaks_that_also_occurs_inside_the_text_is_kept():
    pages = []
    for number in range(1, 7):
        lines = [CHAPEAU] if number > 1 else []  # opens pages 2-6: five pages of six
        lines += [f"Article {number}", "Objectives", "", f"1. {FILLER}", f"2. {FILLER}"]
        if number == 3:  # and once inside a page
            lines[3:3] = [f"3. {FILLER}", CHAPEAU, "(a) cooperate;", f"4. {FILLER}"]
        pages.append("\n".join(lines))
    document = parse_text("\f".join(pages))
    assert sum(p.text.count(CHAPEAU) for p in document.walk()) == 6
    assert not document.report.dropped
