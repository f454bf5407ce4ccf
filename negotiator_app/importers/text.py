"""Plain text and Markdown drafts, as circulated drafts look once saved as text.

Drops page numbers and running headers or footers, joins hard-wrapped lines back into
paragraphs (rejoining words hyphenated across a line break) and hands the paragraphs to the
shared structurer, which recognises the title block, contents, preamble, articles and annexes.
"""

from __future__ import annotations

import re
from collections import Counter

from negotiator_app.core.contents import is_contents_entry
from negotiator_app.core.language import detect_language
from negotiator_app.core.numbering import LABEL_KINDS, recognise
from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.core.structurer import Block, build_document
from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.printed_lines import (
    RUNNING_SHARE,
    SENTENCE_END,
    is_furniture_piece,
    is_page_number,
    join_lines,
    line_shape,
    vocabulary,
)

PAGE_BREAK = "\f"
_MD_HEADING_RE = re.compile(r"^#{1,6}\s*")
# A link keeps its words, whatever it points at: a page, an anchor, a relative path.
_MD_LINK_RE = re.compile(r"(?<!!)\[([^\]]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_MD_BULLET_RE = re.compile(r"^\s*(?:[-*+]|>+)\s+")
_HTML_LINE_RE = re.compile(r"^\s*<[^>]+>\s*$")


def read_text(data: bytes, *, markdown: bool = False, language: str = "") -> Document:
    """A Document from the bytes of a .txt or .md file."""
    text = decode(data)
    return parse_text(text, markdown=markdown, language=language)


def parse_text(text: str, *, markdown: bool = False, language: str = "") -> Document:
    """A Document from the text of a draft."""
    report = ImportReport()
    lines = _split_lines(text, markdown)
    lines = _drop_page_furniture(lines, report)
    blocks = _join_paragraphs(lines)
    return build_document(blocks, language=language or detect_language(text), report=report)


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16, else the likeliest legacy code page."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise ImportProblem("This file is not a text file (it contains binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    cyrillic = data.decode("cp1251", errors="replace")
    letters = sum(ch.isalpha() for ch in cyrillic[:100_000]) or 1
    share = sum("\u0430" <= ch <= "\u044f" for ch in cyrillic[:100_000]) / letters
    return cyrillic if share > 0.3 else data.decode("cp1252", errors="replace")


# -- lines -------------------------------------------------------------------------------


class _Line:
    __slots__ = ("text", "raw", "heading")

    def __init__(self, text: str, raw: str, heading: bool = False) -> None:
        self.text, self.raw, self.heading = text, raw, heading


def _split_lines(text: str, markdown: bool) -> list[_Line | str]:
    """Lines with markup removed; a page break is the string PAGE_BREAK."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    out: list[_Line | str] = []
    for raw in text.split("\n"):
        if PAGE_BREAK in raw:
            for index, piece in enumerate(raw.split(PAGE_BREAK)):
                if index:
                    out.append(PAGE_BREAK)
                if piece.strip():
                    out.append(_clean_line(piece, markdown))
            continue
        out.append(_clean_line(raw, markdown))
    return out


def _clean_line(raw: str, markdown: bool) -> _Line:
    line = raw.replace("\u00a0", " ").replace("\u00ad", "").rstrip()
    heading = False
    if markdown:
        if _HTML_LINE_RE.match(line):
            return _Line("", raw)
        if _MD_HEADING_RE.match(line):
            line, heading = _MD_HEADING_RE.sub("", line), True
        line = _MD_BULLET_RE.sub("", line)
        line = _MD_IMAGE_RE.sub("", line)
        line = _MD_LINK_RE.sub(r"\1", line)
        line = _MD_EMPHASIS_RE.sub(lambda m: m.group(2) or m.group(3), line)
        line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", line)
        line = line.replace("``", "\u201c")
    return _Line(line.strip(), raw, heading)


def _drop_page_furniture(lines: list[_Line | str], report: ImportReport) -> list[_Line | str]:
    """Remove page numbers and running headers/footers; leave PAGE_BREAK where a page ended.

    A page number is a line of that shape ("- 16 -", "Page 3 of 40"); where the text has no
    form feeds, page numbers are what marks its pages. A running line sits next to a page break
    on most pages and nowhere else; a line with a structural label, or the heading after one,
    is never one.
    """
    form_feeds = any(line == PAGE_BREAK for line in lines)
    marked: list[_Line | str] = []
    pages = _page_of_lines(lines, form_feeds)
    for index, line in enumerate(lines):
        if isinstance(line, _Line) and line.text and is_page_number(line.text):
            report.drop("page numbers", text=line.text, page=pages[index])
            marked.append(PAGE_BREAK)
        else:
            marked.append(line)
    running = _running_lines(marked, pages)
    # Lines are replaced in place, so a header under another header is next to its break too.
    out = list(marked)
    for index, line in enumerate(marked):
        if (
            isinstance(line, _Line)
            and line.text
            and (
                line_shape(line.text) in running
                or _is_symbol_line(line.text)
                and _near_break(out, index, ends=False)
            )
        ):
            report.drop("running headers and footers", text=line.text, page=pages[index])
            out[index] = PAGE_BREAK
    return out


def _page_of_lines(lines: list[_Line | str], form_feeds: bool) -> list[int]:
    """The page each line is on: counted by form feeds, or else by page-number lines."""
    pages, page = [], 1
    for line in lines:
        if line == PAGE_BREAK:
            page += 1
        pages.append(page)
        if not form_feeds and isinstance(line, _Line) and line.text and is_page_number(line.text):
            page += 1
    return pages


def _is_symbol_line(text: str) -> bool:
    """A document symbol or job number, alone or beside a running title ("A/RES/77/321   Title")."""
    pieces = [piece for piece in re.split(r"\s{3,}", text.strip()) if piece]
    return (
        bool(pieces)
        and not _is_structure(text)
        and (is_furniture_piece(pieces[0]) or is_furniture_piece(pieces[-1]))
    )


def _running_lines(lines: list[_Line | str], pages: list[int]) -> set[str]:
    """Short lines next to a page break on most pages, and never anywhere else."""
    total_pages = pages[-1] if pages else 1
    counts: Counter[str] = Counter()
    near: Counter[str] = Counter()
    near_pages: dict[str, set[int]] = {}
    structure: set[str] = set()
    after_label = False
    for index, line in enumerate(lines):
        if not isinstance(line, _Line) or not line.text:
            after_label = False  # the heading is on the very next line
            continue
        # A label and the heading on the line after it ("Article 5" / "Objectives") are
        # structure, never furniture.
        heading, after_label = after_label, _is_bare_label(line.text)
        if len(line.text) > 120:
            continue
        shape = line_shape(line.text)
        counts[shape] += 1
        if heading or _is_structure(line.text):
            structure.add(shape)
        if _near_break(lines, index):
            near[shape] += 1
            near_pages.setdefault(shape, set()).add(pages[index])
    needed = max(3, RUNNING_SHARE * total_pages)
    return {
        shape
        for shape, count in counts.items()
        if near[shape] == count
        and len(near_pages.get(shape, ())) >= needed
        and shape not in structure
    }


def _near_break(lines: list[_Line | str], index: int, reach: int = 3, ends: bool = True) -> bool:
    """Whether the line is in the block of lines that opens or closes a page: a page break
    within reach lines, with only blank lines or lines of the same block between. With ends,
    the start and the end of the text count as page breaks too."""
    for step in (-1, 1):
        seen, blank, position = 0, False, index + step
        while 0 <= position < len(lines):
            line = lines[position]
            if line == PAGE_BREAK:
                return True
            if not line.text:
                blank = True
            elif blank or seen + 1 >= reach:
                break  # another block of text lies between the line and the break
            else:
                seen += 1
            position += step
        else:
            if ends:
                return True
    return False


def _is_bare_label(text: str) -> bool:
    marker = recognise(text)
    return marker is not None and marker.kind in LABEL_KINDS and not marker.rest


def _is_structure(text: str) -> bool:
    """A line with a structural label (never furniture), or an [option in brackets]."""
    marker = recognise(text)
    return marker is not None and marker.kind not in {"opener"} or text.startswith("[")


# -- paragraphs -------------------------------------------------------------------------


def _join_paragraphs(lines: list[_Line | str]) -> list[Block]:
    """Join hard-wrapped lines into paragraphs; every structural label starts a new one."""
    content = [line for line in lines if isinstance(line, _Line) and line.text]
    width = _wrap_width(content)
    known_words = vocabulary(line.text for line in content)
    blocks: list[Block] = []
    current: list[_Line] = []
    after_label = False
    page_gap = False
    blank = False

    def flush() -> None:
        if current:
            text = join_lines([line.text for line in current], known_words)
            raw = "\n".join(line.raw for line in current)
            blocks.append(Block(text, "heading" if current[0].heading else "", raw))
            current.clear()

    for line in lines:
        if line == PAGE_BREAK:
            page_gap = True
            continue
        if not line.text:
            blank = True
            continue
        # A blank line ends a paragraph, unless it only borders a page break.
        if current and (
            (blank and not page_gap)
            or not _continues(current[-1], line, width, after_label, page_gap)
        ):
            flush()
        blank = False
        current.append(line)
        marker = recognise(line.text)
        label = marker is not None and marker.kind in LABEL_KINDS and marker.capitalised
        after_label = label and not marker.rest
        if line.heading or is_contents_entry(line.raw) or after_label:
            flush()
        page_gap = False
    flush()
    return blocks


def _continues(
    previous: _Line, line: _Line, width: int | None, after_label: bool, page_gap: bool
) -> bool:
    """Whether a line carries on the paragraph the previous line belongs to."""
    if after_label or line.heading or previous.heading:
        return False
    ends_sentence = previous.text.endswith(SENTENCE_END)
    marker = recognise(line.text)
    if marker is not None and not marker.capitalised and not ends_sentence:
        # "... the monitoring and review under" / "article 26.": a reference wrapped to the
        # start of a line, not a label (label lines are capitalised and stand alone).
        return True
    if marker is not None or is_contents_entry(line.raw):
        return False
    lowercase = line.text[:1].islower()
    if width is None:
        # One paragraph per line: only a paragraph broken by a page break carries on.
        return page_gap and not ends_sentence and lowercase
    # A line was wrapped when the next word would not have fitted on it; a paragraph's last
    # line stops short of the margin.
    first_word = len(line.text.split(" ", 1)[0])
    return (lowercase and not ends_sentence) or len(previous.text) + 1 + first_word > 0.9 * width


def _wrap_width(lines: list[_Line]) -> int | None:
    """The width text was wrapped at, or None when every paragraph is on one line."""
    lengths = sorted(len(line.text) for line in lines)
    if len(lengths) < 10:
        return None
    p90 = lengths[int(len(lengths) * 0.95)]
    long_lines = sum(1 for n in lengths if n > 130)
    if p90 > 130 or long_lines > len(lengths) * 0.05:
        return None
    return max(p90, 40)
