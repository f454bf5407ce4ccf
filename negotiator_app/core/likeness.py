"""How alike two passages are, word for word: a similarity and the number of words changed.

Passages are compared as sequences of words: lower case, punctuation and spacing left out,
typographic quotes and apostrophes made plain. So "shall" -> "may" is one changed word, a
comma that became a semicolon changes nothing, and a retyped line break is no difference.
The list connector a subparagraph ends with ("...; and", "...; or") belongs to the list, not
to the subparagraph: the same words ending the last item of another list are the same words.

The similarity is 2·L / (words in both), where L is the length of the longest common
subsequence of words (the most words the two share in the same order): 1.0 for the same
words, 0.9 when one word in ten changed. It is exact (difflib's matcher is not: it takes the
longest run first and can miss most of a paragraph whose runs are all short) and computed on
machine words, one bit per word of the draft (Hyyrö's bit-parallel algorithm), so comparing
two paragraphs costs microseconds.

The words changed count, at each place where the texts differ, the larger of the words taken
out and the words put in: "shall" -> "may" is 1, "covered by" -> "established in accordance
with" is 4, and a word dropped at the start and another added at the end are 2. That needs an
alignment, so it is counted (with difflib) only for the few passages kept as precedents.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from difflib import SequenceMatcher
from typing import NamedTuple

_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
# Connectors closing a list item, in the languages our drafts come in.
_CONNECTORS = frozenset({"and", "or", "и", "или", "et", "ou", "y", "o", "e", "und", "oder"})
_CONNECTOR_END_RE = re.compile(r"[;,]\s*(\w+)\s*$")
_PLAIN = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ё": "е"})


class Likeness(NamedTuple):
    """The similarity (0 to 1) of two passages and how many words were changed."""

    similarity: float
    changed_words: int


def words(text: str) -> tuple[str, ...]:
    """The words a passage is compared by, in order."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_PLAIN)
    found = _WORD_RE.findall(text)
    connector = _CONNECTOR_END_RE.search(text)
    if found and connector and connector.group(1) in _CONNECTORS:
        found.pop()
    # Interned: a library's hundreds of thousands of passages share a few thousand words, and
    # an index of them holds each once (a third of its memory), compared by identity first.
    return tuple(map(sys.intern, found))


class WordMatcher:
    """Compares one passage (the draft's) with many others, reusing what it learned of it."""

    def __init__(self, draft: tuple[str, ...]) -> None:
        self._draft = draft
        self._all = (1 << len(draft)) - 1
        # Where each word occurs in the draft, one bit per position.
        self._positions: dict[str, int] = {}
        for position, word in enumerate(draft):
            self._positions[word] = self._positions.get(word, 0) | (1 << position)

    def upper_bound(self, other: tuple[str, ...]) -> float:
        """A similarity the real one never exceeds, from the lengths alone (cheap)."""
        total = len(other) + len(self._draft)
        return 2 * min(len(other), len(self._draft)) / total if total else 1.0

    def similarity(self, other: tuple[str, ...]) -> float:
        """How alike the other passage is to the draft's, from 0 to 1."""
        total = len(other) + len(self._draft)
        return 2 * self.common_words(other) / total if total else 1.0

    def common_words(self, other: tuple[str, ...]) -> int:
        """The length of the longest common subsequence of the other passage and the draft."""
        # Hyyrö (2004): bit i of row is 0 where the common subsequence grows at draft word i.
        row = self._all
        positions = self._positions.get
        for word in other:
            matches = positions(word)
            if matches is None:
                continue
            taken = row & matches
            row = ((row + taken) | (row - taken)) & self._all
        return len(self._draft) - row.bit_count()


def changed_words(precedent: tuple[str, ...], draft: tuple[str, ...]) -> int:
    """The words changed from the precedent to the draft (see the module docstring)."""
    if precedent == draft:
        return 0
    matcher = SequenceMatcher(None, precedent, draft, autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )


def likeness(precedent: str, draft: str) -> Likeness:
    """How alike two texts are, word for word, and how many words were changed."""
    before, after = words(precedent), words(draft)
    return Likeness(WordMatcher(after).similarity(before), changed_words(before, after))
