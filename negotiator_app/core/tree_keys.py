"""Keys settled once the whole tree is read: chapter numbers made alike, instruments counted."""

from __future__ import annotations

from negotiator_app.core.numbering import chapter_number_as_roman, is_roman
from negotiator_app.core.provision import Kind, Provision

_INSTRUMENT_CONTENT = frozenset({Kind.ARTICLE, Kind.PREAMBLE, Kind.CHAPTER, Kind.PART})


def normalise_chapter_keys(top: list[Provision]) -> None:
    """ "CHAPTER 1" among chapters II, III...: keyed ch-I like its siblings, as the text means."""
    for siblings in _sibling_lists(top):
        chapters = [p for p in siblings if p.kind == Kind.CHAPTER]
        roman = sum(1 for p in chapters if is_roman(p.number))
        if roman == 0 or roman < len(chapters) - roman:
            continue
        taken = {p.key for p in siblings}
        for chapter in chapters:
            if chapter.number.isdigit():
                head, _, _ = chapter.key.rpartition("ch-")
                new_key = f"{head}ch-{chapter_number_as_roman(chapter.number)}"
                if new_key not in taken:
                    _rekey(chapter, chapter.key, new_key)
                    taken.add(new_key)


def count_instruments(top: list[Provision]) -> int:
    """How many instruments a tree holds: the main text, each annexed one, each instr-N."""
    main = any(p.kind not in {Kind.ANNEX, Kind.INSTRUMENT} for p in top)
    count = 1 if main or not top else 0
    for root in top:
        for node in root.walk():
            annexed = node.kind == Kind.ANNEX and any(
                c.kind in _INSTRUMENT_CONTENT for c in node.children
            )
            count += node.kind == Kind.INSTRUMENT or annexed
    return count


def _sibling_lists(top: list[Provision]):
    yield top
    for root in top:
        for node in root.walk():
            if node.children:
                yield node.children


def _rekey(node: Provision, old: str, new: str) -> None:
    for descendant in node.walk():
        if descendant.key == old or descendant.key.startswith(f"{old}."):
            descendant.key = new + descendant.key[len(old) :]
