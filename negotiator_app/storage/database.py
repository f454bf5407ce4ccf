"""The SQLite connection: opening, creating or refusing the library file, pragmas, running the
migrations (storage/migrations.py), transactions, one sentence for each SQLite error."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from negotiator_app.errors import UserError
from negotiator_app.storage.migrations import MIGRATIONS

if TYPE_CHECKING:
    from negotiator_app.storage.cipher import Key

LIBRARY_FILE = "library.sqlite3"
# The schema this app writes: a library of a newer one is refused, an older one migrated.
SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 10_000
# Written into every library's header ("NEGO"): another application's SQLite file is not ours.
APPLICATION_ID = 0x4E45474F
# The tables a library of any schema version has: a file without them is not a library.
_OUR_TABLES = frozenset({"instruments", "versions", "provisions", "notes"})


class LibraryError(UserError):
    """A library operation the user asked for that cannot be done; str() is one sentence."""


# The errors of every SQLite driver in use: sqlite3's, and SQLCipher's once an encrypted library
# has been opened (its classes are its own). Write `except database.ERRORS`: the name is looked
# up when an error is raised, so it covers a driver loaded after the import.
ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
ALL_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
_CLEAR_HEADER = b"SQLite format 3\x00"
_SMALLEST_PAGE = 512  # an SQLCipher file is whole pages of at least this size


def errors_with(*others: type[BaseException]) -> tuple[type[BaseException], ...]:
    """ALL_ERRORS and others, for an except clause: `except database.errors_with(OSError)`."""
    return (*others, *ALL_ERRORS)


def inserted_id(row_id: int | None) -> int:
    """The id an INSERT just gave (sqlite3 types it optional: it is never None after one)."""
    assert row_id is not None
    return row_id


def add_driver_errors(database_error: type[Exception], error: type[Exception]) -> None:
    """Count another driver's errors among ERRORS and ALL_ERRORS (storage/cipher.py's)."""
    global ERRORS, ALL_ERRORS
    ERRORS = (*ERRORS, database_error)
    ALL_ERRORS = (*ALL_ERRORS, error)


def connect(
    folder: Path, *, check_same_thread: bool = True, new_key: Key | None = None
) -> sqlite3.Connection:
    """Open the library database in folder, migrated to the current schema; create it if absent
    (encrypted with new_key when given).

    A library file that exists but is empty, or is another application's database, is refused
    (never re-created over: it may be the user's only copy of their work gone wrong). An
    encrypted library opens with the key given for it in this process (storage/cipher.py).
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
    if path.exists() and not path.is_file():  # a pipe would hang the first read of it
        raise LibraryError(
            f"The library file {path} is not a file (a folder, a pipe or a device is under its "
            "name); nothing was changed."
        )
    if new_key is not None:
        from negotiator_app.storage import cipher

        cipher.remember(folder, new_key)
    try:
        if not path.exists():
            _create(path, new_key)
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
    except ERRORS as error:
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
        # Inside the try: a COMMIT that fails (a full disk, a write error) is rolled back too,
        # or the connection would carry the half-done transaction into its next one.
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def describe(error: Exception, path: Path | None = None) -> str:
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


def is_encrypted(connection: sqlite3.Connection) -> bool:
    """Whether the connection is SQLCipher's (an encrypted library, or a copy of one)."""
    return not isinstance(connection, sqlite3.Connection)


def open_file(path: Path, folder: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain connection to a library file or a backup of the library in folder: through
    SQLCipher with the folder's key when the file is encrypted (no pragmas, no checks)."""
    if is_clear_file(path):
        if read_only:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        return sqlite3.connect(path, isolation_level=None)
    from negotiator_app.storage import cipher

    return cipher.connect(
        path, _key(folder, path), uri_mode="ro" if read_only else "", isolation_level=None
    )


def copy_database(source: sqlite3.Connection, target: Path, key: Key | None) -> None:
    """Write a whole copy of the database on `source` into the new file target: encrypted with
    key, or in clear without one. SQLite's backup API where both are clear; sqlcipher_export
    otherwise (SQLCipher refuses the backup API for encrypted files)."""
    if key is None and not is_encrypted(source):
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
        return
    if not is_encrypted(source):  # sqlcipher_export runs on an SQLCipher connection
        raise LibraryError("An encrypted copy is made from an SQLCipher connection.")
    value = key.pragma_value() if key is not None else ""
    version = source.execute("PRAGMA user_version").fetchone()[0]
    application_id = source.execute("PRAGMA application_id").fetchone()[0]
    source.execute("ATTACH DATABASE ? AS exported KEY ?", (str(target), value))
    try:
        source.execute("SELECT sqlcipher_export('exported')")
        # sqlcipher_export copies the tables, not the header's numbers: ours say "library"
        source.execute(f"PRAGMA exported.user_version = {int(version)}")
        source.execute(f"PRAGMA exported.application_id = {int(application_id)}")
    finally:
        source.execute("DETACH DATABASE exported")


def is_clear_file(path: Path) -> bool:
    """False for what may be an SQLCipher file: no SQLite header, whole pages. Anything else
    is opened in clear, where SQLite calls a damaged file damaged."""
    try:
        with open(path, "rb") as file:
            head = file.read(len(_CLEAR_HEADER))
            size = os.fstat(file.fileno()).st_size
    except FileNotFoundError:
        return True  # made here, in clear unless a key is given
    return head in (b"", _CLEAR_HEADER) or size % _SMALLEST_PAGE != 0


def _key(folder: Path, path: Path) -> Key:
    from negotiator_app.storage import cipher

    key = cipher.key_for(folder)
    if key is None:
        cipher.driver()  # says first if SQLCipher itself is missing
        raise cipher.PassphraseNeeded(
            f"The library in {folder} is encrypted; give its passphrase (Negotiator asks for it, "
            f"or set {cipher.PASSPHRASE_VARIABLE} for a script)."
        )
    return key


def _connect(
    path: Path, check_same_thread: bool, key: Key | None
) -> tuple[sqlite3.Connection, type]:
    """A connection through the driver the file needs, and that driver's Row class."""
    options: dict = {
        "timeout": BUSY_TIMEOUT_MS / 1000,
        "isolation_level": None,
        "check_same_thread": check_same_thread,
    }
    if key is None and is_clear_file(path):
        return sqlite3.connect(path, **options), sqlite3.Row
    from negotiator_app.storage import cipher

    connection = cipher.connect(path, key or _key(path.parent, path), **options)
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except cipher.driver().DatabaseError:
        connection.close()
        raise cipher.WrongPassphrase(
            f"The passphrase given does not open the library file {path} (or the file is "
            f"damaged); nothing was changed. {_capital(restore_advice(path.parent))}"
        ) from None
    return connection, cipher.driver().Row


def _open(
    path: Path, check_same_thread: bool, *, check: bool = False, key: Key | None = None
) -> sqlite3.Connection:
    connection, row = _connect(path, check_same_thread, key)
    try:
        if check:  # before any pragma below writes to the file
            _check_is_library(connection, path)
        connection.row_factory = row
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
    except BaseException:
        connection.close()
        raise
    return connection


def _create(path: Path, key: Key | None = None) -> None:
    """A new library, built beside its place and renamed into it: a crash never leaves a
    half-made (or zero-length) library file behind to be refused at the next start."""
    partial = path.with_name(f".{path.name}.new")
    for leftover in (partial, *wal_files(partial)):
        leftover.unlink(missing_ok=True)
    connection = _open(partial, True, key=key)
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
