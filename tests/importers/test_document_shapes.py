"""Files of the shapes real UN documents come in, in every format: a resolution adopting a
convention and a protocol, a compilation of two treaties, and the smaller shapes of issue 9."""

from __future__ import annotations

import pytest

from negotiator_app.core.provision import Kind
from negotiator_app.importers import import_file
from negotiator_app.importers.html import read_html
from negotiator_app.importers.text import parse_text
from tests.conftest import FIXTURES
from tests.importers.test_same_tree import assert_same_tree

SHAPES = FIXTURES / "shapes"
RESOLUTION = SHAPES / "resolution_adopting_convention.txt"


def left_out(document, reason: str) -> list[str]:
    return [line.text for line in document.report.left_out if line.reason == reason]


def test_a_resolution_adopting_a_convention_and_a_protocol_in_its_annexes():
    document = import_file(RESOLUTION)
    assert [p.key for p in document.walk()] == [
        "pre", "pre.1", "pre.2", "pre.3", "op-1", "op-2", "op-2.a", "op-2.b", "op-3",
        "annex-I", "annex-I.art-1", "annex-I.art-2", "annex-I.art-2.a", "annex-I.art-2.b",
        "annex-I.art-3", "annex-I.final",
        "annex-II", "annex-II.pre", "annex-II.pre.1", "annex-II.pre.2", "annex-II.art-1",
        "annex-II.art-2", "annex-II.final",
    ]  # fmt: skip
    assert document.title == "99/1. Convention on the Exchange of Test Data and its Protocol"
    assert document.find("annex-I").heading == "Convention on the Exchange of Test Data"
    assert document.find("annex-II").heading == "Protocol on Test Data Archives"
    assert document.find("annex-II.pre").text == "The States Parties to this Protocol,"
    assert document.report.counts["instrument"] == 3
    assert left_out(document, "front matter lines")[:2] == ["United Nations", "A/RES/99/1"]
    assert not document.report.warnings


@pytest.mark.parametrize("fmt", ["docx", "html", "akn"])
def test_the_resolution_gives_the_same_tree_in_every_format(tmp_path, fmt):
    from tests.fixtures.make_fixtures import write_all

    write_all(RESOLUTION.read_text(encoding="utf-8"), tmp_path / "resolution", (fmt,))
    made = next(tmp_path.glob("resolution.*"))
    assert_same_tree(import_file(RESOLUTION), import_file(made), made.name)


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf", ".html", ".akn.xml"])
def test_have_agreed_as_follows_is_never_a_recital(suffix):
    document = import_file(FIXTURES / f"small_convention_en{suffix}")
    assert [p.key for p in document.find("pre").children] == ["pre.1", "pre.2", "pre.3"]
    assert all("Have agreed as follows" not in p.text for p in document.walk())
    assert left_out(document, "preamble formulas") == ["Have agreed as follows:"]


def test_a_compilation_gives_each_treaty_its_subtree_and_leaves_out_the_endnotes():
    document = import_file(SHAPES / "compilation_of_two_treaties.md")
    assert [p.key for p in document.walk()] == [
        "pre", "pre.1", "pre.2", "pre.3", "art-1", "art-2", "final",
        "instr-2", "instr-2.pre", "instr-2.pre.1", "instr-2.art-1", "instr-2.art-2",
        "instr-2.final",
    ]  # fmt: skip
    assert document.title == "Compilation of test treaties"
    assert document.find("instr-2").heading == "Treaty on Test Archives"
    assert document.find("instr-2").kind == Kind.INSTRUMENT
    # The run-on preamble is split at its recitals; the signatures stay with the final clause.
    assert document.find("pre").text == "The High Contracting Parties,"
    assert document.find("pre.2").text == "Stressing the value of shared test data;"
    assert "For the Kingdom of Beta:" in document.find("final").text
    assert document.find("art-2").text == "This Treaty shall enter into force on signature."
    # The endnotes quote an amended Article 2: listed as left out, never a second Article 2.
    assert "This Treaty shall enter into force thirty days after signature." in left_out(
        document, "endnotes"
    )
    assert document.report.counts["instrument"] == 2


def test_markdown_links_keep_their_words_wherever_they_point():
    text = (
        "# Convention on Testing\n\nPreamble\n\nThe States Parties to this Convention,\n\n"
        "Considering the [1989 Convention on Tests](../../../../convention/1989/README.md),\n\n"
        'Recalling the [Charter](https://example.org/charter "title") and ![seal](seal.png) '
        "the [annex](#annex),\n\nArticle 1\n\nText of the article.\n"
    )
    document = parse_text(text, markdown=True)
    assert document.find("pre.1").text == "Considering the 1989 Convention on Tests,"
    assert document.find("pre.2").text == "Recalling the Charter and the annex,"


def test_a_web_pages_copyright_footer_is_not_annex_text():
    page = (
        "<html><body><p>Convention on Testing</p><p><b>Article 1</b></p>"
        "<p>1. Text of the article.</p><p>Annex</p><p>1. First treaty listed.</p>"
        "<p>2. Second treaty listed.</p><p>Copyright (c) 1999</p><p>United Nations</p>"
        "</body></html>"
    )
    document = read_html(page.encode())
    assert document.find("annex.2").text == "Second treaty listed."
    assert left_out(document, "web page footer lines") == ["Copyright (c) 1999", "United Nations"]


def test_hyphens_at_the_margin_follow_the_words_of_the_text():
    filler = "\n".join(f"{n}. Filler paragraph number {n} of the article." for n in range(4, 16))
    text = (
        "Article 1\nScope\n\n"
        "1. This text is about international cooperation, written inter-national here once\n"
        "2. and the word is wrapped at the margin so the typesetter splits inter-\n"
        "national at the end of a line. The user of friendly tools wants them user-\n"
        "friendly and the gender of the team matters, so measures are gender-\n"
        "responsive where the joined word is never written; a responsive team. Respon-\n"
        "sive is a word too.\n" + filler
    )
    document = parse_text(text)
    paragraph = document.find("art-1.2").text
    assert "splits international at the end" in paragraph
    assert "wants them user-friendly and" in paragraph
    assert "are gender-responsive where" in paragraph
    assert "team. Responsive is a word" in paragraph


def test_every_left_out_line_of_a_word_file_is_listed_with_its_text():
    from tests.importers.word_files import paragraph, part_xml, word_package

    data = word_package(
        paragraph("Article 1") + paragraph("Scope") + paragraph("The text of the article."),
        header1=part_xml("hdr", "<w:p><w:r><w:t>A/AC.1/L.1</w:t></w:r></w:p>"),
        footnotes=part_xml(
            "footnotes", "<w:footnote w:id='1'><w:p><w:r><w:t>See document X.</w:t></w:r></w:p>"
            "</w:footnote>",
        ),
    )  # fmt: skip
    from negotiator_app.importers.docx import read_docx

    document = read_docx(data)
    assert left_out(document, "running headers and footers") == ["A/AC.1/L.1"]
    assert left_out(document, "footnotes") == ["See document X."]
    assert document.report.dropped["footnotes"] == 1


def test_a_reference_wrapped_to_the_start_of_a_line_stays_in_its_sentence():
    text = (
        "Article 25\nReview\n\n"
        "7. The Conference of the Parties shall carry out the monitoring and review under\n"
        "article 26.\n"
        "8. The Conference shall report on its work.\n\n"
        "Article 26\nMonitoring\n\n1. Each Party shall report to the Conference.\n"
    )
    document = parse_text(text)
    assert [p.key for p in document.walk()] == [
        "art-25", "art-25.7", "art-25.8", "art-26", "art-26.1",
    ]  # fmt: skip
    assert document.find("art-25.7").text.endswith("monitoring and review under article 26.")
    assert not [p.key for p in document.walk() if "~" in p.key]


BY_LAW = (
    "<html><body><h1>Waste Management By-law, 2009</h1>"
    "<p>Adopted by the Council of Examplia on 1 May 2009.</p>"
    "<p>WHEREAS the Council may make by-laws on waste;</p>"
    "<p>BE IT ENACTED by the Council of Examplia, as follows:—</p>"
    "<h3>1. Definitions</h3><p>In this By-law, “waste” means any unwanted substance.</p>"
    "<h3>2. Application of this by-law</h3><p>(1) This By-law applies to the whole city.</p>"
    "<p>(2) It binds every owner of land.</p>"
    "<h3>2A. Obligations of service providers</h3><p>(1) A provider must keep records.</p>"
    "</body></html>"
)


