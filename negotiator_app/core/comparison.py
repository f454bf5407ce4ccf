"""What changed between two versions: one pair per provision, each with its kind of change.

core/alignment.py finds the pairs; this module is what the compare view, the CLI, the
synoptic table and carrying read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from negotiator_app.core.brackets import BracketChange, chapter_brackets, compare_brackets
from negotiator_app.core.provision import Provision
from negotiator_app.core.redline import Segment, redline


class Change(StrEnum):
    """The one kind of change a pair gets (the JSON and CSV spell them so)."""

    UNCHANGED = "unchanged"
    REWORDED = "reworded"
    RENUMBERED = "renumbered"  # same text, another number
    MOVED = "moved"  # into another chapter (an article) or another article (a paragraph)
    RENUMBERED_REWORDED = "renumbered+reworded"
    SPLIT = "split"  # one old provision became two or more
    MERGED = "merged"  # two or more old provisions became one
    NEW = "new"
    DELETED = "deleted"


# Changes a delegate has to read; "renumbered" alone is not one of them.
TEXT_CHANGES = frozenset(
    {
        Change.REWORDED,
        Change.RENUMBERED_REWORDED,
        Change.MOVED,
        Change.SPLIT,
        Change.MERGED,
        Change.NEW,
        Change.DELETED,
    }
)
Level = str  # "article" (articles, preamble, annexes) or "all"


@dataclass(frozen=True, eq=False)
class Pair:
    """An old provision and what became of it (or a new provision and where it came from)."""

    old: Provision | None
    new: Provision | None
    change: Change
    similarity: float
    is_unit: bool  # an article (preamble, annex, final clause): what --level article lists
    old_text: str = ""  # the wording compared (heading first, for articles)
    new_text: str = ""
    primary: bool = True  # False for the second half of a split and the like
    old_parent: str | None = None  # the key of the article (chapter) it sits in
    new_parent: str | None = None

    @property
    def old_key(self) -> str | None:
        return self.old.key if self.old else None

    @property
    def new_key(self) -> str | None:
        return self.new.key if self.new else None

    @property
    def old_number(self) -> str:
        return self.old.number if self.old else ""

    @property
    def new_number(self) -> str:
        return self.new.number if self.new else ""

    @property
    def text_changed(self) -> bool:
        return " ".join(self.old_text.split()) != " ".join(self.new_text.split())

    @cached_property
    def brackets(self) -> BracketChange:
        return compare_brackets(self.old_text, self.new_text)

    def redline(self) -> list[Segment]:
        """The word-level diff of the old text into the new (deleted struck, inserted marked)."""
        return redline(self.old_text, self.new_text)

    def title(self) -> str:
        """ "Article 12 (was Article 11)", "Article 5 (new)", "Article 14 bis (deleted)"."""
        old = self.old.label() if self.old else ""
        new = self.new.label() if self.new else ""
        if self.new is None or self.change == Change.DELETED:
            return f"{old or self.old_key} (deleted)"
        if self.old is None:
            return f"{new or self.new_key} (new)"
        if old and old != new:
            return f"{new or self.new_key} (was {old})"
        return new or self.new_key or ""

    def to_dict(self) -> dict:
        """One object of `negotiator compare --json`."""
        return {
            "old": self.old_key,
            "new": self.new_key,
            "change": str(self.change),
            "similarity": round(self.similarity, 3),
            "old_number": self.old_number,
            "new_number": self.new_number,
            "brackets": self.brackets.to_dict(),
        }


@dataclass
class Comparison:
    """Every provision of two versions paired, in the reading order of the new one."""

    pairs: list[Pair]
    _by_old: dict[str, Pair] = field(default_factory=dict, repr=False)
    _by_new: dict[str, Pair] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for pair in self.pairs:
            if pair.old is not None and (pair.primary or pair.old.key not in self._by_old):
                self._by_old.setdefault(pair.old.key, pair)
            if pair.new is not None and pair.new.key not in self._by_new:
                self._by_new[pair.new.key] = pair
        # A pair that found its partner comes before one that only merged into it.
        for pair in self.pairs:
            if pair.new is not None and pair.primary and pair.old is not None:
                current = self._by_new[pair.new.key]
                if current.old is None or not current.primary:
                    self._by_new[pair.new.key] = pair

    def of_old(self, key: str) -> Pair | None:
        """What became of an old provision (the main pair when it was split)."""
        return self._by_old.get(key)

    def of_new(self, key: str) -> Pair | None:
        """Where a new provision came from (its own pair before those merged into it)."""
        return self._by_new.get(key)

    def select(self, level: Level = "all", changed_only: bool = False) -> list[Pair]:
        """The pairs at a level ("article" or "all"), optionally only the changed ones."""
        chosen = self.pairs if level == "all" else [p for p in self.pairs if p.is_unit]
        if changed_only:
            chosen = [p for p in chosen if p.change != Change.UNCHANGED]
        return chosen

    def counts(self, level: Level = "article") -> dict[str, int]:
        """How many pairs of each kind, every kind named (zero included)."""
        found = Counter(str(p.change) for p in self.select(level))
        return {str(change): found.get(str(change), 0) for change in Change}

    def resolved_brackets(self) -> list[Pair]:
        """The articles (still there) where brackets were removed or an option chosen."""
        return [p for p in self.select("article") if p.new is not None and p.brackets.resolved]


@dataclass(frozen=True)
class ChapterBracketChange:
    """Open brackets in one chapter (preamble, annex) before and after a revision."""

    old_key: str | None
    new_key: str | None
    label: str  # as the new text names it ("Chapter II"), else the old
    heading: str
    before: int
    after: int

    def to_dict(self) -> dict:
        return {
            "old": self.old_key,
            "new": self.new_key,
            "label": self.label,
            "heading": self.heading,
            "before": self.before,
            "after": self.after,
        }


def bracket_overview(
    comparison: Comparison, old: list[Provision], new: list[Provision]
) -> list[ChapterBracketChange]:
    """Open brackets per chapter, old revision -> new, in the new text's order (chapters the
    revision dropped last)."""
    before = {row.key: row for row in chapter_brackets(old)}
    rows = []
    seen: set[str] = set()
    for row in chapter_brackets(new):
        pair = comparison.of_new(row.key)
        old_key = pair.old_key if pair is not None and pair.old_key in before else None
        if old_key:
            seen.add(old_key)
        count = before[old_key].open if old_key else 0
        rows.append(ChapterBracketChange(old_key, row.key, row.label, row.heading, count, row.open))
    for key, row in before.items():
        if key not in seen:
            rows.append(ChapterBracketChange(key, None, row.label, row.heading, row.open, 0))
    return rows
