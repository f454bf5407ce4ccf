"""A document with no articles at all: every paragraph becomes a provision, nothing is lost."""

from __future__ import annotations

from negotiator_app.core.block import Block
from negotiator_app.core.contents import is_contents_entry
from negotiator_app.core.numbering import Marker, act_section, key_number, recognise
from negotiator_app.core.provision import Document, ImportReport, Kind, Provision

# A line of one of these kinds, a heading or capitalised, shows the text has a structure.
_STRUCTURE_KINDS = frozenset({"article", "chapter", "part", "preamble", "opener", "organ", "annex"})


def has_structure(blocks: list[Block]) -> bool:
    """Whether any line labels an article, a division, a preamble or an annex, or is the heading
    of an act's first section ("1. Definitions", "Section 1")."""
    for block in blocks:
        marker = recognise(block.text)
        if (
            marker
            and marker.kind in _STRUCTURE_KINDS
            and (marker.capitalised or block.role == "heading")
            and not is_contents_entry(block.raw)
        ):
            return True
        if block.role == "heading" and _first_section(block.text, marker):
            return True
    return False


def _first_section(text: str, marker: Marker | None) -> bool:
    if marker is not None and marker.kind == "section":
        return key_number(marker.number) == "1"
    section = act_section(text)
    return section is not None and key_number(section.number) == "1"


def flat_document(blocks: list[Block], language: str, report: ImportReport) -> Document:
    """No articles at all: every paragraph becomes a provision so nothing is lost."""
    report.warn("No articles or chapters were recognised; imported as a flat list of paragraphs.")
    blocks = [block for block in blocks if block.text]
    title = blocks[0].text if blocks else ""
    provisions: list[Provision] = []
    current: Provision | None = None
    keys: set[str] = set()
    for position, block in enumerate(blocks[1:], start=1):
        marker = recognise(block.text)
        if marker and marker.kind == "item" and current is not None:
            key = f"{current.key}.{marker.number}"
            if key not in keys:
                keys.add(key)
                current.children.append(
                    Provision(key, Kind.SUBPARAGRAPH, marker.number, text=marker.rest)
                )
                continue
        if marker and marker.kind == "paragraph":
            key, number, text = f"para-{key_number(marker.number)}", marker.number, marker.rest
        else:
            key, number, text = f"p-{position}", "", block.text
        if key in keys:
            key, number, text = f"p-{position}", "", block.text
        keys.add(key)
        current = Provision(key, Kind.PARAGRAPH, number, text=text)
        provisions.append(current)
    document = Document(title=title, provisions=provisions, language=language, report=report)
    report.counts = document.count()
    return document
