"""The lines of a PDF page in reading order, with the font size, weight and placing of each.

A page is a bag of positioned words. Words are grouped into rows by their height on the page
(a raised footnote mark belongs to the row it is set in), rows into columns (a two-column page
is read left column first), and each row becomes a Line that knows whether it is bold, centred
in its column, and which footnote reference marks were taken out of its text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import astuple, dataclass

_MARK_RE = re.compile(r"^(?:\d{1,3}|[*\u2020\u2021]{1,3})$")
# Columns are found on a grid of this many cells across the text, whatever the page's size.
_GRID = 400
# A gap this many times the font size splits a row into pieces (a running header's symbol and
# title, a signature block's two names); the line's text keeps one space there.
_PIECE_GAP = 3.0


@dataclass(slots=True)
class Word:
    """A run of characters with no space in it, in one font size and weight."""

    text: str
    x0: float
    x1: float
    top: float  # from the top of the page, in points
    bottom: float
    size: float
    bold: bool


@dataclass(slots=True)
class Line:
    """One printed line: its text and where and how it is set."""

    text: str  # footnote reference marks left out
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int
    column: int = 0
    column_left: float = 0.0
    column_right: float = 0.0
    page_height: float = 792.0
    page_width: float = 612.0
    centred: bool = False  # in the middle of its column's text (set once furniture is out)
    raw: str = ""  # the text as printed, footnote marks included
    marks: tuple[str, ...] = ()  # the footnote reference marks taken out of the text
    lead_mark: str = ""  # a mark that begins the line: the number of a footnote
    pieces: tuple[str, ...] = ()  # the text split where a wide gap separates it

    def to_tuple(self) -> tuple:
        return astuple(self)

    @classmethod
    def from_tuple(cls, values: tuple) -> Line:
        line = cls(*values)
        line.marks, line.pieces = tuple(line.marks), tuple(line.pieces)
        return line


def page_lines(words: list[Word], page: int, width: float, height: float) -> list[Line]:
    """A page's words as lines in reading order, column by column."""
    if not words:
        return []
    lines: list[Line] = []
    for column, rows in enumerate(_columns(_rows(words))):
        left = min(w.x0 for row in rows for w in row)
        right = max(w.x1 for row in rows for w in row)
        for row in rows:
            line = _line(row, page, column)
            line.column_left, line.column_right = left, right
            line.page_height, line.page_width = height, width
            lines.append(line)
    return lines


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines by their vertical position, top to bottom, left to right.

    A word joins the row when its middle lies within the row's height, or the row's middle
    within the word's: a raised footnote mark and a larger initial stay on their line, while
    two lines set close together stay apart.
    """
    ordered = sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    rows: list[list[Word]] = []
    top = bottom = middle = 0.0
    for word in ordered:
        word_middle = (word.top + word.bottom) / 2
        if rows and (
            top - 1 <= word_middle <= bottom + 1 or word.top - 1 <= middle <= word.bottom + 1
        ):
            rows[-1].append(word)
            top, bottom = min(top, word.top), max(bottom, word.bottom)
            continue
        rows.append([word])
        top, bottom, middle = word.top, word.bottom, word_middle
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _columns(rows: list[list[Word]]) -> list[list[list[Word]]]:
    """The page's rows by column: a two-column page is split at its gutter, left first.

    Rows that cross the gutter (a full-width title over the columns) stay whole and are read
    before the columns when above them, after them otherwise.
    """
    gutter = _gutter(rows)
    if gutter is None:
        return [rows]
    spanning = [row for row in rows if any(w.x0 < gutter < w.x1 for w in row)]
    split = [row for row in rows if not any(w.x0 < gutter < w.x1 for w in row)]
    left = _rows([w for row in split for w in row if w.x1 <= gutter])
    right = _rows([w for row in split for w in row if w.x0 >= gutter])
    first_top = min(row[0].top for row in split) if split else 0.0
    above = [row for row in spanning if row[0].top < first_top]
    below = [row for row in spanning if row[0].top >= first_top]
    return [group for group in (above, left, right, below) if group]


def _gutter(rows: list[list[Word]]) -> float | None:
    """The x of an empty vertical band in the middle third, with text on both sides of it."""
    left_edge = min(row[0].x0 for row in rows)
    right_edge = max(row[-1].x1 for row in rows)
    span = right_edge - left_edge
    if span <= 0:
        return None
    step = span / _GRID
    # How many rows cover each cell: +1 where a row's run of text starts, -1 after it ends.
    changes = [0] * (_GRID + 2)
    for row in rows:
        run_start, run_end = row[0].x0, row[0].x1
        for word in row[1:]:
            if word.x0 - run_end > step:
                changes[int((run_start - left_edge) / step)] += 1
                changes[min(_GRID, int((run_end - left_edge) / step)) + 1] -= 1
                run_start = word.x0
            run_end = max(run_end, word.x1)
        changes[int((run_start - left_edge) / step)] += 1
        changes[min(_GRID, int((run_end - left_edge) / step)) + 1] -= 1
    covered = []
    depth = 0
    for change in changes[: _GRID + 1]:
        depth += change
        covered.append(depth)
    # A few full-width rows (a title, a footer) may cross the gutter.
    allowed = max(1, len(rows) // 10)
    low, high = _GRID // 3, _GRID * 2 // 3
    best: tuple[int, int] | None = None
    start: int | None = None
    for slot in range(low, high + 1):
        if slot < high and covered[slot] <= allowed:
            start = slot if start is None else start
            continue
        if start is not None and (best is None or slot - start > best[1] - best[0]):
            best = (start, slot)
        start = None
    if best is None or (best[1] - best[0]) * step < 8:
        return None
    middle = left_edge + (best[0] + best[1]) / 2 * step
    left_rows = sum(1 for row in rows if all(w.x1 <= middle for w in row))
    right_rows = sum(1 for row in rows if all(w.x0 >= middle for w in row))
    both = sum(
        1 for row in rows if any(w.x1 <= middle for w in row) and any(w.x0 >= middle for w in row)
    )
    # Two real columns have many rows with text on both sides of the gutter.
    if both < 5 or both + min(left_rows, right_rows) < len(rows) // 4:
        return None
    return middle


def _line(words: list[Word], page: int, column: int) -> Line:
    size = words[0].size
    if any(word.size != size for word in words):
        sizes: Counter[float] = Counter()
        for word in words:
            sizes[word.size] += len(word.text)
        size = sizes.most_common(1)[0][0]
    baseline = max(w.bottom for w in words if abs(w.size - size) < 0.5)
    text_parts: list[str] = []
    raw_parts: list[str] = []
    piece_starts: list[int] = [0]
    marks: list[str] = []
    lead_mark = ""
    bold_chars = total_chars = 0
    previous: Word | None = None
    for word in words:
        gap = word.x0 - previous.x1 if previous is not None else 0.0
        # Words split only by a change of font (a bold label run into its text) need no space.
        spaced = previous is not None and gap > max(min(word.size, previous.size), 1.0) * 0.12
        wide = previous is not None and gap > _PIECE_GAP * size
        if word.size <= 0.8 * size and _is_mark(word, size, baseline):
            if not text_parts:
                lead_mark = word.text
            marks.append(word.text)
            raw_parts.append((" " if spaced else "") + word.text)
            previous = word
            continue
        if spaced and text_parts:
            text_parts.append(" ")
        if (spaced or lead_mark and len(raw_parts) == 1) and raw_parts:
            raw_parts.append(" ")
        if wide and text_parts:
            piece_starts.append(len(text_parts))
        text_parts.append(word.text)
        raw_parts.append(word.text)
        total_chars += len(word.text)
        if word.bold:
            bold_chars += len(word.text)
        previous = word
    text = "".join(text_parts)
    if not text:
        # Nothing but small raised figures (a footnote number on a row of its own): text.
        text, marks, lead_mark = "".join(raw_parts).strip(), [], ""
    return Line(
        text=text,
        x0=words[0].x0,
        x1=max(w.x1 for w in words),
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        size=size,
        bold=bold_chars > total_chars / 2,
        page=page,
        column=column,
        raw="".join(raw_parts).strip(),
        marks=tuple(marks),
        lead_mark=lead_mark,
        pieces=tuple(
            "".join(text_parts[start:end]).strip()
            for start, end in zip(piece_starts, [*piece_starts[1:], len(text_parts)], strict=True)
        ),
    )


def _is_mark(word: Word, size: float, baseline: float) -> bool:
    """A footnote reference: a digit or asterisk set smaller than its line and raised."""
    return (
        word.size <= 0.8 * size
        and word.bottom < baseline - 0.15 * size
        and _MARK_RE.match(word.text) is not None
    )


def is_centred(line: Line, left: float, right: float) -> bool:
    """Set in the middle of the text between left and right, with room on both sides."""
    width = right - left
    if width <= 0:
        return False
    margin_left, margin_right = line.x0 - left, right - line.x1
    return margin_left > 0.04 * width and abs(margin_left - margin_right) < 0.04 * width
