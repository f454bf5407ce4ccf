"""The memo's "Agreed language" lines: for each provision, the earlier agreed text it takes up.

Read from the precedents stored in the library (storage/precedents.py): only precedents in a
reference instrument count (an earlier revision of the draft is no agreed language), and only
at the "adapted" level or closer (a "related" passage only shares a subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from negotiator_app.core.agreed_language import passages_within, summarise
from negotiator_app.core.precedents import ADAPTED_AT, Precedent
from negotiator_app.export.memo_words import MemoWords, memo_words
from negotiator_app.storage.precedents import precedents_of

if TYPE_CHECKING:
    from negotiator_app.export.selection import MemoItem
    from negotiator_app.storage.library import Library, VersionInfo

MOST_LINES = 8  # per provision: an article of twenty borrowed paragraphs is summed up


def add_agreed_language(
    library: Library, version: VersionInfo, items: list[MemoItem], words: MemoWords | None = None
) -> list[str]:
    """Fill each item's agreed-language lines, in the memo's words; returns warnings for the
    memo's report."""
    words = words or memo_words("en")
    within = {item.provision.key: passages_within(item.provision) for item in items}
    keys = [node.key for found in within.values() for node, _ in found]
    stored = precedents_of(library, version.id, keys, minimum=ADAPTED_AT, limit=6)
    for item in items:
        lines = []
        for node, where in within[item.provision.key]:
            precedent = stored.agreed(node.key, ADAPTED_AT)
            if precedent is None:
                continue
            lines.append(agreed_line(precedent, node.text, where, words))
        if len(lines) > MOST_LINES:
            more = len(lines) - MOST_LINES + 1
            lines = [*lines[: MOST_LINES - 1], words.count(words.more_agreed, more)]
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


def agreed_line(precedent: Precedent, draft_text: str, where: str, words: MemoWords) -> str:
    """ "Agreed language (para. 2): UNCAC, art. 46, para. 9 (b), with 'shall' → 'may'" —
    "Согласованный текст (п. 2): UNCAC, ст. 46, п. 9 (b), с изменениями: «shall» → «may»"."""
    citation = words.citation(precedent.citation)
    if where:
        head = words.agreed_where.format(where=words.citation(f", {where}")[2:], citation=citation)
    else:
        head = words.agreed.format(citation=citation)
    summary = summarise(precedent, draft_text)
    if summary.how == "word for word":
        return words.word_for_word.format(head=head)
    if summary.how == "with changes":
        spelt = ", ".join(
            words.replaced.format(old=c.taken_out, new=c.put_in)
            if c.taken_out and c.put_in
            else words.left_out.format(old=c.taken_out)
            if c.taken_out
            else words.added.format(new=c.put_in)
            for c in summary.changes
        )
        return words.with_changes.format(head=head, changes=spelt)
    return words.count(words.adapted, summary.changed_words, head=head)
