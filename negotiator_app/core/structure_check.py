"""The structure check run after every import: does the tree look like the text it came from?

Article numbers run in sequence in each instrument of a file; an article has text; no article
swallows the ones after it; no text sits outside every provision. Each finding is a warning that
names the provision's key, so the delegate can open it and compare it with the paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from statistics import median

from negotiator_app.core.numbering import normal_number, roman_to_int
from negotiator_app.core.provision import Kind, Provision

# An article this many times longer than the middle one of its neighbours, and longer than
# _LONG_MIN characters, has probably swallowed the articles after it.
_LONG_FACTOR = 8
_LONG_MIN = 4000
_NEIGHBOURS = 5
_DIVISIONS = frozenset({Kind.PART, Kind.CHAPTER, Kind.SECTION, Kind.TITLE, Kind.INSTRUMENT})
_INSTRUMENT_CONTENT = frozenset({Kind.ARTICLE, Kind.PREAMBLE, Kind.CHAPTER, Kind.PART})


class Check(StrEnum):
    """What a structure warning is about."""

    GAP = "gap"
    DUPLICATE = "duplicate"
    ORDER = "order"
    EMPTY = "empty"
    LONG = "long"
    OUTSIDE = "outside"


@dataclass(frozen=True)
class StructureWarning:
    """One finding of the structure check, pointing at the provision it is about."""

    check: Check
    key: str
    message: str

    def to_dict(self) -> dict:
        return {"check": str(self.check), "key": self.key, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict) -> StructureWarning:
        return cls(Check(data["check"]), data["key"], data["message"])


def check_structure(provisions: list[Provision]) -> list[StructureWarning]:
    """Every structure warning for a tree, instrument by instrument, in document order."""
    warnings: list[StructureWarning] = []
    for name, units in _instruments(provisions):
        warnings.extend(_sequence(name, units))
        warnings.extend(_empty(units))
        warnings.extend(_long(units))
    warnings.extend(_outside(provisions))
    order = {p.key: n for n, p in enumerate(p for root in provisions for p in root.walk())}
    return sorted(warnings, key=lambda warning: order.get(warning.key, 0))


# -- instruments -----------------------------------------------------------------------


def _instruments(provisions: list[Provision]) -> Iterator[tuple[str, list[Provision]]]:
    """Each instrument's numbered units (articles; a resolution's operative paragraphs)."""
    yield from _units_of("", provisions)


def _units_of(name: str, nodes: list[Provision]) -> Iterator[tuple[str, list[Provision]]]:
    units: list[Provision] = []
    nested: list[Provision] = []
    for node in nodes:
        _collect(node, units, nested)
    yield name, units
    for root in nested:
        yield from _units_of(root.key, root.children)


def _collect(node: Provision, units: list[Provision], nested: list[Provision]) -> None:
    if _is_instrument(node):
        nested.append(node)
        return
    if node.kind == Kind.ARTICLE or _is_operative(node):
        units.append(node)
        return
    for child in node.children:
        _collect(child, units, nested)


def _is_instrument(node: Provision) -> bool:
    if node.kind == Kind.INSTRUMENT:
        return True
    return node.kind == Kind.ANNEX and any(c.kind in _INSTRUMENT_CONTENT for c in node.children)


def _is_operative(node: Provision) -> bool:
    return node.kind == Kind.PARAGRAPH and node.key.rpartition(".")[2].startswith("op-")


# -- the checks ------------------------------------------------------------------------


def _sequence(instrument: str, units: list[Provision]) -> Iterator[StructureWarning]:
    seen: dict[str, str] = {}
    previous: tuple[int, str] | None = None
    previous_key = ""
    for unit in units:
        name = _unit_name(unit)
        normal = normal_number(unit.number)
        if "~" in unit.key or normal in seen:
            yield StructureWarning(
                Check.DUPLICATE, unit.key, f"{name} appears twice (first at {seen.get(normal)})."
            )
            continue
        seen[normal] = unit.key
        value = _value(unit.number)
        if value is None:
            continue
        if previous is not None:
            base, suffix = value
            if base > previous[0] + 1:
                missing = _missing(previous[0] + 1, base - 1, unit)
                yield StructureWarning(
                    Check.GAP, unit.key, f"{missing} missing between {previous_key} and {unit.key}."
                )
            elif base < previous[0] or base == previous[0] and not suffix:
                yield StructureWarning(
                    Check.ORDER, unit.key, f"{name} comes after {previous_key}, out of order."
                )
        previous, previous_key = value, unit.key


def _empty(units: list[Provision]) -> Iterator[StructureWarning]:
    for unit in units:
        if not unit.text.strip() and not unit.children:
            yield StructureWarning(
                Check.EMPTY, unit.key, f"{_unit_name(unit)} has no text; is its label a "
                "cross-reference that began a line, or did its text go elsewhere?"
            )  # fmt: skip


def _long(units: list[Provision]) -> Iterator[StructureWarning]:
    """An article whose passages run far longer than those of the articles around it.

    Measured per passage (its text and each paragraph's), so a long article of many ordinary
    paragraphs (mutual legal assistance, thirty paragraphs) is not suspect; one that ran on
    into the next articles, their labels missed, is.
    """
    sizes = [_passage_size(unit) for unit in units]
    for index, unit in enumerate(units):
        around = sizes[max(0, index - _NEIGHBOURS) : index] + sizes[index + 1 :][:_NEIGHBOURS]
        if not around:
            continue
        middle = max(median(around), 1)
        if _length(unit) > _LONG_MIN and sizes[index] > _LONG_FACTOR * middle:
            yield StructureWarning(
                Check.LONG, unit.key, f"{_unit_name(unit)} runs {sizes[index] // middle:.0f} "
                "times longer than the articles around it; did it swallow the ones after it?"
            )  # fmt: skip


def _outside(provisions: list[Provision]) -> Iterator[StructureWarning]:
    """Text hung on a chapter or part, or loose at the top of a tree that has articles."""
    has_units = any(
        n.kind == Kind.ARTICLE or _is_operative(n) for p in provisions for n in p.walk()
    )
    if not has_units:
        return
    for node in provisions:
        if node.kind == Kind.PARAGRAPH and not _is_operative(node):
            yield StructureWarning(
                Check.OUTSIDE, node.key, f"{node.key} is text outside any article or annex."
            )
        for inner in node.walk():
            if inner.kind in _DIVISIONS and inner.text.strip() and _is_container(inner):
                excerpt = " ".join(inner.text.split())[:60]
                yield StructureWarning(
                    Check.OUTSIDE, inner.key, f'{inner.key} holds text outside any article: '
                    f'"{excerpt}".'
                )  # fmt: skip


def _is_container(node: Provision) -> bool:
    """A division that groups articles (an act's numbered section is a unit, not a group)."""
    return node.kind != Kind.SECTION or any(c.kind == Kind.ARTICLE for c in node.walk())


# -- helpers -----------------------------------------------------------------------------


def _value(number: str) -> tuple[int, str] | None:
    """ "12 bis" -> (12, "bis"), "IV" -> (4, ""); None for a number not in a sequence."""
    match = re.fullmatch(r"(\d+)\s*([^\d\s].*)?", number.strip())
    if match:
        return int(match.group(1)), (match.group(2) or "").strip()
    value = roman_to_int(number.strip())
    return (value, "") if value else None


def _missing(first: int, last: int, unit: Provision) -> str:
    word = "Operative paragraphs" if _is_operative(unit) else "Articles"
    if first == last:
        return f"{word[:-1]} {first} is"
    return f"{word} {first} to {last} are"


def _unit_name(unit: Provision) -> str:
    if _is_operative(unit):
        return f"Operative paragraph {unit.number}"
    return unit.label() or unit.key


def _length(node: Provision) -> int:
    return sum(len(p.text) for p in node.walk())


def _passage_size(node: Provision) -> float:
    """The mean length of the passages of a provision: its own text and each descendant's."""
    passages = [len(p.text) for p in node.walk() if p.text]
    return sum(passages) / len(passages) if passages else 0.0
