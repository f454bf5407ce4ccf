"""Reading a file of several instruments: each article is a page, wherever its instrument sits."""

from __future__ import annotations

from negotiator_app.core.outline import Outline
from negotiator_app.importers import import_file
from tests.conftest import FIXTURES


def test_articles_of_an_annexed_convention_and_operative_paragraphs_are_pages():
    outline = Outline(import_file(FIXTURES / "shapes" / "resolution_adopting_convention.txt")
                      .provisions)  # fmt: skip
    assert outline.units == [
        "pre", "op-1", "op-2", "op-3", "annex-I.art-1", "annex-I.art-2", "annex-I.art-3",
        "annex-I.final", "annex-II.pre", "annex-II.art-1", "annex-II.art-2", "annex-II.final",
    ]  # fmt: skip
    assert outline.unit_of("annex-I.art-2.a") == "annex-I.art-2"
    assert outline.step("op-3", 1) == "annex-I.art-1"
    # Go to "Article 2" is the first instrument with articles: the annexed convention's.
    assert outline.article("2") == "annex-I.art-2"


def test_a_second_instruments_articles_are_pages_too():
    outline = Outline(import_file(FIXTURES / "shapes" / "compilation_of_two_treaties.md")
                      .provisions)  # fmt: skip
    assert outline.units[-4:] == [
        "instr-2.pre", "instr-2.art-1", "instr-2.art-2", "instr-2.final",
    ]  # fmt: skip
    assert outline.article("1") == "art-1"
