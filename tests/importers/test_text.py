"""The plain-text importer on drafts laid out as they circulate: the tree must come out right."""

from __future__ import annotations

import pytest

from negotiator_app.core.provision import Document, Kind
from negotiator_app.importers import ImportProblem, import_file
from negotiator_app.importers.text import decode, parse_text
from tests.conftest import DEMO, FIXTURES, corpus_file
from tests.fixtures.layout import FOOTER, HEADER, as_circulated

SMALL_KEYS = [
    "pre", "pre.1", "pre.2", "pre.3",
    "ch-I", "art-1", "art-1.1", "art-1.2",
    "art-2", "art-2.a", "art-2.b", "art-2.c", "art-2.c.i", "art-2.c.ii", "art-2.c.iii",
    "ch-II", "ch-II.sec-1", "art-3", "art-3.1", "art-3.2", "art-3.2.a", "art-3.2.b", "art-3.2.c",
    "art-3.3", "art-3bis", "ch-II.sec-2", "art-4", "art-4.1", "art-4.2", "art-5",
    "final", "annex", "annex.1", "annex.2", "annex.2.a", "annex.2.b", "annex.2.c",
]  # fmt: skip


def shape(document: Document) -> list[tuple[str, str, str, str, str]]:
    return [(p.key, str(p.kind), p.number, p.heading, p.text) for p in document.walk()]


def small(language: str = "en") -> str:
    return (FIXTURES / f"small_convention_{language}.txt").read_text(encoding="utf-8")


def test_small_draft_gives_the_expected_tree():
    document = parse_text(small())
    assert [p.key for p in document.walk()] == SMALL_KEYS
    assert (
        document.title
        == "Draft Convention on the Protection of Shared Fisheries Data (test fixture)"
    )
    assert document.find("art-3bis").number == "3 bis"
    assert document.find("art-3bis").heading == "Urgent requests"
    assert document.find("ch-II.sec-2").heading == "Safeguards"
    assert document.find("art-2").text == "For the purposes of this Convention:"
    assert document.find("art-2.c.ii").text == "storage and retrieval;"
    assert document.find("pre").text == "The States Parties to this Convention,"
    assert document.find("annex").heading == "Form of notification"
    assert document.find("final").kind == Kind.FINAL_CLAUSE


def test_counts_in_the_report():
    document = parse_text(small())
    counts = document.report.counts
    assert counts["chapter"] == 2
    assert counts["section"] == 2
    assert counts["article"] == 6
    assert counts["paragraph"] == 9
    assert counts["subparagraph"] == 12
    assert counts["annex"] == 1
    assert document.report.dropped["contents lines"] == 5
    assert document.report.warnings == []


def test_contents_page_never_becomes_provisions():
    document = parse_text(small())
    for provision in document.walk():
        assert ".........." not in provision.text
        assert ".........." not in provision.heading
    assert len([p for p in document.walk() if p.kind == Kind.CHAPTER]) == 2


def test_bracketed_text_and_options_are_kept_verbatim():
    document = parse_text(small())
    assert document.find("art-3.3").text.endswith(
        "[within [30][60] days] of receipt of the request."
    )
    assert document.find("art-4.1").text.startswith("[Option 1: Data received")
    assert "[Option 2:" in document.find("art-4.1").text


@pytest.mark.parametrize("form_feed", [True, False])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_circulated_layout_gives_the_same_tree_as_the_clean_text(language, form_feed):
    clean = parse_text(small(language))
    laid_out = parse_text(as_circulated(small(language), form_feed=form_feed))
    assert shape(laid_out) == shape(clean)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_page_furniture_is_dropped_and_counted(language):
    document = parse_text(as_circulated(small(language), lines_per_page=25))
    for provision in document.walk():
        for furniture in (HEADER, FOOTER, "- 2 -"):
            assert furniture not in provision.text
    assert document.report.dropped["page numbers"] >= 3
    assert document.report.dropped["running headers and footers"] >= 3


def test_hyphenated_words_are_rejoined():
    document = parse_text(as_circulated(small(), width=40))
    assert "principles of sovereign equality" in document.find("art-1.2").text
    assert "non-interference" in document.find("art-1.2").text
    assert "includ-" not in document.find("art-2.c").text


def test_word_with_a_real_hyphen_keeps_it_across_a_line_break():
    text = (
        "Article 1\nScope\n\n"
        + "1. Each State Party shall respect the principle of non-interference in all cases.\n"
        + "2. This paragraph is long enough to wrap so that the word non-\n"
        + "interference falls across the margin of a page in a printed draft.\n"
        + "\n".join(f"{n}. Filler paragraph number {n} of the article." for n in range(3, 15))
    )
    document = parse_text(text)
    assert "the word non-interference falls" in document.find("art-1.2").text


def test_paragraph_split_by_a_page_break_is_joined_back():
    text = small().replace(
        "1. The purpose of this Convention is to promote the exchange of fisheries data",
        "1. The purpose of this Convention is to promote the exchange of\n\n"
        + FOOTER
        + "\n- 2 -\n\f"
        + HEADER
        + "\n\nfisheries data",
    )
    text = as_circulated(text)
    document = parse_text(text)
    assert document.find("art-1.1").text == (
        "The purpose of this Convention is to promote the exchange of fisheries data between "
        "States Parties."
    )


