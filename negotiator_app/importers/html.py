"""HTML drafts: headings, paragraphs and numbered lists, with the page's chrome left out.

Scripts, styles, navigation, page headers and footers are dropped; an <ol> gives each <li> the
number a browser would show ("1.", "(a)", "(i)"), so the structurer sees the numbers the reader
sees. Legacy pages (Word 97 exports in windows-1252 with <font> and <dir>) work too: the charset
comes from the byte-order mark or the page's <meta>, and inline markup is ignored.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from negotiator_app.core.language import detect_language
from negotiator_app.core.numbering import int_to_roman, recognise
from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.core.structurer import Block, build_document
from negotiator_app.importers.errors import ImportProblem

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
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
_LIST_STYLES = {"decimal": "1", "lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A",
                "upper-latin": "A", "lower-roman": "i", "upper-roman": "I", "none": "",
                "lower-greek": "1", "disc": "", "circle": "", "square": ""}  # fmt: skip
_SENTENCE_END = (".", ";", ":", "!", "?")
_COPYRIGHT_RE = re.compile(
    r"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved|terms of use|privacy (?:notice|policy))",
    re.I,
)
_FOOTER_LINES = 6


def read_html(data: bytes, *, language: str = "") -> Document:
    """A Document from the bytes of an HTML page."""
    text = decode_html(data)
    report = ImportReport()
    parser = _DraftParser(report)
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError, RecursionError):
        raise ImportProblem("This HTML page is too damaged to read.") from None
    blocks = _without_page_footer(parser.blocks, report)
    if not blocks:
        raise ImportProblem("This HTML page has no text to import.")
    sample = "\n".join(block.text for block in blocks[:2000])
    return build_document(blocks, language=language or detect_language(sample), report=report)


def decode_html(data: bytes) -> str:
    """The page's text: byte-order mark first, then the <meta> charset, then UTF-8 or cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    match = _CHARSET_RE.search(data[:8192])
    if match:
        name = match.group(1).decode("ascii", errors="ignore").lower()
        # Browsers read pages labelled Latin-1 or ASCII as windows-1252; so do we.
        if name in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"}:
            name = "cp1252"
        try:
            return data.decode(codecs.lookup(name).name, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@dataclass
class _List:
    style: str  # "1", "a", "A", "i", "I" or "" for bullets
    counter: int


class _DraftParser(HTMLParser):
    """Collects the page's blocks of text in reading order."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(convert_charrefs=True)
        self.report = report
        self.blocks: list[Block] = []
        self.lines: list[str] = [""]
        self.role = ""
        self.dropped: list[str] = []  # the dropped elements we are inside
        self.lists: list[_List] = []
        self.label = ""
        self.heading_depth = 0
        self.furniture: list[str] = []  # the text of navigation, page headers and footers

    # -- the parser's callbacks -----------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
            self.lines.append("")
            return
        if tag not in _BLOCKS:
            return
        self.flush()
        attributes = dict(attrs)
        if tag in {"ol", "ul"}:
            self.lists.append(_list(tag, attributes))
        elif tag == "li" and self.lists:
            self.label = self._next_label(self.lists[-1], attributes)
        elif tag in _HEADINGS:
            self.heading_depth += 1
            self.role = "heading"

    def handle_endtag(self, tag: str) -> None:
        if self.dropped:
            if tag == self.dropped[-1]:
                self.dropped.pop()
            return
        if tag not in _BLOCKS:
            return
        self.flush()
        if tag in {"ol", "ul"} and self.lists:
            self.lists.pop()
        elif tag in _HEADINGS and self.heading_depth:
            self.heading_depth -= 1
            self.role = "heading" if self.heading_depth else ""
        elif tag == "li":
            self.label = ""

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.dropped:
            self.lines.append("")
        elif tag in _BLOCKS and not self.dropped:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.dropped:
            if self.dropped[0] in _FURNITURE and data.strip():
                self.furniture.append(" ".join(data.split()))
            return
        self.lines[-1] += data

    def close(self) -> None:
        super().close()
        self.flush()
        for text in self.furniture:
            self.report.drop("navigation, page header and footer lines", text=text)

    # -- blocks ---------------------------------------------------------------------

    def flush(self) -> None:
        """End the current block: its lines become blocks, hard line breaks undone."""
        pieces = [" ".join(line.split()) for line in self.lines]
        self.lines = [""]
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
            self.blocks.append(Block(text, self.role, text))

    def _next_label(self, current: _List, attributes: dict[str, str | None]) -> str:
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


def _list(tag: str, attributes: dict[str, str | None]) -> _List:
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
