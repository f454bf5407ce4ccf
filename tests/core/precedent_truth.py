"""What a real pair of treaties says about precedents, found without the precedent finder.

UNCAC (2003) took many paragraphs from UNTOC (2000). Which ones is established here the slow
way: every English UNCAC paragraph is compared with every paragraph of the UNTOC file by
difflib's ratio over plain lower-case words (pairs that cannot reach the bar on their length
or shared words alone are skipped; nothing else). A paragraph is "borrowed" when its best
ratio is at least BORROWED_AT, and its right sources are the paragraphs within TIE of that
best (the convention and its protocols repeat some clauses word for word); it has "none"
when its best ratio is below NONE_BELOW. The paragraphs in between are left out of both.

The right source is judged by article, as the issue asks ("the right source article is the
first precedent"): each passage's article is found by walking the tree, never by its key, so
the measure holds whatever keys the importer gives the instruments the UNTOC file holds.
Used by tests/core/test_precedents_corpus.py and benchmarks/bench_precedents.py.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from negotiator_app.core.passages import Passage, passages
from negotiator_app.core.precedents import ADAPTED_AT, Precedent, PrecedentIndex, Reference
from negotiator_app.core.provision import Document, Kind, Provision
from negotiator_app.importers import import_file

BORROWED_AT = 0.8
NONE_BELOW = 0.45
TIE = 0.02
_WORD_RE = re.compile(r"\w+")
# Where the Dutch translation begins in the UNCAC file (its "Preambule" heading).
_DUTCH_RE = re.compile(r"^#+\s*Preambule\b", re.M)


@dataclass
class Measure:
    """How the finder did against the truth."""

    borrowed: int  # paragraphs the truth says were borrowed
    found_right: int  # ...whose first precedent is from a right source article
    none: int  # paragraphs the truth says have no precedent
    none_offered: int  # ...for which a precedent at the adapted level was offered anyway
    offered: int  # paragraphs given a first precedent at the adapted level or closer
    offered_right: int  # ...from a right source article
    missed: list[str]  # citations of borrowed paragraphs whose first precedent is wrong
    none_highest: float = 0.0  # the finder's highest similarity for a paragraph with none
    borrowed_lowest: float = 1.0  # ...and its lowest for a borrowed paragraph

    @property
    def recall(self) -> float:
        return self.found_right / self.borrowed if self.borrowed else 0.0

    @property
    def precision(self) -> float:
        return self.offered_right / self.offered if self.offered else 0.0


def import_uncac_english(path: Path) -> Document:
    """UNCAC's English text: the file holds the English and then the Dutch translation."""
    text = path.read_text(encoding="utf-8")
    dutch = _DUTCH_RE.search(text)
    english = text[: dutch.start()] if dutch else text
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "uncac_english.md"
        copy.write_text(english, encoding="utf-8")
        return import_file(copy)


def measure(untoc: Document, uncac: Document) -> Measure:
    """The finder's first precedents for UNCAC in UNTOC, judged against the slow truth."""
    sources = passages(untoc.provisions, "UNTOC")
    drafts = passages(uncac.provisions, "UNCAC")
    article = _articles(untoc.provisions)
    index = PrecedentIndex([Reference("untoc", "UNTOC", untoc.provisions)])
    truth = _truth(drafts, sources)
    result = Measure(0, 0, 0, 0, 0, 0, [])
    for passage, (best, right) in zip(drafts, truth, strict=True):
        found = index.precedents(passage.key, passage.text)
        first: Precedent | None = found[0] if found else None
        right_articles = {article[sources[number].key] for number in right}
        is_right = first is not None and article[first.key] in right_articles
        offered = first is not None and first.similarity >= ADAPTED_AT
        similarity = first.similarity if first is not None else 0.0
        if best >= BORROWED_AT:
            result.borrowed_lowest = min(result.borrowed_lowest, similarity)
            result.borrowed += 1
            result.found_right += is_right
            if not is_right:
                result.missed.append(passage.citation)
        elif best < NONE_BELOW:
            result.none_highest = max(result.none_highest, similarity)
            result.none += 1
            result.none_offered += offered
        if offered:
            result.offered += 1
            result.offered_right += is_right and best >= NONE_BELOW
    return result


def _truth(drafts: list[Passage], sources: list[Passage]) -> list[tuple[float, list[int]]]:
    """For each draft passage: its best ratio against all sources, and the sources that tie."""
    source_words = [_plain_words(p.text) for p in sources]
    source_bags = [Counter(words) for words in source_words]
    truth = []
    for passage in drafts:
        words = _plain_words(passage.text)
        bag = Counter(words)
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words)
        scores: list[tuple[float, int]] = []
        for number, other in enumerate(source_words):
            total = len(words) + len(other)
            # Upper bounds of the ratio: skip what cannot reach the lowest bar that matters.
            if not total or 2 * min(len(words), len(other)) / total < NONE_BELOW - TIE:
                continue
            if 2 * sum((bag & source_bags[number]).values()) / total < NONE_BELOW - TIE:
                continue
            matcher.set_seq1(other)
            scores.append((matcher.ratio(), number))
        best = max((score for score, _ in scores), default=0.0)
        truth.append((best, [number for score, number in scores if score >= best - TIE]))
    return truth


def _plain_words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def _articles(provisions: list[Provision]) -> dict[str, int]:
    """Each provision's key -> its article (an identity; the key itself may be anything)."""
    found: dict[str, int] = {}

    def walk(node: Provision, article: int) -> None:
        if node.kind == Kind.ARTICLE:
            article = id(node)
        found[node.key] = article
        for child in node.children:
            walk(child, article)

    for provision in provisions:
        walk(provision, id(provision))
    return found
