"""Structure labels in the document's language: the tree, breadcrumb, reader, memo and CLI."""

from __future__ import annotations

import pytest

from negotiator_app.core.labels import cite, label_language
from negotiator_app.core.numbering import (
    arabic_ordinal_to_int,
    cjk_to_int,
    int_to_arabic_ordinal,
    int_to_cjk,
    recognise,
)
from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import Kind, Provision, provision_label


@pytest.mark.parametrize(
    "kind,number,language,label",
    [
        ("article", "1", "en", "Article 1"),
        ("article", "1", "ru", "Статья 1"),
        ("article", "14 bis", "ru", "Статья 14 бис"),
        ("chapter", "II", "ru", "Глава II"),
        ("part", "I", "ru", "Часть I"),
        ("section", "1", "ru", "Раздел 1"),
        ("annex", "I", "ru", "Приложение I"),
        ("preamble", "", "ru", "Преамбула"),
        ("article", "1", "fr", "Article premier"),
        ("article", "2", "fr", "Article 2"),
        ("chapter", "II", "fr", "Chapitre II"),
        ("annex", "I", "fr", "Annexe I"),
        ("article", "1", "es", "Artículo 1"),
        ("chapter", "II", "es", "Capítulo II"),
        ("preamble", "", "es", "Preámbulo"),
        ("article", "1", "zh", "第一条"),
        ("chapter", "II", "zh", "第二章"),
        ("article", "12 bis", "zh", "第十二条之二"),
        ("annex", "I", "zh", "附件一"),
        ("article", "1", "ar", "المادة 1"),
        ("chapter", "II", "ar", "الفصل الثاني"),
        ("paragraph", "3", "ru", "3."),
        ("subparagraph", "a", "fr", "(a)"),
        ("article", "5", "de", "Article 5"),  # a language the labels are not written in
        ("article", "5", "", "Article 5"),
    ],
)  # fmt: skip
def test_label_in_the_documents_language(kind, number, language, label):
    assert provision_label(Kind(kind), number, language) == label


@pytest.mark.parametrize("language", ["en", "ru", "fr", "es", "zh", "ar"])
def test_every_label_reads_back_as_what_it_names(language):
    """What we write, the importers' grammar reads as the same division and number."""
    for kind, number in [("article", "12"), ("chapter", "IV"), ("annex", "II"), ("part", "I")]:
        marker = recognise(provision_label(Kind(kind), number, language))
        assert marker is not None and (marker.kind, marker.number) == (kind, number)


def test_numbers_in_words_round_trip():
    for value in range(1, 200):
        assert cjk_to_int(int_to_cjk(value)) == value
    for value in range(1, 60):
        assert arabic_ordinal_to_int(int_to_arabic_ordinal(value)) == value


def test_citations_and_the_breadcrumb_follow_the_document():
    paragraph = Provision("art-3.2", Kind.PARAGRAPH, "2", children=[
        Provision("art-3.2.a", Kind.SUBPARAGRAPH, "a", text="words")
    ])  # fmt: skip
    article = Provision("art-3", Kind.ARTICLE, "3", children=[paragraph])
    chapter = Provision("ch-II", Kind.CHAPTER, "II", children=[article])
    path = [article, paragraph, paragraph.children[0]]
    assert cite(path, "en") == "Article 3, paragraph 2 (a)"
    assert cite(path, "ru") == "Статья 3, пункт 2 (a)"
    assert cite(path, "fr") == "Article 3, paragraphe 2 (a)"
    assert cite(path, "es") == "Artículo 3, párrafo 2 (a)"
    assert cite([paragraph], "ru") == "Пункт 2"
    russian = Outline([chapter], "ru")
    assert russian.path_label("art-3.2.a") == "Глава II › Статья 3 › 2. › (a)"
    assert russian.title("art-3.2.a") == "Статья 3, пункт 2 (a)"
    assert Outline([chapter], "en").title("art-3.2") == "Article 3, paragraph 2"


def test_label_language_of_a_version_code():
    assert label_language("ru-RU") == label_language("RU") == "ru"
    assert label_language("de") == label_language("") == "en"
