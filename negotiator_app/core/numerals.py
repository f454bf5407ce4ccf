"""Numerals: numbers as treaties write them, in Roman and Chinese numerals and Arabic words.

Conversions both ways, used by the article-number grammar (core/numbering.py) to read a label
and by the labels (core/labels.py) to write one in the document's language.
"""

from __future__ import annotations

import re

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_ROMAN_RE = re.compile(
    r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.I
)


def is_roman(text: str) -> bool:
    """Whether text is a Roman numeral, in either case: "iv", "XII"."""
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
    """ "iv" for 4; a number Roman numerals cannot write (0, 4000 and over) stays in digits."""
    if not 0 < value < 4000:
        return str(value)
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


def cjk_to_int(text: str) -> int:
    """The value of a Chinese numeral ("一百一十一" -> 111, "十二" -> 12); 0 when not one."""
    digits = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
    units = {"十": 10, "百": 100, "千": 1000}
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for char in text:
        if char in digits:
            digit = digits[char]
        elif char in units:
            total += (1 if digit is None else digit) * units[char]
            digit = None
        else:
            return 0
    return total + (digit or 0)


def int_to_cjk(value: int) -> str:
    """A number as Chinese treaties write it: 1 -> "一", 12 -> "十二", 105 -> "一百零五"."""
    digits = "零一二三四五六七八九"
    if not 0 < value < 10_000:
        return str(value)
    out: list[str] = []
    gap = False
    for amount, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, value = divmod(value, amount)
        if not digit:
            gap = bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        # "十二", not "一十二", when ten leads.
        out.append(("" if unit == "十" and not out and digit == 1 else digits[digit]) + unit)
    return "".join(out)


def int_to_arabic_ordinal(value: int) -> str:
    """A masculine Arabic ordinal with its article, as chapters are numbered: 1 -> "الأول",
    11 -> "الحادي عشر", 21 -> "الحادي والعشرون"; beyond 59, the digits."""
    if 0 < value <= 10:
        return _ARABIC_ORDINAL_WORDS[value - 1]
    units, tens = value % 10, value // 10 * 10
    if 10 < value < 20:
        return f"{'الحادي' if units == 1 else _ARABIC_ORDINAL_WORDS[units - 1]} عشر"
    if tens in _ARABIC_TENS_WORDS and value < 60:
        if not units:
            return _ARABIC_TENS_WORDS[tens]
        first = "الحادي" if units == 1 else _ARABIC_ORDINAL_WORDS[units - 1]
        return f"{first} و{_ARABIC_TENS_WORDS[tens]}"
    return str(value)


def arabic_ordinal_to_int(text: str) -> int:
    """The value of an Arabic ordinal ("الأول" -> 1, "الحادي عشر" -> 11); 0 when not one."""
    words = text.split()
    if not words:
        return 0
    value = _ARABIC_ORDINALS.get(_fold_arabic(words[0]), 0)
    if value and len(words) == 2:
        second = _fold_arabic(words[1])
        if second in {"عشر", "عشره"}:
            return value + 10
        tens = _ARABIC_TENS.get(second.removeprefix("و"), 0)
        return value + tens if tens else 0
    if not value and len(words) == 1:
        return _ARABIC_TENS.get(_fold_arabic(words[0]), 0)
    return value if len(words) == 1 else 0


# -- helpers ---------------------------------------------------------------------------------

_ARABIC_ORDINALS = {
    "الاول": 1, "الاولي": 1, "الحادي": 1, "الحاديه": 1, "الثاني": 2, "الثانيه": 2,
    "الثالث": 3, "الثالثه": 3, "الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5,
    "السادس": 6, "السادسه": 6, "السابع": 7, "السابعه": 7, "الثامن": 8, "الثامنه": 8,
    "التاسع": 9, "التاسعه": 9, "العاشر": 10, "العاشره": 10,
}  # fmt: skip
_ARABIC_TENS = {"العشرون": 20, "الثلاثون": 30, "الاربعون": 40, "الخمسون": 50}
_ARABIC_ORDINAL_WORDS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                         "الثامن", "التاسع", "العاشر")  # fmt: skip
_ARABIC_TENS_WORDS = {20: "العشرون", 30: "الثلاثون", 40: "الأربعون", 50: "الخمسون"}


def _fold_arabic(word: str) -> str:
    """Spelling variants an ordinal comes in: hamza on alif, final ya and ta marbuta."""
    return word.translate(str.maketrans("أإآىة", "ااايه"))
