"""The SQLite connection: pragmas, schema version and migrations, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from negotiator_app.errors import UserError

LIBRARY_FILE = "library.sqlite3"
BUSY_TIMEOUT_MS = 10_000


class LibraryError(UserError):
    """A library operation the user asked for that cannot be done; str() is one sentence."""


# Each migration takes the schema from its index to index + 1; never edit a released one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE instruments (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL
    );
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        source_name TEXT NOT NULL DEFAULT '',
        source_hash TEXT NOT NULL DEFAULT '',
        imported TEXT NOT NULL,
        position INTEGER NOT NULL,
        report TEXT NOT NULL DEFAULT '{}',
        UNIQUE (instrument_id, label)
    );
    CREATE TABLE provisions (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        parent_key TEXT,
        kind TEXT NOT NULL,
        number TEXT NOT NULL DEFAULT '',
        heading TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        depth INTEGER NOT NULL,
        UNIQUE (version_id, key)
    );
    CREATE INDEX provisions_by_version ON provisions (version_id, position);
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        provision_key TEXT NOT NULL,
        quote TEXT NOT NULL DEFAULT '',
        version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
        stance TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT '',
        red_line INTEGER NOT NULL DEFAULT 0,
        proposed TEXT NOT NULL DEFAULT '',
        rationale TEXT NOT NULL DEFAULT '',
        talking_points TEXT NOT NULL DEFAULT '',
        instructions TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        delegations TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        UNIQUE (instrument_id, provision_key, quote)
    );
    CREATE TABLE note_history (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        saved TEXT NOT NULL,
        content TEXT NOT NULL
    );
    CREATE INDEX note_history_by_note ON note_history (note_id, id);
    CREATE TABLE session_log (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER REFERENCES instruments(id) ON DELETE CASCADE,
        version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
        provision_key TEXT NOT NULL DEFAULT '',
        delegation TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        created TEXT NOT NULL
    );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(folder: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the library database in folder, migrated to the current schema.

    check_same_thread=False is for a connection created on one thread and used by another (the
    search index's worker), never by two at once.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"The library folder {folder} cannot be created: {error.strerror}."
        ) from None
    path = folder / LIBRARY_FILE
    try:
        connection = sqlite3.connect(
            path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=check_same_thread,
        )
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        migrate(connection)
    except sqlite3.DatabaseError as error:
        raise LibraryError(describe(error, path)) from None
    return connection


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema up to SCHEMA_VERSION, one migration per transaction."""
    current = connection.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise LibraryError(
            f"This library was written by a newer Negotiator (schema {current}); "
            "update the app to open it."
        )
    for number in range(current, SCHEMA_VERSION):
        with transaction(connection):
            for statement in _statements(MIGRATIONS[number]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception: all or nothing."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def describe(error: sqlite3.Error, path: Path | None = None) -> str:
    """One sentence for an SQLite error a user can meet."""
    message = str(error).lower()
    where = f" ({path})" if path else ""
    if "locked" in message or "busy" in message:
        return "The library is busy in another Negotiator window or command; try again in a moment."
    if "disk" in message and ("full" in message or "i/o" in message):
        return f"The disk holding the library{where} is full or failing; nothing was saved."
    if "not a database" in message or "malformed" in message:
        return (
            f"The library file{where} is damaged; restore it from a backup in the backups folder."
        )
    if "readonly" in message or "read-only" in message:
        return f"The library{where} is read-only; nothing can be saved."
    return f"The library{where} could not be used: {error}."


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