def test_a_by_law_whose_sections_are_numbered_headings_gives_its_sections():
    # No "Article" and no "Section" word: "1. Definitions" set as a heading opens section 1.
    document = read_html(BY_LAW.encode())
    assert [p.key for p in document.walk()] == [
        "pre", "pre.1", "pre.2", "sec-1", "sec-2", "sec-2.1", "sec-2.2", "sec-2A", "sec-2A.1",
    ]  # fmt: skip
    # Its recitals with no opener above them ("WHEREAS ...") are its preamble.
    assert document.find("pre.2").text.startswith("BE IT ENACTED")
    assert document.find("sec-2").heading == "Application of this by-law"
    assert document.find("sec-1").text.startswith("In this By-law")
    assert document.front_matter[-1].startswith("Adopted by the Council")


def test_a_numbered_sentence_set_as_a_heading_stays_a_paragraph_of_its_article():
    page = (
        "<html><body><h1>Convention on Testing</h1><h2>Article 18</h2>"
        "<p>1. States Parties shall afford one another assistance.</p>"
        "<h4>2. Reasons shall be given for any refusal of assistance.</h4>"
        "</body></html>"
    )
    document = read_html(page.encode())
    assert [p.key for p in document.walk()] == ["art-18", "art-18.1", "art-18.2"]


def test_akoma_ntoso_sections_numbered_with_a_full_stop_are_sections():
    from negotiator_app.importers.akn import read_akn

    section = (
        '<section eId="sec_{n}"><num>{n}.</num><heading>{title}</heading>'
        '<subsection eId="sec_{n}__subsec_1"><num>(1)</num><content><p>{text}</p></content>'
        "</subsection></section>"
    )
    body = "".join(
        section.format(n=n, title=title, text=text)
        for n, title, text in [(1, "Definitions", "Words mean what they say."),
                               (2, "Application", "This By-law applies to the city.")]
    )  # fmt: skip
    xml = (
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>'
        f"{body}</body></act></akomaNtoso>"
    )
    document = read_akn(xml.encode())
    assert [p.key for p in document.walk()] == ["sec-1", "sec-1.1", "sec-2", "sec-2.1"]
    assert document.find("sec-2").heading == "Application"


def test_akoma_ntoso_rendered_as_html_spans_gives_its_subsections_and_items():
    # Laws.Africa's renderings set provisions in <span>s that a style sheet shows as blocks.
    item = '<span class="akn-item"><span class="akn-num">({l})</span> <span class="akn-p">{t}</span></span>'
    page = (
        "<html><body><h3>1. Obligations of waste generators</h3>"
        '<section class="akn-subsection"><span class="akn-num">(1)</span>'
        '<span class="akn-content"><span class="akn-blockList">'
        '<span class="akn-listIntroduction">A <span class="akn-term">waste generator</span> '
        "must—</span>"
        + item.format(l="a", t="avoid the generation of waste;")
        + item.format(l="b", t="separate waste.")
        + '</span></span></section><span class="akn-subsection"><span class="akn-num">(2)'
        '</span><span class="akn-content"><span class="akn-p">Records are kept.</span>'
        "</span></span></body></html>"
    )
    document = read_html(page.encode())
    assert [p.key for p in document.walk()] == ["sec-1", "sec-1.1", "sec-1.1.a", "sec-1.1.b",
                                                "sec-1.2"]  # fmt: skip
    assert document.find("sec-1.1").text == "A waste generator must—"
    assert document.find("sec-1.1.b").text == "separate waste."


def test_akoma_ntoso_schedules_are_numbered_from_their_names_and_keep_their_headings():
    from negotiator_app.importers.akn import read_akn

    schedule = (
        '<component id="component-schedule{n}"><doc name="schedule{n}"><mainBody>'
        '<article id="schedule{n}"><heading>{title}</heading><paragraph id="s{n}.p0">'
        "<content><p>{text}</p></content></paragraph></article></mainBody></doc></component>"
    )
    xml = (
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>'
        '<section id="section-1"><num>1.</num><heading>Repeal</heading><subsection id="s1.1">'
        "<num>(1)</num><content><p>The by-laws in Schedule 1 are repealed.</p></content>"
        "</subsection></section></body><components>"
        + schedule.format(n=1, title="Repealed Laws", text="Refuse Bins By-law, 1961.")
        + schedule.format(n=2, title="Fines", text="R500 for dumping.")
        + "</components></act></akomaNtoso>"
    )
    document = read_akn(xml.encode())
    annexes = [p for p in document.walk() if p.kind == Kind.ANNEX]
    assert [(a.key, a.heading) for a in annexes] == [
        ("annex-1", "Repealed Laws"), ("annex-2", "Fines"),
    ]  # fmt: skip
    assert "Refuse Bins" in " ".join(p.text for p in annexes[0].walk())
