"""How alike two provisions read: weighted words and word pairs, compared as vectors.

Every text becomes a bag of its words and of its adjacent word pairs, each weighted by how
rare it is across the two versions (inverse document frequency): "Each State Party shall"
opens half the articles of a convention and says little about which article this is, while
"mixing service" says a lot. Two texts are compared by the cosine of their bags (0: nothing
in common, 1: the same words in the same pairs) or by how much of one the other holds
(containment: what an article merged into another left of itself there).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher

from negotiator_app.core.likeness import words as likeness_words

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
# A word found in more texts than this share is too common to propose candidates with; it
# still counts in the cosine of the candidates found through rarer words.
_COMMON_SHARE = 0.25
_COMMON_MIN = 12
_QUERY_FEATURES = 60


def tokens(text: str) -> list[str]:
    """The words and single marks (brackets, commas...) of a text, lower case."""
    return _TOKEN_RE.findall(text.lower())


def features(tokens: list[str]) -> Counter[str]:
    """Words (and marks) and adjacent pairs of them, counted."""
    bag = Counter(tokens)
    bag.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return bag


class Weights:
    """Inverse document frequencies over a set of texts (both versions' articles)."""

    def __init__(self, bags: Iterable[Counter[str]]) -> None:
        frequency: Counter[str] = Counter()
        total = 0
        for bag in bags:
            frequency.update(bag.keys())
            total += 1
        self.total = max(total, 1)
        self.frequency = frequency
        # idf by document frequency (0 for a feature neither version's articles have).
        self.by_frequency = [math.log((1 + self.total) / (1 + n)) + 1.0 for n in range(total + 1)]
        self.common_above = max(_COMMON_MIN, _COMMON_SHARE * self.total)

    def idf(self, feature: str) -> float:
        return self.by_frequency[self.frequency.get(feature, 0)]

    def vector(self, bag: Counter[str]) -> dict[str, float]:
        """The bag weighted (1 + log tf) * idf, scaled to length 1."""
        get, table, log = self.frequency.get, self.by_frequency, math.log
        vector = {f: (1.0 + log(n)) * table[get(f, 0)] for f, n in bag.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {f: w / norm for f, w in vector.items()}


def held_in_order(part: str, whole: str, run: int = 3) -> float:
    """The share of part's words found in whole in the same order, in runs of at least `run`
    words: how much of a paragraph an article's text still says, word for word."""
    left, right = likeness_words(part), likeness_words(whole)
    if not left:
        return 0.0
    blocks = SequenceMatcher(None, left, right, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks if block.size >= run) / len(left)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two unit vectors: 0 (nothing shared) to 1 (the same)."""
    return min(1.0, sum(a[f] * b[f] for f in a.keys() & b.keys()))


def containment(part: Counter[str], whole: Counter[str], weights: Weights) -> float:
    """How much of part (by weight) whole holds: 1 when every word of part is in whole."""
    idf = weights.idf
    total = held = 0.0
    for feature, n in part.items():
        weight = idf(feature)
        total += weight * n
        found = whole.get(feature)
        if found:
            held += weight * min(n, found)
    return held / total if total else 0.0


class Candidates:
    """An inverted index over some vectors: for a vector, the few that share its rarer words."""

    def __init__(self, vectors: dict[int, dict[str, float]], weights: Weights) -> None:
        self.weights = weights
        self.postings: dict[str, list[tuple[int, float]]] = {}
        frequency, limit = weights.frequency, weights.common_above
        for index, vector in vectors.items():
            for feature, weight in vector.items():
                if frequency.get(feature, 0) <= limit:
                    self.postings.setdefault(feature, []).append((index, weight))

    def best(self, vector: dict[str, float], limit: int) -> list[int]:
        """Up to limit indexes, most shared rare weight first."""
        return [index for index, _score in self.scored(vector, limit)]

    def scored(self, vector: dict[str, float], limit: int) -> list[tuple[int, float]]:
        """Up to limit (index, shared rare weight), most first."""
        scores: dict[int, float] = {}
        postings = self.postings
        # The heaviest features find the candidates; the rest would only add to their scores.
        if len(vector) > _QUERY_FEATURES:
            vector = dict(heapq.nlargest(_QUERY_FEATURES, vector.items(), key=lambda i: i[1]))
        for feature, weight in vector.items():
            found = postings.get(feature)
            if found:
                for index, other in found:
                    scores[index] = scores.get(index, 0.0) + weight * other
        return heapq.nlargest(limit, scores.items(), key=lambda item: item[1])
