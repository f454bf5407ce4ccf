"""Where the delegation stands, chapter by chapter: the figures the overview draws.

Pure Python (no Qt, no library): it reads the outline and the positions it is handed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from negotiator_app.core.brackets import open_brackets
from negotiator_app.core.outline import Outline

if TYPE_CHECKING:
    from negotiator_app.core.comparison import ChapterBracketChange

NO_POSITION = ""
# When an article has no note of its own, the most demanding stance found inside it speaks for it.
_WEIGHT = {"oppose": 5, "reserve": 4, "support with amendments": 3, "neutral": 2, "support": 1}


class Position(Protocol):
    """What the figures read from a note: its stance and whether it is a red line."""

    stance: str
    red_line: bool


@dataclass
class ChapterFigures:
    """One bar of the overview."""

    key: str
    label: str
    heading: str
    stances: dict[str, int] = field(default_factory=dict)
    open_brackets: int = 0
    red_lines: int = 0
    brackets_before: int | None = None  # open in the revision before, once compared

    @property
    def total(self) -> int:
        return sum(self.stances.values())


def chapter_figures(outline: Outline, notes: Mapping[str, Position]) -> list[ChapterFigures]:
    """Per chapter (preamble, annex): its articles counted by stance, brackets, red lines."""
    figures = []
    unit_keys = set(outline.units)
    for group in outline.groups():
        provision = outline.get(group)
        if provision is None:  # groups() yields keys of the outline: never, said for mypy
            continue
        keys = [group, *outline.descendants(group)]
        units = [k for k in keys if k in unit_keys] or [group]
        label = provision.label(outline.language)  # "Глава II" in a Russian text
        row = ChapterFigures(
            key=group,
            label=label or provision.heading,
            heading=provision.heading if provision.heading != label else "",
            stances=dict.fromkeys([*_WEIGHT, NO_POSITION], 0),
        )
        for unit in units:
            row.stances[unit_stance(outline, unit, notes)] += 1
        texts = [found.text for k in keys if (found := outline.get(k)) is not None]
        row.open_brackets = sum(open_brackets(text) for text in texts)
        row.red_lines = sum(1 for k in keys if k in notes and notes[k].red_line)
        figures.append(row)
    return figures


def add_brackets_before(figures: list[ChapterFigures], rows: Iterable[ChapterBracketChange]) -> int:
    """Give each chapter its open brackets in the revision before (from bracket_overview's
    rows; a chapter the revision added had none); returns all the revision before had open,
    in the chapters the revision dropped too."""
    rows = list(rows)
    before = {row.new_key: row.before for row in rows if row.new_key is not None}
    for row in figures:
        row.brackets_before = before.get(row.key, 0)
    return sum(row.before for row in rows)


def unit_stance(outline: Outline, unit: str, notes: Mapping[str, Position]) -> str:
    """The article's own stance, else the most demanding stance on any of its paragraphs."""
    own = notes.get(unit)
    if own and own.stance:
        return own.stance
    inside = [notes[k].stance for k in outline.descendants(unit) if k in notes]
    inside = [s for s in inside if s in _WEIGHT]
    return max(inside, key=_WEIGHT.__getitem__) if inside else NO_POSITION


def totals(figures: list[ChapterFigures]) -> dict[str, int]:
    """Sums across chapters: units, with a position, open brackets, red lines."""
    units = sum(f.total for f in figures)
    without = sum(f.stances.get(NO_POSITION, 0) for f in figures)
    return {
        "units": units,
        "with_position": units - without,
        "open_brackets": sum(f.open_brackets for f in figures),
        "red_lines": sum(f.red_lines for f in figures),
    }
