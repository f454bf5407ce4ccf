"""The provision tree: what a draft treaty is made of, with stable readable keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """The kinds of provision, as DESIGN.md names them."""

    PREAMBLE = "preamble"
    PREAMBLE_PARAGRAPH = "preamble paragraph"
    PART = "part"
    CHAPTER = "chapter"
    SECTION = "section"
    ARTICLE = "article"
    PARAGRAPH = "paragraph"
    SUBPARAGRAPH = "subparagraph"
    ANNEX = "annex"
    FINAL_CLAUSE = "final clause"


# Kinds that group others and carry a title rather than operative text.
CONTAINER_KINDS = frozenset({Kind.PART, Kind.CHAPTER, Kind.SECTION, Kind.ANNEX, Kind.PREAMBLE})


@dataclass
class Provision:
    """One node of the tree: a chapter, an article, a paragraph..."""

    key: str
    kind: Kind
    number: str = ""
    heading: str = ""
    text: str = ""
    children: list[Provision] = field(default_factory=list)

    def walk(self) -> Iterator[Provision]:
        """This provision and every descendant, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def label(self) -> str:
        """How a delegate would name it: "Article 12 bis", "Chapter II", "(a)"."""
        return provision_label(self.kind, self.number)

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "kind": str(self.kind),
            "number": self.number,
            "heading": self.heading,
            "text": self.text,
            "children": [child.to_dict() for child in self.children],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Provision:
        return cls(
            key=data["key"],
            kind=Kind(data["kind"]),
            number=data.get("number", ""),
            heading=data.get("heading", ""),
            text=data.get("text", ""),
            children=[cls.from_dict(child) for child in data.get("children", [])],
        )


@dataclass
class ImportReport:
    """What an import found, so the delegate can see at once whether the tree is right."""

    counts: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def drop(self, reason: str, count: int = 1) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + count

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def to_dict(self) -> dict:
        return {
            "counts": dict(self.counts),
            "dropped": dict(self.dropped),
            "warnings": list(self.warnings),
        }

    def summary_lines(self) -> list[str]:
        """The report in a few plain sentences."""
        order = ["chapter", "section", "article", "paragraph", "subparagraph", "annex"]
        found = ", ".join(
            f"{self.counts.get(kind, 0)} {plural(kind, self.counts.get(kind, 0))}" for kind in order
        )
        pre = self.counts.get("preamble paragraph", 0)
        lines = [f"Found {found}; {pre} preamble {plural('paragraph', pre)}."]
        if self.dropped:
            dropped = ", ".join(f"{n} {reason}" for reason, n in sorted(self.dropped.items()))
            lines.append(f"Left out: {dropped}.")
        lines.extend(f"Warning: {warning}" for warning in self.warnings)
        return lines


@dataclass
class Document:
    """A draft as an importer read it: its title block, its provision tree and the report."""

    title: str
    provisions: list[Provision]
    language: str = ""
    front_matter: list[str] = field(default_factory=list)
    source_sha256: str = ""  # of the file it was read from
    report: ImportReport = field(default_factory=ImportReport)

    def walk(self) -> Iterator[Provision]:
        for provision in self.provisions:
            yield from provision.walk()

    def find(self, key: str) -> Provision | None:
        return next((p for p in self.walk() if p.key == key), None)

    def count(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for provision in self.walk():
            counts[str(provision.kind)] = counts.get(str(provision.kind), 0) + 1
        return counts


_LABEL_WORDS = {
    Kind.PART: "Part",
    Kind.CHAPTER: "Chapter",
    Kind.SECTION: "Section",
    Kind.ARTICLE: "Article",
    Kind.ANNEX: "Annex",
}


def provision_label(kind: Kind, number: str) -> str:
    """ "Article 5", "Chapter IV", "Annex I", "1.", "(a)", "Preamble"."""
    if kind in _LABEL_WORDS:
        return f"{_LABEL_WORDS[kind]} {number}".strip()
    if kind == Kind.PARAGRAPH:
        return f"{number}." if number else ""
    if kind == Kind.SUBPARAGRAPH:
        return f"({number})" if number else ""
    if kind == Kind.PREAMBLE:
        return "Preamble"
    if kind == Kind.PREAMBLE_PARAGRAPH:
        return f"Preamble, paragraph {number}".strip(", ")
    if kind == Kind.FINAL_CLAUSE:
        return "Final clause"
    return number


def plural(word: str, n: int) -> str:
    if n == 1:
        return word
    if word == "annex":
        return "annexes"
    return word + "s"
