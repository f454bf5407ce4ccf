"""Finding the passages that share the most telling words with a text: an inverted index.

Each indexed passage is the set of its words and of its pairs of adjacent words ("shall not"
is not "not shall"). A lookup counts, for every indexed passage, how many of the text's rare
terms it holds, and proposes the passages holding the most. "Rare" means held by at most a
twentieth of the indexed passages: "the", "state party", "shall" say nothing about where a
paragraph comes from, and walking their long lists would make every lookup visit most of
the index. A text with fewer than a few rare terms ("Each State Party shall:") walks its few
least common ones instead and prefers the shortest passages holding them, so it still finds
its equals ("Each State Party:") among the hundreds of paragraphs that begin the same way.

A lookup's work is bounded whatever the library holds: it walks at most WALK_BUDGET entries of
the lists, rarest terms first (a library where one boilerplate paragraph recurs 200,000 times
must not make each lookup visit 200,000 passages), and each list is kept shortest passage
first, so that a walk cut short keeps the passages the few-terms case prefers.

This is only the first sieve: the precedent finder re-reads the best of these candidates
word for word (core/likeness.py). It is what makes a lookup cheap: counting is done by
Counter.update, in C, and a borrowed paragraph shares nearly all its rare terms with its
source. benchmarks/RESULTS.md ("Precedents") compares it with TF-IDF cosine, MinHash and
Whoosh's more-like-this.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence

# A term held by more than this share of the indexed passages is not walked.
RARE_SHARE = 0.05
# ...unless the text has fewer rare terms than this: then its least common ones are walked.
FEWEST_WALKED = 4
# At most this many list entries are counted in one lookup (the rarest lists first).
WALK_BUDGET = 1_500


class PassageIndex:
    """Indexed passages (as word sequences), found again by the rare terms they share."""

    def __init__(self, passages: Sequence[tuple[str, ...]]) -> None:
        self._count = len(passages)
        self._postings: dict[str, list[int]] = {}
        self._sizes: list[int] = []
        for number, words in enumerate(passages):
            terms = _terms(words)
            self._sizes.append(len(terms))
            for term in terms:
                self._postings.setdefault(term, []).append(number)
        sizes = self._sizes
        for held in self._postings.values():
            if len(held) > 1:
                held.sort(key=lambda number: (sizes[number], number))
        self._rare = max(2.0, RARE_SHARE * self._count)

    def __len__(self) -> int:
        return self._count

    def candidates(self, words: tuple[str, ...], limit: int) -> list[tuple[int, int]]:
        """The indexed passages sharing the most rare terms: (position, terms shared)."""
        postings = self._postings
        known = [postings[term] for term in _terms(words) if term in postings]
        walked = [held for held in known if len(held) <= self._rare]
        shared: Counter[int] = Counter()
        if len(walked) >= FEWEST_WALKED:  # its rarest terms first, as far as the budget goes
            budget = WALK_BUDGET
            for held in sorted(walked, key=len):
                if budget <= 0:
                    break
                shared.update(held[:budget])
                budget -= len(held)
            return shared.most_common(limit)
        # Few rare terms: the shortest passages holding each of its least common terms.
        for held in sorted(known, key=len)[:FEWEST_WALKED]:
            shared.update(held[: WALK_BUDGET // FEWEST_WALKED])
        sizes = self._sizes
        return heapq.nlargest(limit, shared.items(), key=lambda item: item[1] / sizes[item[0]])


def _terms(words: tuple[str, ...]) -> list[str]:
    # In the order of the text, not of a set: a set's order changes from one run to the next
    # (string hashing is salted), and with it which of equally good candidates are kept.
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return list(dict.fromkeys([*words, *pairs]))
