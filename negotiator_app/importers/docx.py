"""Word (.docx) drafts: paragraphs in order, with their styles and Word's automatic numbers.

The body is read as a stream (word_paragraphs.py): tracked insertions are kept and tracked
deletions dropped, and headers, footers, footnotes and comments live in other parts, so they
never mix into provision text (they are counted in the report). This module adds the label Word
computes for an automatically numbered paragraph ("1.", "(a)", "Article 3", word_numbering.py)
and takes heading styles and outline levels as hints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from negotiator_app.core.language import detect_language
from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.core.structurer import Block, build_document
from negotiator_app.importers.limits import Tally
from negotiator_app.importers.word_numbering import Numbering, NumberingReader
from negotiator_app.importers.word_package import W, WordPackage
from negotiator_app.importers.word_paragraphs import ParagraphReader, WordParagraph, list_level

_HEADING_NAME_RE = re.compile(
    r"^(heading|title|subtitle)\b|überschrift|заголовок|titre|título|kop\b", re.I
)
_LEFT_OUT_PARTS = (
    ("header", "running headers and footers"),
    ("footer", "running headers and footers"),
    ("footnotes", "footnotes"),
    ("endnotes", "footnotes"),
    ("comments", "comments"),
)


def read_docx(
    data: bytes,
    *,
    language: str = "",
    progress: Callable[[int, int], None] | None = None,
    name: str = "This file",
) -> Document:
    """A Document from the bytes of a .docx file."""
    tally = Tally(name)
    package = WordPackage(data, name, tally)
    report = ImportReport()
    styles = _Styles()
    for part in package.related("styles")[:1]:
        package.parse(part, styles)
    numbering = NumberingReader()
    for part in package.related("numbering")[:1]:
        package.parse(part, numbering)
    lists = numbering.numbering(styles.numbers)
    _count_left_out(package, report, tally)
    _tick(progress, 10)
    body = ParagraphReader(tally)
    package.parse(package.main, body)
    _tick(progress, 60)
    blocks: list[Block] = []
    for index, paragraph in enumerate(body.paragraphs):
        blocks.extend(_blocks(paragraph, lists, styles.headings, tally))
        if progress is not None and index % 200 == 0:
            progress(60 + 35 * index // len(body.paragraphs), 100)
    language = language or detect_language("\n".join(block.text for block in blocks[:2000]))
    return build_document(blocks, language=language, report=report)


def _tick(progress: Callable[[int, int], None] | None, done: int) -> None:
    if progress is not None:
        progress(done, 100)


def _blocks(
    paragraph: WordParagraph, numbering: Numbering, headings: set[str], tally: Tally
) -> Iterator[Block]:
    """The blocks of one Word paragraph: its label and text, split at manual line breaks."""
    num_id, ilvl = paragraph.num_id, paragraph.ilvl
    if not num_id and paragraph.style in numbering.style_numbers:
        num_id, style_ilvl = numbering.style_numbers[paragraph.style]
        ilvl = style_ilvl if ilvl is None else ilvl
    label = numbering.label(num_id, ilvl or 0) if num_id else ""
    tally.text(label)
    text = paragraph.text.strip()
    if not text and not label:
        return
    role = "heading" if paragraph.style in headings or paragraph.outline else ""
    lines = [line.strip() for line in text.split("\n")]
    if label:
        lines[0] = f"{label} {lines[0]}".strip()
    for line in lines:
        if line:
            yield Block(line, role, line)


class _Styles:
    """An event handler for WordPackage.parse: which paragraph styles are headings (by name or
    outline level), and which number their paragraphs from a list."""

    def __init__(self) -> None:
        self.headings: set[str] = set()
        self.numbers: dict[str, tuple[str, int]] = {}  # style id -> list and level
        self._style: list[str] = []  # the id of the <w:style> being read, if any
        self._path: list[str] = []
        self._num: list[str] = ["", "0"]

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        parent = self._path[-1] if self._path else ""
        self._path.append(tag)
        if tag == W + "style":
            self._style = [attributes.get(W + "styleId", "")]
            self._num = ["", "0"]
            return
        if not self._style:
            return
        value = attributes.get(W + "val")
        named = tag == W + "name" and parent == W + "style" and _HEADING_NAME_RE.search(value or "")
        outline = tag == W + "outlineLvl" and parent == W + "pPr" and (value or "9") != "9"
        if named or outline:
            self.headings.add(self._style[0])
        elif tag == W + "numId" and parent == W + "numPr":
            self._num[0] = value or ""
        elif tag == W + "ilvl" and parent == W + "numPr":
            self._num[1] = value or "0"

    def end(self, tag: str) -> None:
        self._path.pop()
        if tag == W + "style" and self._style:
            if self._num[0]:
                self.numbers[self._style[0]] = (self._num[0], list_level(self._num[1]))
            self._style = []

    def text(self, data: str) -> None:
        pass


def _count_left_out(package: WordPackage, report: ImportReport, tally: Tally) -> None:
    """Count the headers, footers, footnotes and comments that are not part of the tree."""
    for part_type, reason in _LEFT_OUT_PARTS:
        for part in package.related(part_type):
            reader = ParagraphReader(tally)
            package.parse(part, reader)
            for paragraph in reader.paragraphs:
                text = " ".join(paragraph.text.split())
                if text:
                    report.drop(reason, text=text)
