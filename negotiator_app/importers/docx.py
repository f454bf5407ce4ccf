"""Word (.docx) drafts: paragraphs in order, with their styles and Word's automatic numbers.

docx2python reads the body: tracked insertions are kept and tracked deletions dropped (it reads
w:t, never w:delText), and headers, footers, footnotes and comments live in other parts, so
they never mix into provision text. This module adds what docx2python leaves out: the label
Word computes for an automatically numbered paragraph ("1.", "(a)", "Article 3"), heading
styles as hints, and non-breaking hyphens.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator

from docx2python import docx2python

from negotiator_app.core.language import detect_language
from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.core.structurer import Block, build_document
from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.word_numbering import Numbering, W, number_properties, read_numbering
from negotiator_app.importers.word_package import WordPackage

_HEADING_NAME_RE = re.compile(
    r"^(heading|title|subtitle)\b|überschrift|заголовок|titre|título|kop\b", re.I
)
_BULLET_RUN_RE = re.compile(r"^\t*(?:--|[0-9A-Za-z]+\))\t$")
# Markers docx2python writes into run text for things that are not words of the draft.
_MARKERS_RE = re.compile(
    r"----(?:footnote|endnote)\d+----|----Image alt text---->[^<]*<|----[^\s-][^\s]*?----"
    r"|<span style=[^>]*>[^<]*</span>|</?(?:a|latex)\b[^>]*>"
)
_NO_BREAK_HYPHEN_RE = re.compile(rb"<w:noBreakHyphen\s*/>")
_SOFT_HYPHEN_RE = re.compile(rb"<w:softHyphen\s*/>")


def read_docx(
    data: bytes,
    *,
    language: str = "",
    progress: Callable[[int, int], None] | None = None,
    name: str = "This file",
) -> Document:
    """A Document from the bytes of a .docx file."""
    package = WordPackage(data, name)
    report = ImportReport()
    styles_part = next(iter(package.related("styles")), None)
    numbering_part = next(iter(package.related("numbering")), None)
    styles = package.xml(styles_part) if styles_part else None
    numbering = read_numbering(package.xml(numbering_part) if numbering_part else None, styles)
    headings = _heading_styles(styles)
    _count_left_out(package, report)
    package.xml(package.main)  # docx2python reads broken XML silently; say it is damaged
    _tick(progress, 10)
    paragraphs = _body_paragraphs(package, styles_part, numbering_part)
    _tick(progress, 60)
    blocks: list[Block] = []
    for index, paragraph in enumerate(paragraphs):
        blocks.extend(_blocks(paragraph, numbering, headings))
        if progress is not None and index % 200 == 0:
            progress(60 + 35 * index // len(paragraphs), 100)
    language = language or detect_language("\n".join(block.text for block in blocks[:2000]))
    return build_document(blocks, language=language, report=report)


def _tick(progress: Callable[[int, int], None] | None, done: int) -> None:
    if progress is not None:
        progress(done, 100)


def _body_paragraphs(package: WordPackage, styles_part: str | None, numbering_part: str | None):
    """The body's paragraphs, table cells included, as docx2python reads them."""
    main = package.main
    folder, _, base = main.rpartition("/")
    wanted = ["_rels/.rels", main, f"{folder}/_rels/{base}.rels", styles_part, numbering_part]
    # docx2python reads the whole package; give it only the parts it needs, already checked,
    # with non-breaking hyphens turned into text it keeps.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        for part in wanted:
            if part and part in package.names:
                data = package.read(part)
                if part == main:
                    data = _NO_BREAK_HYPHEN_RE.sub(b"<w:t>-</w:t>", data)
                    data = _SOFT_HYPHEN_RE.sub(b"", data)
                out.writestr(numbering_target(part, numbering_part), data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with docx2python(io.BytesIO(buffer.getvalue())) as content:
                tables = content.body_pars
    except ImportProblem:
        raise
    except Exception:  # docx2python raises whatever its XML walk meets in a broken file
        raise ImportProblem(
            f"{package.name} is damaged: Word's document part cannot be read."
        ) from None
    return [par for table in tables for row in table for cell in row for par in cell]


def numbering_target(part: str, numbering_part: str | None) -> str:
    """Where docx2python expects a part: it looks for numbering only at word/numbering.xml."""
    return "word/numbering.xml" if part == numbering_part else part


def _blocks(paragraph, numbering: Numbering, headings: set[str]) -> Iterator[Block]:
    """The blocks of one Word paragraph: its label and text, split at manual line breaks."""
    runs = [text for text in (str(run) for run in paragraph.runs) if text]
    elem = paragraph.elem
    num_pr = elem.find(f"{W}pPr/{W}numPr") if elem is not None else None
    num_id, ilvl = number_properties(num_pr) if num_pr is not None else ("", None)
    if num_id and ilvl is not None and runs and _BULLET_RUN_RE.match(runs[0]):
        runs = runs[1:]  # docx2python's own "1)" bullet; Word's real label replaces it
    style = paragraph.style or ""
    if not num_id and style in numbering.style_numbers:
        num_id, style_ilvl = numbering.style_numbers[style]
        ilvl = style_ilvl if ilvl is None else ilvl
    label = numbering.label(num_id, ilvl or 0) if num_id else ""
    text = _MARKERS_RE.sub("", "".join(runs)).strip()
    if not text and not label:
        return
    role = "heading" if style in headings or _outline_level(elem) else ""
    lines = [line.strip() for line in text.split("\n")]
    if label:
        lines[0] = f"{label} {lines[0]}".strip()
    for line in lines:
        if line:
            yield Block(line, role, line)


def _outline_level(elem) -> bool:
    if elem is None:
        return False
    level = elem.find(f"{W}pPr/{W}outlineLvl")
    return level is not None and level.get(f"{W}val", "9") not in {"9", ""}


def _heading_styles(styles) -> set[str]:
    """Ids of the paragraph styles that are headings by name or outline level."""
    headings: set[str] = set()
    if styles is None:
        return headings
    for style in styles.iter(f"{W}style"):
        name = style.find(f"{W}name")
        style_name = name.get(f"{W}val", "") if name is not None else ""
        level = style.find(f"{W}pPr/{W}outlineLvl")
        outline = level is not None and level.get(f"{W}val", "9") != "9"
        if _HEADING_NAME_RE.search(style_name) or outline:
            headings.add(style.get(f"{W}styleId", ""))
    return headings


def _count_left_out(package: WordPackage, report: ImportReport) -> None:
    """Count the headers, footers, footnotes and comments that are not part of the tree."""
    for part_type, reason in (
        ("header", "running headers and footers"),
        ("footer", "running headers and footers"),
        ("footnotes", "footnotes"),
        ("endnotes", "footnotes"),
        ("comments", "comments"),
    ):
        for part in package.related(part_type):
            for text in _paragraph_texts(package.xml(part)):
                report.drop(reason, text=text)


def _paragraph_texts(part) -> list[str]:
    """The text of each paragraph of a header, footer, footnotes or comments part that has any."""
    texts = []
    for paragraph in part.iter(f"{W}p"):
        text = " ".join("".join(t.text or "" for t in paragraph.iter(f"{W}t")).split())
        if text:
            texts.append(text)
    return texts
