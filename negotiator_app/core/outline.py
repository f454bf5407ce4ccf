"""The shape of one version as the workbench walks it: parents, reading units, numbers.

Pure Python (no Qt): the tree model, the reader, "go to article" and the overview share it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from negotiator_app.core.labels import paragraph_reference
from negotiator_app.core.numbering import normal_number
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.references import annex_key, chapter_key

# What the reader shows as one page, and what "next article" steps through.
UNIT_KINDS = frozenset({Kind.PREAMBLE, Kind.ARTICLE, Kind.ANNEX, Kind.FINAL_CLAUSE})
# Groups the overview draws one bar for.
GROUP_KINDS = frozenset({Kind.PREAMBLE, Kind.CHAPTER, Kind.ANNEX})


def holds_instrument(node: Provision) -> bool:
    """An annex with its own articles or preamble: an instrument annexed to the main one."""
    return node.kind == Kind.ANNEX and any(c.kind in _INSTRUMENT_PARTS for c in node.children)


_INSTRUMENT_PARTS = frozenset({Kind.ARTICLE, Kind.PREAMBLE, Kind.CHAPTER, Kind.PART})


class Entry(NamedTuple):
    """One provision with where it sits (a tuple: a version has up to tens of thousands)."""

    provision: Provision
    parent: str | None
    row: int
    depth: int
    order: int


class Outline:
    """Index over a version's provision tree: by key, by article number, in reading order."""

    def __init__(self, roots: list[Provision], language: str = "en") -> None:
        self.roots = roots
        self.language = language  # the document's: labels are written in it ("Статья 6")
        self._entries: dict[str, Entry] = {}
        self.entries: list[Entry] = []  # in document order: entries[e.order] is e
        self.order: list[str] = []
        self.units: list[str] = []  # reading units in document order
        self._articles: dict[str, str] = {}
        self._chapters: dict[str, str] = {}
        for row, root in enumerate(roots):
            self._index(root, None, row, 0, in_unit=False)
        self._unit_set = set(self.units)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self.order)

    def get(self, key: str) -> Provision | None:
        entry = self._entries.get(key)
        return entry.provision if entry else None

    def entry(self, key: str) -> Entry:
        return self._entries[key]

    def parent(self, key: str) -> str | None:
        return self._entries[key].parent

    def ancestors(self, key: str) -> list[str]:
        """Keys from the top of the tree down to (not including) key."""
        chain = []
        parent = self._entries[key].parent if key in self._entries else None
        while parent is not None:
            chain.append(parent)
            parent = self._entries[parent].parent
        return chain[::-1]

    def walk(self) -> Iterator[Provision]:
        for key in self.order:
            yield self._entries[key].provision

    def unit_of(self, key: str) -> str:
        """The page a provision is read on: its article (preamble, annex), else itself."""
        for candidate in [key, *reversed(self.ancestors(key))]:
            if self._is_unit(candidate):
                return candidate
        return key

    def step(self, key: str, delta: int) -> str | None:
        """The reading unit delta steps after (or before) the one holding key."""
        if not self.units:
            return None
        unit = self.unit_of(key) if key in self._entries else None
        if unit in self.units:
            index = self.units.index(unit) + delta
        else:
            # A chapter or part: step from the first unit inside (or after) it.
            order = self._entries[key].order if key in self._entries else -1
            after = [i for i, u in enumerate(self.units) if self._entries[u].order > order]
            first = after[0] if after else len(self.units)
            index = first if delta > 0 else first - 1
        if 0 <= index < len(self.units):
            return self.units[index]
        return None

    def article(self, number: str) -> str | None:
        """The key of Article <number> ("12", "12 bis", "XII"), or None."""
        return self._articles.get(normal_number(number))

    def chapter(self, number: str) -> str | None:
        """The key of Chapter <number> (roman or arabic), or None."""
        return chapter_key(self._chapters, number)

    def annex(self, number: str) -> str | None:
        """The key of Annex <number>, or the first annex when no number is given."""
        annexes = [(e.provision.number, e.provision.key) for e in self.entries
                   if e.provision.kind == Kind.ANNEX]  # fmt: skip
        return annex_key(annexes, number)

    def articles(self) -> list[Provision]:
        return [self._entries[k].provision for k in self.order if self._kind(k) == Kind.ARTICLE]

    def groups(self) -> list[str]:
        """The chapters (preamble, annexes) the overview draws, or the top level when none."""
        groups = [k for k in self.order if self._kind(k) in GROUP_KINDS]
        inside = {k for g in groups for k in self.descendants(g)}
        loose = [
            k
            for k in self.units
            if k not in inside and k not in groups and not self._has_group_ancestor(k, groups)
        ]
        return sorted(groups + loose, key=lambda k: self._entries[k].order)

    def descendants(self, key: str) -> list[str]:
        return [p.key for p in self._entries[key].provision.walk()][1:]

    def path_label(self, key: str) -> str:
        """ "Chapter II › Article 6 › 1. › (a)": where a provision is."""
        names = [self.short_label(k) for k in [*self.ancestors(key), key]]
        return " › ".join(n for n in names if n)

    def short_label(self, key: str) -> str:
        provision = self._entries[key].provision
        return provision.label(self.language) or provision.heading or key

    def label(self, key: str) -> str:
        """The provision's own label in the document's language ("Статья 6", "1.", "(a)")."""
        return self._entries[key].provision.label(self.language)

    def title(self, key: str) -> str:
        """ "Article 6, paragraph 1 (a)": the name a delegate would say, paragraph included."""
        provision = self._entries[key].provision
        if provision.kind not in (Kind.PARAGRAPH, Kind.SUBPARAGRAPH):
            return provision.label(self.language) or provision.heading or key
        unit = self.unit_of(key)
        text = self.short_label(unit)
        for k in [*self.ancestors(key), key]:
            if self._entries[k].order <= self._entries[unit].order:
                continue
            node = self._entries[k].provision
            if node.kind == Kind.PARAGRAPH and node.number:
                text += paragraph_reference(node.number, self.language)
            elif node.kind == Kind.SUBPARAGRAPH and node.number:
                text += f" ({node.number})"
        return text

    # -- helpers --------------------------------------------------------------------

    def _index(
        self, node: Provision, parent: str | None, row: int, depth: int, in_unit: bool
    ) -> None:
        key, kind = node.key, node.kind
        entry = Entry(node, parent, row, depth, len(self.order))
        self._entries[key] = entry
        self.entries.append(entry)
        self.order.append(key)
        # An annex that holds a whole instrument (a convention adopted by a resolution) is not
        # one page: its preamble and articles are, as the main instrument's are.
        unit = not in_unit and (
            kind in UNIT_KINDS
            and not holds_instrument(node)
            or kind == Kind.PARAGRAPH
            and key.rpartition(".")[2].startswith("op-")
        )
        if unit:
            self.units.append(key)
        # The first of a number wins: in a file of several instruments, the main one's.
        if kind == Kind.ARTICLE:
            self._articles.setdefault(normal_number(node.number), key)
        elif kind == Kind.CHAPTER:
            self._chapters.setdefault(normal_number(node.number), key)
        inside = in_unit or unit
        for child_row, child in enumerate(node.children):
            self._index(child, key, child_row, depth + 1, inside)

    def _kind(self, key: str) -> Kind:
        return self._entries[key].provision.kind

    def _is_unit(self, key: str) -> bool:
        return key in self._unit_set

    def _has_group_ancestor(self, key: str, groups: list[str]) -> bool:
        return any(a in groups for a in self.ancestors(key))
