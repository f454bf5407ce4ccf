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

from negotiator_app.core.numbering import LABEL_KINDS, recognise
from negotiator_app.core.provision import ImportReport
from negotiator_app.importers.pdf_layout import Line
from negotiator_app.importers.pdf_text_layer import PageText
from negotiator_app.importers.printed_lines import is_furniture_piece, is_page_number, line_shape

EDGE_DEPTH = 5  # lines looked at from the top and from the bottom of each page
RUNNING_SHARE = 0.4  # of the pages, at whose edges a running line recurs
_LABELS = LABEL_KINDS | {"preamble"}
PAGE_NUMBERS = "page numbers"
RUNNING_LINES = "running headers and footers"
FOOTNOTES = "footnotes"
FOOTNOTE_REFERENCES = "footnote references"
RULES = "rule lines"
_NOTE_NUMBER_RE = re.compile(r"^(?:\d{1,3}|[*\u2020\u2021]{1,3})\s")


def remove_furniture(pages: list[PageText], body_size: float, report: ImportReport) -> list[Line]:
    """Every line of the text in reading order, less the page furniture, which is reported."""
    running = _running_shapes(pages, body_size)
    kept: list[Line] = []
    for page in pages:
        furniture = _page_furniture(page, running, body_size)
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


def _edges(page: PageText) -> tuple[list[Line], list[Line]]:
    """The first lines of the page from the top, and the last from the bottom (outermost first)."""
    ordered = sorted(page.lines, key=lambda line: line.top)
    depth = min(EDGE_DEPTH, len(ordered) // 2 + 1)
    return ordered[:depth], ordered[::-1][:depth]


def _running_shapes(pages: list[PageText], body_size: float) -> set[str]:
    """Shapes of lines repeated at the same edge, in the same place, on most pages, and never
    elsewhere: a date that opens page 1 and closes page 3 is not a running line."""
    places: dict[tuple[str, str], list[tuple[float, int]]] = {}
    edge_lines: Counter[str] = Counter()
    everywhere: Counter[str] = Counter()
    for page in pages:
        top, bottom = _edges(page)
        for zone, lines in (("top", top), ("bottom", bottom)):
            for line in lines:
                shape = line_shape(line.text)
                edge_lines[shape] += 1
                offset = line.top if zone == "top" else page.height - line.bottom
                places.setdefault((shape, zone), []).append((offset, page.number))
        for line in page.lines:
            everywhere[line_shape(line.text)] += 1
    # Furniture is on most pages; a sentence that three protocols end with is not.
    needed = max(2, min(len(pages), max(3, RUNNING_SHARE * len(pages))))
    running = set()
    for (shape, _zone), found in places.items():
        if (
            shape not in running
            and everywhere[shape] == edge_lines[shape]
            and len(shape) <= 200
            and not _is_label_text(shape.replace("#", "1"))
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


def _page_furniture(page: PageText, running: set[str], body_size: float) -> set[int]:
    """The ids of the page's furniture lines."""
    furniture: set[int] = set()
    for zone in _edges(page):
        # Walk in from the edge over furniture and the small lines set with it (a running
        # title over the document symbol); the first line of the text block ends the walk.
        innermost = -1
        for index, line in enumerate(zone):
            if _is_furniture(line, running, body_size):
                innermost = index
            elif not _header_like(line, body_size):
                break
        furniture.update(id(line) for line in zone[: innermost + 1])
    return furniture


def _is_furniture(line: Line, running: set[str], body_size: float) -> bool:
    if line.lead_mark or _is_label_text(line.text):
        return False
    if line_shape(line.text) in running:
        return True
    if all(is_furniture_piece(piece) for piece in line.pieces):
        return True
    # A running header that sets the document symbol beside the title.
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
    for rule_top in sorted(rule_tops):
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
