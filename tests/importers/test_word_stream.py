"""Word's parts read as a stream: the present text only, list labels bounded, hostile parts
refused in one sentence."""

from __future__ import annotations

import pytest

from negotiator_app.importers import ImportProblem, import_file
from negotiator_app.importers.docx import read_docx
from negotiator_app.importers.word_numbering import format_number
from tests.importers.word_files import W_NS, numbering_part, paragraph, part_xml, word_package

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def text_of(body: str, **parts: str) -> str:
    """Everything the article got, its heading included."""
    document = read_docx(word_package(paragraph("Article 1") + body, **parts))
    article = document.find("art-1")
    return "\n".join(part for part in (article.heading, article.text) if part)


def test_text_moved_away_by_a_tracked_move_is_read_once_where_it_went():
    moved = "<w:r><w:t>shall cooperate </w:t></w:r>"
    body = paragraph(
        "States Parties ",
        runs=f"<w:moveFrom w:id='1' w:author='Chair'>{moved}</w:moveFrom>"
        f"<w:r><w:t>promptly and </w:t></w:r><w:moveTo w:id='2' w:author='Chair'>{moved}</w:moveTo>",
    )
    assert text_of(body) == "States Parties promptly and shall cooperate"  # the heading


def test_the_fallback_copy_word_writes_for_older_readers_is_not_read_twice():
    box = "<w:txbxContent><w:p><w:r><w:t>In the box.</w:t></w:r></w:p></w:txbxContent>"
    runs = (
        f'<w:r><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wps">{box}</mc:Choice>'
        f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r>"
    )
    assert text_of(paragraph("Around the box.", runs=runs)) == "In the box.\nAround the box."


def test_tab_stops_are_not_tabs_and_old_properties_of_a_tracked_change_give_no_label():
    numbering = numbering_part(("decimal", "%1."))
    body = (
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'
        '<w:pPrChange w:id="3" w:author="Chair"><w:pPr><w:numPr><w:ilvl w:val="0"/>'
        '<w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>'
        "<w:r><w:t>Plain</w:t><w:tab/><w:t>text.</w:t></w:r></w:p>"
    )
    assert text_of(body, numbering=numbering) == "Plain text."


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (3, "lowerLetter", "c"),
        (28, "lowerLetter", "bb"),
        (2_000_000_000, "lowerLetter", "2000000000"),
        (4, "upperRoman", "IV"),
        (10**12, "lowerRoman", "1000000000000"),
        (2_000_000, "russianLower", "2000000"),
        (0, "lowerLetter", ""),
    ],
)
def test_a_counter_too_large_for_letters_or_roman_numerals_is_shown_in_digits(value, fmt, shown):
    assert format_number(value, fmt) == shown


def test_a_list_that_starts_at_two_thousand_million_gives_short_labels():
    numbering = numbering_part(("lowerLetter", "(%1)" + "%1" * 90), starts={0: 2_000_000_000})
    body = "".join(paragraph(f"Item {n}.", num=("1", 0)) for n in range(3))
    document = read_docx(word_package(paragraph("Article 1") + body, numbering=numbering))
    lines = [line for p in document.walk() for line in f"{p.number} {p.text}".split("\n")]
    assert max(len(line) for line in lines) < 40, lines  # "%1" ninety times is not a label


def test_a_level_deeper_than_words_nine_is_read_as_the_ninth():
    numbering = numbering_part(*[("decimal", f"%{n + 1}.") for n in range(9)])
    body = paragraph("First.", num=("1", 0)) + paragraph("Deep.", num=("1", 9_999_999))
    document = read_docx(word_package(paragraph("Article 1") + body, numbering=numbering))
    assert document.find("art-1.1").text.startswith("First.")


def test_a_dtd_after_a_long_prologue_is_still_refused():
    laughs = (
        '<?xml version="1.0"?>'
        + "<!-- padding -->" * 5000
        + '<!DOCTYPE w:document [<!ENTITY a "aaaa">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body>'
        "</w:document>"
    )
    package = word_package("")
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = laughs if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item.filename, data)
    with pytest.raises(ImportProblem, match="declares XML entities"):
        read_docx(out.getvalue())


def test_elements_nested_past_the_bound_are_refused_in_one_sentence():
    deep = "<w:sdt><w:sdtContent>" * 300 + paragraph("Deep.") + "</w:sdtContent></w:sdt>" * 300
    with pytest.raises(ImportProblem, match="nests its elements more than 200 deep"):
        read_docx(word_package(deep), name="deep.docx")


def test_footnotes_are_counted_from_their_own_part():
    notes = part_xml(
        "footnotes",
        "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:t>Note {n}.</w:t></w:r></w:p></w:footnote>'
                for n in range(1, 4)),
    )  # fmt: skip
    document = read_docx(word_package(paragraph("Article 1") + paragraph("Text."), footnotes=notes))
    assert document.report.dropped["footnotes"] == 3
    assert [line.text for line in document.report.left_out] == ["Note 1.", "Note 2.", "Note 3."]


def test_a_word_file_protected_by_a_password_is_said_so(tmp_path):
    # Word writes a protected .docx into an OLE container holding an "EncryptedPackage" stream.
    protected = tmp_path / "protected.docx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    protected.write_bytes(ole + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100)
    # A zip whose document part is encrypted (the flag zipfile refuses to read without a key).
    data = bytearray(word_package(paragraph("Article 1")))
    for signature, flag in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + flag] |= 1
            at = data.find(signature, at + 4)
    zipped = tmp_path / "zipped.docx"
    zipped.write_bytes(bytes(data))
    for path in (protected, zipped):
        with pytest.raises(ImportProblem, match="is protected by a password; open it in Word"):
            import_file(path)
