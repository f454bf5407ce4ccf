"""Which characters a file's bytes are: what the file declares, checked against the bytes.

A byte-order mark is believed; a declared character set (an HTML page's <meta>) is believed
unless the bytes contradict it (a page "in UTF-16" whose declaration was found written one byte
a character, a page "in Latin-1" whose bytes are valid UTF-8 with accented letters); a file
that is UTF-8 but for a stray byte stays UTF-8, the byte replaced. Whatever was decided against
the file's own word, or replaced, is said in the import report.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from negotiator_app.importers.errors import ImportProblem

_CHUNK = 1 << 20
_REPLACEMENT = "\ufffd"
_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
# The character sets web pages use (the WHATWG Encoding Standard), by their Python names; a
# page declaring any other (idna, punycode, utf-7, base64...) has its declaration ignored.
_WEB_CHARSETS = {
    "utf-8", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6",
    "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
    "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "cp874", "cp1250", "cp1251", "cp1252",
    "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gbk", "gb18030", "big5hkscs",
    "euc_jp", "iso2022_jp", "cp932", "cp949",
}  # fmt: skip
# Labels browsers read as a larger set: Latin-1 and ASCII pages are windows-1252, and so on.
_AS_BROWSERS_READ = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
    "tis-620": "cp874", "gb2312": "gbk", "big5": "big5hkscs", "shift_jis": "cp932",
    "euc_kr": "cp949",
}  # fmt: skip
_UTF16 = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252 (Western European)",
          "cp1251": "Windows-1251 (Cyrillic)", "utf-16": "UTF-16"}  # fmt: skip


@dataclass
class Encoding:
    """How to read a file's bytes: the codec, where the text starts, and the report lines about
    the choice."""

    codec: str
    start: int = 0
    notes: list[str] = field(default_factory=list)

    def decode(self, data: bytes) -> str:
        return data[self.start :].decode(self.codec, errors="replace")

    def chunks(self, data: bytes, size: int = _CHUNK) -> Iterator[str]:
        """The text a piece at a time, so a large file is never held twice over in memory."""
        decoder = codecs.getincrementaldecoder(self.codec)(errors="replace")
        for offset in range(self.start, len(data), size):
            yield decoder.decode(data[offset : offset + size])
        yield decoder.decode(b"", final=True)


def text_encoding(data: bytes) -> Encoding:
    """A text file's encoding: UTF-8 or UTF-16 when the bytes are, else a legacy code page."""
    utf16 = _utf16(data)
    if utf16:
        return Encoding(utf16)
    if b"\x00" in data[:4096]:
        raise ImportProblem("This file is not a text file (it contains binary data).")
    start = 3 if data.startswith(codecs.BOM_UTF8) else 0
    census = _utf8_census(data, start)
    if census.bad == 0:
        return Encoding("utf-8", start)
    if census.mostly_utf8():
        return Encoding("utf-8", start, [census.replaced_note()])
    name = _legacy(data)
    return Encoding(name, 0, [f"The file is not UTF-8; it was read as {_NAMES[name]}."])


def html_encoding(data: bytes) -> Encoding:
    """A web page's encoding: its byte-order mark, else its <meta> charset unless the bytes
    say otherwise, else UTF-8, else windows-1252 (as browsers read an undeclared page)."""
    if data.startswith(codecs.BOM_UTF8):
        return _as_utf8(_utf8_census(data, 3), 3)
    utf16 = _utf16(data)
    if utf16:
        return Encoding(utf16)
    label, declared = _declared(data)
    census = _utf8_census(data, 0)
    if declared in _UTF16:
        # The declaration itself was read one byte a character: the page cannot be UTF-16.
        return _undeclared(census, f'The page says it is in "{label}", but its bytes are ')
    if declared and declared not in _WEB_CHARSETS:
        note = f'The page declares the character set "{label}", which web pages cannot use; '
        return _undeclared(census, note + "it was ignored and the bytes read as ")
    if declared and declared != "utf-8":
        if census.bad == 0 and census.multibyte:
            note = f'The page says it is in "{label}", but its bytes are UTF-8; read as UTF-8.'
            return Encoding("utf-8", 0, [note])
        return _in(data, declared, label)
    if declared == "utf-8" and census.bad and not census.mostly_utf8():
        note = "The page says it is in UTF-8, but its bytes are not; read as Windows-1252."
        return Encoding("cp1252", 0, [note])
    return _as_utf8(census, 0) if declared else _undeclared(census, "")


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """A text file's characters, and the report lines about how its bytes were read."""
    encoding = text_encoding(data)
    return encoding.decode(data), encoding.notes


