"""Pairing two runs of provisions (the articles of two versions, or the paragraphs of two
articles) by content and by place; the pieces core/alignment.py is built of.

A run is paired in five steps: the same text where it is unique on both sides; scores against
the candidates that share rarer words (every pair, when the runs are short); anchors (mutual
best pairs that keep the document order); the rest best first, with a bonus for a partner
where the anchors around it say it should be, and a partner out of place (a provision moved)
only when much more alike; and last, between two pairs, one old left facing one new is the
same provision rewritten when they still share a little.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from negotiator_app.core.brackets import is_tombstone
from negotiator_app.core.numbering import key_number
from negotiator_app.core.provision import CONTAINER_KINDS, Kind, Provision
from negotiator_app.core.redline import own_lines, wording_label
from negotiator_app.core.similarity import Candidates, Weights

PAIR_THRESHOLD = 0.3  # in place, below this two provisions are unrelated
GAP_THRESHOLD = 0.2  # alone between two pairs: the same provision heavily rewritten
MOVED_THRESHOLD = 0.5  # out of place: only a provision still this alike moved
HELD_THRESHOLD = 0.7  # ... or when one still holds this share of the other's words
ANCHOR_THRESHOLD = 0.5
ORDER_BONUS = 0.1
CANDIDATES = 8
_FEW = 400  # runs this small (old x new) are scored in full
_UNIT_KINDS = frozenset({Kind.ARTICLE, Kind.FINAL_CLAUSE})


class Scorer(Protocol):
    weights: Weights

    def vector(self, node: Node) -> dict[str, float]: ...

    def score(self, old: Node, new: Node) -> float: ...

    def overlap(self, old: Node, new: Node) -> float: ...


@dataclass(eq=False)
class Node:
    provision: Provision
    parent: Node | None
    order: int
    is_unit: bool
    shown: str = ""  # what a delegate reads: the wording, labelled, heading first
    text: str = ""  # what is compared: the same without its own label, whitespace folded
    children: list[Node] = field(default_factory=list)
    tokens: list[str] | None = None
    bag: Counter | None = None
    vector: dict | None = None
    partner: Node | None = None

    @property
    def key(self) -> str:
        return self.provision.key

    def unit(self) -> Node | None:
        node: Node | None = self
        while node is not None and not node.is_unit:
            node = node.parent
        return node

    def chapter(self) -> Node | None:
        """The nearest chapter above (else part, else section)."""
        found: dict[Kind, Node] = {}
        node = self.parent
        while node is not None:
            found.setdefault(node.provision.kind, node)
            node = node.parent
        return found.get(Kind.CHAPTER) or found.get(Kind.PART) or found.get(Kind.SECTION)


class Side:
    """One version: its nodes in document order, its articles, its chapters."""

    def __init__(self, roots: list[Provision]) -> None:
        self.nodes: list[Node] = []
        self.units: list[Node] = []
        self.containers: list[Node] = []
        for root in roots:
            self._add(root, None, inside_unit=False)

    def _add(self, provision: Provision, parent: Node | None, inside_unit: bool) -> Node:
        """Add a provision and its children; returns the node, with its wording in .shown."""
        unit = not inside_unit and is_unit(provision)
        node = Node(provision, parent, len(self.nodes), unit)
        self.nodes.append(node)
        if unit:
            self.units.append(node)
        elif provision.kind in CONTAINER_KINDS and not inside_unit:
            self.containers.append(node)
        node.children = [self._add(c, node, inside_unit or unit) for c in provision.children]
        # The wording (redline.wording) built from the children's: each line is read once.
        lines = own_lines(provision) + [c.shown for c in node.children if c.shown]
        node.shown, node.text = _texts(provision, unit, "\n".join(lines))
        return node


def is_unit(provision: Provision) -> bool:
    if provision.kind in _UNIT_KINDS:
        return True
    if provision.kind in {Kind.PREAMBLE, Kind.ANNEX}:
        return not any(p.kind == Kind.ARTICLE for p in provision.walk())
    return provision.kind not in CONTAINER_KINDS


def _texts(provision: Provision, unit: bool, wording: str) -> tuple[str, str]:
    """What a delegate reads of a provision, and what is compared (without its own label)."""
    if provision.kind in CONTAINER_KINDS and not unit:
        shown = provision.heading or provision.text
        return shown, " ".join(f"{provision.heading}\n{provision.text}".split())
    shown = text = wording
    label = wording_label(provision)
    if label and text.startswith(label):
        text = text[len(label) :]
    if unit and provision.heading:
        shown, text = f"{provision.heading}\n{shown}", f"{provision.heading}\n{text}"
    return shown, " ".join(text.split())


# -- pairing a run -------------------------------------------------------------------------


def pair_runs(olds: list[Node], news: list[Node], scorer: Scorer) -> None:
    """Pair two runs of siblings (or the two lists of articles): same text, anchors, the rest."""
    pair_same_text(olds, news)
    pair_by_content(olds, news, scorer)


def pair_same_text(olds: list[Node], news: list[Node]) -> None:
    """Step 1: the same text, where it is unique on both sides (repeated texts by number)."""
    by_text: dict[str, list[Node]] = {}
    for node in news:
        by_text.setdefault(node.text, []).append(node)
    old_texts = Counter(node.text for node in olds)
    for node in olds:
        same = by_text.get(node.text, [])
        if node.text and old_texts[node.text] == 1 and len(same) == 1:
            join(node, same[0])
    # Repeated texts ("[Deleted]", "Reserved"): the same number first, then in order.
    for text, same in by_text.items():
        left = [n for n in olds if n.text == text and n.partner is None]
        if not text or not left or old_texts[text] < 2 and len(same) < 2:
            continue
        numbered = {number(n): n for n in same}
        for a in left:
            b = numbered.get(number(a))
            if b is not None and b.partner is None:
                join(a, b)
        left = [n for n in left if n.partner is None]
        right = [n for n in same if n.partner is None]
        for a, b in zip(left, right, strict=False):
            join(a, b)


def pair_by_content(olds: list[Node], news: list[Node], scorer: Scorer) -> None:
    """Steps 2 to 5, for what the same text did not pair."""
    free_old = [n for n in olds if n.partner is None]
    free_new = [n for n in news if n.partner is None]
    if not free_old or not free_new:
        return
    # 2. Scores against the candidates that share rarer words (all of them when few).
    scores: dict[tuple[int, int], float] = {}
    new_index = {id(n): i for i, n in enumerate(news)}
    if len(free_old) * len(free_new) <= _FEW:
        for a in free_old:
            for b in free_new:
                scores[(id(a), id(b))] = scorer.score(a, b)
    else:
        vectors = {i: scorer.vector(b) for i, b in enumerate(free_new)}
        candidates = Candidates(vectors, scorer.weights)
        same_number = {number(b): b for b in free_new}
        for a in free_old:
            found = [free_new[i] for i in candidates.best(scorer.vector(a), CANDIDATES)]
            twin = same_number.get(number(a))
            if twin is not None and twin not in found:
                found.append(twin)
            for b in found:
                scores[(id(a), id(b))] = scorer.score(a, b)
    by_id = {id(n): n for n in [*olds, *news]}
    # 3. Anchors: mutual best pairs, kept only where they agree with the order.
    best_new: dict[int, tuple[float, int]] = {}
    best_old: dict[int, tuple[float, int]] = {}
    for (old_id, new_id), score in scores.items():
        if score > best_new.get(old_id, (-1.0, 0))[0]:
            best_new[old_id] = (score, new_id)
        if score > best_old.get(new_id, (-1.0, 0))[0]:
            best_old[new_id] = (score, old_id)
    anchors = [
        (by_id[old_id], by_id[new_id])
        for old_id, (score, new_id) in best_new.items()
        if score >= ANCHOR_THRESHOLD and best_old.get(new_id, (0.0, -1))[1] == old_id
    ]
    for a, b in in_order(anchors):
        join(a, b)
    # 4. The rest, best first, with a bonus where the neighbours say the partner should be;
    # a partner out of that place (an article moved) needs to be much more alike. The place
    # is read from the pairs that keep the document order (not from a moved one).
    skeleton = _skeleton(olds, new_index)
    windows = _windows(olds, news, skeleton)
    ranked = []
    for (old_id, new_id), score in scores.items():
        old_node, new_node = by_id[old_id], by_id[new_id]
        if old_node.partner is not None or new_node.partner is not None:
            continue
        low, high = windows[old_id]
        bonus = ORDER_BONUS if low < new_index[new_id] < high else 0.0
        if score >= PAIR_THRESHOLD:
            ranked.append((score + bonus, old_node.order, old_node, new_node, score))
    old_index = {id(n): i for i, n in enumerate(olds)}
    for _adjusted, _order, a, b, score in sorted(ranked, key=lambda r: (-r[0], r[1])):
        if a.partner is not None or b.partner is not None:
            continue
        low, high = _window(olds, old_index[id(a)], new_index, skeleton)
        if low < new_index[id(b)] < high:
            join(a, b)
            skeleton.add(id(a))
        elif score >= MOVED_THRESHOLD:
            join(a, b)
    # 5. Between two pairs, one old left facing one new: the same provision, rewritten.
    windows = _windows(olds, news, _skeleton(olds, new_index))
    gaps: dict[tuple[int, int], list[Node]] = {}
    for node in olds:
        if node.partner is None:
            gaps.setdefault(windows[id(node)], []).append(node)
    for (low, high), lonely in gaps.items():
        facing = [n for n in news[low + 1 : high] if n.partner is None] if high > low else []
        if len(lonely) == 1 and len(facing) == 1:
            a, b = lonely[0], facing[0]
            known = scores.get((id(a), id(b)))
            score = scorer.score(a, b) if known is None else known
            # A provision deleted in place leaves its number and a word ("Repealed").
            tombstone = number(a) == number(b) and (is_tombstone(a.text) or is_tombstone(b.text))
            # One that grew (or shrank) around its old words is the same provision.
            if score >= GAP_THRESHOLD or tombstone or scorer.overlap(a, b) >= HELD_THRESHOLD:
                join(a, b)


def _skeleton(olds: list[Node], new_index: dict[int, int]) -> set[int]:
    """The old nodes whose pairs keep the document order (the longest such run)."""
    pairs = [(a, a.partner) for a in olds if a.partner is not None and id(a.partner) in new_index]
    return {id(a) for a, _b in in_order(pairs)}


def _window(
    olds: list[Node], position: int, new_index: dict[int, int], skeleton: set[int]
) -> tuple[int, int]:
    """The indexes, in the new list, of the partners of the nearest neighbours in order."""
    low, high = -1, len(new_index)
    for node in reversed(olds[:position]):
        if id(node) in skeleton:
            low = new_index[id(node.partner)]
            break
    for node in olds[position + 1 :]:
        if id(node) in skeleton:
            high = new_index[id(node.partner)]
            break
    return low, high


def _windows(olds: list[Node], news: list[Node], skeleton: set[int]) -> dict[int, tuple[int, int]]:
    """For each old node: the indexes, in news, of the partners of its neighbours in order."""
    index = {id(n): i for i, n in enumerate(news)}
    windows: dict[int, tuple[int, int]] = {}
    low = -1
    lows = []
    for node in olds:
        if id(node) in skeleton:
            low = index[id(node.partner)]
        lows.append(low)
    high = len(news)
    for position in range(len(olds) - 1, -1, -1):
        node = olds[position]
        if id(node) in skeleton:
            high = index[id(node.partner)]
        windows[id(node)] = (lows[position], high)
    return windows


def in_order(pairs: list[tuple[Node, Node]]) -> list[tuple[Node, Node]]:
    """The longest run of pairs whose new order follows their old order."""
    pairs = sorted(pairs, key=lambda p: p[0].order)
    if not pairs:
        return []

    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for i, (_a, b) in enumerate(pairs):
        position = bisect.bisect_left(tails, b.order)
        if position == len(tails):
            tails.append(b.order)
            tail_index.append(i)
        else:
            tails[position] = b.order
            tail_index[position] = i
        previous[i] = tail_index[position - 1] if position else -1
    chosen = []
    i = tail_index[-1]
    while i != -1:
        chosen.append(pairs[i])
        i = previous[i]
    return chosen[::-1]


def join(old: Node, new: Node) -> None:
    old.partner, new.partner = new, old


def number(node: Node) -> str:
    return key_number(node.provision.number).lower()
