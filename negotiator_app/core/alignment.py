"""Aligning two versions of a text: which old provision each new one is, by content.

Numbers are not identity: when the Chair inserts a new article 5, every later article is
renumbered, and pairing by key would give every one of them the wrong text. The alignment
works by content, in two levels:

1. Articles (with the preamble, annexes and final clauses): identical texts first; then each
   old article against the new articles that share its rarer words, scored by the cosine of
   the two texts' weighted words and word pairs (core/similarity.py), with the heading counted
   a quarter. Mutual best pairs that keep the document order become anchors; the remaining
   articles are then paired best first, with a bonus for a partner that sits where the
   anchors around it say it should ("the neighbours already aligned"). Between two anchors,
   a single unpaired old article facing a single unpaired new one is the same article
   rewritten when they still share a little. (The steps are core/matching.py's.)
2. Inside each pair of articles, the same for paragraphs, then subparagraphs inside each pair
   of paragraphs: unchanged ones first (in order), then by content and place.

The threshold (core/matching.py): a pair needs PAIR_THRESHOLD (0.3) of similarity in place,
GAP_THRESHOLD (0.2) alone between two pairs, MOVED_THRESHOLD (0.5) out of place; below it the
old provision is called deleted and the new one new, never paired with something unrelated.
Two articles of one convention that say different things score 0.05 to 0.25 (they share
"Each State Party shall..."); an article reworded by a revision keeps 0.4 or more. An old
provision left over whose words a new one holds (MERGE_CONTAINMENT) was merged into it; a
new one left over whose words an old one held was split from it. Paragraphs left over on both
sides anywhere in the text that are still alike (MOVE_THRESHOLD) moved to another article.
Chapters (parts, sections) follow their articles: an old chapter is the new one that holds
most of its articles, and an article whose chapter is not its old chapter's partner moved.
The pairs are listed, each with its change, in core/pairs.py.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable

from negotiator_app.core.comparison import Change, Comparison
from negotiator_app.core.matching import (
    CANDIDATES,
    Node,
    Side,
    pair_by_content,
    pair_runs,
    pair_same_text,
)
from negotiator_app.core.pairs import chapter_partners, comparison_pairs, likeness_of
from negotiator_app.core.provision import CONTAINER_KINDS, Provision
from negotiator_app.core.similarity import (
    Candidates,
    Weights,
    containment,
    cosine,
    features,
    held_in_order,
    tokens,
)

__all__ = [
    "HEADING_SHARE",
    "MERGE_CONTAINMENT",
    "MOVE_THRESHOLD",
    "AlignmentCancelled",
    "align",
    "likeness_of",  # core/pairs.py's, read here as it always was
]

HEADING_SHARE = 0.25  # of an article's score, when both have a heading
MERGE_CONTAINMENT = 0.7  # share of a left-over's words another provision must hold
MOVE_THRESHOLD = 0.6  # left-over paragraphs this alike moved between articles
_TICK_EVERY = 10  # articles between two progress reports


class AlignmentCancelled(Exception):
    """The caller asked to stop (cancelled() returned True); nothing was produced."""


def align(
    old: list[Provision],
    new: list[Provision],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Pair every provision of the old tree with the new tree's (or call it deleted/new).

    progress(done, total) is called as the articles are worked through; when cancelled()
    returns True the alignment stops with AlignmentCancelled (for a long text in the GUI).
    """
    aligner = _Aligner(Side(old), Side(new))
    aligner.progress, aligner.cancelled = progress, cancelled
    return aligner.run()


