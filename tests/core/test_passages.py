"""Passages and their citations: "UNCAC, art. 46, para. 9 (b)", built from the provision tree."""

from __future__ import annotations

from negotiator_app.core.passages import passages
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.importers.text import parse_text
from tests.conftest import DEMO


def cited(tree, name="UNCAC") -> dict[str, str]:
    return {passage.key: passage.citation for passage in passages(tree, name)}


def test_the_demonstration_draft_is_cited_as_a_delegate_cites_it():
    draft = parse_text((DEMO / "demo_convention_en.txt").read_text(encoding="utf-8"))
    citations = cited(draft.provisions, "Demo")
    assert citations["pre.3"] == "Demo, preamble, para. 3"
    assert citations["pre"] == "Demo, preamble"  # "The States Parties to this Convention,"
    assert citations["art-2"] == "Demo, art. 2"  # the lead-in of the list of terms
    assert citations["art-2.h"] == "Demo, art. 2 (h)"
    assert citations["art-30.2.e.ii"] == "Demo, art. 30, para. 2 (e) (ii)"
    assert citations["art-29"] == "Demo, art. 29"  # an article with no numbered paragraphs
    assert citations["art-14bis"] == "Demo, art. 14 bis"
    assert citations["annex.4.a"] == "Demo, annex, para. 4 (a)"
    assert citations["final"] == "Demo, final clause"


def test_headings_chapters_and_empty_provisions_are_not_passages():
    draft = parse_text((DEMO / "demo_convention_en.txt").read_text(encoding="utf-8"))
    found = passages(draft.provisions)
    keys = {passage.key for passage in found}
    assert "ch-I" not in keys and "art-1" not in keys  # art. 1 has paragraphs, no words of its own
    assert all(passage.text.strip() for passage in found)
    assert not any(passage.text == "Purpose" for passage in found)
    # Every word of every paragraph is in exactly one passage.
    texts = [p.text for p in draft.walk() if p.kind not in {Kind.CHAPTER, Kind.SECTION} and p.text]
    assert [passage.text for passage in found] == texts


def test_an_instrument_annexed_to_a_resolution_is_cited_with_its_annex():
    paragraph = Provision("annex-I.art-16.1", Kind.PARAGRAPH, "1", text="This article applies.")
    article = Provision("annex-I.art-16", Kind.ARTICLE, "16", "Extradition", children=[paragraph])
    chapter = Provision("annex-I.ch-IV", Kind.CHAPTER, "IV", children=[article])
    annex = Provision("annex-I", Kind.ANNEX, "I", "The Convention", children=[chapter])
    operative = Provision("op-1", Kind.PARAGRAPH, "1", text="Adopts the Convention.")
    citations = cited([operative, annex], "UNTOC")
    assert citations == {
        "op-1": "UNTOC, para. 1",
        "annex-I.art-16.1": "UNTOC, annex I, art. 16, para. 1",
    }


def test_without_a_name_the_citation_is_the_place_alone():
    paragraph = Provision("art-5.2", Kind.PARAGRAPH, "2", text="Each State Party may act.")
    article = Provision("art-5", Kind.ARTICLE, "5", children=[paragraph])
    assert cited([article], "") == {"art-5.2": "art. 5, para. 2"}
