"""Hostile HTML, Word, Akoma Ntoso and text files (issue 12), written here, never committed.

Each function returns the bytes of one file of the shape that made an importer hang, take
gigabytes or end in "Unexpected error"; `scale` 1.0 is the size the issue reports, smaller
scales make the same shape for a quick test. CASES lists them all with their file suffix and the
scale the tests use; measure_hostile_files.py imports each at full size into the table in
README.md.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from tests.importers.word_files import W_NS, numbering_part, paragraph, part_xml

_PAGE_HEAD = (
    b"<html><head><title>Draft</title></head><body><h1>Convention on hostile pages</h1>"
    b"<p>Article 1</p><p>Each State Party shall read this page.</p>"
)
_CYRILLIC = "Каждое государство-участник принимает меры «в срочном порядке»."
_DRAFT_TEXT = "Convention on hostile files\n\nArticle 1\n\nEach State Party shall read this file.\n"


# -- HTML --------------------------------------------------------------------------------


def html_declarations(scale: float = 1.0) -> bytes:
    """50,000 "<!" declarations that never close: Python's parser rescanned to the end for each."""
    return _PAGE_HEAD + b"<!x " * _count(50_000, scale)


def html_bare_tags(scale: float = 1.0) -> bytes:
    """50,000 bare "<a" with no ">" anywhere after: each a start tag scanned to the end."""
    return _PAGE_HEAD + b"<a " * _count(50_000, scale)


def html_open_comments(scale: float = 1.0) -> bytes:
    """50,000 "<!--" that never close."""
    return _PAGE_HEAD + b"<!-- " * _count(50_000, scale)


def html_nested_lists(scale: float = 1.0) -> bytes:
    """200,000 <ol> nested in each other, an item in each."""
    return _PAGE_HEAD + b"<ol><li>Item " * _count(200_000, scale)


def html_unclosed_tags(scale: float = 1.0) -> bytes:
    """20 million unclosed <ol> tags (80 MB): a list of lists for every one of them."""
    return _PAGE_HEAD + b"<ol>" * _count(20_000_000, scale)


def html_says_utf16(scale: float = 1.0) -> bytes:
    """A UTF-8 page whose <meta> says UTF-16: it imported as nothing."""
    return _page("utf-16")


def html_says_latin1(scale: float = 1.0) -> bytes:
    """A UTF-8 page whose <meta> says ISO-8859-1: it imported as mojibake."""
    return _page("iso-8859-1")


def html_says_idna(scale: float = 1.0) -> bytes:
    return _page("idna")


def html_says_punycode(scale: float = 1.0) -> bytes:
    return _page("punycode")


def html_says_undefined(scale: float = 1.0) -> bytes:
    return _page("undefined")


def html_says_utf7(scale: float = 1.0) -> bytes:
    return _page("utf-7")


def html_long_comment(scale: float = 1.0) -> bytes:
    """A page that opens with a 5 KB licence comment: it was sniffed as plain text."""
    comment = b"<!-- " + b"Licence text of the page. " * 200 + b"-->\n"
    return comment + b"<!DOCTYPE html>\n" + _PAGE_HEAD + b"</body></html>"


def _page(charset: str) -> bytes:
    return (
        f'<html><head><meta charset="{charset}"><title>Проект</title></head><body>'
        f"<h1>Конвенция о враждебных страницах</h1><p>Статья 1</p><p>{_CYRILLIC}</p>"
        "</body></html>"
    ).encode()


# -- Word ----------------------------------------------------------------------------------


def docx_large_document(scale: float = 1.0) -> bytes:
    """A document part of 64 MB of XML (formatting-heavy runs): a tree of it took 2.4 GB."""
    run = (
        '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
        '<w:b/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">'
        "text </w:t></w:r>"
    )
    one = f'<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>{run * 20}</w:p>'
    count = max(1, int(64 * 2**20 * 0.98 * scale) // len(one))
    body = paragraph("Convention on large files") + paragraph("Article 1") + one * count
    return _docx(body)


def docx_footnote_markers(scale: float = 1.0) -> bytes:
    """50,000 footnote references, each followed by the text "<span style=": the marker
    regular expression docx2python's output was cleaned with rescanned to the end for each."""
    count = _count(50_000, scale)
    runs = "".join(
        f'<w:r><w:footnoteReference w:id="{n}"/></w:r><w:r><w:t>&lt;span style=</w:t></w:r>'
        for n in range(1, count + 1)
    )
    return _docx(
        paragraph("Convention on footnotes")
        + paragraph("Article 1")
        + paragraph("Text", runs=runs),
        footnotes=_footnotes(count),
    )


def docx_many_footnotes(scale: float = 1.0) -> bytes:
    """100,000 footnotes, one referred to from each of 100,000 paragraphs."""
    count = _count(100_000, scale)
    body = "".join(
        paragraph(
            f"Paragraph {n} of the text.", runs=f'<w:r><w:footnoteReference w:id="{n}"/></w:r>'
        )
        for n in range(1, count + 1)
    )
    return _docx(paragraph("Article 1") + body, footnotes=_footnotes(count))


def docx_many_paragraphs(scale: float = 1.0) -> bytes:
    """200,000 short paragraphs: they never finished."""
    count = _count(200_000, scale)
    body = "".join(paragraph(f"{n % 50 + 1}. Short.") for n in range(count))
    return _docx(paragraph("Convention on paragraphs") + paragraph("Article 1") + body)


def docx_huge_labels(scale: float = 1.0) -> bytes:
    """A list that starts at two thousand million in letters: a label of 77 million "a"s for
    each paragraph (6 GB), and a level text of %1 repeated."""
    numbering = numbering_part(("lowerLetter", "(%1)" + "%1" * 90), starts={0: 2_000_000_000})
    body = "".join(paragraph(f"Item {n}.", num=("1", 0)) for n in range(_count(200, scale)))
    return _docx(paragraph("Article 1") + body, numbering=numbering)


def docx_without_r_namespace(scale: float = 1.0) -> bytes:
    """A document part that does not declare the relationships namespace it never uses."""
    body = paragraph("Convention on namespaces") + paragraph("Article 1") + paragraph("Text.")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )
    return _docx(body, document=document)


