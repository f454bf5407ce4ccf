"""The shared structurer: blocks in, provision tree with stable keys out."""

from __future__ import annotations

from negotiator_app.core.provision import Kind
from negotiator_app.core.structurer import Block, build_document, item_position


def build(*texts: str, roles: dict[int, str] | None = None):
    roles = roles or {}
    return build_document([Block(text, roles.get(i, "")) for i, text in enumerate(texts)])


def keys(document) -> list[str]:
    return [p.key for p in document.walk()]


def test_articles_are_keyed_by_their_own_number_inside_chapters_and_sections():
    document = build(
        "Part I", "Substance", "Chapter 2", "Offences", "Section 1", "Data",
        "Article 6", "Illegal access", "1. Text one.", "2. Text two:", "(a) item;", "(b) item.",
    )  # fmt: skip
    assert keys(document) == [
        "part-I", "part-I.ch-2", "part-I.ch-2.sec-1", "art-6", "art-6.1", "art-6.2",
        "art-6.2.a", "art-6.2.b",
    ]  # fmt: skip
    assert document.find("part-I.ch-2").heading == "Offences"


def test_letter_i_after_h_is_a_letter_and_i_after_a_letter_starts_roman_items():
    letters = [f"({c}) item {c};" for c in "abcdefgh"]
    document = build(
        "Article 2", "Use of terms", "For the purposes:", *letters, "(i) ninth;", "(j) tenth."
    )
    assert keys(document)[-3:] == ["art-2.h", "art-2.i", "art-2.j"]
    document = build("Article 3", "Scope", "1. Chapeau:", "(a) first:", "(i) one;", "(ii) two;",
                     "(iii) three;", "(iv) four;", "(v) five;", "(b) second.")  # fmt: skip
    assert keys(document) == [
        "art-3", "art-3.1", "art-3.1.a", "art-3.1.a.i", "art-3.1.a.ii", "art-3.1.a.iii",
        "art-3.1.a.iv", "art-3.1.a.v", "art-3.1.b",
    ]  # fmt: skip


def test_subparagraphs_straight_under_an_article():
    document = build(
        "Article 2", "Use of terms", "For the purposes of this Convention:", "(a) one;"
    )
    assert keys(document) == ["art-2", "art-2.a"]
    assert document.find("art-2").text == "For the purposes of this Convention:"


def test_heading_on_the_next_line_only_when_it_looks_like_one():
    document = build(
        "Article 1",
        "This Convention shall enter into force on the thirtieth day after the deposit.",
    )
    assert document.find("art-1").heading == ""
    assert document.find("art-1").text.startswith("This Convention")
    document = build("Article 1", "Entry into force", "This Convention shall enter into force.")
    assert document.find("art-1").heading == "Entry into force"


def test_styled_heading_is_taken_even_with_a_full_stop():
    document = build("Article 1", "Scope of application of this Convention to all States.", "Text.",
                     roles={1: "heading"})  # fmt: skip
    assert document.find("art-1").heading == "Scope of application of this Convention to all States"


def test_annex_with_its_own_articles_and_roman_numbers():
    document = build("Article 1", "Purpose", "Text.", "Annex I", "Protocol on testing",
                     "Article 1", "Definitions", "Text.", "Annex II", "List", "1. First.")  # fmt: skip
    assert keys(document) == [
        "art-1", "annex-I", "annex-I.art-1", "annex-II", "annex-II.1",
    ]  # fmt: skip


def test_repeated_article_numbers_stay_unique_with_a_warning():
    document = build("Article 1", "One", "Text.", "Article 1", "Again", "Text again.")
    assert keys(document) == ["art-1", "art-1~2"]
    assert document.report.warnings


def test_preamble_from_opener_to_closer():
    document = build(
        "Draft Convention on Testing",
        "The States Parties to this Convention,",
        "Recalling one thing,",
        "Noting another,",
        "Have agreed as follows:",
        "Article 1",
        "Purpose",
        "Text.",
    )
    assert keys(document) == ["pre", "pre.1", "pre.2", "art-1"]
    assert document.title == "Draft Convention on Testing"
    assert document.find("pre").kind == Kind.PREAMBLE
    assert document.find("pre.2").text == "Noting another,"


def test_final_clause_after_the_last_article():
    document = build("Article 9", "Languages", "Text.", "DONE at Vienna, this first day.")
    assert keys(document) == ["art-9", "final"]


def test_contents_entries_are_dropped_until_the_text_begins():
    document = build(
        "Contents",
        "Chapter I. General provisions\t2",
        "Article 1. Purpose ........ 2",
        "Chapter I",
        "General provisions",
        "Article 1",
        "Purpose",
        "1. Text.",
    )
    assert keys(document) == ["ch-I", "art-1", "art-1.1"]
    assert document.report.dropped["contents lines"] == 3


def test_item_positions_match_across_alphabets():
    assert item_position("a") == item_position("а") == 1
    assert item_position("b") == item_position("б") == 2
    assert item_position("i") == item_position("и") == 9


def test_paragraph_one_printed_with_a_letter_l_is_paragraph_one_when_two_follows():
    # Some fonts' "1" reads as "l" in a PDF's text layer: "l. States Parties shall endeavour".
    document = build(
        "Article 16", "Settlement of disputes",
        "l. States Parties shall endeavour to settle disputes through negotiation.",
        "2. Any dispute that cannot be settled shall be submitted to arbitration.",
        "Article 17", "Signature", "l. This Protocol shall be open for signature.",
    )  # fmt: skip
    assert keys(document) == ["art-16", "art-16.1", "art-16.2", "art-17"]
    assert document.find("art-16").text == ""
    assert document.find("art-16.1").text.startswith("States Parties shall endeavour")
    # Without a paragraph 2 nothing says the letter was meant as a number: the text is kept.
    assert document.find("art-17").text.startswith("l. This Protocol")
    assert any("Article 16" in w and "“l.”" in w for w in document.report.warnings)
