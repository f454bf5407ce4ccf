"""The one article-number grammar: labels at the start of a line, and how numbers compare.

Recognises the labels of drafts in the six UN languages: "Article 12", "Article 12 bis",
"Article premier", "Artículo 1", "Статья 14 бис", "第一条", "المادة 1", "Chapter IV", "第一章",
"الفصل الأول", "Section 2", "Part I", "Title 2", "Annex I", "Preamble", a heading numbered
without its word ("II. Protection of victims"), numbered paragraphs "1." and "一、", items "(a)",
"(i)" and "（子）", and the formulas that open and close a preamble. Numbers are compared through
normal_number() and keyed through key_number(), so "12 bis", "12bis" and "12 бис" are one
article everywhere: the tree, go-to, cross-reference links and search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from negotiator_app.core.label_words import (
    ARABIC_WORDS,
    CJK_ANNEX,
    CJK_UNITS,
    CLOSER_RE,
    FINAL_RE,
    LATIN_WORDS,
    ORGAN_OPENER_RE,
    PREAMBLE_HEADINGS,
    PREAMBLE_WORDS,
    TREATY_OPENER_RE,
)
from negotiator_app.core.numerals import (
    arabic_ordinal_to_int,
    cjk_to_int,
    int_to_arabic_ordinal,
    int_to_cjk,
    int_to_roman,
    is_roman,
    roman_to_int,
)

# PREAMBLE_HEADINGS and the numerals (core/numerals.py) are read here too, as they always were.
__all__ = [
    "PREAMBLE_HEADINGS",
    "Marker",
    "arabic_ordinal_to_int",
    "cjk_to_int",
    "int_to_arabic_ordinal",
    "int_to_cjk",
    "int_to_roman",
    "is_roman",
    "recognise",
    "roman_to_int",
]


# Latin suffixes of inserted articles, and their Russian spellings.
SUFFIXES = {
    "bis": "bis", "ter": "ter", "quater": "quater", "quinquies": "quinquies",
    "sexies": "sexies", "septies": "septies", "octies": "octies", "novies": "novies",
    "decies": "decies", "бис": "bis", "тер": "ter", "кватер": "quater",
    "квинквиес": "quinquies", "сексиес": "sexies", "септиес": "septies", "октиес": "octies",
}  # fmt: skip
SUFFIX_WORDS = "|".join(sorted(SUFFIXES, key=len, reverse=True))
# An article number as a delegate writes it: "12", "12 bis", "12bis", "12-septies", "14 бис".
ARTICLE_NUMBER = rf"\d{{1,4}}(?:[\s\u00a0-]?(?:{SUFFIX_WORDS})(?![^\W\d_]))?"
_FIRST_WORDS = {"premier": "1", "1er": "1", "première": "1", "primero": "1", "первая": "1"}

_SUFFIX = rf"(?:[\s\u00a0]*(?P<suffix>{SUFFIX_WORDS})(?![^\W\d_]))?"
# "Section 4A", "Article 12B": a number inserted later with a capital letter, as acts number them.
_NUM = r"(?P<num>\d{1,4}[A-Z]{1,2}(?![^\W\d_])|\d{1,4}|[IVXLCivxlc]{1,8}|[A-Z]|premier|1er|primero)"
_SEP = r"(?P<sep>[\s\u00a0]*[.:\u2013\u2014-][\s\u00a0]*|[\s\u00a0]+|$)"

# The labels that open a division of the text (and may carry a heading).
LABEL_KINDS = frozenset(LATIN_WORDS)
# Russian drafts letter their items а), б), в)... skipping the letters a list never uses.
CYRILLIC_ITEM_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
# Chinese items: the earthly branches (子, 丑, 寅...) or heavenly stems (甲, 乙, 丙...).
_CJK_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CJK_STEMS = "甲乙丙丁戊己庚辛壬癸"
# Arabic items follow the abjad order: (أ), (ب), (ج), (د)...
_ARABIC_ITEM_LETTERS = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"

_LABEL_RES = {
    kind: re.compile(rf"^(?:{words})[\s\u00a0]+{_NUM}{_SUFFIX}{_SEP}(?P<rest>.*)$", re.I)
    for kind, words in LATIN_WORDS.items()
}
_BARE_ANNEX_RE = re.compile(
    rf"^(?:the\s+)?(?:{LATIN_WORDS['annex']}|{CJK_ANNEX})"
    r"(?:[\s\u00a0]*[.:\u2013\u2014-][\s\u00a0]*(?P<rest>.*))?$",
    re.I,
)
_CJK_LABEL_RE = re.compile(
    r"^第(?P<num>[〇零一二两三四五六七八九十百千\d]{1,8})(?P<unit>"
    + "|".join(CJK_UNITS)
    + r")(?:[\s\u3000:：、.．]+(?P<rest>.*))?$"
)
_CJK_ANNEX_RE = re.compile(
    rf"^{CJK_ANNEX}(?P<num>[一二三四五六七八九十\d]{{1,4}})?(?:[\s:：、]+(?P<rest>.*))?$"
)
_ARABIC_LABEL_RE = re.compile(
    r"^(?P<word>"
    + "|".join(ARABIC_WORDS.values())
    + r")\s+(?P<num>\d{1,4}|[\u0621-\u064a]+(?:\s+(?:عشرة?|و[\u0621-\u064a]+))?)"
    r"(?:\s*[:：\-\u2013\u2014.]\s*(?P<rest>.*))?$"
)
_ACT_SECTION_RE = re.compile(
    r"^(?P<num>\d{1,4}[A-Z]{0,3})\.?[\s\u00a0]+(?P<rest>[A-Z][^\n]{1,150})$"
)
_ROMAN_HEADING_RE = re.compile(r"^(?P<num>[IVXLC]{1,7})\.[\s\u00a0]+(?P<rest>\S.*)$")
# The word in any case; what follows it on the same line starts with a capital.
_PREAMBLE_RE = re.compile(
    rf"^(?i:{PREAMBLE_WORDS})(?:[\s.:]*$|[\s.:]+(?P<rest>[A-ZА-ЯЁ].*)$|(?P<glued>[A-ZА-ЯЁ].*)$)"
)
_LABEL_WORD_RE = re.compile("|".join(LATIN_WORDS.values()), re.I)
_PARAGRAPH_RE = re.compile(
    rf"^(?:\((?P<pnum>\d{{1,3}})\)|(?P<num>\d{{1,3}})(?P<suffix>[\s\u00a0]*(?:{SUFFIX_WORDS}))?[.)])"
    r"(?:[\s\u00a0]+|(?=\[)|$)(?P<rest>.*)$",
    re.S,
)
_CJK_PARAGRAPH_RE = re.compile(r"^(?P<num>[一二三四五六七八九十百]{1,5})、(?P<rest>.*)$", re.S)
_ITEM_RE = re.compile(
    r"^\(?(?P<num>[a-zа-я]{1,2}|[ivxlc]{1,6})\)(?:[\s\u00a0]+|(?=\[)|(?=[A-ZА-ЯЁ])|$)(?P<rest>.*)$",
    re.S,
)
_CJK_ITEM_RE = re.compile(
    rf"^[（(](?P<num>[{_CJK_BRANCHES}{_CJK_STEMS}])[）)][\s\u3000]*(?P<rest>.*)$", re.S
)
_ARABIC_ITEM_RE = re.compile(rf"^\((?P<num>[{_ARABIC_ITEM_LETTERS}])\)\s*(?P<rest>.*)$", re.S)

# Marks that change nothing a reader sees: direction marks, Arabic kashida, byte-order mark.
_INVISIBLE_RE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u0640\ufeff]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)
# Cyrillic letters that look like Latin ones: "Cтатья" typed with a Latin C, "Глава Х" with a
# Cyrillic Х for the Roman ten.
_CYRILLIC_LOOKALIKES = "АВСЕНІКМОРТХУаеорсухіј"
_LATIN_LOOKALIKES = "ABCEHIKMOPTXYaeopcyxij"
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_ROMAN_LOOKALIKES_RE = re.compile(r"^[IVXLCМХСІ]{1,8}$")
_CACHED_LINE = 2000  # characters: longer lines are recognised afresh each time


@dataclass(frozen=True)
class Marker:
    """A structural label found at the start of a line.

    kind is one of: part, chapter, section, title, article, annex, preamble, opener, organ,
    closer, final, paragraph, item, and act_section (from act_section()). For labels, rest is
    the heading given on the same line; for paragraphs and items it is the text after the
    number. capitalised is False for a label written in lower case ("article 26."), which
    official texts only use in a cross-reference.
    """

    kind: str
    number: str = ""
    rest: str = ""
    capitalised: bool = True


def act_section(line: str) -> Marker | None:
    """ "2A  Meaning of designated entity", "1. Definitions": a section of an act or by-law,
    numbered without its word.

    Only a line the source styles as a heading is read this way; in running text the same
    shape is a sentence that starts with a number.
    """
    match = _ACT_SECTION_RE.match(line.strip())
    if match is None or not _looks_like_title(match.group("rest")):
        return None
    return Marker("act_section", match.group("num"), match.group("rest").strip())


def recognise(line: str) -> Marker | None:
    """The structural marker a line begins with, or None for running text."""
    # Lines are read several times over; short ones are remembered, long ones (a paragraph of
    # a hostile file may be megabytes) are not kept alive by the cache.
    return _recognise_short(line) if len(line) <= _CACHED_LINE else _recognise(line)


def forget_lines() -> None:
    """Empty recognise()'s memory of the lines it has seen (a benchmark starts each run cold)."""
    _recognise_short.cache_clear()


@lru_cache(maxsize=8192)
def _recognise_short(line: str) -> Marker | None:
    return _recognise(line)


def _recognise(line: str) -> Marker | None:
    text = fold_label(line.strip())
    if not text:
        return None
    for kind in ("article", "chapter", "part", "section", "title", "annex"):
        match = _LABEL_RES[kind].match(text)
        if match and _plausible_label(kind, match):
            number = _number(match.group("num"), match.group("suffix"), kind)
            return Marker(kind, number, _clean_heading(match.group("rest")), text[0].isupper())
    marker = _cjk_or_arabic_label(text)
    if marker is not None:
        return marker
    if (match := _BARE_ANNEX_RE.match(text)) is not None:
        rest = match.group("rest") or ""
        if not rest or _looks_like_title(rest):
            return Marker("annex", "", _clean_heading(rest), text[0].isupper())
    if (match := _PREAMBLE_RE.match(text)) is not None:
        return Marker("preamble", rest=match.group("rest") or match.group("glued") or "")
    if len(text) < 200 and CLOSER_RE.match(text):
        return Marker("closer", rest=text)
    if len(text) < 160 and ORGAN_OPENER_RE.match(text) and not TREATY_OPENER_RE.match(text):
        return Marker("organ", rest=text)
    if len(text) < 120 and TREATY_OPENER_RE.match(text):
        return Marker("opener", rest=text)
    if FINAL_RE.match(text):
        return Marker("final", rest=text)
    if (match := _ROMAN_HEADING_RE.match(text)) is not None and _heading_numeral(match["num"]):
        rest = match.group("rest").strip()
        if _looks_like_title(rest) and not rest.endswith("."):
            return Marker("chapter", match.group("num"), _clean_heading(rest))
    return _numbered(text)


def normal_number(number: str) -> str:
    """How numbers are compared: "12 bis", "12-bis", "12 бис" -> "12bis"; "XII" -> "xii"."""
    text = re.sub(r"[\s\u00a0\-]+", "", fold_label(number).translate(_DIGITS)).lower()
    if text in _FIRST_WORDS:
        return "1"
    match = re.fullmatch(rf"(\d+)({SUFFIX_WORDS})", text)
    if match:
        return match.group(1) + SUFFIXES[match.group(2)]
    return text


def key_number(number: str) -> str:
    """A number as it appears in a key: "12 bis" -> "12bis"."""
    return re.sub(r"[\s\u00a0]+", "", number)


def chapter_number_as_roman(number: str) -> str:
    """ "4" -> "IV": chapters and parts are keyed in Roman numerals when the text mixes both."""
    return (
        int_to_roman(int(number)).upper() if number.isdigit() and 0 < int(number) < 4000 else number
    )


def fold_label(text: str) -> str:
    """A line with its label made single-script: look-alike letters and invisible marks folded.

    Only the first two words (the label word and its number) are touched; the rest of the line
    is left exactly as written.
    """
    text = _INVISIBLE_RE.sub("", text) if _INVISIBLE_RE.search(text) else text
    parts = text.split(" ", 2)
    if len(parts) < 2:
        return _fold_word(text)
    word, number = _fold_word(parts[0]), parts[1]
    label = _LABEL_WORD_RE.fullmatch(word) is not None
    if label and _ROMAN_LOOKALIKES_RE.match(number) and re.search(r"[МХСІ]", number):
        number = number.translate(_TO_LATIN)
    return " ".join([word, number, *parts[2:]])


def fold_item_letter(letter: str, latin_list: bool) -> str:
    """An item letter typed in the other alphabet ("с" in a list of a, b) read as its look-alike."""
    if len(letter) != 1:
        return letter
    if latin_list and letter in _CYRILLIC_LOOKALIKES:
        return letter.translate(_TO_LATIN)
    if not latin_list and letter in _LATIN_LOOKALIKES and letter not in "ivx":
        # i, v, x: the Roman numbers of a nested list, not letters typed in the wrong alphabet.
        return letter.translate(_TO_CYRILLIC)
    return letter


def item_position(number: str) -> int:
    """The position of a lettered item in its list: "a" and "а" -> 1, "b" and "б" -> 2."""
    if len(number) != 1:
        return 0
    if "a" <= number <= "z":
        return ord(number) - ord("a") + 1
    # Keys use the Latin letter at the same position, so every language shares keys.
    for letters in (CYRILLIC_ITEM_LETTERS, _CJK_BRANCHES, _CJK_STEMS, _ARABIC_ITEM_LETTERS):
        index = letters.find(number)
        if index >= 0:
            return index + 1
    return 0


# -- helpers ---------------------------------------------------------------------------------


def _fold_word(word: str) -> str:
    cyrillic = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
    latin = sum(1 for c in word if c.isascii() and c.isalpha())
    if cyrillic and latin:
        return word.translate(_TO_CYRILLIC if cyrillic > latin else _TO_LATIN)
    return word


def _cjk_or_arabic_label(text: str) -> Marker | None:
    if (match := _CJK_LABEL_RE.match(text)) is not None:
        kind = CJK_UNITS[match.group("unit")]
        value = cjk_to_int(match.group("num"))
        if value:
            return Marker(kind, _kind_number(kind, value), _clean_heading(match.group("rest")))
    if (match := _CJK_ANNEX_RE.match(text)) is not None and (match.group("num") or not text[2:]):
        value = cjk_to_int(match.group("num") or "")
        return Marker(
            "annex", _kind_number("annex", value) if value else "", match.group("rest") or ""
        )
    if (match := _ARABIC_LABEL_RE.match(text)) is not None:
        word = match.group("word")
        kind = next(k for k, words in ARABIC_WORDS.items() if word in words.split("|"))
        raw = match.group("num").translate(_DIGITS)
        value = int(raw) if raw.isdigit() else arabic_ordinal_to_int(raw)
        if value:
            return Marker(kind, _kind_number(kind, value), _clean_heading(match.group("rest")))
    return None


def _heading_numeral(numeral: str) -> bool:
    """A Roman numeral that numbers a heading ("II. Prevention"), not a letter of A., B., C."""
    return is_roman(numeral) and numeral not in {"C", "D", "L", "M"} and roman_to_int(numeral) <= 50


def _kind_number(kind: str, value: int) -> str:
    """How a number written in words is keyed: chapters, parts and annexes in Roman numerals."""
    if kind in {"chapter", "part", "annex"}:
        return int_to_roman(value).upper()
    return str(value)


def _numbered(text: str) -> Marker | None:
    if (match := _PARAGRAPH_RE.match(text)) is not None:
        number = match.group("pnum") or match.group("num")
        suffix = (match.group("suffix") or "").strip().lower()
        suffix = SUFFIXES.get(suffix, suffix)
        return Marker("paragraph", number + (f" {suffix}" if suffix else ""), match.group("rest"))
    if (match := _CJK_PARAGRAPH_RE.match(text)) is not None:
        value = cjk_to_int(match.group("num"))
        if value:
            return Marker("paragraph", str(value), match.group("rest"))
    for pattern in (_ITEM_RE, _CJK_ITEM_RE, _ARABIC_ITEM_RE):
        if (match := pattern.match(text)) is not None:
            return Marker("item", match.group("num").lower(), match.group("rest"))
    return None


def _number(number: str, suffix: str | None, kind: str) -> str:
    if number.lower() in _FIRST_WORDS:
        number = "1"
    elif is_roman(number):
        number = number.upper()
    if suffix:
        number = f"{number} {SUFFIXES[suffix.lower()]}"
    return number


def _plausible_label(kind: str, match: re.Match) -> bool:
    """Tell "Article 5" and "Article 5. Purpose" from a sentence that starts "Article 5 of ..."."""
    number, sep, rest = match.group("num"), match.group("sep"), match.group("rest").strip()
    if number.isalpha() and len(number) == 1 and not is_roman(number) and kind != "annex":
        return False
    if kind == "title" and not (number.isdigit() or is_roman(number)):
        return False
    if not rest:
        return True
    if sep.strip() in {".", ":", "\u2013", "\u2014", "-"}:
        return _looks_like_title(rest) or kind in {"chapter", "part", "section", "title", "annex"}
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
