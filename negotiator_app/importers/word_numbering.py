"""Word's automatic numbering: the label ("1.", "(a)", "Article 3") Word shows before a paragraph.

Word stores only the list definition (numbering.xml) and each paragraph's list and level; the
numbers themselves are computed as the document is laid out. This module does that count the
way Word does: per list, a level's counter restarts when a shallower level advances, and the
level text ("%1.", "(%2)", "Article %1") is filled with each level's counter in its format.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from negotiator_app.core.numbering import CYRILLIC_ITEM_LETTERS, int_to_roman
from negotiator_app.importers.word_package import W
from negotiator_app.importers.word_paragraphs import list_level

MAX_LETTERS = 30  # "aaa...a" thirty times: past that, a counter is shown in digits
MAX_LEVEL_TEXT = 60  # characters of a level's text ("Article %1", "(%2)"); Word's are short
MAX_PLACEHOLDERS = 9  # one per level at most, as Word writes them


@dataclass(frozen=True)
class Level:
    """One level of a list definition."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1


@dataclass
class Numbering:
    """The lists of one document and the counters reached so far."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> Level
    style_numbers: dict[str, tuple[str, int]] = field(default_factory=dict)  # style -> list
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the list's counter at this level and give the label Word shows."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        counters = self.counters.setdefault(num_id, {})
        level = levels.get(ilvl, Level())
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            del counters[deeper]
        if level.fmt in {"bullet", "none"}:
            return ""
        text = level.text if level.text else f"%{ilvl + 1}."
        for position in range(9, 0, -1):
            placeholder = f"%{position}"
            if placeholder in text:
                at = position - 1
                shallower = levels.get(at, Level())
                value = counters.get(at, shallower.start)
                text = text.replace(placeholder, format_number(value, shallower.fmt))
        return text.strip()


@dataclass
class _Override:
    """What a list (<w:num>) changes in one level of its definition."""

    level: Level | None = None  # the level redefined whole (<w:lvl> inside the override)
    start: int | None = None  # <w:startOverride>


class NumberingReader:
    """An event handler for WordPackage.parse: the list definitions of a numbering part."""

    def __init__(self) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.overrides: dict[str, dict[int, _Override]] = {}  # numId -> ilvl -> override
        self._abstract: dict[int, Level] | None = None  # the <w:abstractNum> being read
        self._num: str | None = None  # the <w:num> being read
        self._override: _Override | None = None
        self._level: tuple[int, Level] | None = None  # the <w:lvl> being read

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == W + "lvl":
            self._level = (list_level(attributes.get(W + "ilvl")), Level())
        elif self._level is not None:
            self._level_property(tag, attributes.get(W + "val"))
        elif tag == W + "abstractNum":
            self._abstract = self.abstract.setdefault(attributes.get(W + "abstractNumId", ""), {})
        elif tag == W + "num":
            self._num = attributes.get(W + "numId", "")
            self.nums.setdefault(self._num, "")
        elif self._num is None:
            return
        elif tag == W + "abstractNumId":
            self.nums[self._num] = attributes.get(W + "val", "")
        elif tag == W + "lvlOverride":
            ilvl = list_level(attributes.get(W + "ilvl"))
            self._override = self.overrides.setdefault(self._num, {}).setdefault(ilvl, _Override())
        elif tag == W + "startOverride" and self._override is not None:
            self._override.start = _int(attributes.get(W + "val"), 1)

    def end(self, tag: str) -> None:
        if tag == W + "lvl" and self._level is not None:
            ilvl, level = self._level
            self._level = None
            if self._override is not None:
                self._override.level = level
            elif self._abstract is not None:
                self._abstract[ilvl] = level
        elif tag == W + "lvlOverride":
            self._override = None
        elif tag == W + "abstractNum":
            self._abstract = None
        elif tag == W + "num":
            self._num = None

    def text(self, data: str) -> None:
        pass

    def numbering(self, style_numbers: dict[str, tuple[str, int]]) -> Numbering:
        """The lists, each level as its abstract definition gives it, overrides applied."""
        numbering = Numbering(style_numbers=dict(style_numbers))
        for num_id, abstract_id in self.nums.items():
            levels = dict(self.abstract.get(abstract_id, {}))
            for ilvl, override in self.overrides.get(num_id, {}).items():
                level = override.level or levels.get(ilvl, Level())
                if override.start is not None:
                    level = replace(level, start=override.start)
                levels[ilvl] = level
            numbering.levels[num_id] = levels
        return numbering

    def _level_property(self, tag: str, value: str | None) -> None:
        assert self._level is not None
        ilvl, level = self._level
        if tag == W + "numFmt":
            level = replace(level, fmt=value or "decimal")
        elif tag == W + "lvlText":
            text = value or ""
            # Word's own dialog takes a few characters and each level once; a level text longer
            # or repeating its numbers is not a label (its labels could run to gigabytes).
            usable = len(text) <= MAX_LEVEL_TEXT and text.count("%") <= MAX_PLACEHOLDERS
            level = replace(level, text=text if usable else "")
        elif tag == W + "start":
            level = replace(level, start=_int(value, 1))
        self._level = (ilvl, level)


def format_number(value: int, fmt: str) -> str:
    """A counter in one of Word's number formats: 3 -> "3", "c", "C", "iii", "III", "в".

    Letters repeat past the alphabet as Word does ("aa", "bb"), up to MAX_LETTERS of them; a
    larger counter, like one Roman numerals cannot write, is shown in digits.
    """
    if fmt in {"lowerLetter", "upperLetter"} and 0 < value <= 26 * MAX_LETTERS:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = int_to_roman(value) if value > 0 else ""
        return roman.upper() if fmt == "upperRoman" else roman
    letters = CYRILLIC_ITEM_LETTERS
    if fmt in {"russianLower", "russianUpper"} and 0 < value <= len(letters) * MAX_LETTERS:
        letter = letters[(value - 1) % len(letters)] * ((value - 1) // len(letters) + 1)
        return letter.upper() if fmt == "russianUpper" else letter
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in {"lowerLetter", "upperLetter", "russianLower", "russianUpper"} and value <= 0:
        return ""
    return str(value)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
