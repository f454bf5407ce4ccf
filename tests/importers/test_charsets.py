"""What a file's bytes are, against what it says it is: the bytes win, and the report says so."""

from __future__ import annotations

import pytest

from negotiator_app.importers import import_file
from negotiator_app.importers.charsets import decode_text, html_encoding
from negotiator_app.importers.formats import sniff

RUSSIAN = "Статья 1. Каждое государство-участник «принимает меры»."


def page(charset: str, body: str = RUSSIAN) -> str:
    return f'<html><head><meta charset="{charset}"></head><body><p>{body}</p></body></html>'


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r", "iso-8859-5", "latin1"])
def test_a_declared_legacy_charset_loses_to_bytes_that_are_utf8(charset):
    encoding = html_encoding(page(charset).encode())
    assert encoding.codec == "utf-8"
    assert encoding.notes == [
        f'The page says it is in "{charset}", but its bytes are UTF-8; read as UTF-8.'
    ]


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r"])
def test_a_declared_legacy_charset_is_believed_when_the_bytes_fit_it(charset):
    text = RUSSIAN.replace("«", '"').replace("»", '"')  # KOI8-R has no guillemets
    data = page(charset, text).encode(charset)
    encoding = html_encoding(data)
    assert encoding.notes == []
    assert text in encoding.decode(data)


def test_an_ascii_page_needs_no_word_whatever_it_declares():
    assert html_encoding(page("utf-16", "Article 1").encode()).notes == [
        'The page says it is in "utf-16", but its bytes are UTF-8.'
    ]
    assert html_encoding(page("windows-1252", "Article 1").encode()).notes == []


@pytest.mark.parametrize("charset", ["idna", "punycode", "undefined", "utf-7", "base64", "rot13",
                                     "x-no-such-thing", "unicode_escape"])  # fmt: skip
def test_a_charset_no_web_page_can_use_is_ignored_with_a_report_line(charset):
    data = page(charset).encode()
    encoding = html_encoding(data)
    assert encoding.codec == "utf-8"
    assert encoding.notes[0].startswith(f'The page declares the character set "{charset}"')
    assert RUSSIAN in encoding.decode(data)


def test_a_page_said_to_be_utf8_that_is_windows_1252_is_read_as_it_is():
    data = page("utf-8", "\u201cFunds\u201d \u2014 cr\u00e9ances").encode("cp1252")
    encoding = html_encoding(data)
    assert encoding.codec == "cp1252"
    assert "\u201cFunds\u201d \u2014 cr\u00e9ances" in encoding.decode(data)
    assert encoding.notes == [
        "The page says it is in UTF-8, but its bytes are not; read as Windows-1252."
    ]


def test_utf16_without_a_byte_order_mark_is_recognised_by_its_zero_bytes(tmp_path):
    for codec in ("utf-16-le", "utf-16-be"):
        data = page("utf-16").encode(codec)
        assert html_encoding(data).codec == codec
        assert sniff(data) == "html"
        path = tmp_path / "page.html"
        path.write_bytes(data)
        assert import_file(path).find("art-1").heading == RUSSIAN[10:]
        text = ("Статья 1\n\n" + RUSSIAN).encode(codec)
        assert sniff(text) == "text"
        assert decode_text(text)[0].endswith(RUSSIAN)


def test_one_stray_byte_keeps_a_utf8_text_utf8():
    data = ("Статья 1\n\n" + RUSSIAN + "\n").encode()
    text, notes = decode_text(data[:16] + b"\xff" + data[16:])
    assert RUSSIAN in text and "\ufffd" in text
    assert notes == [
        "1 byte that is not UTF-8 in an otherwise UTF-8 file was replaced with \ufffd "
        "(the first on line 3)."
    ]


def test_a_legacy_text_is_read_in_its_code_page_and_said_so():
    text, notes = decode_text(("Статья 1\n\n" + RUSSIAN).encode("cp1251"))
    assert RUSSIAN in text
    assert notes == ["The file is not UTF-8; it was read as Windows-1251 (Cyrillic)."]
    text, notes = decode_text("Article 5 \u2014 \u00c9tat".encode("cp1252"))
    assert text == "Article 5 \u2014 \u00c9tat"
    assert notes == ["The file is not UTF-8; it was read as Windows-1252 (Western European)."]


def test_a_character_cut_at_the_end_of_the_file_is_replaced_and_reported():
    text, notes = decode_text(RUSSIAN.encode()[:-2])
    assert text.endswith("\ufffd") and len(notes) == 1


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"<!-- " + b"licence " * 1000 + b"-->\n<!DOCTYPE html><html><body>x", "html"),
        (b'<?xml version="1.0"?>\n<!-- ' + b"x" * 9000 + b' -->\n<akomaNtoso xmlns="a">', "akn"),
        (b'\xef\xbb\xbf\n\n<?xml version="1.0"?><!-- a --><!-- b --><rss/>', "xml"),
        (b"<!-- never closed " + b"x" * 9000, "text"),
    ],
)
def test_sniffing_looks_past_leading_comments(data, kind):
    assert sniff(data) == kind
