"""The provision tree: what a draft treaty is made of, with stable readable keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from negotiator_app.core.block import without_controls
from negotiator_app.core.labels import provision_label

if TYPE_CHECKING:
    from negotiator_app.core.structure_check import StructureWarning


class Kind(StrEnum):
    """The kinds of provision, as DESIGN.md names them."""

    PREAMBLE = "preamble"
    PREAMBLE_PARAGRAPH = "preamble paragraph"
    INSTRUMENT = "instrument"  # a second or later instrument of a file: its own subtree
    PART = "part"
    CHAPTER = "chapter"
    SECTION = "section"
    TITLE = "title"  # a division below a section ("Title 1" in the Budapest Convention)
    ARTICLE = "article"
    PARAGRAPH = "paragraph"
    SUBPARAGRAPH = "subparagraph"
    ANNEX = "annex"
    FINAL_CLAUSE = "final clause"


# Kinds that group others and carry a title rather than operative text.
CONTAINER_KINDS = frozenset(
    {Kind.INSTRUMENT, Kind.PART, Kind.CHAPTER, Kind.SECTION, Kind.TITLE, Kind.ANNEX, Kind.PREAMBLE}
)


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

    def label(self, language: str = "en") -> str:
        """How a delegate would name it in the document's language: "Article 12 bis",
        "Chapter II", "(a)"; "Статья 12 бис", "Chapitre II" (core/labels.py)."""
        return provision_label(self.kind, self.number, language)

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


@dataclass(frozen=True)
class LeftOut:
    """One line an import left out of the tree, so the delegate can check it was right to."""

    reason: str  # as counted in ImportReport.dropped: "page numbers", "contents lines"...
    text: str
    page: int | None = None  # 1-based, where the format has pages

    def to_dict(self) -> dict:
        return {"reason": self.reason, "text": self.text, "page": self.page}


# The "what was left out" list is for reading, not a second copy of a hostile file.
LEFT_OUT_KEPT = 5_000
LEFT_OUT_TEXT_MAX = 300


@dataclass
class ImportReport:
    """What an import found, so the delegate can see at once whether the tree is right."""

    counts: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    structure: list[StructureWarning] = field(default_factory=list)  # core.structure_check

    def drop(self, reason: str, count: int = 1, *, text: str = "", page: int | None = None) -> None:
        """Count what was left out; with its text (and page), list it for the delegate to check."""
        self.dropped[reason] = self.dropped.get(reason, 0) + count
        if text and len(self.left_out) < LEFT_OUT_KEPT:
            self.left_out.append(LeftOut(reason, without_controls(text[:LEFT_OUT_TEXT_MAX]), page))

    def warn(self, message: str) -> None:
        message = without_controls(message)
        if message not in self.warnings:
            self.warnings.append(message)

    def to_dict(self) -> dict:
        return {
            "counts": dict(self.counts),
            "dropped": dict(self.dropped),
            "warnings": list(self.warnings),
            "structure": [warning.to_dict() for warning in self.structure],
            "left_out": [line.to_dict() for line in self.left_out],
        }

    @classmethod
    def from_dict(cls, data: dict) -> ImportReport:
        """A report as stored with its version (to_dict's form)."""
        from negotiator_app.core.structure_check import StructureWarning

        return cls(
            counts=dict(data.get("counts", {})),
            dropped=dict(data.get("dropped", {})),
            warnings=list(data.get("warnings", [])),
            left_out=[
                LeftOut(line["reason"], line["text"], line.get("page"))
                for line in data.get("left_out", [])
            ],
            structure=[StructureWarning.from_dict(w) for w in data.get("structure", [])],
        )

    def found(self) -> list[tuple[str, int]]:
        """What the tree holds, kind by kind in reading order: [("article", 107), ...]. The
        paragraphs exclude a resolution's operative ones; articles are named even when none
        were found, unless the text is a resolution."""
        counts = dict(self.counts)
        operative = counts.get("operative paragraph", 0)
        counts["paragraph"] = counts.get("paragraph", 0) - operative
        return [
            (kind, counts.get(kind, 0))
            for kind in _COUNTED
            if counts.get(kind, 0) or kind == "article" and not operative
        ]

    def summary_lines(self, structure_max: int = 20) -> list[str]:
        """The report in a few plain sentences: what was found, left out, and looks wrong."""
        counts = self.counts
        found = ", ".join(f"{n} {plural(kind, n)}" for kind, n in self.found())
        instruments = counts.get("instrument", 1)
        if instruments > 1:
            found = f"{instruments} instruments: {found}"
        pre = counts.get("preamble paragraph", 0)
        lines = [f"Found {found}; {pre} preamble {plural('paragraph', pre)}."]
        if self.dropped:
            dropped = ", ".join(f"{n} {reason}" for reason, n in sorted(self.dropped.items()))
            lines.append(f"Left out: {dropped}.")
        lines.extend(f"Warning: {warning}" for warning in self.warnings)
        lines.extend(f"Check {w.key}: {w.message}" for w in self.structure[:structure_max])
        if structure_max and len(self.structure) > structure_max:
            lines.append(f"... and {len(self.structure) - structure_max} more structure warnings.")
        return lines


# What the summary counts, in the order a delegate reads a treaty.
_COUNTED = ["part", "chapter", "section", "title", "article", "operative paragraph", "paragraph",
            "subparagraph", "annex"]  # fmt: skip


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


def plural(word: str, n: int) -> str:
    if n == 1:
        return word
    if word == "annex":
        return "annexes"
    return word + "s"
