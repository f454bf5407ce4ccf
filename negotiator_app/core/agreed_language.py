"""Agreed language in a sentence: "Agreed language: UNCAC, art. 46, para. 9 (b), with 'shall' →
'may'".

What a memo says of a provision taken from an earlier agreed text: where it comes from and
what the drafters changed. A few changes are spelt out, each place of change as the words
taken out and the words put in; a precedent reworked throughout says how many words changed
instead. Punctuation alone is no change (precedents are compared word for word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from negotiator_app.core.passages import citation
from negotiator_app.core.precedents import ADAPTED_AT, Precedent, PrecedentKind
from negotiator_app.core.provision import Provision
from negotiator_app.core.redline import EQUAL, INSERT, Segment

# At most this many changes spelt out, each of at most this many words a side.
SPELT_OUT = 3
WORDS_SPELT_OUT = 6
_WORD_RE = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Change:
    """One place of change from the precedent to the draft: words taken out, words put in."""

    taken_out: str
    put_in: str

    def describe(self) -> str:
        if self.taken_out and self.put_in:
            return f"'{self.taken_out}' → '{self.put_in}'"
        if self.taken_out:
            return f"'{self.taken_out}' left out"
        return f"'{self.put_in}' added"


def changes(segments: list[Segment]) -> list[Change]:
    """The places where the draft's words differ from the precedent's, in order."""
    found: list[Change] = []
    taken: list[str] = []
    put: list[str] = []

    def close() -> None:
        before, after = _words(" ".join(taken)), _words(" ".join(put))
        if before.casefold() != after.casefold():
            found.append(Change(before, after))
        taken.clear()
        put.clear()

    for op, text in segments:
        if op == EQUAL and _WORD_RE.search(text):
            close()
        elif op == INSERT:
            put.append(text)
        elif op != EQUAL:
            taken.append(text)
    close()
    return found


@dataclass(frozen=True)
class AgreedSummary:
    """What a memo says of a precedent: word for word, a few changes spelt out, or adapted."""

    how: Literal["word for word", "with changes", "adapted"]
    changes: list[Change]
    changed_words: int


def summarise(precedent: Precedent, draft_text: str) -> AgreedSummary:
    """How the draft's words stand to the precedent's (export/agreed.py words it per language)."""
    if precedent.kind == PrecedentKind.IDENTICAL:
        return AgreedSummary("word for word", [], 0)
    found = changes(precedent.diff(draft_text))
    short = all(
        len(c.taken_out.split()) <= WORDS_SPELT_OUT and len(c.put_in.split()) <= WORDS_SPELT_OUT
        for c in found
    )
    if found and len(found) <= SPELT_OUT and short:
        return AgreedSummary("with changes", found, precedent.changed_words)
    if not found:
        return AgreedSummary("word for word", [], 0)
    return AgreedSummary("adapted", found, precedent.changed_words)


def agreed_language_line(precedent: Precedent, draft_text: str) -> str:
    """ "Agreed language: <citation>" and ", word for word", ", with 'shall' → 'may'" or
    ", adapted (N words changed)"."""
    head = f"Agreed language: {precedent.citation}"
    summary = summarise(precedent, draft_text)
    if summary.how == "word for word":
        return f"{head}, word for word"
    if summary.how == "with changes":
        return f"{head}, with " + ", ".join(change.describe() for change in summary.changes)
    unit = "word" if summary.changed_words == 1 else "words"
    return f"{head}, adapted ({summary.changed_words} {unit} changed)"


def passages_within(provision: Provision) -> list[tuple[Provision, str]]:
    """The provisions with words of their own at and under one provision, each with where it
    sits inside it ("para. 2 (a)"; "" for the provision itself)."""
    found: list[tuple[Provision, str]] = []

    def visit(node: Provision, path: list[Provision]) -> None:
        if node.text.strip():
            found.append((node, citation("", path)))
        for child in node.children:
            visit(child, [*path, child])

    visit(provision, [])
    return found


def is_agreed_language(precedent: Precedent) -> bool:
    """Close enough to be called agreed language: "related" only shares a subject."""
    return precedent.similarity >= ADAPTED_AT


def _words(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:")
