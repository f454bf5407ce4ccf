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
import re
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
# Characters checked for a missing Unicode mapping in each font before it is trusted.
_FONT_SAMPLE = 64
# A word: anything but spaces and control characters; \x02 and \ufffe are PDFium's codes for
# a hyphen it found at the end of a line.
_WORD_RE = re.compile(r"[^\s\x00\x01\x03-\x1f\u200b\ufeff]+")
# What no font that maps its glyphs gives: the replacement character, private use codes.
_BAD_CHARS_RE = re.compile(r"[\ufffd\ue000-\uf8ff]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
_TRANSLATION = str.maketrans(
    {"\x02": "-", "\ufffe": "-", "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl",
     "\ufb03": "ffi", "\ufb04": "ffl"}
)  # fmt: skip
_FORCE_BOLD_FLAG = 1 << 18
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
    reader = _PageReader(text_page, count, height)
    words = reader.words()
    lines = page_lines(words, number, width, height)
    return PageText(number, width, height, lines), reader.glyphs, reader.undecodable


class _PageReader:
    """Words from PDFium's characters, a word at a time where PDFium allows it.

    PDFium's page text marks the spaces between words (it adds them where a gap shows one).
    A word in one font on one line is one rectangle; its box and baseline take four calls
    into PDFium, not three for every character. Only a word that changes font or line
    midway ("Sea" and a raised "1" glued to it) is read character by character.
    """

    def __init__(self, text_page, count: int, height: float) -> None:
        import pypdfium2.raw as raw

        self.text_page = text_page
        self.handle = ctypes.cast(text_page.raw, ctypes.c_void_p).value
        self.height = height
        buffer = (ctypes.c_ushort * (count + 1))()
        raw.FPDFText_GetText(text_page, 0, count, buffer)
        text = ctypes.string_at(buffer, 2 * count).decode("utf-16-le", errors="surrogatepass")
        if len(text) != count or _SURROGATE_RE.search(text):
            # Characters beyond the Basic Multilingual Plane: one code per character index.
            text = "".join(
                chr(raw.FPDFText_GetUnicode(text_page, i) or 0xFFFD) for i in range(count)
            )
        self.text = text
        self.styles: dict[int, tuple[float, bool, int]] = {}
        self.fonts: dict[int, list[int]] = {}  # font -> [characters checked, unmapped found]
        self.glyphs = self.undecodable = 0
        self.box = (ctypes.c_double * 4)()
        self.box_pointers = tuple(ctypes.addressof(self.box) + 8 * i for i in range(4))
        self.loose = (ctypes.c_float * 4)()
        self.loose_pointer = ctypes.addressof(self.loose)
        self.origin = (ctypes.c_double * 2)()
        self.origin_pointers = tuple(ctypes.addressof(self.origin) + 8 * i for i in range(2))

    def words(self) -> list[Word]:
        # Text drawn twice at (nearly) one place, as a shadow or a bold made by overprinting,
        # is read once: words are filed by text and by a grid of a quarter of their size.
        seen: set[tuple[str, int, int]] = set()
        unique = []
        for word in self._words():
            cell = max(0.25 * word.size, 0.5)
            x, y = int(word.x0 // cell), int(word.bottom // cell)
            if not any(
                (word.text, x + dx, y + dy) in seen for dx in (-1, 0, 1) for dy in (-1, 0, 1)
            ):
                unique.append(word)
            seen.add((word.text, x, y))
        return unique

    def _words(self) -> list[Word]:
        words: list[Word] = []
        for match in _WORD_RE.finditer(self.text):
            start, end = match.span()
            self.glyphs += end - start
            obj = _GET_TEXT_OBJECT(self.handle, start)
            style = self.styles.get(obj)
            if style is None:
                style = self.styles[obj] = _style(self.text_page, start, obj, self.height)
            size, bold, font, baseline = style
            text = match.group()
            suspect = self._suspect(font, start, end) or _BAD_CHARS_RE.search(text)
            if not suspect and _COUNT_RECTS(self.handle, start, end - start) == 1:
                # One text object is one run of text on one baseline.
                _GET_RECT(self.handle, 0, *self.box_pointers)
                box = self.box
                words.append(
                    Word(text.translate(_TRANSLATION), box[0], box[2], baseline - 0.75 * size,
                         baseline + 0.25 * size, size, bold)
                )  # fmt: skip
            else:
                words.extend(self._by_character(start, end))
        return words

    def _style(self, index: int, obj: int) -> tuple[float, bool, int, float]:
        style = self.styles.get(obj)
        if style is None:
            style = self.styles[obj] = _style(self.text_page, index, obj, self.height)
        return style

    def _suspect(self, font: int, start: int, end: int) -> bool:
        """Whether this font's glyphs must be checked one by one for a missing mapping.

        A font either maps its glyphs to letters or it does not: its first characters are
        checked, and only a font with an unmapped glyph among them is checked throughout.
        """
        seen = self.fonts.setdefault(font, [0, 0])
        if seen[1]:
            return True
        if seen[0] >= _FONT_SAMPLE:
            return False
        for index in range(start, end):
            seen[0] += 1
            if _HAS_MAP_ERROR(self.handle, index):
                seen[1] += 1
                return True
        return False

    def _by_character(self, start: int, end: int) -> list[Word]:
        """A word that changes font or line midway, split where it does; characters with no
        Unicode mapping are left out and counted."""
        words: list[Word] = []
        chars: list[str] = []
        left = right = baseline = 0.0
        style: tuple[float, bool, int, float] | None = None
        box, origin = self.loose, self.origin  # an FS_RECTF: left, top, right, bottom
        for index in range(start, end):
            char = self.text[index]
            if _BAD_CHARS_RE.match(char) or _HAS_MAP_ERROR(self.handle, index):
                self.undecodable += 1
                continue
            char_style = self._style(index, _GET_TEXT_OBJECT(self.handle, index))
            _GET_LOOSE_BOX(self.handle, index, self.loose_pointer)
            _GET_ORIGIN(self.handle, index, *self.origin_pointers)
            char_baseline = self.height - origin[1]
            size = char_style[0]
            if chars and (
                char_style != style
                or box[0] < right - 0.5 * size
                or box[0] - right > 0.3 * size
                or abs(char_baseline - baseline) > 0.2 * size
            ):
                words.append(self._word(chars, left, right, baseline, style))
                chars = []
            if not chars:
                left, baseline, style = box[0], char_baseline, char_style
            right = box[2] if not chars else max(right, box[2])
            chars.append(char)
        if chars:
            words.append(self._word(chars, left, right, baseline, style))
        return words

    @staticmethod
    def _word(chars, left, right, baseline, style) -> Word:
        size, bold = style[0], style[1]
        return Word("".join(chars).translate(_TRANSLATION), left, right,
                    baseline - 0.75 * size, baseline + 0.25 * size, size, bold)  # fmt: skip


def _style(text_page, index: int, obj: int, height: float) -> tuple[float, bool, int, float]:
    """The font size in points, as printed, whether the font is bold, the font, and the
    baseline of the text object (from the top of the page)."""
    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    raw.FPDFText_GetMatrix(text_page, index, matrix)
    scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
    baseline = height - matrix.f
    handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
    font_size = ctypes.c_float(0.0)
    if not obj or not raw.FPDFTextObj_GetFontSize(handle, font_size):
        font_size.value = raw.FPDFText_GetFontSize(text_page, index)
        scale = 1.0
    size = round(font_size.value * scale, 1)
    font = raw.FPDFTextObj_GetFont(handle) if obj else None
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
    font_key = (ctypes.cast(font, ctypes.c_void_p).value or 0) if font else 0
    return size, bold, font_key, baseline


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


def _bind(name: str, restype, *argtypes):
    """A PDFium function called with plain integers as handles: cheaper per call."""
    import pypdfium2.raw as raw

    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


# Handles and the addresses of the doubles PDFium writes to are passed as plain integers.
_HANDLE, _INT, _DOUBLE = ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
_GET_TEXT_OBJECT = _bind("FPDFText_GetTextObject", ctypes.c_void_p, _HANDLE, _INT)
_HAS_MAP_ERROR = _bind("FPDFText_HasUnicodeMapError", _INT, _HANDLE, _INT)
_COUNT_RECTS = _bind("FPDFText_CountRects", _INT, _HANDLE, _INT, _INT)
_GET_RECT = _bind("FPDFText_GetRect", _INT, _HANDLE, _INT, _DOUBLE, _DOUBLE, _DOUBLE, _DOUBLE)
# The loose box spans the glyph's advance: between two letters of a word there is no gap.
_GET_LOOSE_BOX = _bind("FPDFText_GetLooseCharBox", _INT, _HANDLE, _INT, ctypes.c_void_p)
_GET_ORIGIN = _bind("FPDFText_GetCharOrigin", _INT, _HANDLE, _INT, _DOUBLE, _DOUBLE)
