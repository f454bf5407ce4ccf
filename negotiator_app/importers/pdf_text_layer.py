"""A PDF's text layer, read with PDFium (pypdfium2): every page's lines, with their fonts.

PDFium gives each character with its box, font size and font; characters are gathered into
words, and words into lines by pdf_layout. Every count a hostile file could inflate is bounded
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
from negotiator_app.importers.pdf_layout import Line, Word, page_lines

MAX_PAGES = 2_000
MAX_PAGE_SIDE = 14_400  # points: 200 inches, the largest page the PDF standard allows
MAX_PAGE_OBJECTS = 50_000
MAX_PAGE_CHARS = 40_000
MAX_CHARS = 4_000_000
# Share of glyphs without a Unicode mapping above which the text layer is refused.
UNDECODABLE_SHARE = 0.3

_BOLD_HINTS = ("bold", "black", "heavy", "semibold", "demi", ",b")
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl"}
# PDFium's codes for a hyphen it found at the end of a line (per character / in page text).
_LINE_END_HYPHENS = frozenset({0x02, 0xFFFE})
_SPACES = frozenset({0x20, 0xA0, 0x3000, *range(0x2000, 0x200C), 0x202F, 0x205F, 0xFEFF})
_FORCE_BOLD_FLAG = 1 << 18
_PATH_OBJECT = 2


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
    undecodable_pages: list[int] = field(default_factory=list)

    def to_tuple(self) -> tuple:
        pages = tuple(page.to_tuple() for page in self.pages)
        return (pages, self.glyphs, self.undecodable, tuple(self.undecodable_pages))

    @classmethod
    def from_tuple(cls, values: tuple) -> TextLayer:
        pages, glyphs, undecodable, undecodable_pages = values
        return cls(
            [PageText.from_tuple(p) for p in pages], glyphs, undecodable, list(undecodable_pages)
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

    if getattr(error, "err_code", None) == raw.FPDF_ERR_PASSWORD:
        return ImportProblem(
            f"{name} is protected by a password; open it, save an unprotected copy and import that."
        )
    if getattr(error, "err_code", None) == raw.FPDF_ERR_SECURITY:
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
            layer.undecodable_pages.append(number)
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
    buffer = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(text_page, 0, count, buffer)
    codes = list(buffer)[:count]
    if any(0xD800 <= code <= 0xDFFF for code in codes):
        # Characters beyond the Basic Multilingual Plane come as surrogate pairs; ask one by one.
        codes = [raw.FPDFText_GetUnicode(text_page, i) for i in range(count)]
    handle = ctypes.cast(text_page.raw, ctypes.c_void_p).value
    box = _RECT()
    box_pointer = ctypes.pointer(box)
    styles: dict[int, tuple[float, bool]] = {}
    words: list[Word] = []
    chars: list[str] = []
    x0 = x1 = top = bottom = 0.0
    style: tuple[float, bool] | None = None
    glyphs = undecodable = 0

    def flush() -> None:
        if chars and style is not None:
            words.append(Word("".join(chars), x0, x1, top, bottom, style[0], style[1]))
        chars.clear()

    for index in range(count):
        code = codes[index]
        if code in _SPACES or (code < 0x20 and code not in _LINE_END_HYPHENS):
            flush()
            continue
        glyphs += 1
        if _HAS_MAP_ERROR(handle, index) or code == 0xFFFD or 0xE000 <= code <= 0xF8FF:
            undecodable += 1
            continue
        obj = _GET_TEXT_OBJECT(handle, index)
        char_style = styles.get(obj)
        if char_style is None:
            char_style = styles[obj] = _style(text_page, index, obj)
        _GET_LOOSE_BOX(handle, index, box_pointer)
        left, right = box.left, box.right
        # Page space has its origin at the bottom; lines are read from the top.
        char_top, char_bottom = height - box.top, height - box.bottom
        if chars and (
            char_style != style
            or left < x1 - 0.5 * char_style[0]
            or left - x1 > 0.3 * char_style[0]
            or abs(char_bottom - bottom) > 0.3 * char_style[0]
        ):
            flush()
        if not chars:
            x0, top, bottom, style = left, char_top, char_bottom, char_style
        x1 = max(x1, right) if chars else right
        if code in _LINE_END_HYPHENS:
            chars.append("-")
        else:
            chars.append(_LIGATURES.get(code) or chr(code))
    flush()
    return (
        PageText(number, width, height, page_lines(words, number, width, height)),
        glyphs,
        undecodable,
    )


def _style(text_page, index: int, obj: int) -> tuple[float, bool]:
    """The font size in points, as printed, and whether the font is bold."""
    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    raw.FPDFText_GetMatrix(text_page, index, matrix)
    scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
    handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
    font_size = ctypes.c_float(0.0)
    if not raw.FPDFTextObj_GetFontSize(handle, font_size):
        font_size.value = raw.FPDFText_GetFontSize(text_page, index)
    size = round(font_size.value * scale, 1)
    font = raw.FPDFTextObj_GetFont(handle)
    bold = False
    if font:
        name = ctypes.create_string_buffer(128)
        raw.FPDFFont_GetBaseFontName(font, name, len(name))
        base = name.value.decode("latin-1", errors="replace").split("+", 1)[-1].lower()
        bold = (
            raw.FPDFFont_GetWeight(font) >= 600
            or bool(raw.FPDFFont_GetFlags(font) & _FORCE_BOLD_FLAG)
            or any(hint in base for hint in _BOLD_HINTS)
        )
    return size, bold


def _rules(page, objects: int, height: float) -> list[tuple[float, float, float]]:
    """Short horizontal rules drawn on the page (the line above footnotes): (top, x0, x1)."""
    import pypdfium2.raw as raw

    rules = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for index in range(objects):
        obj = raw.FPDFPage_GetObject(page, index)
        if raw.FPDFPageObj_GetType(obj) != _PATH_OBJECT:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if top.value - bottom.value < 2.5 and right.value - left.value > 20:
            rules.append((height - top.value, left.value, right.value))
    return rules


class _RECT(ctypes.Structure):
    _fields_ = [
        ("left", ctypes.c_float),
        ("top", ctypes.c_float),
        ("right", ctypes.c_float),
        ("bottom", ctypes.c_float),
    ]


def _bind(name: str, restype, *argtypes):
    """A PDFium function called with plain integers as handles: cheaper per character."""
    import pypdfium2.raw as raw

    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_GET_TEXT_OBJECT = _bind("FPDFText_GetTextObject", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_HAS_MAP_ERROR = _bind("FPDFText_HasUnicodeMapError", ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_GET_LOOSE_BOX = _bind(
    "FPDFText_GetLooseCharBox", ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(_RECT)
)
