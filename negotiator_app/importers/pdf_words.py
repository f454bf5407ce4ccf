"""A PDF page's words, from PDFium's characters, with their font size, weight and position.

PDFium's page text marks the spaces between words (it adds them where a gap shows one). A word
in one font on one line is one rectangle: its box takes three calls into PDFium, not three for
every character, and its baseline and font come once for each text object (one run of text on
one baseline). Only a word that changes font or line midway ("Sea" and a raised "1" glued to
it) is read character by character. Characters whose font gives no Unicode mapping are left
out and counted; text drawn twice at one place (a shadow, a bold made by overprinting) is read
once.
"""

from __future__ import annotations

import ctypes
import re

from negotiator_app.importers.pdf_layout import Word

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


class PageWords:
    """The words of one page of PDFium's text, and how many glyphs it had and could not map."""

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
        # text object -> (size, bold, font, baseline)
        self.styles: dict[int, tuple[float, bool, int, float]] = {}
        self.fonts: dict[int, list[int]] = {}  # font -> [characters checked, unmapped found]
        self.glyphs = self.undecodable = 0
        self.box = (ctypes.c_double * 4)()
        self.box_pointers = tuple(ctypes.addressof(self.box) + 8 * i for i in range(4))
        self.loose = (ctypes.c_float * 4)()
        self.loose_pointer = ctypes.addressof(self.loose)
        self.origin = (ctypes.c_double * 2)()
        self.origin_pointers = tuple(ctypes.addressof(self.origin) + 8 * i for i in range(2))

    def words(self) -> list[Word]:
        """The page's words in PDFium's order."""
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
