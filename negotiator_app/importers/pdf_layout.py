"""The lines of a PDF page in reading order, with the font size, weight and indent of each.

A page is a bag of positioned words. Words are grouped into columns (a two-column page is read
left column first), then into lines by their height on the page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

_BOLD_HINTS = ("bold", "black", "heavy", "semibold", "demi", ",b")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


@dataclass
class Line:
    """One printed line: its text and where and how it is set."""

    text: str
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


def page_lines(words: list[dict], page: int, width: float, height: float) -> list[Line]:
    """A page's words as lines in reading order, column by column."""
    words = [w for w in words if w.get("text", "").strip() and w.get("upright", True)]
    if not words:
        return []
    lines: list[Line] = []
    for column, rows in enumerate(_columns(_rows(words), width)):
        left = min(w["x0"] for row in rows for w in row)
        right = max(w["x1"] for row in rows for w in row)
        for row in rows:
            line = _line(row, page, column)
            line.column_left, line.column_right = left, right
            line.page_height = height
            lines.append(line)
    return lines


def _columns(rows: list[list[dict]], width: float) -> list[list[list[dict]]]:
    """The page's rows by column: a two-column page is split at its gutter, left first.

    Rows that cross the gutter (a full-width title over the columns) stay whole and are read
    before the columns when above them, after them otherwise.
    """
    gutter = _gutter(rows, width)
    if gutter is None:
        return [rows]
    spanning = [row for row in rows if any(w["x0"] < gutter < w["x1"] for w in row)]
    split = [row for row in rows if not any(w["x0"] < gutter < w["x1"] for w in row)]
    left = _rows([w for row in split for w in row if w["x1"] <= gutter])
    right = _rows([w for row in split for w in row if w["x0"] >= gutter])
    first_top = min(row[0]["top"] for row in split) if split else 0.0
    above = [row for row in spanning if row[0]["top"] < first_top]
    below = [row for row in spanning if row[0]["top"] >= first_top]
    return [group for group in (above, left, right, below) if group]


def _gutter(rows: list[list[dict]], width: float) -> float | None:
    """The x of an empty vertical band in the middle third, with text on both sides of it."""
    step = 2.0
    slots = int(width / step) + 1
    covered = [0] * slots
    for row in rows:
        marked: set[int] = set()
        for word in row:
            marked.update(
                range(max(0, int(word["x0"] / step)), min(slots, int(word["x1"] / step) + 1))
            )
        for slot in marked:
            covered[slot] += 1
    # A few full-width rows (a title, a footer) may cross the gutter.
    allowed = max(1, len(rows) // 10)
    low, high = int(width / 3 / step), int(width * 2 / 3 / step)
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
    middle = (best[0] + best[1]) / 2 * step
    left_rows = sum(1 for row in rows if all(w["x1"] <= middle for w in row))
    right_rows = sum(1 for row in rows if all(w["x0"] >= middle for w in row))
    both = sum(
        1
        for row in rows
        if any(w["x1"] <= middle for w in row) and any(w["x0"] >= middle for w in row)
    )
    # Two real columns have many rows with text on both sides of the gutter.
    if both < 5 or both + min(left_rows, right_rows) < len(rows) // 4:
        return None
    return middle


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines by their vertical position, top to bottom, left to right."""
    ordered = sorted(words, key=lambda w: (w["top"], w["x0"]))
    rows: list[list[dict]] = []
    for word in ordered:
        if rows:
            last = rows[-1]
            middle = (word["top"] + word["bottom"]) / 2
            ref_top = min(w["top"] for w in last)
            ref_bottom = max(w["bottom"] for w in last)
            if ref_top - 1 <= middle <= ref_bottom + 1:
                last.append(word)
                continue
        rows.append([word])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _line(words: list[dict], page: int, column: int) -> Line:
    parts: list[str] = []
    previous: dict | None = None
    sizes: Counter[float] = Counter()
    bold_chars = 0
    total_chars = 0
    for word in words:
        text = word["text"]
        for ligature, letters in _LIGATURES.items():
            text = text.replace(ligature, letters)
        size = round(float(word.get("size", 0.0)), 1)
        # Words split only by a change of font (a bold label run into its text) need no space.
        if previous is not None and word["x0"] - previous["x1"] > max(size, 1.0) * 0.12:
            parts.append(" ")
        parts.append(text)
        sizes[size] += len(text)
        total_chars += len(text)
        if _is_bold(word.get("fontname", "")):
            bold_chars += len(text)
        previous = word
    return Line(
        text="".join(parts),
        x0=words[0]["x0"],
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=sizes.most_common(1)[0][0] if sizes else 0.0,
        bold=bold_chars > total_chars / 2,
        page=page,
        column=column,
    )


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(hint in name for hint in _BOLD_HINTS)
