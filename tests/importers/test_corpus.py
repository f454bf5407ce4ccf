"""Real documents written by others (../shared/corpus): skipped where the corpus is absent."""

from __future__ import annotations

import pytest

from negotiator_app.core.provision import Kind
from negotiator_app.importers import import_file
from tests.conftest import corpus_file


def count(document, kind: Kind) -> int:
    return sum(1 for p in document.walk() if p.kind == kind)


def articles_of(node) -> list[str]:
    return [p.number for p in node.walk() if p.kind == Kind.ARTICLE]


def test_palermo_pdf_gives_each_instrument_its_subtree():
    document = import_file(corpus_file("untoc_palermo_2000_unodc_ebook_en.pdf"))
    # Resolution 55/25 at the top (its recitals and operative paragraphs), the Convention and two
    # Protocols in its annexes I-III; resolution 55/255 and the Firearms Protocol in its annex.
    assert document.find("pre").text == "The General Assembly,"
    assert [p.key for p in document.provisions if p.key.startswith("op-")] == [
        f"op-{n}" for n in range(1, 13)
    ]
    annexes = [p for p in document.provisions if p.kind == Kind.ANNEX]
    assert [a.key for a in annexes] == ["annex-I", "annex-II", "annex-III"]
    firearms = document.find("instr-5.annex")
    assert document.find("instr-5").kind == Kind.INSTRUMENT
    assert document.find("instr-5.op-1") is not None
    counts = [len(articles_of(a)) for a in [*annexes, firearms]]
    assert counts == [41, 20, 25, 21]
    for instrument in [*annexes, firearms]:
        numbers = articles_of(instrument)
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
    assert annexes[0].heading == "United Nations Convention against Transnational Organized Crime"
    assert document.find("annex-II.pre").text == "The States Parties to this Protocol,"
    assert document.find("annex-II.ch-II").heading.startswith("Protection of victims")
    use_of_terms = document.find("annex-I.art-2")
    assert use_of_terms.heading == "Use of terms"
    assert len(use_of_terms.children) == 10  # (a) to (j)
    assert document.report.counts["instrument"] == 6
    assert not [p.key for p in document.walk() if "~" in p.key]
    assert document.title.startswith("UNITED NATIONS CONVENTION AGAINST TRANSNATIONAL")
    left_out = {line.text for line in document.report.left_out}
    assert "Have agreed as follows:" in left_out
    assert any(text.startswith("With the signing of the United Nations") for text in left_out)
    assert document.report.dropped["page numbers"] > 60


def test_au_charter_docx_splits_act_charter_and_statute():
    document = import_file(corpus_file("au_charter_of_un_act_1945_compilation15.docx"))
    texts = " ".join(p.text for p in document.walk())
    assert "self-determination" in texts and "selfdetermination" not in texts
    assert "Governor-General" in texts
    # The act's sections at the top, the Charter in its Schedule, the Statute after it.
    assert document.find("sec-2B").heading == "Meaning of UN sanction enforcement law"
    charter, statute = document.find("annex"), document.find("instr-3")
    assert charter.heading == "Charter of the United Nations"
    assert articles_of(charter) == [str(n) for n in range(1, 112)]
    assert statute.heading == "STATUTE OF THE INTERNATIONAL COURT OF JUSTICE"
    assert articles_of(statute) == [str(n) for n in range(1, 71)]
    assert document.find("annex.pre").text.startswith("WE THE PEOPLES")
    assert document.find("annex.ch-I").heading == "PURPOSES AND PRINCIPLES"  # "CHAPTER 1"
    assert document.report.counts["instrument"] == 3
    assert not [p.key for p in document.walk() if "~" in p.key]
    # The endnotes repeat amended articles: reported, never a second Article 23.
    assert document.report.dropped["endnotes"] > 100
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
    # "2. (a) On depositing ...": paragraph 2 and its first subparagraph.
    assert document.find("art-2.2.a").text.startswith("On depositing its instrument")
    assert all("Have agreed as follows" not in p.text for p in document.walk())
    # The page's "Copyright (c) 1999 / United Nations" is not the last treaty of the annex.
    assert document.find("annex.9").text.endswith("on 15 December 1997.")
    assert document.report.dropped["web page footer lines"] == 2


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
    assert document.find("pre").text == "The Commission on Narcotic Drugs,"
    assert count(document, Kind.PREAMBLE_PARAGRAPH) == 4
    assert [p.key for p in document.provisions[1:]] == ["op-1", "op-2", "op-3", "op-8"]
    assert "United Nations, Treaty Series" not in document.find("op-8").text
    assert document.report.dropped["footnotes"] >= 3


def test_the_six_un_charter_languages_give_the_same_keys():
    documents = {
        language: import_file(corpus_file(f"languages/un_charter_{language}.txt"))
        for language in ("en", "fr", "es", "ru", "zh", "ar")
    }
    # The scraped Chinese text kept its paragraph numbers (一、二、); the others lost theirs,
    # so the comparison is of everything above paragraphs.
    outline = {
        language: [p.key for p in d.walk() if p.kind not in {Kind.PARAGRAPH, Kind.SUBPARAGRAPH}]
        for language, d in documents.items()
    }
    assert all(keys == outline["en"] for keys in outline.values())
    english = documents["en"]
    assert count(english, Kind.ARTICLE) == 111
    assert count(english, Kind.CHAPTER) == 19
    assert english.find("pre").text == "WE THE PEOPLES OF THE UNITED NATIONS DETERMINED"
    assert {d.language for d in documents.values()} == {"en", "fr", "es", "ru", "zh", "ar"}
    assert documents["zh"].find("art-1.4") is not None
    assert documents["fr"].find("art-1").number == "1"  # "Article premier" in other texts


@pytest.mark.parametrize(
    "name,operative", [("un_ga_res_77_321_en.pdf", 6), ("un_ga_res_79_271_en.pdf", 9)]
)
def test_general_assembly_resolutions_have_recitals_and_operative_paragraphs(name, operative):
    document = import_file(corpus_file(name))
    number = name.split("_")[3] + "/" + name.split("_")[4]
    assert document.title.startswith(f"{number}. Agreement under the United Nations Convention")
    assert document.find("pre").text == "The General Assembly,"
    assert document.find("pre.1").text.startswith("Recalling")
    assert [p.key for p in document.provisions if p.key.startswith("op-")] == [
        f"op-{n}" for n in range(1, operative + 1)
    ]
    assert "plenary meeting" in document.find("final").text
    assert not document.report.warnings
