"""The SQLite connection: pragmas, schema version and migrations, transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from negotiator_app.errors import UserError

LIBRARY_FILE = "library.sqlite3"
BUSY_TIMEOUT_MS = 10_000
# Written into every library's header ("NEGO"): another application's SQLite file is not ours.
APPLICATION_ID = 0x4E45474F
# The tables a library of any schema version has: a file without them is not a library.
_OUR_TABLES = frozenset({"instruments", "versions", "provisions", "notes"})


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
    """Open the library database in folder, migrated to the current schema; create it if absent.

    A library file that exists but is empty, or is another application's database, is refused
    (never re-created over: it may be the user's only copy of their work gone wrong).
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
        if not path.exists():
            _create(path)
        elif path.is_file() and path.stat().st_size == 0:
            raise LibraryError(
                f"The library file {path} is empty (0 bytes), so your work is not in it; "
                f"{restore_advice(folder)}"
            )
        connection = _open(path, check_same_thread, check=True)
        try:
            migrate(connection)
        except BaseException:
            connection.close()
            raise
    except sqlite3.DatabaseError as error:
        raise LibraryError(describe(error, path)) from None
    except OSError as error:
        raise LibraryError(
            f"The library file {path} cannot be opened: {(error.strerror or str(error)).lower()}."
        ) from None
    return connection


def restore_advice(folder: Path) -> str:
    """The end of a refusal: which backup to restore, and the command that does it."""
    from negotiator_app.storage.backup import list_backups_in  # backup.py imports this module

    backups = list_backups_in(folder)
    if not backups:
        return (
            "there is no backup of it in the backups folder; move the file away to start a "
            "new library."
        )
    newest = backups[0]
    taken = newest.taken.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        f"the newest backup is {newest.path.name} (taken {taken}); restore it with: "
        f"negotiator backup restore {newest.path.name}"
    )


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema up to SCHEMA_VERSION, one migration per transaction."""
    current = connection.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise LibraryError(
            f"This library was written by a newer Negotiator (schema {current}, this app reads "
            f"up to {SCHEMA_VERSION}); update the app to open it. Nothing was changed."
        )
    if current < SCHEMA_VERSION:  # stamped with the first migration this app runs on it
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
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
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        advice = restore_advice(path.parent) if path else "restore it from a backup."
        return (
            f"The library file{where} is damaged; `negotiator check` lists what is wrong, and "
            f"{advice}"
        )
    if "readonly" in message or "read-only" in message:
        return f"The library{where} is read-only; nothing can be saved."
    return f"The library{where} could not be used: {error}."


def _open(path: Path, check_same_thread: bool, *, check: bool = False) -> sqlite3.Connection:
    connection = sqlite3.connect(
        path,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=check_same_thread,
    )
    try:
        if check:  # before any pragma below writes to the file
            _check_is_library(connection, path)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
    except BaseException:
        connection.close()
        raise
    return connection


def _create(path: Path) -> None:
    """A new library, built beside its place and renamed into it: a crash never leaves a
    half-made (or zero-length) library file behind to be refused at the next start."""
    partial = path.with_name(f".{path.name}.new")
    for leftover in (partial, *wal_files(partial)):
        leftover.unlink(missing_ok=True)
    connection = _open(partial, True)
    try:
        migrate(connection)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    os.replace(partial, path)
    for leftover in wal_files(partial):
        leftover.unlink(missing_ok=True)


def wal_files(path: Path) -> tuple[Path, Path]:
    """The -wal and -shm files SQLite keeps beside a database in WAL mode."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _check_is_library(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse another application's SQLite file found under the library's name."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    ours = application_id == APPLICATION_ID or (application_id == 0 and tables >= _OUR_TABLES)
    if version == 0 and not tables and application_id in (0, APPLICATION_ID):
        return  # a library whose first migration never ran: made here, safe to build
    if not ours:
        raise LibraryError(
            f"The file {path} is not a Negotiator library (another application's database is "
            f"under its name); nothing was changed. {_capital(restore_advice(path.parent))}"
        )


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
