"""Passages: the paragraphs of a text, each with its own words and how a delegate cites it.

A passage is a provision's own text (a paragraph, a subparagraph, a preamble paragraph, an
article or annex that has no paragraphs, the lead-in of a list), without its sub-provisions:
"UNCAC, art. 46, para. 9 (b)" is one passage and "UNCAC, art. 46, para. 9" is its lead-in.
Headings and the titles of chapters are not passages: they name text, they are not agreed
language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from negotiator_app.core.provision import Kind, Provision

# Kinds whose number a citation leaves out: articles are numbered through the whole text, so
# "art. 16" is enough and stays right when chapters move.
_UNCITED = frozenset({Kind.PART, Kind.CHAPTER, Kind.SECTION})


@dataclass(frozen=True)
class Passage:
    """One provision's own words, where it sits (its key) and how to cite it."""

    key: str
    text: str
    citation: str


def passages(provisions: Iterable[Provision], name: str = "") -> list[Passage]:
    """Every passage of a provision tree in document order, cited under the text's short name."""
    found: list[Passage] = []
    for provision in provisions:
        _collect(provision, [], name, found)
    return found


def citation(name: str, path: list[Provision]) -> str:
    """ "UNCAC, art. 46, para. 9 (b)" for the provisions from the top of the tree down."""
    parts: list[str] = [name] if name else []
    for index, node in enumerate(path):
        part = _cited(node, last=index == len(path) - 1)
        if not part:
            continue
        if part.startswith("(") and parts and parts[-1] != name:
            parts[-1] = f"{parts[-1]} {part}"  # subparagraphs join their paragraph: "para. 9 (b)"
        else:
            parts.append(part)
    return ", ".join(parts)


def _collect(node: Provision, ancestors: list[Provision], name: str, found: list[Passage]) -> None:
    path = [*ancestors, node]
    if node.text.strip() and node.kind not in _UNCITED:
        found.append(Passage(node.key, node.text, citation(name, path)))
    for child in node.children:
        _collect(child, path, name, found)


def _cited(node: Provision, last: bool) -> str:
    number = node.number.strip()
    if node.kind in _UNCITED:
        return ""
    if node.kind == Kind.ARTICLE:
        return f"art. {number}" if number else "article"
    if node.kind == Kind.ANNEX:
        return f"annex {number}" if number else "annex"
    if node.kind == Kind.PREAMBLE:
        # Its own words (the opening "The States Parties to this Convention,") are "preamble";
        # its paragraphs say it themselves.
        return "preamble" if last else ""
    if node.kind == Kind.PREAMBLE_PARAGRAPH:
        return f"preamble, para. {number}" if number else "preamble"
    if node.kind == Kind.FINAL_CLAUSE:
        return "final clause"
    if node.kind == Kind.PARAGRAPH:
        # An unnumbered paragraph (a flat document's) is cited by its key, the only handle it has.
        return f"para. {number}" if number else node.key.rsplit(".", 1)[-1]
    if node.kind == Kind.SUBPARAGRAPH:
        return f"({number})" if number else ""
    return number