class _Aligner:
    """The two sides, the scores they share, and what was paired beyond one-to-one."""

    def __init__(self, old: Side, new: Side) -> None:
        self.old, self.new = old, new
        # Articles that kept their text pair first; the rarity of words is then read from
        # the others, the ones still to tell apart (and a long text is read only once).
        pair_same_text(old.units, new.units)
        left = [n for n in [*old.units, *new.units] if n.partner is None]
        self.weights = Weights(self.bag(node) for node in left)
        self.extra: list[tuple[Node, Node, Change]] = []  # merged into / split from
        self.moved: set[tuple[int, int]] = set()
        self.progress: Callable[[int, int], None] | None = None
        self.cancelled: Callable[[], bool] | None = None

    def run(self) -> Comparison:
        total = len(self.old.units) + 2
        self._tick(0, total)
        pair_by_content(self.old.units, self.new.units, self)
        self._merged_and_split(self.old.units, self.new.units)
        self._tick(1, total)
        for done, old in enumerate(self.old.units, start=2):
            if old.partner is not None:
                self._inside(old, old.partner)
            if done % _TICK_EVERY == 0:
                self._tick(done, total)
        self._moved_paragraphs()
        chapters = chapter_partners(self.old, self.new)
        pairs = comparison_pairs(self.old, self.new, chapters, self.extra, self.moved)
        comparison = Comparison(pairs)
        self._tick(total, total)
        return comparison

    def _tick(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise AlignmentCancelled()
        if self.progress is not None:
            self.progress(done, total)

    # -- scoring

    def tokens(self, node: Node) -> list[str]:
        if node.tokens is None:
            node.tokens = tokens(node.text)
        return node.tokens

    def bag(self, node: Node) -> Counter:
        if node.bag is None:
            node.bag = features(self.tokens(node))
        return node.bag

    def vector(self, node: Node) -> dict:
        if node.vector is None:
            node.vector = self.weights.vector(self.bag(node))
        return node.vector

    def score(self, old: Node, new: Node) -> float:
        body = cosine(self.vector(old), self.vector(new))
        old_heading, new_heading = old.provision.heading, new.provision.heading
        if old.is_unit and old_heading and new_heading:
            same = _heading_similarity(old_heading, new_heading)
            return (1 - HEADING_SHARE) * body + HEADING_SHARE * same
        return body

    def overlap(self, old: Node, new: Node) -> float:
        """How much of the shorter one the other holds (an article that grew keeps its words)."""
        old_bag, new_bag = self.bag(old), self.bag(new)
        return max(
            containment(old_bag, new_bag, self.weights), containment(new_bag, old_bag, self.weights)
        )

    # -- inside a pair of articles, paragraphs, ...

    def _inside(self, old: Node, new: Node) -> None:
        old_children = [c for c in old.children if c.partner is None]
        new_children = [c for c in new.children if c.partner is None]
        if old_children and new_children:
            pair_runs(old_children, new_children, self)
            self._merged_and_split(old_children, new_children, adjacent=True)
        elif old_children and not new.children:
            # Paragraphs run together into the article's own text: merged into it.
            for child in old_children:
                if held_in_order(child.text, new.text) >= MERGE_CONTAINMENT:
                    self.extra.append((child, new, Change.MERGED))
        elif new_children and not old.children:
            # The article's own text cut into paragraphs: each was split from it.
            for child in new_children:
                if held_in_order(child.text, old.text) >= MERGE_CONTAINMENT:
                    self.extra.append((old, child, Change.SPLIT))
        for child in old.children:
            if child.partner is not None and child.partner.parent is new:
                self._inside(child, child.partner)

    def _merged_and_split(self, olds: list[Node], news: list[Node], adjacent=False) -> None:
        """Left-over old ones held by a paired new one (merged), and the other way (split).

        adjacent: paragraphs merge with (split from) a neighbour only.
        """
        for lonely, others, change in ((olds, news, Change.MERGED), (news, olds, Change.SPLIT)):
            lonely = [n for n in lonely if n.partner is None and n.text]
            # A host took in (or gave up) words: only a pair whose text changed can be one.
            paired = [n for n in others if n.partner is not None and n.partner.text != n.text]
            if not lonely or not paired:
                continue
            hosts: dict[int, list[Node]] = {id(node): paired for node in lonely}
            if adjacent:
                for node in lonely:
                    hosts[id(node)] = [h for h in paired if _next_to(node, h.partner)]
            elif len(paired) > CANDIDATES * 4:
                hosts = self._likely_hosts(lonely, paired)
            for node in lonely:
                host = self._host(node, hosts[id(node)])
                if host is not None:
                    old, new = (node, host) if change == Change.MERGED else (host, node)
                    self.extra.append((old, new, change))

    def _likely_hosts(self, lonely: list[Node], paired: list[Node]) -> dict[int, list[Node]]:
        """For each left-over, the paired provisions that share its rarer words (the index is
        made of the few left-overs and asked by each host: cheaper than the other way)."""
        index = Candidates({i: self.vector(n) for i, n in enumerate(lonely)}, self.weights)
        found: dict[int, list[tuple[float, Node]]] = {id(n): [] for n in lonely}
        for host in paired:
            for i, score in index.scored(self.vector(host), CANDIDATES):
                found[id(lonely[i])].append((score, host))
        return {
            key: [host for _score, host in heapq.nlargest(CANDIDATES, hosts, key=_first)]
            for key, hosts in found.items()
        }

    def _host(self, node: Node, hosts: list[Node]) -> Node | None:
        """The provision that holds most of node's words, if it holds enough of them."""
        best, best_share = None, MERGE_CONTAINMENT
        for other in hosts:
            share = containment(self.bag(node), self.bag(other), self.weights)
            if share >= best_share:
                best, best_share = other, share
        return best

    def _moved_paragraphs(self) -> None:
        """Paragraphs left over on both sides that are still alike moved between articles."""
        taken_old = {id(o) for o, _n, _c in self.extra}
        taken_new = {id(n) for _o, n, _c in self.extra}
        olds = [
            n
            for n in self.old.nodes
            if not n.is_unit
            and n.partner is None
            and id(n) not in taken_old
            and n.parent is not None
            and (n.parent.partner is not None or n.parent.is_unit)
            and n.provision.kind not in CONTAINER_KINDS
        ]
        news = [
            n
            for n in self.new.nodes
            if not n.is_unit
            and n.partner is None
            and id(n) not in taken_new
            and n.parent is not None
            and (n.parent.partner is not None or n.parent.is_unit)
            and n.provision.kind not in CONTAINER_KINDS
        ]
        if not olds or not news:
            return
        vectors = {i: self.vector(n) for i, n in enumerate(news)}
        candidates = Candidates(vectors, self.weights)
        found = []
        for old in olds:
            for index in candidates.best(self.vector(old), CANDIDATES):
                similarity = cosine(self.vector(old), vectors[index])
                if similarity >= MOVE_THRESHOLD:
                    found.append((similarity, old.order, index, old))
        for _similarity, _order, index, old in sorted(found, key=lambda f: (-f[0], f[1])):
            new = news[index]
            if old.partner is None and new.partner is None:
                old.partner, new.partner = new, old
                self.moved.add((id(old), id(new)))
                self._inside(old, new)


def _next_to(node: Node, other: Node | None) -> bool:
    if other is None or node.parent is None or other.parent is not node.parent:
        return False
    siblings = node.parent.children
    return abs(siblings.index(node) - siblings.index(other)) == 1


def _heading_similarity(a: str, b: str) -> float:
    left, right = set(a.lower().split()), set(b.lower().split())
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def _first(item: tuple) -> float:
    return item[0]
