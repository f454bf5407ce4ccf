"""Precedents kept in the library: searched once when a text arrives, then read in milliseconds.

Every version is a draft whose paragraphs may have sources: the versions of the reference
instruments other than its own (storage/reference_instruments.py), and the versions of its own
instrument's earlier revisions — in the same language, where both say theirs. Each pair (draft,
source) is searched once with core/precedents.py and remembered with the closest passages
found (tables precedent_pairs and precedents), even when there are none.

update_precedents searches the pairs not searched yet and forgets those no longer wanted. It
reads and compares first and writes last, in one transaction: a failure, a full disk or a
cancel leaves the stored precedents exactly as they were, and whatever was not stored is
searched at the next update. So precedents are searched only when a version or a reference
arrives, and then only for the pairs it brought.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from negotiator_app.core.precedents import (
    DEFAULT_LIMIT,
    RELATED_AT,
    Precedent,
    PrecedentKind,
)
from negotiator_app.storage import database
from negotiator_app.storage.database import LibraryError, transaction
from negotiator_app.storage.precedent_search import PER_SOURCE as PER_SOURCE  # re-exported
from negotiator_app.storage.precedent_search import (
    Cancelled,
    Pair,
    Progress,
    cited_name,
    is_source,
    ranked,
    search_pairs,
    wanted_pairs,
)

if TYPE_CHECKING:
    from negotiator_app.storage.library import Library, VersionInfo

_KEYS_PER_QUERY = 500  # well under SQLite's limit on the number of parameters


@dataclass(frozen=True)
class PrecedentsUpdate:
    """What an update did: the pairs searched, the pairs forgotten, the precedents stored."""

    searched: tuple[Pair, ...] = ()
    forgotten: tuple[Pair, ...] = ()
    found: int = 0

    def summary(self) -> str:
        if not self.searched and not self.forgotten:
            return "Precedents are up to date."
        parts = [f"{len(self.searched)} text pair(s) searched, {self.found} precedent(s) found"]
        if self.forgotten:
            parts.append(f"{len(self.forgotten)} pair(s) no longer searched were forgotten")
        return "Precedents: " + "; ".join(parts) + "."


@dataclass
class VersionPrecedents:
    """The precedents of (some of) one version's passages, best first, and where they are."""

    version: VersionInfo
    by_key: dict[str, list[Precedent]] = field(default_factory=dict)
    sources: dict[int, VersionInfo] = field(default_factory=dict)  # by version id
    wanted: int = 0  # how many sources the version has
    pending: int = 0  # ... of which not searched yet

    def of(self, key: str) -> list[Precedent]:
        return self.by_key.get(key, [])

    def source(self, precedent: Precedent) -> VersionInfo:
        return self.sources[int(precedent.version)]

    def is_agreed(self, precedent: Precedent) -> bool:
        """Whether it is agreed language: found in a reference instrument, not in a revision."""
        source = self.sources.get(int(precedent.version))
        return source is not None and self.is_reference(source)

    def is_reference(self, source: VersionInfo) -> bool:
        """Whether a version is of a reference instrument other than this version's own."""
        return source.reference and source.instrument_id != self.version.instrument_id

    def agreed(self, key: str, minimum: float = RELATED_AT) -> Precedent | None:
        """The closest precedent of a passage in a reference instrument, if any."""
        for precedent in self.of(key):
            if precedent.similarity >= minimum and self.is_agreed(precedent):
                return precedent
        return None

    def searched_in(self) -> list[str]:
        """The names of the texts this version is compared with: "Valmora Convention", "Rev.1"."""
        names = [
            cited_name(source, self.version)
            for source in self.sources.values()
            if is_source(source, self.version)
        ]
        return list(dict.fromkeys(names))


def stored_pairs(library: Library) -> set[Pair]:
    rows = library.connection.execute("SELECT draft_id, source_id FROM precedent_pairs")
    return {Pair(row[0], row[1]) for row in rows}


def pending_pairs(library: Library) -> list[Pair]:
    """The pairs not searched yet, in order."""
    return sorted(wanted_pairs(library) - stored_pairs(library))


def update_precedents(
    library: Library,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PrecedentsUpdate:
    """Search the pairs not searched yet, forget those no longer wanted; store it all at once.

    progress(done, total) counts draft passages compared with a source; once cancelled()
    answers True, PrecedentsCancelled is raised and nothing is stored.
    """
    todo = pending_pairs(library)
    found = search_pairs(library, todo, progress=progress, cancelled=cancelled)
    searched: list[Pair] = []
    stored = 0
    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with transaction(library.connection) as db:
            # Read again inside the write: a version or a mark may have changed meanwhile.
            wanted = wanted_pairs(library)
            forgotten = sorted(stored_pairs(library) - wanted)
            db.executemany(
                "DELETE FROM precedent_pairs WHERE draft_id = ? AND source_id = ?",
                [(p.draft_id, p.source_id) for p in forgotten],
            )
            for pair, precedents in found.items():
                if pair not in wanted:
                    continue  # its version went, or its reference was unmarked, meanwhile
                db.execute(
                    "DELETE FROM precedent_pairs WHERE draft_id = ? AND source_id = ?",
                    (pair.draft_id, pair.source_id),
                )
                db.execute(
                    "INSERT INTO precedent_pairs (draft_id, source_id, searched) VALUES (?, ?, ?)",
                    (pair.draft_id, pair.source_id, now),
                )
                db.executemany(
                    "INSERT INTO precedents (draft_id, source_id, draft_key, rank, source_key,"
                    " citation, similarity, kind, changed_words)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            pair.draft_id,
                            pair.source_id,
                            p.draft_key,
                            p.rank,
                            p.key,
                            p.citation,
                            p.similarity,
                            str(p.kind),
                            p.changed_words,
                        )
                        for p in precedents
                    ],
                )
                searched.append(pair)
                stored += len(precedents)
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    update = PrecedentsUpdate(tuple(searched), tuple(forgotten), stored)
    if searched or forgotten:
        logging.getLogger(__name__).info(update.summary())
    return update


