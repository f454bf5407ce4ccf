"""Word's automatic numbering: the label ("1.", "(a)", "Article 3") Word shows before a paragraph.

Word stores only the list definition (numbering.xml) and each paragraph's list and level; the
numbers themselves are computed as the document is laid out. This module does that count the
way Word does: per list, a level's counter restarts when a shallower level advances, and the
level text ("%1.", "(%2)", "Article %1") is filled with each level's counter in its format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from negotiator_app.core.numbering import CYRILLIC_ITEM_LETTERS, int_to_roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
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


def read_numbering(numbering_xml: Element | None, styles_xml: Element | None) -> Numbering:
    """The list definitions of a document from its parsed numbering and styles parts."""
    numbering = Numbering()
    if numbering_xml is not None:
        abstract: dict[str, dict[int, Level]] = {}
        for node in numbering_xml.iter(f"{W}abstractNum"):
            abstract[node.get(f"{W}abstractNumId", "")] = _levels(node)
        for node in numbering_xml.iter(f"{W}num"):
            base = node.find(f"{W}abstractNumId")
            levels = dict(abstract.get(base.get(f"{W}val", "") if base is not None else "", {}))
            for override in node.iter(f"{W}lvlOverride"):
                ilvl = _int(override.get(f"{W}ilvl"), 0)
                redefined = override.find(f"{W}lvl")
                level = _level(redefined) if redefined is not None else levels.get(ilvl, Level())
                start = override.find(f"{W}startOverride")
                if start is not None:
                    level = Level(level.fmt, level.text, _int(start.get(f"{W}val"), 1))
                levels[ilvl] = level
            numbering.levels[node.get(f"{W}numId", "")] = levels
    if styles_xml is not None:
        for style in styles_xml.iter(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                num_id, ilvl = number_properties(num_pr)
                if num_id:
                    numbering.style_numbers[style.get(f"{W}styleId", "")] = (num_id, ilvl or 0)
    return numbering


def number_properties(num_pr: Element) -> tuple[str, int | None]:
    """The list id and level a <w:numPr> names."""
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    return (
        num_id.get(f"{W}val", "") if num_id is not None else "",
        _int(ilvl.get(f"{W}val"), 0) if ilvl is not None else None,
    )


def format_number(value: int, fmt: str) -> str:
    """A counter in one of Word's number formats: 3 -> "3", "c", "C", "iii", "III", "в"."""
    if fmt in {"lowerLetter", "upperLetter"}:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = int_to_roman(value) if value > 0 else ""
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in {"russianLower", "russianUpper"}:
        letters = CYRILLIC_ITEM_LETTERS
        letter = letters[(value - 1) % len(letters)] * ((value - 1) // len(letters) + 1)
        return letter.upper() if fmt == "russianUpper" else letter
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _levels(abstract_num: Element) -> dict[int, Level]:
    return {_int(lvl.get(f"{W}ilvl"), 0): _level(lvl) for lvl in abstract_num.iter(f"{W}lvl")}


def _level(lvl: Element) -> Level:
    fmt = lvl.find(f"{W}numFmt")
    text = lvl.find(f"{W}lvlText")
    start = lvl.find(f"{W}start")
    return Level(
        fmt=fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
        text=text.get(f"{W}val", "") if text is not None else "",
        start=_int(start.get(f"{W}val"), 1) if start is not None else 1,
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
