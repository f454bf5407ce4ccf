"""The memo's "Agreed language" lines: for each provision, the earlier agreed text it takes up.

Read from the precedents stored in the library (storage/precedents.py): only precedents in a
reference instrument count (an earlier revision of the draft is no agreed language), and only
at the "adapted" level or closer (a "related" passage only shares a subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from negotiator_app.core.agreed_language import agreed_language_line, passages_within
from negotiator_app.core.precedents import ADAPTED_AT
from negotiator_app.storage.precedents import precedents_of

if TYPE_CHECKING:
    from negotiator_app.export.selection import MemoItem
    from negotiator_app.storage.library import Library, VersionInfo

MOST_LINES = 8  # per provision: an article of twenty borrowed paragraphs is summed up


def add_agreed_language(library: Library, version: VersionInfo, items: list[MemoItem]) -> list[str]:
    """Fill each item's agreed-language lines; returns warnings for the memo's report."""
    within = {item.provision.key: passages_within(item.provision) for item in items}
    keys = [node.key for found in within.values() for node, _ in found]
    stored = precedents_of(library, version.id, keys, minimum=ADAPTED_AT, limit=6)
    for item in items:
        lines = []
        for node, where in within[item.provision.key]:
            precedent = stored.agreed(node.key, ADAPTED_AT)
            if precedent is None:
                continue
            line = agreed_language_line(precedent, node.text)
            if where:
                line = line.replace("Agreed language:", f"Agreed language ({where}):", 1)
            lines.append(line)
        if len(lines) > MOST_LINES:
            more = len(lines) - MOST_LINES + 1
            lines = [*lines[: MOST_LINES - 1], f"… and agreed language in {more} more paragraphs"]
        item.agreed = lines
    if stored.pending:
        return [
            f'Precedents of "{version.label}" are still being searched ({stored.pending} source(s) '
            "to go): the agreed-language lines may be incomplete."
        ]
    if not any(stored.is_reference(source) for source in stored.sources.values()):
        return [
            "No reference instrument to find agreed language in: mark one with "
            "`negotiator reference add VERSION` (or tick Reference instrument at import)."
        ]
    return []
