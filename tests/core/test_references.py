"""One article-number grammar: go-to, the CLI's `show` and the reader's links read alike."""

from __future__ import annotations

import pytest

from negotiator_app.core.numbering import normal_number, recognise
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.references import (
    ARTICLE_REFERENCE_RE,
    TreeIndex,
    not_found,
    resolve,
    typed_article_prefix,
)


def article(number: str, *paragraphs: str, prefix: str = "") -> Provision:
    key = f"{prefix}art-{number.replace(' ', '')}"
    children = [
        Provision(f"{key}.{i}", Kind.PARAGRAPH, str(i), text=text)
        for i, text in enumerate(paragraphs, start=1)
    ]
    return Provision(key, Kind.ARTICLE, number, children=children)


@pytest.fixture
def index() -> TreeIndex:
    annexed = Provision("annex-II", Kind.ANNEX, "II", "Protocol", children=[
        article("1", "Annexed text.", prefix="annex-II."),
        article("5", "Fifth annexed.", prefix="annex-II."),
    ])  # fmt: skip
    tree = [
        Provision(
            "pre", Kind.PREAMBLE, children=[Provision("pre.1", Kind.PREAMBLE_PARAGRAPH, "1")]
        ),
        Provision("ch-IV", Kind.CHAPTER, "IV", children=[article("5", "One.", "Two.")]),
        article("12 septies", "Text."),
        article("14 bis", "Text."),
        article("23"),
        Provision("annex-I", Kind.ANNEX, "I", children=[article("1", prefix="annex-I.")]),
        annexed,
    ]
    return TreeIndex.of(tree)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("23", "art-23"), ("Article 23", "art-23"), ("art. 23", "art-23"),
        ("14 bis", "art-14bis"), ("14bis", "art-14bis"), ("14-bis", "art-14bis"),
        ("Article 12 septies", "art-12septies"), ("12 septies 1", "art-12septies.1"),
        ("статья 14 бис", "art-14bis"), ("Статья 14 бис", "art-14bis"),
        ("5.2", "art-5.2"), ("5(2)", "art-5.2"), ("chapter 4", "ch-IV"), ("глава IV", "ch-IV"),
        ("annex", "annex-I"), ("Annex II", "annex-II"), ("annex 2", "annex-II"),
        ("Annex II, article 5", "annex-II.art-5"), ("annex II art 5 1", "annex-II.art-5.1"),
        ("preamble 1", "pre.1"), ("art-5.1", "art-5.1"),
    ],
)  # fmt: skip
def test_a_typed_reference_names_its_provision(index, typed, key):
    assert resolve(typed, index) == key


@pytest.mark.parametrize("typed", ["99", "12 ter", "5.9", "annex III", "Annex II, article 9", ""])
def test_a_reference_to_nothing_names_nothing(index, typed):
    assert resolve(typed, index) is None


def test_article_numbers_compare_alike_in_every_spelling():
    spellings = ["14 bis", "14bis", "14-bis", "14 бис", "14\u00a0bis", "14 BIS"]
    assert {normal_number(s) for s in spellings} == {"14bis"}
    assert normal_number("XII") == "xii"
    assert normal_number("premier") == "1"
    assert recognise("Article 12 septies").number == recognise("Статья 12 септиес").number


def test_references_in_running_text_find_every_article_they_name():
    text = (
        "as provided in article 12 septies and articles 14 bis, 15 and 16, "
        "в соответствии со статьей 14 бис и статьями 7 и 8, conformément à l'article 3"
    )
    found = [m.group(0) for m in ARTICLE_REFERENCE_RE.finditer(text)]
    assert found == [
        "article 12 septies", "articles 14 bis, 15 and 16", "статьей 14 бис",
        "статьями 7 и 8", "article 3",
    ]  # fmt: skip


def test_the_first_article_of_a_number_is_the_main_instruments():
    assert TreeIndex.of([article("1"), article("1", prefix="instr-2.")]).article("1") == "art-1"


def test_the_tree_filter_reads_a_number_being_typed():
    assert typed_article_prefix("12 b") == "12b"
    assert typed_article_prefix("Art. 14") == "14"
    assert typed_article_prefix("статья 14 бис") == "14bis"
    assert typed_article_prefix("confiscation") is None


def test_the_sentence_for_a_missing_article_names_it():
    assert not_found("Article 12 septies") == "There is no Article 12 septies in this version."
    assert not_found("nothing here") == 'Nothing in this version is called "nothing here".'
