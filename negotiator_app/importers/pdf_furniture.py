"""Page furniture in a PDF: page numbers, running headers and footers, footnotes.

Furniture is found by where a line sits on its own page — among the first or last lines of the
page, outside its text block — and by what it is: a page number, a job number or document
symbol by its shape, a running line by its repetition at the edges of other pages. There is no
fixed band of the page. A line with a structural label is never furniture, nor a line whose
text also occurs away from the page edges. Footnotes are the smaller lines under a short rule
at the foot of a page; their reference marks were already taken out of the text by
pdf_layout. Every line left out is counted in the report and listed there with its page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from negotiator_app.core.numbering import LABEL_KINDS, recognise
from negotiator_app.core.provision import ImportReport
from negotiator_app.importers.pdf_layout import Line
from negotiator_app.importers.pdf_text_layer import PageText
from negotiator_app.importers.printed_lines import (
    RUNNING_SHARE,
    is_furniture_piece,
    is_page_number,
    line_shape,
)

EDGE_DEPTH = 5  # lines looked at from the top and from the bottom of each page
_LABELS = LABEL_KINDS | {"preamble"}
PAGE_NUMBERS = "page numbers"
RUNNING_LINES = "running headers and footers"
FOOTNOTES = "footnotes"
FOOTNOTE_REFERENCES = "footnote references"
RULES = "rule lines"
_NOTE_NUMBER_RE = re.compile(r"^(?:\d{1,3}|[*\u2020\u2021]{1,3})\s")


def remove_furniture(pages: list[PageText], body_size: float, report: ImportReport) -> list[Line]:
    """Every line of the text in reading order, less the page furniture, which is reported."""
    gap = _set_apart(pages, body_size)
    zones = {page.number: _zones(page, gap) for page in pages}
    running = _running_shapes(pages, zones, body_size)
    kept: list[Line] = []
    for page in pages:
        furniture = _page_furniture(zones[page.number], running, body_size)
        notes = _footnotes(page, furniture, body_size)
        note_ids = {id(line) for line in notes}
        for line in page.lines:
            if id(line) in furniture:
                reason = PAGE_NUMBERS if _has_page_number(line) else RUNNING_LINES
                report.drop(reason, text=line.raw, page=page.number)
            elif id(line) not in note_ids:
                kept.append(line)
                if line.marks:
                    report.drop(
                        FOOTNOTE_REFERENCES, len(line.marks), text=line.raw, page=page.number
                    )
        _report_footnotes(page, notes, report)
    return kept


# -- headers, footers and page numbers ---------------------------------------------------------


@dataclass
class _Zone:
    """The first (or last) lines of a page, outermost first, and how many of them stand apart
    from the text block: a running header is set off by more space than any paragraph."""

    edge: str  # "top" or "bottom"
    lines: list[Line]
    apart: int


def _set_apart(pages: list[PageText], body_size: float) -> float:
    """The distance from one line to the next beyond which a line stands apart from the text.

    The distances between the body lines of a page include the space between paragraphs and
    before headings; a header or footer is set further off than nearly all of them.
    """
    pitches = sorted(
        b.top - a.top
        for page in pages
        for a, b in zip(page.lines, page.lines[1:], strict=False)
        if a.column == b.column and abs(a.size - body_size) < 0.6 and abs(b.size - body_size) < 0.6
        and 0 < b.top - a.top < 4 * body_size
    )  # fmt: skip
    if len(pitches) < 10:
        return 2.0 * body_size
    return 1.25 * pitches[int(len(pitches) * 0.9)]


def _zones(page: PageText, gap: float) -> tuple[_Zone, _Zone]:
    ordered = sorted(page.lines, key=lambda line: line.top)
    depth = min(EDGE_DEPTH, len(ordered) // 2 + 1)
    zones = []
    for edge, lines in (("top", ordered), ("bottom", ordered[::-1])):
        apart = 0
        for index in range(min(depth, len(lines) - 1)):
            if abs(lines[index + 1].top - lines[index].top) > gap:
                apart = index + 1
                break
        zones.append(_Zone(edge, lines[:depth], apart))
    return zones[0], zones[1]


def _running_shapes(
    pages: list[PageText], zones: dict[int, tuple[_Zone, _Zone]], body_size: float
) -> set[str]:
    """Shapes of lines set apart at the same edge, in the same place, on most pages, and never
    elsewhere: a date that opens page 1 and closes page 3 is not a running line, nor a
    sentence that three articles begin with."""
    places: dict[tuple[str, str], list[tuple[float, int]]] = {}
    apart_lines: Counter[str] = Counter()
    everywhere: Counter[str] = Counter()
    labels: set[str] = set()
    for page in pages:
        for zone in zones[page.number]:
            for line in zone.lines[: zone.apart]:
                shape = line_shape(line.text)
                apart_lines[shape] += 1
                offset = line.top if zone.edge == "top" else page.height - line.bottom
                places.setdefault((shape, zone.edge), []).append((offset, page.number))
                if _is_label_text(line.text):
                    labels.add(shape)
        for line in page.lines:
            everywhere[line_shape(line.text)] += 1
    needed = max(2, min(len(pages), max(3, RUNNING_SHARE * len(pages))))
    running = set()
    for (shape, _edge), found in places.items():
        if (
            shape not in running
            and everywhere[shape] == apart_lines[shape]
            and len(shape) <= 200
            and shape not in labels
            and _pages_in_one_place(found, 2 * body_size) >= needed
        ):
            running.add(shape)
    return running


def _pages_in_one_place(found: list[tuple[float, int]], tolerance: float) -> int:
    """The most pages on which the line sits within tolerance of one offset from the edge."""
    found = sorted(found)
    window: Counter[int] = Counter()
    best = start = 0
    for offset, page in found:
        window[page] += 1
        while offset - found[start][0] > tolerance:
            window[found[start][1]] -= 1
            if not window[found[start][1]]:
                del window[found[start][1]]
            start += 1
        best = max(best, len(window))
    return best


def _page_furniture(zones: tuple[_Zone, _Zone], running: set[str], body_size: float) -> set[int]:
    """The ids of the page's furniture lines."""
    furniture: set[int] = set()
    for zone in zones:
        # Walk in from the edge over furniture and the small lines set with it (a running
        # title over the document symbol); the first line of the text block ends the walk.
        innermost = -1
        for index, line in enumerate(zone.lines):
            if _is_furniture(line, body_size) or (
                index < zone.apart and line_shape(line.text) in running
            ):
                innermost = index
            elif not _header_like(line, body_size):
                break
        furniture.update(id(line) for line in zone.lines[: innermost + 1])
    return furniture


