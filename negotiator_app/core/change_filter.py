"""Which pairs of a comparison the compare view lists (all, changed, new, deleted, those the
delegation has a position on, those whose brackets a revision resolved), and which provisions
of the newer version the tree badges as changed or new.

Pure Python: the compare view, the tree and anything else that lists a comparison ask here.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from negotiator_app.core.comparison import TEXT_CHANGES, Change, Comparison, Pair


class ChangeFilter(StrEnum):
    """What the compare view shows (the words are the ones its Show box offers)."""

    ALL = "all"
    CHANGED = "changed"  # anything but unchanged, a renumbering included
    NEW = "new"
    DELETED = "deleted"
    NOTED = "only where I have a position"
    BRACKETS = "brackets resolved"


class Badge(StrEnum):
    """The tree's mark on a provision of the newer version."""

    CHANGED = "changed"  # its words changed (reworded, moved, split, merged...)
    NEW = "new"


def filter_pairs(
    pairs: list[Pair],
    chosen: ChangeFilter,
    noted_new: Collection[str] = (),
    noted_old: Collection[str] = (),
) -> list[Pair]:
    """The pairs chosen shows, in their order.

    noted_new / noted_old: the keys of the newer / older version that carry a position.
    """
    if chosen == ChangeFilter.ALL:
        return list(pairs)
    if chosen == ChangeFilter.CHANGED:
        return [p for p in pairs if p.change != Change.UNCHANGED]
    if chosen == ChangeFilter.NEW:
        return [p for p in pairs if p.change == Change.NEW]
    if chosen == ChangeFilter.DELETED:
        return [p for p in pairs if p.change == Change.DELETED]
    if chosen == ChangeFilter.NOTED:
        return [p for p in pairs if has_position(p, noted_new, noted_old)]
    return [p for p in pairs if p.new is not None and p.brackets.resolved]


def has_position(pair: Pair, noted_new: Collection[str], noted_old: Collection[str]) -> bool:
    """A position on the provision or on one inside it: on the new text, or (for a provision
    the revision deleted) on the old."""
    if pair.new is not None and pair.change != Change.DELETED:
        return _noted(pair.new.key, noted_new)
    return pair.old is not None and _noted(pair.old.key, noted_old)


def changes_in_new(comparison: Comparison) -> dict[str, Pair]:
    """Each provision of the newer version that the revision did something to (its words, its
    place or only its number), with the pair that says what."""
    found: dict[str, Pair] = {}
    for pair in comparison.pairs:
        if pair.new is None or pair.new.key in found:
            continue
        main = comparison.of_new(pair.new.key) or pair
        if main.change != Change.UNCHANGED:
            found[pair.new.key] = main
    return found


def badge(pair: Pair) -> Badge | None:
    """New, changed (its words or its place), or nothing (unchanged, or renumbered only)."""
    if pair.change == Change.NEW:
        return Badge.NEW
    return Badge.CHANGED if pair.change in TEXT_CHANGES else None


def _noted(key: str, noted: Collection[str]) -> bool:
    if key in noted:
        return True
    inside = f"{key}."
    return any(other.startswith(inside) for other in noted)