def precedents_of(
    library: Library,
    version_id: int,
    keys: Iterable[str] | None = None,
    *,
    minimum: float = RELATED_AT,
    limit: int = DEFAULT_LIMIT,
    search_missing: bool = False,
) -> VersionPrecedents:
    """The stored precedents of a version's passages (or of keys), best first, at most limit each.

    With search_missing, the pairs not searched yet are searched now, in memory, so the answer
    is whole even where the library is not up to date (nothing is stored).
    """
    version = library.version(version_id)
    versions = library.versions()
    wanted = {pair for pair in wanted_pairs(library, versions) if pair.draft_id == version_id}
    stored = {pair for pair in stored_pairs(library) if pair.draft_id == version_id}
    result = VersionPrecedents(
        version,
        sources={info.id: info for info in versions},
        wanted=len(wanted),
        pending=len(wanted - stored),
    )
    wanted_keys = None if keys is None else list(dict.fromkeys(keys))
    rows = _stored_rows(library, version_id, wanted_keys, minimum)
    if search_missing and result.pending:
        missing = search_pairs(library, wanted - stored)
        extra = [p for found in missing.values() for p in found if p.similarity >= minimum]
        if wanted_keys is not None:
            chosen = set(wanted_keys)
            extra = [p for p in extra if p.draft_key in chosen]
        rows.extend(extra)
        result.pending = 0
    by_key: dict[str, list[Precedent]] = {}
    for precedent in rows:
        by_key.setdefault(precedent.draft_key, []).append(precedent)
    for key, found in by_key.items():
        found.sort(
            key=lambda p: (
                -p.similarity,
                not result.is_agreed(p),  # agreed language before an earlier revision's
                int(p.version),
                p.rank,
            )
        )
        result.by_key[key] = [
            ranked(precedent, rank) for rank, precedent in enumerate(found[:limit], start=1)
        ]
    return result


def keys_with_precedents(library: Library, version_id: int, minimum: float) -> set[str]:
    """The keys of a version's passages with a stored precedent at least `minimum` alike."""
    rows = library.connection.execute(
        "SELECT DISTINCT draft_key FROM precedents WHERE draft_id = ? AND similarity >= ?",
        (version_id, minimum),
    )
    return {row[0] for row in rows}


def verbatim_citations(library: Library, version_id: int, keys: Iterable[str]) -> dict[str, str]:
    """For the keys given, the passages that repeat a reference instrument (not the version's
    own instrument) word for word: key -> the citation of the passage repeated.

    One query, for the reader's page: it runs each time a provision is opened.
    """
    wanted = list(dict.fromkeys(keys))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _KEYS_PER_QUERY):
        batch = wanted[start : start + _KEYS_PER_QUERY]
        marks = ", ".join("?" * len(batch))
        rows = library.connection.execute(
            "SELECT p.draft_key, p.citation FROM precedents p"
            " JOIN versions s ON s.id = p.source_id"
            " JOIN instruments i ON i.id = s.instrument_id"
            " JOIN versions d ON d.id = p.draft_id"
            " WHERE p.draft_id = ? AND p.kind = ? AND i.reference = 1"
            f" AND s.instrument_id != d.instrument_id AND p.draft_key IN ({marks})"
            " ORDER BY p.source_id, p.rank",
            (version_id, str(PrecedentKind.IDENTICAL), *batch),
        )
        for key, citation in rows:
            found.setdefault(key, citation)
    return found


def _stored_rows(
    library: Library, version_id: int, keys: list[str] | None, minimum: float
) -> list[Precedent]:
    query = (
        "SELECT p.draft_key, p.rank, p.source_id, p.source_key, p.citation, p.similarity,"
        " p.kind, p.changed_words, s.text FROM precedents p"
        " LEFT JOIN provisions s ON s.version_id = p.source_id AND s.key = p.source_key"
        " WHERE p.draft_id = ? AND p.similarity >= ?"
    )
    cursor = library.connection.cursor()
    cursor.row_factory = None
    if keys is None:
        batches: list[list[str] | None] = [None]
    else:
        batches = [keys[i : i + _KEYS_PER_QUERY] for i in range(0, len(keys), _KEYS_PER_QUERY)]
    rows = []
    for batch in batches:
        if batch is None:
            rows += cursor.execute(query, (version_id, minimum)).fetchall()
        elif batch:
            marks = ", ".join("?" * len(batch))
            rows += cursor.execute(
                f"{query} AND p.draft_key IN ({marks})", (version_id, minimum, *batch)
            ).fetchall()
    return [
        Precedent(
            draft_key=key,
            rank=rank,
            version=source_id,
            key=source_key,
            citation=citation,
            similarity=similarity,
            kind=PrecedentKind(kind),
            changed_words=changed,
            text=text or "",
        )
        for key, rank, source_id, source_key, citation, similarity, kind, changed, text in rows
    ]
