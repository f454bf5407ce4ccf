"""What a delegate typing into the search box gets back from the demo draft."""

from __future__ import annotations

import re

import pytest

from negotiator_app.search import Hit, SearchError

from .conftest import Indexed


def keys(hits: list[Hit]) -> list[str]:
    return [hit.key for hit in hits]


def test_an_english_word_finds_its_other_forms(demo: Indexed) -> None:
    results = demo.index.search("confiscate")
    assert results.hits[0].key == "art-36"  # the article headed "Confiscation"
    assert "<b>Confiscation</b>" in results.hits[0].snippet
    words = {term.lower() for hit in results.hits for term in hit.terms}
    assert {"confiscation", "confiscated"} <= words
    assert results.suggestion is None


def test_a_russian_word_finds_its_other_forms(demo: Indexed) -> None:
    results = demo.index.search("криптовалюта")
    assert results.hits
    assert {hit.version for hit in results.hits} == {"RU"}
    assert "криптовалюты" in {term.lower() for hit in results.hits for term in hit.terms}
    assert results.suggestion is None


def test_a_phrase_matches_only_the_words_side_by_side(demo: Indexed) -> None:
    hits = demo.index.search('"competent authority"').hits
    assert hits
    for hit in hits:
        text = " ".join(demo.text(hit.version_id, hit.key).lower().split())
        assert re.search(r"competent authorit(y|ies)", text), hit.key
    loose = demo.index.search("competent authority").hits
    assert len(loose) >= len(hits)


def test_and_needs_both_words(demo: Indexed) -> None:
    hits = demo.index.search("confiscation AND assets").hits
    assert hits
    for hit in hits:
        text = demo.text(hit.version_id, hit.key).lower()
        assert "confisc" in text and "asset" in text, hit.key


def test_or_takes_either_and_not_leaves_out(demo: Indexed) -> None:
    either = set(keys(demo.index.search("extradition OR stablecoins", limit=500).hits))
    extradition = set(keys(demo.index.search("extradition", limit=500).hits))
    assert extradition < either
    without = demo.index.search("evidence NOT electronic", limit=500).hits
    assert without
    for hit in without:
        assert "electronic" not in demo.text(hit.version_id, hit.key).lower(), hit.key


def test_prefix_and_fuzzy(demo: Indexed) -> None:
    prefixed = demo.index.search("crypto*").hits
    assert prefixed
    assert all(term.lower().startswith("crypto") for hit in prefixed for term in hit.terms)
    fuzzy = demo.index.search("confiskation~").hits
    assert "art-36" in keys(fuzzy)


def test_article_and_chapter_filters(demo: Indexed) -> None:
    article = demo.index.search("article:12", limit=200).hits
    assert {hit.key.split(".")[0] for hit in article} == {"art-12"}  # not art-12bis, not art-1
    assert {hit.version for hit in article} == {"EN", "RU"}
    in_chapter = demo.index.search("chapter:IV", limit=500, version_id=demo.en.id).hits
    chapter_keys = {node.key for node in demo.library.provision(demo.en.id, "ch-IV").walk()}
    assert set(keys(in_chapter)) == chapter_keys
    assert set(keys(demo.index.search("chapter:4", limit=500, version_id=demo.en.id).hits)) == (
        chapter_keys
    )


def test_version_filter_and_version_scope(demo: Indexed) -> None:
    assert {hit.version for hit in demo.index.search("version:RU данные").hits} == {"RU"}
    scoped = demo.index.search("data OR данные", version_id=demo.en.id).hits
    assert scoped and {hit.version_id for hit in scoped} == {demo.en.id}


def test_one_hit_per_provision_and_ranked(demo: Indexed) -> None:
    hits = demo.index.search("confiscation", limit=200).hits
    places = [(hit.version_id, hit.key) for hit in hits]
    assert len(places) == len(set(places))
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)


def test_a_misspelt_word_offers_did_you_mean(demo: Indexed) -> None:
    results = demo.index.search("cryptocurency")
    assert results.hits == []
    assert results.suggestion == "cryptocurrency"
    results = demo.index.search("confiscation AND asests")
    assert results.suggestion == "confiscation AND assets"
    assert demo.index.search("криптовалютц").suggestion in {"криптовалюты", "криптовалюта"}


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"competent authority',
        "(extradition OR evidence",
        "extradition)",
        "extradition AND",
        "OR extradition",
        "NOT",
        "evidence AND OR data",
        "stance:maybe",
        "in:elsewhere",
        "version:Rev.9",
        "colour:blue",
        "article:",
        "article:[a TO c]",
        "priority:urgent",
    ],
)
def test_a_query_the_parser_rejects_is_one_sentence(demo: Indexed, query: str) -> None:
    with pytest.raises(SearchError) as caught:
        demo.index.search(query)
    sentence = str(caught.value)
    assert sentence.endswith((".", "?")) and "\n" not in sentence
    assert "Traceback" not in sentence


def test_to_dict_is_what_the_cli_prints(demo: Indexed) -> None:
    hit = demo.index.search("extradition").hits[0]
    assert set(hit.to_dict()) == {
        "version", "version_id", "key", "kind", "number", "heading", "score", "snippet", "where"
    }  # fmt: skip
    assert hit.where == "text"
    assert hit.heading == "Extradition"
