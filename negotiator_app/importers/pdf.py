"""PDF drafts: printed lines turned back into the paragraphs and headings of the draft.

The text layer is read by PDFium in a child process under memory and time limits
(pdf_sandbox, pdf_text_layer): every line with its position, font size and weight. Page
numbers, running headers and footers and footnotes are left out and reported (pdf_furniture);
lines are joined into paragraphs by their spacing and indent, across page and column breaks,
and words hyphenated at the end of a line are joined again. Label lines ("Article 5") that the
document sets apart — bold, larger or centred — reach the structurer as headings; a label word
that merely wraps to the start of a line in running text stays in its sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from negotiator_app.core.contents import is_contents_entry
from negotiator_app.core.language import detect_language
from negotiator_app.core.numbering import LABEL_KINDS, recognise
from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.core.structurer import Block, build_document
from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.pdf_furniture import remove_furniture
from negotiator_app.importers.pdf_layout import Line, is_centred
from negotiator_app.importers.pdf_sandbox import read_in_child
from negotiator_app.importers.printed_lines import SENTENCE_END, join_lines, vocabulary

_LABELS = LABEL_KINDS | {"preamble"}
UNDECODABLE = "characters that cannot be decoded"


def read_pdf(
    data: bytes,
    *,
    language: str = "",
    progress: Callable[[int, int], None] | None = None,
    name: str = "This PDF",
) -> Document:
    """A Document from the bytes of a PDF file."""

    def page_read(done: int, total: int) -> None:
        if progress is not None:
            progress(5 + 85 * done // max(total, 1), 100)

    layer = read_in_child(data, name, page_read)
    if not any(page.lines for page in layer.pages):
        raise ImportProblem(
            f"{name}: this PDF has no text layer; it needs OCR (text recognition) "
            "before Negotiator can import it."
        )
    report = ImportReport()
    if layer.undecodable:
        for page, count in layer.undecodable_pages:
            report.drop(UNDECODABLE, count, text=f"{count} characters", page=page)
        pages = ", ".join(str(page) for page, _ in layer.undecodable_pages[:10])
        more = " and others" if len(layer.undecodable_pages) > 10 else ""
        report.warn(
            f"{layer.undecodable} characters of the text layer could not be decoded and were "
            f"left out (page {pages}{more}); compare those pages with the printed document."
        )
    all_lines = [line for page in layer.pages for line in page.lines]
    body_size = _body_size(all_lines)
    lines = remove_furniture(layer.pages, body_size, report)
    _measure_columns(lines)
    blocks = _paragraphs(lines, body_size)
    sample = "\n".join(block.text for block in blocks[:2000])
    return build_document(blocks, language=language or detect_language(sample), report=report)


# -- paragraphs -------------------------------------------------------------------------


def _measure_columns(lines: list[Line]) -> None:
    """Each column's text edges, now that headers, footers and notes are out, and centring."""
    edges: dict[tuple[int, int], tuple[float, float]] = {}
    for line in lines:
        key = (line.page, line.column)
        left, right = edges.get(key, (line.x0, line.x1))
        edges[key] = (min(left, line.x0), max(right, line.x1))
    for line in lines:
        line.column_left, line.column_right = edges[(line.page, line.column)]
        line.centred = is_centred(line, line.column_left, line.column_right)


class _Page:
    """What the paragraph rules need to know about the lines around them."""

    def __init__(self, lines: list[Line], body_size: float) -> None:
        self.body_size = body_size
        self.margins = _margins(lines, body_size)
        self.styled_labels = _labels_are_styled(lines, body_size)
        self.pitch = _line_pitch(lines, body_size)

    def indent(self, line: Line) -> float:
        return line.x0 - self.margins.get((line.page, line.column), line.column_left)


def _paragraphs(lines: list[Line], body_size: float) -> list[Block]:
    """Join printed lines into the draft's paragraphs; headings and labels stand alone."""
    if not lines:
        return []
    layout = _Page(lines, body_size)
    known_words = vocabulary(line.text for line in lines)
    blocks: list[Block] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            text = join_lines([line.text for line in current], known_words)
            role = "heading" if _set_apart(current, body_size) else ""
            raw = "\n".join(line.text for line in current)
            blocks.append(Block(text, role, raw, page=current[0].page))
            current.clear()

    for line in lines:
        if current and not _continues(current, line, layout):
            flush()
        current.append(line)
        if is_contents_entry(line.text) or (len(current) == 1 and _is_bare_label(line.text)):
            flush()
    flush()
    return blocks


