"""Precedents on a real pair: UNCAC (2003) borrowed from UNTOC (2000). Skipped without the corpus.

The truth is built from the texts themselves by an exhaustive comparison
(tests/core/precedent_truth.py); the issue's bar: the right source article is the first
precedent for at least 90% of the borrowed paragraphs, and no precedent at the "adapted"
level is offered for a paragraph that has none.
"""

from __future__ import annotations

import pytest

from negotiator_app.core.passages import passages
from negotiator_app.core.precedents import ADAPTED_AT, PrecedentIndex, Reference
from negotiator_app.core.provision import Kind
from negotiator_app.importers import import_file
from tests.conftest import corpus_file
from tests.core.precedent_truth import import_uncac_english, measure


@pytest.fixture(scope="module")
def pair():
    untoc = import_file(corpus_file("untoc_palermo_2000_unodc_ebook_en.pdf"))
    uncac = import_uncac_english(corpus_file("uncac_en.md"))
    return untoc, uncac


def test_the_right_source_article_comes_first_and_new_paragraphs_get_no_adapted_precedent(pair):
    result = measure(*pair)
    # Enough of each that the figures mean something (the importers are being reworked).
    assert result.borrowed >= 150 and result.none >= 60, result
    assert result.recall >= 0.9, result.missed
    assert result.none_offered == 0
    assert result.precision >= 0.9


# Articles UNCAC is known to have taken from UNTOC, found by their headings in both texts.
BORROWED_ARTICLES = [
    "Extradition",
    "Mutual legal assistance",
    "Liability of legal persons",
    "Settlement of disputes",
    "Denunciation",
    "Depositary and languages",
]


@pytest.mark.parametrize("heading", BORROWED_ARTICLES)
def test_known_borrowed_articles_find_the_untoc_article_of_the_same_name(pair, heading):
    untoc, uncac = pair
    index = PrecedentIndex([Reference("untoc", "UNTOC", untoc.provisions)])
    source_headings = {
        p.key: article.heading
        for article in untoc.walk()
        if article.kind == Kind.ARTICLE
        for p in article.walk()
    }
    article = next(a for a in uncac.walk() if a.kind == Kind.ARTICLE and a.heading == heading)
    firsts = [index.precedents(p.key, p.text)[:1] for p in passages([article])]
    close = [found[0] for found in firsts if found and found[0].similarity >= ADAPTED_AT]
    assert len(close) >= max(1, len(firsts) // 2)
    assert all(source_headings[p.key] == heading for p in close), [p.citation for p in close]