def _is_furniture(line: Line, body_size: float) -> bool:
    """A page number, job number or document symbol by its shape (set beside a title or not)."""
    if line.lead_mark or _is_label_text(line.text):
        return False
    if all(is_furniture_piece(piece) for piece in line.pieces):
        return True
    return (
        len(line.pieces) > 1
        and line.size <= body_size + 0.5
        and (is_furniture_piece(line.pieces[0]) or is_furniture_piece(line.pieces[-1]))
    )


def _header_like(line: Line, body_size: float) -> bool:
    return (
        not line.lead_mark
        and not _is_label_text(line.text)
        and line.size < body_size - 0.4
        and len(line.text) < 200
    )


def _has_page_number(line: Line) -> bool:
    return any(
        is_page_number(piece) or "/" in piece and _is_page_of(piece) for piece in line.pieces
    )


def _is_page_of(piece: str) -> bool:
    """ "2/4" or "2/4 24-07683": a page number set as page/pages."""
    first = piece.split()[0]
    left, _, right = first.partition("/")
    return left.isdigit() and right.isdigit()


def _is_label_text(text: str) -> bool:
    marker = recognise(text)
    return marker is not None and marker.kind in _LABELS


# -- footnotes ------------------------------------------------------------------------------


def _footnotes(page: PageText, furniture: set[int], body_size: float) -> list[Line]:
    """The page's footnote lines (and the rule above them), in order; [] when it has none."""
    lines = sorted(
        (line for line in page.lines if id(line) not in furniture), key=lambda line: line.top
    )
    if not lines:
        return []
    rule_tops = [top for top, _, _ in page.rules]
    rule_tops += [line.top for line in lines if _is_rule_text(line.text)]
    # The lowest few rules: a form's blanks to fill in are not all to be tried.
    for rule_top in sorted(rule_tops)[-6:]:
        below = [line for line in lines if line.top >= rule_top - 0.5]
        body = [line for line in below if not _is_rule_text(line.text)]
        if (
            body
            and len(body) < len(lines)
            and _opens_note(body[0])
            and all(_note_like(line, body_size) for line in body)
        ):
            return below
    # No rule: a block of small lines at the foot of the page that opens with a footnote number.
    tail: list[Line] = []
    for line in reversed(lines):
        if not _note_like(line, body_size):
            break
        tail.insert(0, line)
    if tail and tail[0].lead_mark and len(tail) < len(lines):
        return tail
    return []


def _opens_note(line: Line) -> bool:
    """A footnote begins with its number, raised or not."""
    return bool(line.lead_mark) or _NOTE_NUMBER_RE.match(line.text) is not None


def _note_like(line: Line, body_size: float) -> bool:
    return line.size < body_size - 0.4 and not _is_label_text(line.text)


def _is_rule_text(text: str) -> bool:
    stripped = text.replace(" ", "")
    return len(stripped) >= 5 and set(stripped) <= {"_", "\u2014", "\u2015", "-"}


def _report_footnotes(page: PageText, notes: list[Line], report: ImportReport) -> None:
    """One entry per footnote (its lines joined), one per rule line."""
    current: list[str] = []

    def flush() -> None:
        if current:
            report.drop(FOOTNOTES, text=" ".join(current), page=page.number)
            current.clear()

    for line in notes:
        if _is_rule_text(line.text):
            flush()
            report.drop(RULES, text=line.raw, page=page.number)
            continue
        if line.lead_mark:
            flush()
        current.append(line.raw)
    flush()