def _continues(current: list[Line], line: Line, layout: _Page) -> bool:
    """Whether a line carries on the paragraph whose lines are in current."""
    previous = current[-1]
    body_size = layout.body_size
    full_width = previous.x1 >= previous.column_right - 0.12 * (
        previous.column_right - previous.column_left
    )
    ends_sentence = previous.text.rstrip().endswith(SENTENCE_END)
    marker = recognise(line.text)
    if marker is not None:
        if marker.kind in LABEL_KINDS and _runs_on(previous, line, layout):
            return True
        if not (
            # "... referred to in subparagraph" / "(a) of this article": a wrapped reference,
            # not a new item, when the line before ran to the margin in mid-sentence.
            marker.kind in {"item", "paragraph"} and full_width and previous.text[-1:].isalnum()
        ):
            return False
    if is_contents_entry(line.text):
        return False
    heading_before = _is_heading(previous, body_size)
    if heading_before != _is_heading(line, body_size) or abs(previous.size - line.size) > 0.6:
        return False
    # A first-line indent starts a new paragraph after a line that ended a sentence or a
    # recital; a hanging indent (the text of a numbered paragraph, set in from its number)
    # carries on.
    hanging = len(current) == 1 and recognise(previous.text) is not None
    indented = (
        layout.indent(line) > layout.indent(previous) + 8 and not hanging and not line.centred
    )
    if indented and not heading_before and (ends_sentence or previous.text.rstrip().endswith(",")):
        return False
    if line.page != previous.page or line.column != previous.column:
        # A paragraph broken by a page or column break carries on unless its sentence ended
        # on a short line; a full last line usually means the sentence goes on overleaf.
        return not ends_sentence or line.text[:1].islower() or full_width and not heading_before
    if line.top - previous.top > layout.pitch * max(line.size, previous.size):
        return False
    if heading_before:
        return True
    return not (ends_sentence and not full_width)


def _set_apart(lines: list[Line], body_size: float) -> bool:
    """Whether a paragraph is set as a heading: bold or larger, or centred and short.

    This is the structurer's cue that a label line stands alone ("Article 26" centred above
    its text) rather than running on in a sentence.
    """
    first = lines[0]
    if _is_heading(first, body_size):
        return True
    text = " ".join(line.text for line in lines)
    return all(line.centred for line in lines) and len(text) < 150 and not text.endswith((",", ";"))


def _runs_on(previous: Line, line: Line, layout: _Page) -> bool:
    """A label word wrapped to the start of a line inside a sentence ("... under" / "article 26.").

    In running text the sentence before has not ended; and where the document sets its labels
    apart (bold, larger, centred), this line is not set so, or it is in lower case.
    """
    if (
        previous.text.rstrip().endswith(SENTENCE_END)
        or line.page != previous.page
        or _styled(previous, layout.body_size)
    ):
        return False
    if line.text[:1].islower():
        return True
    return layout.styled_labels and not _styled(line, layout.body_size)


def _is_heading(line: Line, body_size: float) -> bool:
    if len(line.text) > 200:
        return False
    return line.size > body_size + 0.9 or (line.bold and len(line.text) < 150)


def _styled(line: Line, body_size: float) -> bool:
    return _is_heading(line, body_size) or line.centred


def _is_bare_label(text: str) -> bool:
    marker = recognise(text)
    return marker is not None and marker.kind in _LABELS and not marker.rest


def _labels_are_styled(lines: list[Line], body_size: float) -> bool:
    """Whether the document sets most of its label lines in bold, larger type or centred."""
    labels = styled = 0
    for line in lines:
        marker = recognise(line.text)
        if marker is not None and marker.kind in LABEL_KINDS and line.text[:1].isupper():
            labels += 1
            styled += _styled(line, body_size)
    return labels >= 2 and styled >= 0.6 * labels


def _margins(lines: list[Line], body_size: float) -> dict[tuple[int, int], float]:
    """The left edge of the text on each page and column: where most body lines begin (the
    wrapped lines of indented paragraphs, the text of a page of hanging lists)."""
    starts: dict[tuple[int, int], Counter[int]] = {}
    for line in lines:
        if abs(line.size - body_size) < 0.6:
            starts.setdefault((line.page, line.column), Counter())[round(line.x0)] += 1
    return {
        key: float(max(counter.items(), key=lambda item: (item[1], -item[0]))[0])
        for key, counter in starts.items()
    }


def _body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


def _line_pitch(lines: list[Line], body_size: float) -> float:
    """The largest distance from one line's top to the next, in font sizes, within a paragraph.

    Lines of one paragraph follow each other at the usual leading (about 1.2 sizes when set
    solid); the space between paragraphs adds to it. The usual leading is the commonest
    small distance between body lines, so double-spaced text is measured on its own terms.
    """
    ratios = sorted(
        (b.top - a.top) / body_size
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and a.column == b.column and a.size == b.size == body_size
        and 0 < b.top - a.top < 4 * body_size
    )  # fmt: skip
    usual = ratios[len(ratios) // 4] if ratios else 1.2
    return max(usual * 1.3, usual + 0.25)
