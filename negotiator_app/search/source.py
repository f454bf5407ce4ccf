"""What the index reads from the library, over its own connection (it runs on its own thread)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from negotiator_app.storage.notes import Note, note_from_row


@dataclass(frozen=True)
class VersionRecord:
    """A version as the index needs it."""

    id: int
    instrument_id: int
    label: str
    language: str
    position: int
    stamp: str  # changes when the version is replaced by another with the same id
    revision_id: int | None = None


@dataclass(frozen=True)
class NoteStamp:
    """Enough about a note to tell whether its index document is current."""

    id: int
    instrument_id: int
    key: str
    updated: str
    revision_id: int | None = None


@contextmanager
def snapshot(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction: everything read inside it comes from one state of the library."""
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        connection.execute("COMMIT")


def probe(connection: sqlite3.Connection) -> tuple:
    """A cheap fingerprint of the library's versions and notes: equal means nothing to index."""
    row = connection.execute(
        "SELECT (SELECT COUNT(*) FROM versions), (SELECT MAX(id) FROM versions),"
        " (SELECT group_concat(id || ':' || imported, ',') FROM versions),"
        " (SELECT COUNT(*) FROM notes), (SELECT MAX(updated) FROM notes),"
        " (SELECT MAX(id) FROM note_history)"
    ).fetchone()
    return tuple(row)


def versions(connection: sqlite3.Connection) -> list[VersionRecord]:
    rows = connection.execute(
        "SELECT id, instrument_id, label, language, position, imported, source_hash, revision_id"
        " FROM versions ORDER BY instrument_id, position"
    ).fetchall()
    return [
        VersionRecord(
            id=row["id"],
            instrument_id=row["instrument_id"],
            label=row["label"],
            language=row["language"],
            position=row["position"],
            stamp=(
                f"{row['label']}|{row['imported']}|{row['source_hash']}|{row['revision_id']}"
                f"|{row['language']}"
            ),
            revision_id=row["revision_id"],
        )
        for row in rows
    ]


def provisions(connection: sqlite3.Connection, version_id: int) -> list[sqlite3.Row]:
    """A version's provisions in document order."""
    return connection.execute(
        "SELECT key, parent_key, kind, number, heading, text, position FROM provisions"
        " WHERE version_id = ? ORDER BY position",
        (version_id,),
    ).fetchall()


def provision_keys(connection: sqlite3.Connection, revision_id: int) -> dict[str, list[int]]:
    """For each provision key of a revision, the versions that have it, newest first."""
    rows = connection.execute(
        "SELECT p.key, v.id FROM provisions p JOIN versions v ON v.id = p.version_id"
        " WHERE v.revision_id = ? ORDER BY v.position DESC",
        (revision_id,),
    ).fetchall()
    keys: dict[str, list[int]] = {}
    for key, version_id in rows:
        keys.setdefault(key, []).append(version_id)
    return keys


def versions_with_key(connection: sqlite3.Connection, revision_id: int, key: str) -> list[int]:
    """The versions of a revision that have a provision key, newest first."""
    rows = connection.execute(
        "SELECT v.id FROM versions v JOIN provisions p ON p.version_id = v.id AND p.key = ?"
        " WHERE v.revision_id = ? ORDER BY v.position DESC",
        (key, revision_id),
    )
    return [row[0] for row in rows]


def note_stamps(connection: sqlite3.Connection) -> dict[int, NoteStamp]:
    rows = connection.execute(
        "SELECT id, instrument_id, provision_key, updated, revision_id FROM notes"
    )
    return {row[0]: NoteStamp(row[0], row[1], row[2], row[3], row[4]) for row in rows}


def notes(
    connection: sqlite3.Connection,
    *,
    instrument_id: int | None = None,
    ids: list[int] | None = None,
) -> list[Note]:
    """Notes, all or of one instrument or with the given ids."""
    if ids is not None:
        found: list[Note] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found += _notes(connection, f"id IN ({','.join('?' * len(chunk))})", chunk)
        return found
    if instrument_id is not None:
        return _notes(connection, "instrument_id = ?", [instrument_id])
    return _notes(connection, "1", [])


def notes_on(connection: sqlite3.Connection, revision_id: int, key: str) -> list[Note]:
    """Every note on one provision of a revision (there is one per quoted span)."""
    return _notes(connection, "revision_id = ? AND provision_key = ?", [revision_id, key])


def _notes(connection: sqlite3.Connection, where: str, args: list) -> list[Note]:
    rows = connection.execute(f"SELECT * FROM notes WHERE {where} ORDER BY id", args).fetchall()
    return [note_from_row(row) for row in rows]
