"""PDF drafts: printed lines turned back into the paragraphs and headings of the draft.

pdfplumber gives every word with its position, font and size. Lines in the top and bottom
margins that repeat from page to page (the document symbol, "Page 3 of 40") are running headers,
footers and page numbers and are left out; lines set larger or in bold are heading hints; lines
are joined into paragraphs by their spacing and indent, and words hyphenated at the end of a
line are joined again.
"""

from __future__ import annotations

import io
import logging
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from negotiator_app.core.contents import is_contents_entry
from negotiator_app.core.language import detect_language
from negotiator_app.core.numbering import LABEL_KINDS, recognise
from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.core.structurer import Block, build_document
from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.pdf_layout import Line, page_lines
from negotiator_app.importers.printed_lines import (
    PAGE_NUMBER_RE,
    SENTENCE_END,
    join_wrapped,
    line_shape,
    vocabulary,
)

_MARGIN = 0.11  # share of the page height, top and bottom, where running lines are set
_LABELS = LABEL_KINDS | {"preamble"}


def read_pdf(
    data: bytes,
    *,
    language: str = "",
    progress: Callable[[int, int], None] | None = None,
    name: str = "This PDF",
) -> Document:
    """A Document from the bytes of a PDF file."""
    report = ImportReport()
    with _quiet_parsers():
        _refuse_locked(data, name)
        pages = _read_pages(data, name, progress)
    if not any(pages):
        raise ImportProblem(
            f"{name}: this PDF has no text layer; it needs OCR (text recognition) "
            "before Negotiator can import it."
        )
    lines = _drop_running_lines(pages, report)
    blocks = _paragraphs(lines)
    sample = "\n".join(block.text for block in blocks[:2000])
    return build_document(blocks, language=language or detect_language(sample), report=report)