# -- helpers -------------------------------------------------------------------------------


@dataclass
class _Census:
    """Invalid UTF-8 sequences and valid multibyte characters in some bytes."""

    bad: int = 0
    multibyte: int = 0
    first_bad_line: int = 0

    def mostly_utf8(self) -> bool:
        """UTF-8 with a few stray bytes, rather than a legacy code page: the valid multibyte
        characters outnumber the invalid sequences."""
        return self.multibyte > 0 and self.multibyte >= self.bad

    def replaced_note(self) -> str:
        what = "1 byte that is" if self.bad == 1 else f"{self.bad} bytes that are"
        verb = "was" if self.bad == 1 else "were"
        return (
            f"{what} not UTF-8 in an otherwise UTF-8 file {verb} replaced with {_REPLACEMENT} "
            f"(the first on line {self.first_bad_line})."
        )


def _utf8_census(data: bytes, start: int) -> _Census:
    """Count, a chunk at a time (never the whole text in memory), what UTF-8 makes of the bytes."""
    census = _Census()
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    lines = 1
    for offset in range(start, len(data), _CHUNK):
        chunk = data[offset : offset + _CHUNK]
        if chunk.isascii() and not decoder.getstate()[0]:
            lines += chunk.count(b"\n")
            continue  # nothing to count, and no character left open from the chunk before
        text = decoder.decode(chunk)
        replaced = text.count(_REPLACEMENT) - chunk.count(b"\xef\xbf\xbd")
        if replaced > 0 and not census.bad:
            census.first_bad_line = lines + text.count("\n", 0, text.find(_REPLACEMENT))
        census.bad += max(replaced, 0)
        census.multibyte += len(text) - len(text.encode("ascii", "ignore")) - max(replaced, 0)
        lines += chunk.count(b"\n")
    if decoder.decode(b"", final=True):  # the file ends inside a character
        census.first_bad_line = census.first_bad_line or lines
        census.bad += 1
    return census


def _utf16(data: bytes) -> str:
    """ "utf-16" for a byte-order mark, else what utf16_without_mark() finds."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return utf16_without_mark(data)


def utf16_without_mark(data: bytes) -> str:
    """ "utf-16-le" or "-be" for text written two bytes a character without a byte-order mark:
    the spaces, digits and markup make one byte of a pair zero, never the other; else ""."""
    head = data[:4096]
    if len(head) < 16:
        return ""
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.1 * len(odd) and even.count(0) <= 0.01 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.1 * len(even) and odd.count(0) <= 0.01 * len(odd):
        return "utf-16-be"
    return ""


def _declared(data: bytes) -> tuple[str, str]:
    """The label a page's <meta> declares, and the Python codec browsers would read it with."""
    match = _CHARSET_RE.search(data[:8192])
    if not match:
        return "", ""
    label = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return label, label
    return label, _AS_BROWSERS_READ.get(name, name)


def _as_utf8(census: _Census, start: int) -> Encoding:
    return Encoding("utf-8", start, [census.replaced_note()] if census.bad else [])


def _undeclared(census: _Census, note: str) -> Encoding:
    """A page with no usable declaration: UTF-8 if the bytes are (nearly), else windows-1252."""
    if census.bad == 0 or census.mostly_utf8():
        encoding = _as_utf8(census, 0)
        if note:
            encoding.notes.insert(0, note + "UTF-8.")
        return encoding
    if note:
        return Encoding("cp1252", 0, [note + "Windows-1252."])
    return Encoding("cp1252", 0, ["The page does not say how it is encoded and is not UTF-8; it "
                                  "was read as Windows-1252."])  # fmt: skip


def _in(data: bytes, codec: str, label: str) -> Encoding:
    """The declared encoding, with a report line when some bytes mean nothing in it."""
    replaced = sum(
        piece.count(_REPLACEMENT) for piece in Encoding(codec).chunks(data)
    ) - data.count(b"\xef\xbf\xbd")
    if replaced <= 0:
        return Encoding(codec)
    return Encoding(
        codec,
        0,
        [f'{replaced} bytes that mean nothing in "{label}", the character set the page '
         f"declares, were replaced with {_REPLACEMENT}."],
    )  # fmt: skip


def _legacy(data: bytes) -> str:
    """The likelier of the Cyrillic and Western code pages, by the letters each makes."""
    sample = data[:100_000].decode("cp1251", errors="replace")
    letters = sum(ch.isalpha() for ch in sample) or 1
    share = sum("\u0430" <= ch <= "\u044f" for ch in sample) / letters
    return "cp1251" if share > 0.3 else "cp1252"
