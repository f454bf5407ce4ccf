"""Precedents: for every paragraph of a draft, the closest passages of earlier agreed texts.

A delegate's strongest argument for a paragraph is that States have agreed to it before:
"this is UNCAC article 46, paragraph 9 (b), word for word". For each passage of the draft
(core/passages.py) the finder looks in the reference texts (earlier treaties, the draft's own
earlier revisions) and returns the closest passages, each cited, scored and classed; the
word-level diff from a precedent to the draft (core/redline.py) is drawn when it is shown.

How: an inverted index over the references' rare words and word pairs proposes the passages
sharing the most of them with the draft's (core/passage_index.py); those are compared word
for word (core/likeness.py), and that word-for-word similarity is the one shown and ranked
by. Why this method, and the measurements behind the thresholds below: benchmarks/RESULTS.md
("Precedents").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from negotiator_app.core.likeness import WordMatcher, changed_words, words
from negotiator_app.core.passage_index import PassageIndex
from negotiator_app.core.passages import Passage, passages
from negotiator_app.core.provision import Provision
from negotiator_app.core.redline import Segment, redline
from negotiator_app.errors import UserError

Progress = Callable[[int, int], None]  # (done, total), as the work goes
Cancelled = Callable[[], bool]  # asked between steps: True stops the work


class PrecedentKind(StrEnum):
    """How close a precedent is, in the words a delegate would use."""

    IDENTICAL = "identical"  # the same words in the same order (punctuation aside)
    IDENTICAL_BUT_FOR = "identical but for"  # a few words changed: "identical but for 2 words"
    ADAPTED = "adapted"  # the precedent reworked: most of its words kept, in order
    RELATED = "related"  # on the same subject in partly the same words


# The thresholds, on the word-for-word similarity (core/likeness.py), chosen by measurement on
# UNCAC against UNTOC (benchmarks/RESULTS.md, "Precedents"): borrowed paragraphs sit at 0.8 and
# above, paragraphs written afresh below 0.45; between 0.6 and 0.8 every pair read was a
# reworked paragraph; between 0.4 and 0.6 some are, others only share the stock phrases.
ADAPTED_AT = 0.6
RELATED_AT = 0.4
# "Identical but for N words" while N is at most this and the similarity at least ALMOST_AT:
# "covered by" -> "established in accordance with" is 4 words.
FEW_WORDS = 5
ALMOST_AT = 0.8
# Passages shorter than this say too little to have a source ("Reserved.").
MIN_WORDS = 3
# Longer than this is not a paragraph but a broken import: not compared (the word-for-word
# comparison grows with the square of the length).
MAX_WORDS = 3_000
# How many candidates from the index are compared word for word.
CANDIDATES = 30
DEFAULT_LIMIT = 3
_PROGRESS_EVERY = 50
# How many lookups an index remembers (a draft's repeated paragraphs are looked up once).
_REMEMBERED = 4_096


@dataclass(frozen=True)
class Reference:
    """A text precedents are looked for in: an earlier treaty or an earlier revision."""

    version: int | str  # the caller's handle on it (a library version id), kept in each result
    name: str  # its short name in citations: "UNCAC", "Rev.1"
    provisions: Sequence[Provision]


@dataclass(frozen=True)
class Precedent:
    """One precedent of one draft passage: a row (draft key × precedent) storage can keep."""

    draft_key: str
    rank: int  # 1 for the closest
    version: int | str  # Reference.version of the text it was found in
    key: str  # the precedent's provision key in that text
    citation: str  # "UNCAC, art. 46, para. 9 (b)"
    similarity: float  # 0 to 1, word for word
    kind: PrecedentKind
    changed_words: int  # at each place of change, the larger of words taken out and put in
    text: str  # the precedent's own words

    @property
    def kind_label(self) -> str:
        """ "identical", "identical but for 2 words", "adapted", "related"."""
        if self.kind == PrecedentKind.IDENTICAL_BUT_FOR:
            unit = "word" if self.changed_words == 1 else "words"
            return f"identical but for {self.changed_words} {unit}"
        return str(self.kind)

    def diff(self, draft_text: str) -> list[Segment]:
        """The redline from the precedent to the draft's wording: what the drafters changed."""
        return redline(self.text, draft_text)

    def to_dict(self, draft_text: str | None = None) -> dict:
        """The row as JSON; with the draft's wording, its diff too."""
        row = {
            "draft_key": self.draft_key,
            "rank": self.rank,
            "version": self.version,
            "key": self.key,
            "citation": self.citation,
            "similarity": round(self.similarity, 3),
            "kind": str(self.kind),
            "kind_label": self.kind_label,
            "changed_words": self.changed_words,
            "text": self.text,
        }
        if draft_text is not None:
            row["diff"] = [list(segment) for segment in self.diff(draft_text)]
        return row


class PrecedentsCancelled(UserError):
    """The user stopped the search for precedents."""

    def __init__(self) -> None:
        super().__init__("Finding precedents was cancelled; nothing was kept.")


