"""Real documents written by others (../shared/corpus): skipped where the corpus is absent."""

from __future__ import annotations

from negotiator_app.core.provision import Kind
from negotiator_app.importers import import_file
from tests.conftest import corpus_file


def count(document, kind: Kind) -> int:
    return sum(1 for p in document.walk() if p.kind == kind)


def test_palermo_pdf_has_its_four_instruments_and_their_articles():
    document = import_file(corpus_file("untoc_palermo_2000_unodc_ebook_en.pdf"))
    annexes = [p for p in document.provisions if p.kind == Kind.ANNEX]
    assert len(annexes) == 4
    # Convention 41 articles, Trafficking Protocol 20, Smuggling Protocol 25, Firearms 21.
    articles = [sum(1 for p in annex.walk() if p.kind == Kind.ARTICLE) for annex in annexes]
    assert articles == [41, 20, 25, 21]
    convention = annexes[0]
    use_of_terms = next(p for p in convention.walk() if p.key == "annex-I.art-2")
    assert use_of_terms.heading == "Use of terms"
    assert len(use_of_terms.children) == 10  # (a) to (j)
    assert document.report.dropped["page numbers"] > 60


def test_au_charter_docx_keeps_non_breaking_hyphens_and_finds_the_charter():
    document = import_file(corpus_file("au_charter_of_un_act_1945_compilation15.docx"))
    texts = " ".join(p.text for p in document.walk())
    assert "self-determination" in texts and "selfdetermination" not in texts
    assert "Governor-General" in texts
    assert count(document, Kind.ARTICLE) >= 111 + 70 - 5  # the Charter and the ICJ Statute
    assert document.report.dropped["contents lines"] > 20


def test_terrorist_financing_html_in_windows_1252():
    document = import_file(corpus_file("terrorist_financing_convention_1999_un_en.html"))
    assert (
        document.title
        == "International Convention for the Suppression of the Financing of Terrorism"
    )
    assert count(document, Kind.ARTICLE) == 28
    assert count(document, Kind.ANNEX) == 1
    assert document.find("pre").text == "The States Parties to this Convention,"
    assert document.find("art-2.1.a").text.startswith("An act which constitutes an offence")


def test_uk_act_in_akoma_ntoso_3():
    document = import_file(corpus_file("akn3_uk_data_retention_investigatory_powers_act_2014.xml"))
    assert document.title == "Data Retention and Investigatory Powers Act 2014"
    sections = [p for p in document.walk() if p.kind == Kind.SECTION]
    assert [s.number for s in sections] == [str(n) for n in range(1, 9)]
    assert sections[1].heading == "Section 1: supplementary"
    assert len(document.find("sec-1").children) == 7
    assert document.report.dropped["cross-headings"] == 3


def test_un_draft_resolution_in_akoma_ntoso_2():
    document = import_file(corpus_file("akn2_un_cnd_draft_resolution_2012_en.xml"))
    assert count(document, Kind.PREAMBLE_PARAGRAPH) == 5
    assert [p.key for p in document.provisions[1:]] == ["para-1", "para-2", "para-3", "para-8"]
    assert "United Nations, Treaty Series" not in document.find("para-8").text
    assert document.report.dropped["footnotes"] >= 3
