"""A PDF's text layer, read with PDFium (pypdfium2): every page's lines, with their fonts.

PDFium gives each character with its box, font size and font; pdf_words gathers them into
words, and pdf_layout words into lines. Every count a hostile file could inflate is bounded
(pages, page size, objects and characters on a page, characters in the file), and a limit
exceeded is refused in one sentence that names it. A text layer whose glyphs have no Unicode
mapping cannot be read as text: it is refused when most of it is so, and the few such glyphs of
an otherwise readable file are left out and counted.

This module runs in the reading process of pdf_sandbox, away from the application's memory.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass, field

from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.pdf_layout import Line, page_lines

MAX_PAGES = 2_000
MAX_PAGE_SIDE = 14_400  # points: 200 inches, the largest page the PDF standard allows
MAX_PAGE_OBJECTS = 50_000
MAX_PAGE_CHARS = 40_000
MAX_CHARS = 4_000_000
# Share of glyphs without a Unicode mapping above which the text layer is refused.
UNDECODABLE_SHARE = 0.3

_PATH_OBJECT = 2
_RULES_KEPT = 6


@dataclass
class PageText:
    """One page: its size, its lines in reading order, and the tops of its short rule lines."""

    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (top, x0, x1)

    def to_tuple(self) -> tuple:
        lines = tuple(line.to_tuple() for line in self.lines)
        return (self.number, self.width, self.height, lines, tuple(self.rules))

    @classmethod
    def from_tuple(cls, values: tuple) -> PageText:
        number, width, height, lines, rules = values
        return cls(number, width, height, [Line.from_tuple(v) for v in lines], list(rules))


@dataclass
class TextLayer:
    pages: list[PageText]
    glyphs: int = 0
    undecodable: int = 0  # glyphs with no Unicode mapping, left out of the text
    undecodable_pages: list[tuple[int, int]] = field(default_factory=list)  # (page, glyphs)

    def to_tuple(self) -> tuple:
        pages = tuple(page.to_tuple() for page in self.pages)
        return (pages, self.glyphs, self.undecodable, tuple(self.undecodable_pages))

    @classmethod
    def from_tuple(cls, values: tuple) -> TextLayer:
        pages, glyphs, undecodable, undecodable_pages = values
        return cls(
            [PageText.from_tuple(p) for p in pages],
            glyphs,
            undecodable,
            [tuple(entry) for entry in undecodable_pages],
        )


def undecodable_refusal(name: str) -> ImportProblem:
    return ImportProblem(
        f"{name}: the text layer of this PDF cannot be decoded (its fonts do not say which "
        "letters their glyphs are); it needs OCR or another format, such as the Word or web "
        "version of the document."
    )


def read_text_layer(
    data: bytes, name: str, progress: Callable[[int, int], None] | None = None
) -> TextLayer:
    """Every page's lines, or ImportProblem in one sentence."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise _open_problem(error, name) from None
    try:
        return _read_document(document, name, progress)
    finally:
        document.close()


def _open_problem(error: Exception, name: str) -> ImportProblem:
    import pypdfium2.raw as raw

    code = getattr(error, "err_code", None)
    if code is None:
        code = raw.FPDF_GetLastError()
    if code == raw.FPDF_ERR_PASSWORD:
        return ImportProblem(
            f"{name} is protected by a password; open it, save an unprotected copy and import that."
        )
    if code == raw.FPDF_ERR_SECURITY:
        return ImportProblem(
            f"{name} is encrypted in a way Negotiator cannot open; save an unprotected copy "
            "and import that."
        )
    return ImportProblem(f"{name} is damaged or incomplete and cannot be read as a PDF.")


def _read_document(document, name: str, progress: Callable[[int, int], None] | None) -> TextLayer:
    import pypdfium2.raw as raw

    total = len(document)
    if total > MAX_PAGES:
        raise ImportProblem(
            f"{name} has {total:,} pages; Negotiator reads PDFs of up to {MAX_PAGES:,} pages "
            "(split the file and import the part with the draft)."
        )
    layer = TextLayer(pages=[])
    chars_left = MAX_CHARS
    size = raw.FS_SIZEF()
    for index in range(total):
        number = index + 1
        if not raw.FPDF_GetPageSizeByIndexF(document, index, size):
            raise ImportProblem(f"{name} is damaged: page {number} cannot be read.")
        if max(size.width, size.height) > MAX_PAGE_SIDE or min(size.width, size.height) <= 0:
            raise ImportProblem(
                f"{name}: page {number} is {size.width:,.0f} by {size.height:,.0f} points, "
                f"beyond the {MAX_PAGE_SIDE:,}-point (200-inch) limit of a PDF page."
            )
        page = document[index]
        try:
            objects = raw.FPDFPage_CountObjects(page)
            if objects > MAX_PAGE_OBJECTS:
                raise ImportProblem(
                    f"{name}: page {number} draws {objects:,} objects, more than the "
                    f"{MAX_PAGE_OBJECTS:,} Negotiator reads on one page."
                )
            text_page = page.get_textpage()
            try:
                page_text, glyphs, undecodable = _read_page(
                    text_page, number, size.width, size.height, name
                )
            finally:
                text_page.close()
            page_text.rules = _rules(page, objects, size.height)
        finally:
            page.close()
        chars_left -= glyphs
        if chars_left < 0:
            raise ImportProblem(
                f"{name} holds more than {MAX_CHARS:,} characters of text, the most "
                "Negotiator reads from one PDF."
            )
        layer.pages.append(page_text)
        layer.glyphs += glyphs
        layer.undecodable += undecodable
        if undecodable:
            layer.undecodable_pages.append((number, undecodable))
        if progress is not None:
            progress(number, total)
    if layer.glyphs and layer.undecodable > UNDECODABLE_SHARE * layer.glyphs:
        raise undecodable_refusal(name)
    return layer


def _read_page(
    text_page, number: int, width: float, height: float, name: str
) -> tuple[PageText, int, int]:
    """The page's lines, its glyph count and how many glyphs had no Unicode mapping."""
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(text_page)
    if count > MAX_PAGE_CHARS:
        raise ImportProblem(
            f"{name}: page {number} holds {count:,} characters, more than the "
            f"{MAX_PAGE_CHARS:,} Negotiator reads on one page."
        )
    if count <= 0:
        return PageText(number, width, height), 0, 0
    from negotiator_app.importers.pdf_words import PageWords  # loads PDFium: the reader only

    reader = PageWords(text_page, count, height)
    lines = page_lines(reader.words(), number, width, height)
    return PageText(number, width, height, lines), reader.glyphs, reader.undecodable


def _rules(page, objects: int, height: float) -> list[tuple[float, float, float]]:
    """Horizontal rules drawn in the lower half of the page, where the rule above footnotes
    is: (top, x0, x1), the lowest few (a table's ruling adds nothing to look at)."""
    import pypdfium2.raw as raw

    rules: list[tuple[float, float, float]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for index in range(objects):
        obj = raw.FPDFPage_GetObject(page, index)
        if raw.FPDFPageObj_GetType(obj) != _PATH_OBJECT:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if (
            top.value - bottom.value < 2.5
            and right.value - left.value > 20
            and top.value < 0.5 * height
        ):
            rules.append((height - top.value, left.value, right.value))
    return sorted(rules, reverse=True)[:_RULES_KEPT]