@contextmanager
def _quiet_parsers() -> Iterator[None]:
    """pypdf and pdfminer log every oddity of a damaged file; the user gets one sentence."""
    loggers = [logging.getLogger(name) for name in ("pypdf", "pdfminer")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _refuse_locked(data: bytes, name: str) -> None:
    """A PDF that needs a password to open cannot be read; say so before trying."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportProblem(
                f"{name} is protected by a password; open it, save an unprotected copy "
                "and import that."
            )
    except ImportProblem:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        # A damaged file is explained by the full read below; an unsupported encryption too.
        return
    except Exception:  # noqa: BLE001 - pypdf raises what its parser meets on hostile bytes
        return


def _read_pages(
    data: bytes, name: str, progress: Callable[[int, int], None] | None
) -> list[list[Line]]:
    import pdfplumber

    pages: list[list[Line]] = []
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            total = len(pdf.pages)
            for number, page in enumerate(pdf.pages, start=1):
                words = page.extract_words(extra_attrs=["size", "fontname"], use_text_flow=False)
                pages.append(page_lines(words, number, float(page.width), float(page.height)))
                page.close()
                if progress is not None:
                    progress(5 + 85 * number // max(total, 1), 100)
    except ImportProblem:
        raise
    except RecursionError:
        raise ImportProblem(f"{name} is damaged: its structure cannot be read.") from None
    except Exception as error:  # noqa: BLE001 - pdfminer raises many kinds on broken files
        if "password" in type(error).__name__.lower() or "encrypt" in str(error).lower():
            raise ImportProblem(
                f"{name} is protected by a password or an encryption Negotiator cannot open; "
                "save an unprotected copy and import that."
            ) from None
        raise ImportProblem(
            f"{name} is damaged or incomplete and cannot be read as a PDF."
        ) from None
    return pages


# -- page furniture ---------------------------------------------------------------------


def _drop_running_lines(pages: list[list[Line]], report: ImportReport) -> list[Line]:
    """Every line in reading order, less page numbers and running headers and footers."""
    shapes: Counter[str] = Counter()
    for lines in pages:
        for shape in {line_shape(line.text) for line in _margin_lines(lines)}:
            shapes[shape] += 1
    needed = 2 if len(pages) <= 3 else 3
    running = {shape for shape, count in shapes.items() if count >= needed and not _is_label(shape)}
    out: list[Line] = []
    for lines in pages:
        margin = {id(line) for line in _margin_lines(lines)}
        for line in lines:
            if id(line) in margin and PAGE_NUMBER_RE.match(line.text.strip()):
                report.drop("page numbers")
            elif id(line) in margin and line_shape(line.text) in running:
                report.drop("running headers and footers")
            else:
                out.append(line)
    return out


def _margin_lines(lines: list[Line]) -> list[Line]:
    """The lines set in the top or bottom margin of their page."""
    return [
        line
        for line in lines
        if line.bottom < _MARGIN * line.page_height or line.top > (1 - _MARGIN) * line.page_height
    ]


def _is_label(shape: str) -> bool:
    marker = recognise(shape.replace("#", "1"))
    return marker is not None and marker.kind in _LABELS


# -- paragraphs -------------------------------------------------------------------------


def _paragraphs(lines: list[Line]) -> list[Block]:
    """Join printed lines into the draft's paragraphs; headings and labels stand alone."""
    if not lines:
        return []
    body_size = _body_size(lines)
    spacing = _line_spacing(lines, body_size)
    known_words = vocabulary(line.text for line in lines)
    blocks: list[Block] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            text = current[0].text
            for line in current[1:]:
                text = join_wrapped(text, line.text, known_words)
            heading = _is_heading(current[0], body_size)
            blocks.append(
                Block(text, "heading" if heading else "", "\n".join(line.text for line in current))
            )
            current.clear()

    for line in lines:
        if current and not _continues(current, line, body_size, spacing):
            flush()
        current.append(line)
        if is_contents_entry(line.text) or _is_bare_label(line.text):
            flush()
    flush()
    return blocks


def _continues(current: list[Line], line: Line, body_size: float, spacing: float) -> bool:
    """Whether a line carries on the paragraph whose lines are in current."""
    previous = current[-1]
    full_width = previous.x1 >= previous.column_right - 0.12 * (
        previous.column_right - previous.column_left
    )
    marker = recognise(line.text)
    if marker is not None and not (
        # "... referred to in subparagraph" / "(a) of this article": a wrapped reference, not
        # a new item, when the line before ran to the margin in mid-sentence.
        marker.kind in {"item", "paragraph"} and full_width and previous.text[-1:].isalnum()
    ):
        return False
    if is_contents_entry(line.text):
        return False
    heading_before = _is_heading(previous, body_size)
    if heading_before != _is_heading(line, body_size) or abs(previous.size - line.size) > 0.6:
        return False
    ends_sentence = previous.text.rstrip().endswith(SENTENCE_END)
    if line.page != previous.page or line.column != previous.column:
        # A paragraph broken by a page or column break carries on unless its sentence ended
        # on a short line; a full last line usually means the sentence goes on overleaf.
        return not ends_sentence or line.text[:1].islower() or full_width and not heading_before
    if line.top - previous.bottom > spacing:
        return False
    if heading_before:
        return True
    if ends_sentence and not full_width:
        return False
    # A first-line indent starts a new paragraph; a hanging indent (the text of a numbered
    # paragraph, set in from its number) carries on.
    hanging = len(current) == 1 and recognise(previous.text) is not None
    return not (line.x0 > previous.x0 + 8 and ends_sentence and not hanging)


def _is_heading(line: Line, body_size: float) -> bool:
    if len(line.text) > 200:
        return False
    return line.size > body_size + 0.9 or (line.bold and len(line.text) < 150)


def _is_bare_label(text: str) -> bool:
    marker = recognise(text)
    return marker is not None and marker.kind in _LABELS and not marker.rest


def _body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


def _line_spacing(lines: list[Line], body_size: float) -> float:
    """The largest gap, in points, between two lines of one paragraph.

    Single-spaced type leaves a gap of a fifth of the font size; a wider gap is the space
    between paragraphs, unless the whole text is set with wide leading.
    """
    gaps = sorted(
        b.top - a.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and a.column == b.column and a.size == b.size == body_size
        and 0 <= b.top - a.bottom < 3 * body_size
    )  # fmt: skip
    usual = gaps[len(gaps) // 4] if gaps else 0.0
    return max(0.45 * body_size, 1.5 * usual if usual > 0.45 * body_size else 0.0)