def kind_of(similarity: float, changed_words: int) -> PrecedentKind | None:
    """The kind a similarity and a count of changed words make, or None below "related"."""
    if changed_words == 0:
        return PrecedentKind.IDENTICAL
    if changed_words <= FEW_WORDS and similarity >= ALMOST_AT:
        return PrecedentKind.IDENTICAL_BUT_FOR
    if similarity >= ADAPTED_AT:
        return PrecedentKind.ADAPTED
    if similarity >= RELATED_AT:
        return PrecedentKind.RELATED
    return None


class PrecedentIndex:
    """The reference texts, indexed once; then precedents for any passage in milliseconds."""

    def __init__(
        self,
        references: Iterable[Reference],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        self._passages: list[tuple[Reference, Passage]] = []
        for reference in references:
            _check(cancelled)
            self._passages.extend(
                (reference, passage) for passage in passages(reference.provisions, reference.name)
            )
        self._words = [words(passage.text) for _, passage in self._passages]
        # Too short or too long to compare: kept in place (positions matter) but never found.
        indexed = [w if MIN_WORDS <= len(w) <= MAX_WORDS else () for w in self._words]
        _check(cancelled)
        self._index = PassageIndex(indexed)
        self._same: dict[tuple[str, ...], list[int]] = {}
        for number, found in enumerate(indexed):
            if found:
                self._same.setdefault(found, []).append(number)
        self._asked: dict[tuple[tuple[str, ...], int, float], list[Precedent]] = {}
        if progress is not None:
            progress(len(self._passages), len(self._passages))

    def __len__(self) -> int:
        """How many reference passages are indexed."""
        return len(self._passages)

    def precedents(
        self,
        key: str,
        text: str,
        *,
        limit: int = DEFAULT_LIMIT,
        minimum: float = RELATED_AT,
    ) -> list[Precedent]:
        """The closest reference passages to one draft passage, best first.

        At most `limit` of them, each at least `minimum` alike (never less than RELATED_AT).
        """
        draft = words(text)
        if not MIN_WORDS <= len(draft) <= MAX_WORDS or limit <= 0:
            return []
        minimum = max(minimum, RELATED_AT)
        # A paragraph the draft repeats ("Each State Party shall adopt such measures as may be
        # necessary...") is looked up once.
        asked = (draft, limit, minimum)
        if asked in self._asked:
            return [replace(found, draft_key=key) for found in self._asked[asked]]
        found = self._closest(key, draft, limit, minimum)
        if len(self._asked) >= _REMEMBERED:
            self._asked.clear()
        self._asked[asked] = found
        return found

    def _closest(
        self, key: str, draft: tuple[str, ...], limit: int, minimum: float
    ) -> list[Precedent]:
        matcher = WordMatcher(draft)
        # position -> (similarity, rare terms shared)
        ranked: dict[int, tuple[float, int]] = {}
        # Its equals come first, earliest first; when there are enough of them nothing else can
        # be kept (a boilerplate paragraph found 200,000 times costs no more than one found once).
        same = self._same.get(draft, ())
        for number in same[:limit]:
            ranked[number] = (1.0, len(draft))
        walk = [] if len(same) >= limit else self._index.candidates(draft, CANDIDATES)
        for number, shared in walk:
            if number in ranked or matcher.upper_bound(self._words[number]) < minimum:
                continue
            similarity = matcher.similarity(self._words[number])
            if similarity >= minimum:
                ranked[number] = (similarity, shared)
        best = sorted(ranked.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
        found: list[Precedent] = []
        for rank, (number, (similarity, _)) in enumerate(best[:limit], start=1):
            reference, passage = self._passages[number]
            changed = changed_words(self._words[number], draft)
            kind = kind_of(similarity, changed)
            assert kind is not None  # every similarity kept is at least RELATED_AT
            found.append(
                Precedent(
                    draft_key=key,
                    rank=rank,
                    version=reference.version,
                    key=passage.key,
                    citation=passage.citation,
                    similarity=similarity,
                    kind=kind,
                    changed_words=changed,
                    text=passage.text,
                )
            )
        return found


def find_precedents(
    draft: Sequence[Provision],
    references: Iterable[Reference] | PrecedentIndex,
    *,
    limit: int = DEFAULT_LIMIT,
    minimum: float = RELATED_AT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Precedent]:
    """Precedents for every passage of a draft: rows in draft order, each passage's best first.

    progress(done, total) counts draft passages; cancelled() is asked every few dozen and,
    once it answers True, PrecedentsCancelled is raised and nothing is returned.
    """
    index = (
        references
        if isinstance(references, PrecedentIndex)
        else PrecedentIndex(references, cancelled=cancelled)
    )
    todo = passages(draft)
    found: list[Precedent] = []
    for done, passage in enumerate(todo):
        if done % _PROGRESS_EVERY == 0:
            _check(cancelled)
            if progress is not None:
                progress(done, len(todo))
        found.extend(index.precedents(passage.key, passage.text, limit=limit, minimum=minimum))
    _check(cancelled)
    if progress is not None:
        progress(len(todo), len(todo))
    return found


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise PrecedentsCancelled
