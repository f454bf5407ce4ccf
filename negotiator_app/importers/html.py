"""HTML drafts: headings, paragraphs and numbered lists, with the page's chrome left out.

Scripts, styles, navigation, page headers and footers are dropped; an <ol> gives each <li> the
number a browser would show ("1.", "(a)", "(i)"), so the structurer sees the numbers the reader
sees. Legacy pages (Word 97 exports in windows-1252 with <font> and <dir>) work too: the charset
comes from the byte-order mark or the page's <meta>, checked against the bytes (charsets.py),
and inline markup is ignored.

The page is parsed by libxml2's HTML parser (through lxml) as a stream of start and end tags
and text: no tree is built, and unclosed tags, stray "<" and unterminated comments or
declarations cost linear time, where Python's html.parser rescans the rest of the page for
each. What is read is counted (limits.py), so a page past a bound stops in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from negotiator_app.core.language import detect_language
from negotiator_app.core.numbering import int_to_roman, recognise
from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.core.structurer import Block, build_document
from negotiator_app.importers.charsets import html_encoding
from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.limits import Tally

# Whole elements that are not the draft: their text never reaches the tree.
_DROPPED = {"script", "style", "nav", "noscript", "template", "head", "svg", "button",
            "form", "select", "textarea", "iframe", "object", "aside", "header", "footer",
            "menu"}  # fmt: skip
_FURNITURE = {"nav", "aside", "header", "footer", "menu"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th",
           "blockquote", "pre", "tr", "table", "section", "article", "main", "body", "dir",
           "center", "caption", "address", "figcaption", "ol", "ul", "dl", "hr", "tbody",
           "thead", "tfoot", "figure", "details", "summary", "html"}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Akoma Ntoso rendered as HTML (Indigo, Laws.Africa) sets its provisions in <span>s that a style
# sheet shows as blocks: a subsection, a paragraph or a list item opens one and ends one; a
# list's introduction ends one ("A waste generator must—", then its items).
_AKN_UNITS = {"akn-subsection", "akn-paragraph", "akn-item", "akn-point", "akn-alinea"}
_AKN_ENDS = _AKN_UNITS | {
    "akn-listIntroduction",
    "akn-listWrapUp",
    "akn-intro",
    "akn-wrapUp",
    "akn-p",
}
_SPAN, _SPAN_UNIT, _SPAN_END, _SPAN_NUM = 0, 1, 2, 3  # how each open <span> ends
_LIST_STYLES = {"decimal": "1", "lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A",
                "upper-latin": "A", "lower-roman": "i", "upper-roman": "I", "none": "",
                "lower-greek": "1", "disc": "", "circle": "", "square": ""}  # fmt: skip
_SENTENCE_END = (".", ";", ":", "!", "?")
_COPYRIGHT_RE = re.compile(
    r"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved|terms of use|privacy (?:notice|policy))",
    re.I,
)
_FOOTER_LINES = 6
# Lists nested deeper than this number their items as the deepest one does: no draft nests so
# deep, and a page of unclosed <ol> tags must not grow a list of lists without end.
_LIST_DEPTH = 50
_FEED = 1 << 18  # characters handed to the parser at a time


def read_html(data: bytes, *, language: str = "", name: str = "This file") -> Document:
    """A Document from the bytes of an HTML page."""
    encoding = html_encoding(data)
    report = ImportReport()
    collector = _DraftParser(report, Tally(name))
    parser = etree.HTMLParser(target=collector, encoding="utf-8", no_network=True)
    try:
        for piece in encoding.chunks(data, _FEED):
            if piece:
                parser.feed(piece.encode("utf-8"))
        parser.close()
    except etree.LxmlError:
        if not collector.blocks:
            raise ImportProblem("This HTML page is too damaged to read.") from None
        collector.flush()  # libxml2 gave up near the end: keep what it read
    blocks = _without_page_footer(collector.blocks, report)
    if not blocks:
        raise ImportProblem("This HTML page has no text to import.")
    sample = "\n".join(block.text for block in blocks[:2000])
    document = build_document(blocks, language=language or detect_language(sample), report=report)
    report.warnings[:0] = encoding.notes  # how the bytes were read comes first
    return document


@dataclass
class _List:
    style: str  # "1", "a", "A", "i", "I" or "" for bullets
    counter: int


class _DraftParser:
    """Collects the page's blocks of text in reading order, from the parser's events."""

    def __init__(self, report: ImportReport, tally: Tally) -> None:
        self.report = report
        self.tally = tally
        self.blocks: list[Block] = []
        self.lines: list[list[str]] = [[]]  # the block's lines, each as the pieces read
        self.role = ""
        self.dropped: list[str] = []  # the dropped elements we are inside
        self.lists: list[_List] = []
        self.lists_beyond = 0  # lists open deeper than _LIST_DEPTH
        self.label = ""
        self.heading_depth = 0
        self.spans = bytearray()  # for each open <span>, how it ends: _SPAN, _SPAN_UNIT...
        self.furniture: list[str] = []  # the text of navigation, page headers and footers

    # -- the parser's events --------------------------------------------------------

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self.tally.element()
        tag = tag.lower()
        if self.dropped:
            if tag == "body":
                self.dropped.clear()  # a page that never closed its <head>
            elif tag in _DROPPED and tag not in _VOID:
                self.dropped.append(tag)
                return
            else:
                return
        if tag in _DROPPED:
            self.flush()
            self.dropped.append(tag)
            return
        if tag == "br":
            self.lines.append([])
            return
        if tag == "span":
            classes = set(attributes.get("class", "").split())
            if classes & _AKN_UNITS:
                kind = _SPAN_UNIT
            elif classes & _AKN_ENDS:
                kind = _SPAN_END
            else:
                kind = _SPAN_NUM if "akn-num" in classes else _SPAN
            self.spans.append(kind)
            if kind == _SPAN_UNIT:
                self.flush()
            return
        if tag not in _BLOCKS:
            return
        self.flush()
        if tag in {"ol", "ul"}:
            if len(self.lists) < _LIST_DEPTH:
                self.lists.append(_list(tag, attributes))
            else:
                self.lists_beyond += 1
        elif tag == "li" and self.lists:
            self.label = self._next_label(self.lists[-1], attributes)
        elif tag in _HEADINGS:
            self.heading_depth += 1
            self.role = "heading"

    def end(self, tag: str) -> None:
        tag = tag.lower()
        if self.dropped:
            if tag == self.dropped[-1]:
                self.dropped.pop()
            return
        if tag == "span":
            kind = self.spans.pop() if self.spans else _SPAN
            if kind == _SPAN_NUM:
                self.lines[-1].append(" ")  # "(1)" and the text after it: two words
            elif kind != _SPAN:
                self.flush()
            return
        if tag not in _BLOCKS:
            return
        self.flush()
        if tag in {"ol", "ul"} and self.lists_beyond:
            self.lists_beyond -= 1
        elif tag in {"ol", "ul"} and self.lists:
            self.lists.pop()
        elif tag in _HEADINGS and self.heading_depth:
            self.heading_depth -= 1
            self.role = "heading" if self.heading_depth else ""
        elif tag == "li":
            self.label = ""

    def data(self, data: str) -> None:
        if self.dropped:
            if self.dropped[0] in _FURNITURE and data.strip():
                self.tally.text(data)
                self.furniture.append(" ".join(data.split()))
            return
        self.tally.text(data)
        self.lines[-1].append(data)

    def close(self) -> None:
        self.flush()
        for text in self.furniture:
            self.report.drop("navigation, page header and footer lines", text=text)

    # -- blocks ---------------------------------------------------------------------

    def flush(self) -> None:
        """End the current block: its lines become blocks, hard line breaks undone."""
        pieces = [" ".join("".join(line).split()) for line in self.lines]
        self.lines = [[]]
        joined: list[str] = []
        for piece in pieces:
            if not piece:
                continue
            if joined and _continues(joined[-1], piece):
                joined[-1] = f"{joined[-1]} {piece}"
            else:
                joined.append(piece)
        for text in joined:
            if self.label:
                marker = recognise(text)
                if marker is None or marker.kind not in {"paragraph", "item"}:
                    text = f"{self.label} {text}"
                self.label = ""
            self.tally.paragraph()
            self.blocks.append(Block(text, self.role, text))

    def _next_label(self, current: _List, attributes: dict[str, str]) -> str:
        value = attributes.get("value")
        current.counter = _int(value, current.counter + 1) if value else current.counter + 1
        return list_label(current.counter, current.style)


def _without_page_footer(blocks: list[Block], report: ImportReport) -> list[Block]:
    """A page's copyright footer ("Copyright (c) 1999 / United Nations") is not the draft's text.

    Pages saved from old sites have no <footer>: the notice is the last few short lines.
    """
    tail = blocks[-_FOOTER_LINES:]
    for offset, block in enumerate(tail):
        rest = tail[offset:]
        if _COPYRIGHT_RE.match(block.text) and all(len(b.text) <= 120 for b in rest):
            for line in rest:
                report.drop("web page footer lines", text=line.text)
            return blocks[: len(blocks) - len(rest)]
    return blocks


def list_label(number: int, style: str) -> str:
    """The label a browser shows for an item, as a printed draft writes it."""
    if style == "1":
        return f"{number}."
    if style in {"a", "A"}:
        letter = chr(ord("a") + (number - 1) % 26) if number > 0 else "a"
        return f"({letter})" if style == "a" else f"{letter.upper()}."
    if style in {"i", "I"}:
        roman = int_to_roman(number) if number > 0 else "i"
        return f"({roman})" if style == "i" else f"{roman.upper()}."
    return ""


def _list(tag: str, attributes: dict[str, str]) -> _List:
    style = "1" if tag == "ol" else ""
    css = re.search(r"list-style(?:-type)?\s*:\s*([a-z-]+)", attributes.get("style") or "", re.I)
    if css and css.group(1).lower() in _LIST_STYLES:
        style = _LIST_STYLES[css.group(1).lower()]
    elif tag == "ol" and attributes.get("type") in {"1", "a", "A", "i", "I"}:
        style = attributes["type"] or "1"
    return _List(style, _int(attributes.get("start"), 1) - 1)


def _continues(previous: str, piece: str) -> bool:
    """A line after a <br> that carries on the sentence rather than starting a new block."""
    return not previous.endswith(_SENTENCE_END) and piece[:1].islower() and recognise(piece) is None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