def _footnotes(count: int) -> str:
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:t>Note {n}.</w:t></w:r></w:p></w:footnote>'
        for n in range(1, count + 1)
    )
    return part_xml("footnotes", notes)


def _docx(body: str, *, document: str = "", **parts: str) -> bytes:
    """A Word package (see tests/importers/word_files.py), written with compression."""
    from tests.importers.word_files import word_package

    data = word_package(body, **parts)
    if not document:
        return data
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            content = (
                document.encode() if item.filename == "word/document.xml" else source.read(item)
            )
            target.writestr(item.filename, content)
    return out.getvalue()


# -- Akoma Ntoso ---------------------------------------------------------------------------

_AKN_HEAD = (
    b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>'
    b'<article eId="art_1"><num>Article 1</num>'
)
_AKN_TAIL = b"</article></body></act></akomaNtoso>"


def akn_deep(scale: float = 1.0) -> bytes:
    """100,000 paragraphs nested in each other: the reader's walk ran out of stack."""
    count = _count(100_000, scale)
    return (
        _AKN_HEAD
        + b"<paragraph><content><p>x</p></content>" * count
        + b"</paragraph>" * count
        + _AKN_TAIL
    )


def akn_many_elements(scale: float = 1.0) -> bytes:
    """Five million elements (95 MB): a tree of them takes gigabytes."""
    return _AKN_HEAD + b"<p>x</p>" * _count(5_000_000, scale) + _AKN_TAIL


# -- text ----------------------------------------------------------------------------------


def text_one_line(scale: float = 1.0) -> bytes:
    """One line of 50 MB: 0.9 GB."""
    return b"Article 1 " + b"word " * _count(10_000_000, scale)


def text_repeated_numbers(scale: float = 1.0) -> bytes:
    """40,000 articles all numbered 1: keying them never finished."""
    return (
        b"Convention on repeated numbers\n\n"
        + b"Article 1\n\nText of the article.\n\n" * _count(40_000, scale)
    )


def text_stray_byte(scale: float = 1.0) -> bytes:
    """A UTF-8 draft (Cyrillic and typographic quotes) with one byte that is not UTF-8."""
    text = ("Конвенция\n\n" + "Статья 1\n\n" + _CYRILLIC + "\n\n").encode()
    return text + b"\xff" + "Статья 2\n\n«Текст».\n".encode()


# -- the list ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    suffix: str
    make: Callable[[float], bytes]
    test_scale: float  # the size the tests use: the smallest that shows the bound holds
    imports: bool  # whether the file is a draft that imports (else it is refused)
    costly: bool = True  # it hung or took memory: tested in a child under a time and memory limit


CASES = [
    Case("html-declarations", ".html", html_declarations, 1.0, True),
    Case("html-bare-tags", ".html", html_bare_tags, 1.0, True),
    Case("html-open-comments", ".html", html_open_comments, 1.0, True),
    Case("html-nested-lists", ".html", html_nested_lists, 0.1, True),
    Case("html-unclosed-tags", ".html", html_unclosed_tags, 0.16, False),
    Case("html-says-utf16", ".html", html_says_utf16, 1.0, True, costly=False),
    Case("html-says-latin1", ".html", html_says_latin1, 1.0, True, costly=False),
    Case("html-says-idna", ".html", html_says_idna, 1.0, True, costly=False),
    Case("html-says-punycode", ".html", html_says_punycode, 1.0, True, costly=False),
    Case("html-says-undefined", ".html", html_says_undefined, 1.0, True, costly=False),
    Case("html-says-utf7", ".html", html_says_utf7, 1.0, True, costly=False),
    Case("html-long-comment", ".html", html_long_comment, 1.0, True, costly=False),
    Case("docx-large-document", ".docx", docx_large_document, 0.1, True),
    Case("docx-footnote-markers", ".docx", docx_footnote_markers, 1.0, True),
    Case("docx-many-footnotes", ".docx", docx_many_footnotes, 0.1, True),
    Case("docx-many-paragraphs", ".docx", docx_many_paragraphs, 0.1, True),
    Case("docx-huge-labels", ".docx", docx_huge_labels, 1.0, True),
    Case("docx-without-r-namespace", ".docx", docx_without_r_namespace, 1.0, True, costly=False),
    Case("akn-deep", ".xml", akn_deep, 0.01, False),
    Case("akn-many-elements", ".xml", akn_many_elements, 0.12, False),
    Case("text-one-line", ".txt", text_one_line, 0.2, False),
    Case("text-repeated-numbers", ".txt", text_repeated_numbers, 0.25, True),
    Case("text-stray-byte", ".txt", text_stray_byte, 1.0, True, costly=False),
]


def _count(full: int, scale: float) -> int:
    return max(1, int(full * scale))