def test_russian_labels_and_letters():
    document = parse_text(small("ru"))
    assert [p.key for p in document.walk()] == SMALL_KEYS
    assert document.find("art-3bis").number == "3 bis"
    assert document.find("art-2.b").number == "б"
    assert document.find("pre").heading == "Преамбула"
    assert document.find("pre").text == "Государства — участники настоящей Конвенции,"
    assert document.find("annex").heading == "Форма уведомления"
    assert document.language == "ru"


def test_headings_on_the_same_line():
    text = (
        "Article 1. Purpose\n1. The purpose is stated here.\n\n"
        "Article 2 — Use of terms\nFor the purposes of this Convention, terms mean what they say.\n\n"
        "CHAPTER II: COOPERATION\nArticle 3\nThis article has no heading and says so in a sentence.\n"
    )
    document = parse_text(text)
    assert document.find("art-1").heading == "Purpose"
    assert document.find("art-2").heading == "Use of terms"
    assert document.find("ch-II").heading == "COOPERATION"
    assert document.find("art-3").heading == ""
    assert document.find("art-3").text.startswith("This article has no heading")


def test_markdown_headings_and_emphasis():
    text = (
        "# Draft Protocol on Test Matters\n\n## Chapter I\n## General provisions\n\n"
        "### Article 1\n#### Purpose\n\n1. The **purpose** of this Protocol is testing.\n\n"
        "### Article 2\n#### Terms\n\n(a) *term* means a word;\n(b) [text](https://example.org) "
        "[bracketed option] stays.\n"
    )
    document = parse_text(text, markdown=True)
    assert document.find("art-1").heading == "Purpose"
    assert document.find("art-1.1").text == "The purpose of this Protocol is testing."
    assert document.find("art-2.b").text == "text [bracketed option] stays."
    assert document.find("ch-I").heading == "General provisions"


def test_legacy_code_pages_are_decoded():
    assert decode("Статья 5".encode("cp1251")) == "Статья 5"
    assert decode("Article 5 — État".encode("cp1252")) == "Article 5 — État"
    assert decode("\ufeffArticle 1".encode()) == "Article 1"
    assert decode("Article 1".encode("utf-16")) == "Article 1"


def test_unreadable_files_give_one_sentence(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    for path, words in [(empty, "empty"), (binary, "binary"), (tmp_path / "none.txt", "no file")]:
        with pytest.raises(ImportProblem) as caught:
            import_file(path)
        message = str(caught.value)
        assert words in message
        assert "\n" not in message


def test_no_articles_becomes_a_flat_list_with_a_warning():
    document = parse_text(
        "Notes from the meeting\n\nFirst point.\n\nSecond point.\n\n1. Numbered.\n"
    )
    assert [p.text for p in document.provisions] == ["First point.", "Second point.", "Numbered."]
    assert any("flat list" in warning for warning in document.report.warnings)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_demonstration_draft(language):
    document = import_file(DEMO / f"demo_convention_{language}.txt")
    counts = document.report.counts
    assert counts["chapter"] >= 6
    assert counts["article"] >= 30
    assert counts["section"] >= 2
    assert counts["annex"] == 1
    assert document.report.warnings == []
    assert document.front_matter[0].startswith(("DEMONSTRATION TEXT", "ДЕМОНСТРАЦИОННЫЙ ТЕКСТ"))
    assert document.find("art-14bis") is not None
    assert "emonstrat" in document.title or "емонстрац" in document.title


def test_demonstration_draft_has_the_same_keys_in_both_languages():
    english = import_file(DEMO / "demo_convention_en.txt")
    russian = import_file(DEMO / "demo_convention_ru.txt")
    assert [p.key for p in english.walk()] == [p.key for p in russian.walk()]


def test_demonstration_draft_survives_circulated_layout():
    clean = import_file(DEMO / "demo_convention_en.txt")
    text = (DEMO / "demo_convention_en.txt").read_text(encoding="utf-8")
    assert shape(parse_text(as_circulated(text, lines_per_page=50))) == shape(clean)


# -- real documents by others, when ../shared/corpus is present ---------------------------


def test_corpus_russian_declaration():
    document = import_file(corpus_file("udhr_ru.txt"))
    articles = [p for p in document.walk() if p.kind == Kind.ARTICLE]
    assert len(articles) == 30
    assert document.find("pre") is not None
    assert document.language == "ru"


@pytest.mark.parametrize(
    "name,count", [("uncac_en.md", 71), ("budapest_convention_ets185_en.md", 48)]
)
def test_corpus_markdown_conventions(name, count):
    document = import_file(corpus_file(name))
    # The English text, then its Dutch translation as a second instrument with its own keys.
    english = [p for p in document.walk() if p.kind == Kind.ARTICLE and p.key.startswith("art-")]
    dutch = [p for p in document.find("instr-2").walk() if p.kind == Kind.ARTICLE]
    assert [p.number for p in english] == [str(n) for n in range(1, count + 1)]
    assert [p.key for p in dutch] == [f"instr-2.art-{n}" for n in range(1, count + 1)]
    assert not [p.key for p in document.walk() if "~" in p.key]
    assert document.find("art-2").heading


def test_text_and_pdf_share_the_printed_page_rules():
    text = (
        "Article 1\nScope\n\n"
        + "1. Each State Party shall respect the right of peoples to self-\n"
        + "determination and the principle of sovereign equality of all States.\n"
        + "\n".join(f"{n}. Filler paragraph number {n} of the article." for n in range(2, 14))
        + "\n\nPágina 3 de 40\n"
    )
    document = parse_text(text)
    assert "peoples to self-determination and" in document.find("art-1.1").text
    assert document.report.dropped["page numbers"] == 1
