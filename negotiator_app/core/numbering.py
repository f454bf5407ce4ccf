"""Numbering recognition: which structural label, if any, a line of a draft begins with.

Recognises the labels of English, Russian, French and Spanish drafts: "Article 12",
"Article 12 bis", "Article 12. Heading", "Chapter IV", "Section 2", "Part I", "Annex I",
"Preamble", numbered paragraphs "1." and items "(a)", "(i)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_ROMAN_RE = re.compile(
    r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.I
)

# Latin suffixes of inserted articles, and their Russian spellings.
_SUFFIXES = {
    "bis": "bis",
    "ter": "ter",
    "quater": "quater",
    "quinquies": "quinquies",
    "sexies": "sexies",
    "septies": "septies",
    "octies": "octies",
    "бис": "bis",
    "тер": "ter",
    "кватер": "quater",
}
_SUFFIX = (
    r"(?:[\s\u00a0]*(?P<suffix>bis|ter|quater|quinquies|sexies|septies|octies|бис|тер|кватер))?"
)
_NUM = r"(?P<num>\d{1,4}|[IVXLCivxlc]{1,8}|[A-Z])"
_SEP = r"(?P<sep>[\s\u00a0]*[.:\u2013\u2014-][\s\u00a0]*|[\s\u00a0]+|$)"

_WORDS = {
    "part": r"part|часть|partie|parte",
    "chapter": r"chapter|глава|chapitre|cap[ií]tulo",
    "section": r"section|раздел|secci[oó]n|подраздел",
    "article": r"article|статья|art[ií]culo|artikel",
    "annex": r"annex|appendix|schedule|приложение|annexe|anexo",
}
# The labels that open a division of the text (and may carry a heading).
LABEL_KINDS = frozenset(_WORDS)
# Russian drafts letter their items а), б), в)... skipping the letters a list never uses.
CYRILLIC_ITEM_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
# What a preamble is called when the text does not say.
PREAMBLE_HEADINGS = {"ru": "Преамбула", "fr": "Préambule", "es": "Preámbulo"}
_LABEL_RES = {
    kind: re.compile(rf"^(?:{words})[\s\u00a0]+{_NUM}{_SUFFIX}{_SEP}(?P<rest>.*)$", re.I)
    for kind, words in _WORDS.items()
}
_BARE_ANNEX_RE = re.compile(
    rf"^(?:{_WORDS['annex']})(?:[\s\u00a0]*[.:\u2013\u2014-][\s\u00a0]*(?P<rest>.*))?$", re.I
)
_PREAMBLE_RE = re.compile(
    r"^(preamble|преамбула|préambule|preámbulo)[\s.:]*(?:(?<=[\s.:])(?P<rest>[A-ZА-ЯЁ].*))?$", re.I
)
_OPENER_RE = re.compile(
    r"^(the|les|los|las)?\s*(states|high contracting|contracting|parties|états|estados|государства)"
    r".{0,80}(to|of|à|en|de)?\s*(this|the present|la présente|la presente|настоящей|настоящего)"
    r"\s+\w+\s*,?$",
    re.I,
)
_CLOSER_RE = re.compile(
    r"^(have|hereby|has)?\s*(agreed|agree)\s+(as follows|upon the following)\b.*$"
    r"|^(согласились|договорились)\s+о\s+нижеследующем.*$"
    r"|^sont convenus de ce qui suit.*$"
    r"|^han convenido en lo siguiente.*$",
    re.I,
)
_FINAL_RE = re.compile(
    r"^(in witness whereof|in faith whereof|done at|в удостоверение чего|совершено в|"
    r"en foi de quoi|fait à|en fe de lo cual|hecho en)\b",
    re.I,
)
_PARAGRAPH_RE = re.compile(
    r"^(?:\((?P<pnum>\d{1,3})\)|(?P<num>\d{1,3})(?P<suffix>[\s\u00a0]*(?:bis|ter|quater))?[.)])"
    r"(?:[\s\u00a0]+|(?=\[)|$)(?P<rest>.*)$",
    re.S,
)
_ITEM_RE = re.compile(
    r"^\(?(?P<num>[a-zа-я]{1,2}|[ivxlc]{1,6})\)(?:[\s\u00a0]+|(?=\[)|$)(?P<rest>.*)$", re.S
)


@dataclass(frozen=True)
class Marker:
    """A structural label found at the start of a line.

    kind is one of: part, chapter, section, article, annex, preamble, opener, closer,
    final, paragraph, item. For labels, rest is the heading given on the same line; for
    paragraphs and items it is the text after the number.
    """

    kind: str
    number: str = ""
    rest: str = ""


@lru_cache(maxsize=8192)
def recognise(line: str) -> Marker | None:
    """The structural marker a line begins with, or None for running text."""
    text = line.strip()
    if not text:
        return None
    for kind in ("article", "chapter", "part", "section", "annex"):
        match = _LABEL_RES[kind].match(text)
        if match and _plausible_label(kind, match):
            return Marker(kind, _number(match), _clean_heading(match.group("rest")))
    if (match := _BARE_ANNEX_RE.match(text)) is not None:
        rest = match.group("rest") or ""
        if not rest or _looks_like_title(rest):
            return Marker("annex", "", _clean_heading(rest))
    if (match := _PREAMBLE_RE.match(text)) is not None:
        return Marker("preamble", rest=match.group("rest") or "")
    if len(text) < 200 and _CLOSER_RE.match(text):
        return Marker("closer", rest=text)
    if len(text) < 120 and _OPENER_RE.match(text):
        return Marker("opener", rest=text)
    if _FINAL_RE.match(text):
        return Marker("final", rest=text)
    if (match := _PARAGRAPH_RE.match(text)) is not None:
        number = match.group("pnum") or match.group("num")
        suffix = (match.group("suffix") or "").strip().lower()
        return Marker("paragraph", number + (f" {suffix}" if suffix else ""), match.group("rest"))
    if (match := _ITEM_RE.match(text)) is not None:
        return Marker("item", match.group("num").lower(), match.group("rest"))
    return None


def is_roman(text: str) -> bool:
    return bool(text) and bool(_ROMAN_RE.match(text))


def roman_to_int(text: str) -> int:
    """The value of a Roman numeral ("iv" -> 4); 0 when it is not one."""
    if not is_roman(text):
        return 0
    total, previous = 0, 0
    for char in reversed(text.lower()):
        value = _ROMAN_VALUES[char]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def int_to_roman(value: int) -> str:
    numerals = [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]  # fmt: skip
    out = []
    for amount, numeral in numerals:
        while value >= amount:
            out.append(numeral)
            value -= amount
    return "".join(out)


def key_number(number: str) -> str:
    """A number as it appears in a key: "12 bis" -> "12bis"."""
    return re.sub(r"[\s\u00a0]+", "", number)


def _number(match: re.Match) -> str:
    number = match.group("num")
    if is_roman(number):
        number = number.upper()
    suffix = match.group("suffix")
    if suffix:
        number = f"{number} {_SUFFIXES[suffix.lower()]}"
    return number


def _plausible_label(kind: str, match: re.Match) -> bool:
    """Tell "Article 5" and "Article 5. Purpose" from a sentence that starts "Article 5 of ..."."""
    number, sep, rest = match.group("num"), match.group("sep"), match.group("rest").strip()
    if number.isalpha() and len(number) == 1 and not is_roman(number) and kind != "annex":
        return False
    if not rest:
        return True
    if sep.strip() in {".", ":", "\u2013", "\u2014", "-"}:
        return _looks_like_title(rest) or kind in {"chapter", "part", "section", "annex"}
    return _looks_like_title(rest)


def _looks_like_title(text: str) -> bool:
    """Short, starts with a capital or a bracket, and is not a sentence that runs on."""
    text = text.strip()
    if not text or len(text) > 160 or len(text.split()) > 18:
        return False
    first = text[0]
    if not (first.isupper() or first in "[(\"«“'" or first.isdigit()):
        return False
    return not text.endswith((",", ";"))


def _clean_heading(text: str | None) -> str:
    return (text or "").strip().strip("*_#").strip()
