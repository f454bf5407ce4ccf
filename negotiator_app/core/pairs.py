"""The alignment's outcome as a comparison lists it: every provision of both texts in one pair.

Each pair's change is named (unchanged, reworded, renumbered, moved, merged, split, new,
deleted), old provisions without a partner are placed after their last paired predecessor, and
chapters (parts, sections) follow their articles: an old chapter is the new one that holds most
of its articles, and an article whose chapter is not its old chapter's partner moved.
"""

from __future__ import annotations

from collections import Counter

from negotiator_app.core.brackets import is_tombstone
from negotiator_app.core.comparison import Change, Pair
from negotiator_app.core.likeness import WordMatcher, words
from negotiator_app.core.matching import Node, Side, number
from negotiator_app.core.provision import CONTAINER_KINDS


def chapter_partners(old_side: Side, new_side: Side) -> dict[int, Node]:
    """Each old chapter (part, section) -> the new one holding most of its articles."""
    votes: dict[int, Counter] = {}
    by_id = {id(n): n for n in new_side.containers}
    for old in old_side.units:
        if old.partner is None:
            continue
        for old_container in _containers_above(old):
            for new_container in _containers_above(old.partner):
                if new_container.provision.kind == old_container.provision.kind:
                    votes.setdefault(id(old_container), Counter())[id(new_container)] += 1
    mapping: dict[int, Node] = {}
    taken: set[int] = set()
    ranked = sorted(
        ((count, old_id, new_id) for old_id, c in votes.items() for new_id, count in c.items()),
        reverse=True,
    )
    for _count, old_id, new_id in ranked:
        if old_id not in mapping and new_id not in taken:
            mapping[old_id] = by_id[new_id]
            taken.add(new_id)
    # Chapters with no article paired: by heading and number, in order.
    for old in old_side.containers:
        if id(old) in mapping:
            continue
        for new in new_side.containers:
            if id(new) in taken or new.provision.kind != old.provision.kind:
                continue
            if old.text == new.text and old.text:
                mapping[id(old)] = new
                taken.add(id(new))
                break
    return mapping


def comparison_pairs(
    old_side: Side,
    new_side: Side,
    chapters: dict[int, Node],
    extra: list[tuple[Node, Node, Change]],
    moved: set[tuple[int, int]],
) -> list[Pair]:
    """Every provision of both sides in one pair, in the new text's reading order."""
    merged_away = {id(o) for o, _n, c in extra}
    split_off = {id(n) for _o, n, _c in extra}
    split_old = {id(o) for o, _n, c in extra if c == Change.SPLIT}
    merged_new = {id(n) for _o, n, c in extra if c == Change.MERGED}
    old_containers = {id(n) for n in old_side.containers}
    new_partners = {id(n) for n in chapters.values()}
    place = _places(old_side)
    pairs: list[tuple[tuple, Pair]] = []
    for node in old_side.nodes:
        partner = chapters.get(id(node)) if id(node) in old_containers else node.partner
        if partner is None:
            if id(node) not in merged_away:
                pairs.append((place[id(node)], _pair(node, None, Change.DELETED)))
            continue
        change = None
        if id(node) in split_old:
            change = Change.SPLIT
        elif id(partner) in merged_new:
            change = Change.MERGED
        elif (id(node), id(partner)) in moved or _unit_moved(node, chapters):
            change = Change.MOVED
        pairs.append(((partner.order, 0, 0), _pair(node, partner, change)))
    for node in new_side.nodes:
        if node.partner is None and id(node) not in new_partners | split_off:
            pairs.append(((node.order, 0, 0), _pair(None, node, Change.NEW)))
    for old, new, change in extra:
        pair = _pair(old, new, change, primary=change == Change.MERGED)
        pairs.append(((new.order, 1, old.order), pair))
    return [pair for _place, pair in sorted(pairs, key=lambda item: item[0])]


def _places(old_side: Side) -> dict[int, tuple]:
    """Where an old provision without a partner goes: after its last paired predecessor."""
    place: dict[int, tuple] = {}
    anchor = -1
    for node in old_side.nodes:
        partner = node.partner
        if partner is not None:
            anchor = partner.order
        place[id(node)] = (anchor, 2, node.order)
    return place


def _unit_moved(node: Node, chapters: dict[int, Node]) -> bool:
    if not node.is_unit or node.partner is None:
        return False
    old_chapter, new_chapter = node.chapter(), node.partner.chapter()
    if old_chapter is None or new_chapter is None:
        return False
    return chapters.get(id(old_chapter)) is not new_chapter


def _pair(old: Node | None, new: Node | None, change: Change | None, primary: bool = True) -> Pair:
    if change is None:
        change = _kind(old, new)
    if old is not None and new is not None:
        similarity = 1.0 if old.text == new.text else likeness_of(old.text, new.text)
    else:
        similarity = 0.0
    is_unit = (old or new).is_unit  # type: ignore[union-attr]
    return Pair(
        old=old.provision if old else None,
        new=new.provision if new else None,
        change=change,
        similarity=similarity,
        is_unit=is_unit,
        old_text=old.shown if old else "",
        new_text=new.shown if new else "",
        primary=primary,
        old_parent=old.parent.key if old and old.parent else None,
        new_parent=new.parent.key if new and new.parent else None,
    )


def likeness_of(old: str, new: str) -> float:
    """How alike two texts are, word for word (core/likeness.py, as precedents measure it)."""
    return WordMatcher(words(new)).similarity(words(old))


def _containers_above(node: Node) -> list[Node]:
    found = []
    parent = node.parent
    while parent is not None:
        if parent.provision.kind in CONTAINER_KINDS and not parent.is_unit:
            found.append(parent)
        parent = parent.parent
    return found


def _kind(old: Node | None, new: Node | None) -> Change:
    if old is None:
        return Change.NEW
    if new is None:
        return Change.DELETED
    if is_tombstone(new.text) and not is_tombstone(old.text):
        return Change.DELETED  # what is left is the number and "Repealed"
    if is_tombstone(old.text) and not is_tombstone(new.text):
        return Change.NEW
    renumbered = number(old) != number(new)
    reworded = old.text != new.text
    if renumbered and reworded:
        return Change.RENUMBERED_REWORDED
    if renumbered:
        return Change.RENUMBERED
    return Change.REWORDED if reworded else Change.UNCHANGED
