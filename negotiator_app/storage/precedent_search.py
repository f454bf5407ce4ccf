"""Which versions are a draft's sources, and the search of (draft, source) pairs for precedents
in memory (core/precedents.py), nothing stored. Keeping what was found: storage/precedents.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from negotiator_app.core.passages import passages
from negotiator_app.core.precedents import (
    DEFAULT_LIMIT,
    Precedent,
    PrecedentIndex,
    PrecedentsCancelled,
    Reference,
)

if TYPE_CHECKING:
    from negotiator_app.core.provision import Provision
    from negotiator_app.storage.library import Library, VersionInfo

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# The closest passages kept for each draft passage from each source: the tab shows the best
# few of all sources, so a source never needs more than that.
PER_SOURCE = DEFAULT_LIMIT
_PROGRESS_EVERY = 50


@dataclass(frozen=True, order=True)
class Pair:
    """A draft version and one of its sources."""

    draft_id: int
    source_id: int


def wanted_pairs(library: Library, versions: list[VersionInfo] | None = None) -> set[Pair]:
    """Every (draft, source) pair whose precedents the library should hold."""
    versions = library.versions() if versions is None else versions
    return {
        Pair(draft.id, source.id)
        for draft in versions
        for source in versions
        if is_source(source, draft)
    }


def search_pairs(
    library: Library,
    pairs: Iterable[Pair],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> dict[Pair, list[Precedent]]:
    """The precedents of each pair's draft in its source, read and compared, nothing stored.

    Drafts compared with the same sources share one index of them (a new draft: one index of
    every reference; a new reference: one index of it for every draft), and each draft passage
    is compared once with all of them: the closest PER_SOURCE passages of each source are kept.
    """
    pairs = sorted(set(pairs))
    if not pairs:
        return {}
    versions = {info.id: info for info in library.versions()}
    sources_of: dict[int, list[int]] = {}
    for pair in pairs:
        if pair.draft_id in versions and pair.source_id in versions:
            sources_of.setdefault(pair.draft_id, []).append(pair.source_id)
    # Drafts by the sources they are compared with, each source under the name it is cited by
    # there (a revision is "Rev.1" in its own instrument's later revisions, its instrument's
    # short name elsewhere).
    groups: dict[tuple[tuple[int, str], ...], list[int]] = {}
    for draft_id, source_ids in sources_of.items():
        named = tuple((s, cited_name(versions[s], versions[draft_id])) for s in source_ids)
        groups.setdefault(named, []).append(draft_id)
    trees: dict[int, list[Provision]] = {}

    def tree(version_id: int) -> list[Provision]:
        if version_id not in trees:
            trees[version_id] = library.tree(version_id)
        return trees[version_id]

    drafts = {draft_id: passages(tree(draft_id)) for draft_id in sources_of}
    total = sum(len(drafts[draft_id]) for draft_id in sources_of)
    done = 0
    found: dict[Pair, list[Precedent]] = {}
    for named, draft_ids in groups.items():
        _check(cancelled)
        index = PrecedentIndex(
            [Reference(source_id, name, tree(source_id)) for source_id, name in named],
            cancelled=cancelled,
        )
        for draft_id in draft_ids:
            rows: dict[int, list[Precedent]] = {source_id: [] for source_id, _ in named}
            for number, passage in enumerate(drafts[draft_id]):
                if number % _PROGRESS_EVERY == 0:
                    _check(cancelled)
                    if progress is not None:
                        progress(done + number, total)
                closest = index.precedents(passage.key, passage.text, limit=PER_SOURCE * len(named))
                for source_id, _ in named:
                    mine = [p for p in closest if p.version == source_id][:PER_SOURCE]
                    rows[source_id].extend(ranked(p, rank) for rank, p in enumerate(mine, start=1))
            done += len(drafts[draft_id])
            for source_id, precedents in rows.items():
                found[Pair(draft_id, source_id)] = precedents
    _check(cancelled)
    if progress is not None:
        progress(total, total)
    return found


def is_source(source: VersionInfo, draft: VersionInfo) -> bool:
    """Whether a draft's passages are searched for in source: a reference instrument's version
    or an earlier revision of its own, in its language (where both say theirs)."""
    if source.id == draft.id or not _same_language(source.language, draft.language):
        return False
    if source.instrument_id == draft.instrument_id:
        return 0 < source.revision_position < draft.revision_position
    return source.reference


def cited_name(source: VersionInfo, draft: VersionInfo) -> str:
    """What a source is called in a draft's precedents: "Rev.1" in its own instrument, else
    its instrument's short name."""
    if source.instrument_id == draft.instrument_id:
        return source.revision or source.label
    return source.cited_as


def ranked(precedent: Precedent, rank: int) -> Precedent:
    """The precedent at another place in a list of them."""
    return precedent if precedent.rank == rank else replace(precedent, rank=rank)


# -- helpers ----------------------------------------------------------------------------


def _same_language(one: str, other: str) -> bool:
    return not one or not other or one == other


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise PrecedentsCancelled
