"""How alike two passages are, word for word: a similarity and the number of words changed.

Passages are compared as sequences of words: lower case, punctuation and spacing left out,
typographic quotes and apostrophes made plain. So "shall" -> "may" is one changed word, a
comma that became a semicolon changes nothing, and a retyped line break is no difference.
The list connector a subparagraph ends with ("...; and", "...; or") belongs to the list, not
to the subparagraph: the same words ending the last item of another list are the same words.

The similarity is 2·L / (words in both), where L is the length of the longest common
subsequence of words (the most words the two share in the same order): 1.0 for the same
words, 0.9 when one word in ten changed. The words changed are the larger of the words the
draft dropped and the words it added: "shall" -> "may" is 1, "covered by" -> "established in
accordance with" is 4. The longest common subsequence is exact (difflib's matcher is not: it
takes the longest run first and can miss most of a paragraph whose runs are all short) and is
computed on machine words, one bit per word of the draft (Hyyrö's bit-parallel algorithm), so
a comparison of two paragraphs costs microseconds.
"""

from __future__ import annotations

import re
import unicodedata
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
    return tuple(found)


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

    def likeness(self, other: tuple[str, ...]) -> Likeness:
        """How alike the other passage is to the draft's."""
        total = len(other) + len(self._draft)
        if not total:
            return Likeness(1.0, 0)
        common = self.common_words(other)
        changed = max(len(other), len(self._draft)) - common
        return Likeness(2 * common / total, changed)

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


def likeness(precedent: str, draft: str) -> Likeness:
    """How alike two texts are, word for word."""
    return WordMatcher(words(draft)).likeness(words(precedent))
