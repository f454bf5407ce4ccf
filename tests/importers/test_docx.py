"""Word drafts: Word's own numbers, tracked changes, notes kept out of the text, hostile packages."""

from __future__ import annotations

import io
import zipfile

import pytest

from negotiator_app.importers import ImportProblem, import_file
from negotiator_app.importers.docx import read_docx
from tests.conftest import FIXTURES
from tests.importers.word_files import (
    W_NS,
    document_xml,
    numbering_part,
    paragraph,
    part_xml,
    word_package,
)

ARTICLE_STYLES = part_xml(
    "styles",
    '<w:style w:type="paragraph" w:styleId="ArticleTitle"><w:name w:val="heading 2"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>',
)
ARTICLE_NUMBERING = part_xml(
    "numbering",
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="Article %1"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
)


def numbered_draft() -> bytes:
    body = "".join(
        [
            paragraph("Draft convention on numbering"),
            paragraph("", style="ArticleTitle"),
            paragraph("Purpose", style="Heading3"),
            paragraph("The purpose is to test numbering.", num=("1", 0)),
            paragraph("Each Party shall:", num=("1", 0)),
            paragraph("count;", num=("1", 1)),
            paragraph("recount.", num=("1", 1)),
            # An article whose "Article 2" label comes from the style's automatic numbering.
            paragraph("", style="ArticleTitle"),
            paragraph("Scope", style="Heading3"),
            paragraph("Restarted at one.", num=("3", 0)),
            paragraph("", style="ArticleTitle"),
            paragraph(
                "Measures to be taken by States Parties in the event of an emergency.",
                style="Heading3",
            ),  # fmt: skip
            paragraph("Plain text of article three."),
        ]
    )
    return word_package(body, styles=ARTICLE_STYLES, numbering=ARTICLE_NUMBERING)


def test_word_automatic_numbers_become_the_keys():
    document = read_docx(numbered_draft())
    keys = [p.key for p in document.walk()]
    assert keys == ["art-1", "art-1.1", "art-1.2", "art-1.2.a", "art-1.2.b",
                    "art-2", "art-2.1", "art-3"]  # fmt: skip
    assert document.find("art-1.2.b").text == "recount."
    assert document.find("art-2.1").text == "Restarted at one."


def test_numbering_from_a_heading_style_gives_article_labels():
    document = read_docx(numbered_draft())
    assert document.find("art-2").heading == "Scope"
    assert document.find("art-2").number == "2"


def test_heading_style_makes_a_long_title_a_heading():
    document = read_docx(numbered_draft())
    article = document.find("art-3")
    assert article.heading == "Measures to be taken by States Parties in the event of an emergency"
    assert article.text == "Plain text of article three."


def test_tracked_insertions_are_kept_and_deletions_dropped():
    runs = (
        '<w:del w:id="1" w:author="Chair"><w:r><w:delText>may </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="Chair"><w:r><w:t xml:space="preserve">shall endeavour to '
        "</w:t></w:r></w:ins><w:r><w:t>cooperate.</w:t></w:r>"
    )
    body = paragraph("Article 1") + paragraph("Each State Party ", runs=runs)
    document = read_docx(word_package(body))
    assert document.find("art-1").text == "Each State Party shall endeavour to cooperate."


def test_footnotes_comments_headers_and_footers_stay_out_of_the_text():
    runs = (
        '<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> data</w:t></w:r>'
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r>'
    )
    body = paragraph("Article 1") + paragraph("States Parties shall share", runs=runs)
    package = word_package(
        body,
        footnotes=part_xml(
            "footnotes",
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>See A/AC.999/2.</w:t></w:r>'
            "</w:p></w:footnote>",
        ),
        comments=part_xml(
            "comments",
            '<w:comment w:id="0" w:author="Legal adviser"><w:p><w:r><w:t>Too broad?</w:t>'
            "</w:r></w:p></w:comment>",
        ),
        header1=part_xml("hdr", "<w:p><w:r><w:t>A/AC.999/L.7</w:t></w:r></w:p>"),
        footer1=part_xml("ftr", "<w:p><w:r><w:t>Page 1</w:t></w:r></w:p>"),
    )
    document = read_docx(package)
    assert document.find("art-1").text == "States Parties shall share data."
    everything = " ".join(p.text for p in document.walk()) + " ".join(document.front_matter)
    for stray in ("A/AC.999/2", "Too broad", "A/AC.999/L.7", "Page 1"):
        assert stray not in everything
    assert document.report.dropped["footnotes"] == 1
    assert document.report.dropped["comments"] == 1
    assert document.report.dropped["running headers and footers"] == 2


def test_non_breaking_hyphens_and_tables_are_text():
    hyphen = "<w:r><w:t>self</w:t><w:noBreakHyphen/><w:t>determination</w:t></w:r>"
    table = (
        "<w:tbl><w:tr><w:tc>" + paragraph("Offence") + "</w:tc><w:tc>"
        + paragraph("Penalty") + "</w:tc></w:tr></w:tbl>"
    )  # fmt: skip
    body = (
        paragraph("Article 1")
        + paragraph("Peoples")
        + paragraph("The right of peoples to ", runs=hyphen)
        + table
    )
    document = read_docx(word_package(body))
    assert (
        document.find("art-1").text
        == "The right of peoples to self-determination\nOffence\nPenalty"
    )


def test_numbering_start_override_is_honoured():
    numbering = numbering_part(("decimal", "%1."), starts={0: 4})
    body = (
        paragraph("Article 9")
        + paragraph("Fourth.", num=("1", 0))
        + paragraph("Fifth.", num=("1", 0))
    )
    document = read_docx(word_package(body, numbering=numbering))
    assert [p.key for p in document.walk()] == ["art-9", "art-9.4", "art-9.5"]


def test_the_committed_fixture_has_word_numbering_and_heading_styles():
    """The fixture must exercise what the importer claims: automatic numbers, not typed ones."""
    with zipfile.ZipFile(FIXTURES / "demo_convention_en.docx") as archive:
        xml = archive.read("word/document.xml").decode()
    assert xml.count("<w:numPr>") > 100
    assert 'w:val="Heading3"' in xml
    assert ">1. The purposes" not in xml


# -- broken and hostile packages ---------------------------------------------------------


def test_a_zip_bomb_is_refused_quickly():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (70 * 1024 * 1024))
    assert len(buffer.getvalue()) < 200_000
    with pytest.raises(ImportProblem, match="zip bomb"):
        read_docx(buffer.getvalue())


def test_a_package_without_its_document_part_is_damaged():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/styles.xml", ARTICLE_STYLES)
    with pytest.raises(ImportProblem, match="damaged.*no main document part"):
        read_docx(buffer.getvalue())


def test_a_part_named_by_the_package_but_missing_is_damaged():
    data = word_package(paragraph("Article 1"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item, source.read(item))
    with pytest.raises(ImportProblem, match="damaged"):
        read_docx(buffer.getvalue())


def test_entity_declarations_inside_a_package_are_refused():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body>'
        "</w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", laughs)
    with pytest.raises(ImportProblem, match="declares XML entities"):
        read_docx(buffer.getvalue())


def test_broken_xml_in_the_document_part_is_damaged():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document_xml("<w:p><w:r><w:t>Article 1")[:-30])
    with pytest.raises(ImportProblem, match="damaged"):
        read_docx(buffer.getvalue())


def test_a_truncated_docx_file_is_damaged(tmp_path):
    data = (FIXTURES / "small_convention_en.docx").read_bytes()
    path = tmp_path / "draft.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportProblem, match="draft.docx is damaged"):
        import_file(path)
