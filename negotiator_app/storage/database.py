"""The SQLite connection: pragmas, schema version and migrations, transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from negotiator_app.errors import UserError

if TYPE_CHECKING:
    from negotiator_app.storage.cipher import Key

LIBRARY_FILE = "library.sqlite3"
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
    # 2: revisions. Versions of an instrument form a sequence of revisions, each revision one
    # or more language versions; a note belongs to a provision of one revision (it used to
    # belong to the instrument); carried_notes records each note carried to the next revision.
    # Existing versions are grouped as a delegate imported them: a version in a language the
    # current revision has no text in yet joins it (EN then RU of one draft), any other starts
    # the next revision. An existing note goes to the revision of the newest version of its
    # instrument at the time of its last save.
    """
    CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        position INTEGER NOT NULL,
        revises_id INTEGER REFERENCES revisions(id) ON DELETE SET NULL,
        created TEXT NOT NULL,
        UNIQUE (instrument_id, label)
    );
    ALTER TABLE versions ADD COLUMN revision_id INTEGER REFERENCES revisions(id)
        ON DELETE CASCADE;
    CREATE TABLE migration_revision_plan AS
    WITH RECURSIVE ordered AS (
        SELECT id, instrument_id, language,
            ROW_NUMBER() OVER (PARTITION BY instrument_id ORDER BY position, id) AS n
        FROM versions
    ), walk (version_id, instrument_id, n, grp, seen) AS (
        SELECT id, instrument_id, n, 1, '|' || language || '|' FROM ordered WHERE n = 1
        UNION ALL
        SELECT o.id, o.instrument_id, o.n,
            CASE WHEN o.language = '' OR w.seen = '||'
                OR instr(w.seen, '|' || o.language || '|') > 0
            THEN w.grp + 1 ELSE w.grp END,
            CASE WHEN o.language = '' OR w.seen = '||'
                OR instr(w.seen, '|' || o.language || '|') > 0
            THEN '|' || o.language || '|' ELSE w.seen || o.language || '|' END
        FROM walk w JOIN ordered o ON o.instrument_id = w.instrument_id AND o.n = w.n + 1
    )
    SELECT version_id, instrument_id, grp FROM walk;
    INSERT INTO revisions (instrument_id, label, position, created)
    SELECT p.instrument_id, v.label, p.grp, v.imported
    FROM migration_revision_plan p JOIN versions v ON v.id = p.version_id
    WHERE v.position = (
        SELECT MIN(w.position) FROM migration_revision_plan q JOIN versions w ON w.id = q.version_id
        WHERE q.instrument_id = p.instrument_id AND q.grp = p.grp
    );
    UPDATE versions SET revision_id = (
        SELECT r.id FROM migration_revision_plan p JOIN revisions r
            ON r.instrument_id = p.instrument_id AND r.position = p.grp
        WHERE p.version_id = versions.id
    );
    UPDATE revisions SET revises_id = (
        SELECT earlier.id FROM revisions earlier
        WHERE earlier.instrument_id = revisions.instrument_id
            AND earlier.position = revisions.position - 1
    );
    DROP TABLE migration_revision_plan;
    CREATE INDEX versions_by_revision ON versions (revision_id);
    CREATE TABLE notes_by_revision (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        revision_id INTEGER REFERENCES revisions(id) ON DELETE CASCADE,
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
        UNIQUE (revision_id, provision_key, quote)
    );
    INSERT INTO notes_by_revision (id, instrument_id, revision_id, provision_key, quote,
        version_id, stance, priority, red_line, proposed, rationale, talking_points,
        instructions, tags, delegations, created, updated)
    SELECT n.id, n.instrument_id, COALESCE(
            (SELECT v.revision_id FROM versions v WHERE v.instrument_id = n.instrument_id
                AND v.imported <= n.updated ORDER BY v.position DESC LIMIT 1),
            (SELECT v.revision_id FROM versions v WHERE v.instrument_id = n.instrument_id
                ORDER BY v.position LIMIT 1)),
        n.provision_key, n.quote, n.version_id, n.stance, n.priority, n.red_line, n.proposed,
        n.rationale, n.talking_points, n.instructions, n.tags, n.delegations, n.created,
        n.updated
    FROM notes n;
    CREATE TABLE history_by_revision (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes_by_revision(id) ON DELETE CASCADE,
        saved TEXT NOT NULL,
        content TEXT NOT NULL
    );
    INSERT INTO history_by_revision (id, note_id, saved, content)
    SELECT id, note_id, saved, content FROM note_history;
    DROP TABLE note_history;
    DROP TABLE notes;
    ALTER TABLE notes_by_revision RENAME TO notes;
    ALTER TABLE history_by_revision RENAME TO note_history;
    CREATE INDEX note_history_by_note ON note_history (note_id, id);
    CREATE INDEX notes_by_instrument ON notes (instrument_id, provision_key);
    CREATE TABLE carried_notes (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
        copy_id INTEGER REFERENCES notes(id) ON DELETE SET NULL,
        old_key TEXT NOT NULL,
        new_key TEXT NOT NULL DEFAULT '',
        mark TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        review INTEGER NOT NULL DEFAULT 0,
        reviewed TEXT NOT NULL DEFAULT '',
        carried TEXT NOT NULL,
        UNIQUE (note_id, revision_id)
    );
    CREATE INDEX carried_notes_by_revision ON carried_notes (revision_id, review);
    CREATE INDEX carried_notes_by_copy ON carried_notes (copy_id)
    """,
    # 3: a proposed wording per language. notes.proposed becomes notes.proposals, a JSON list of
    # {language, text, version_id}: the wording in the language of the version it was written
    # against (one per language). An existing proposal takes the version it was saved on and
    # its language, else the language of its revision's first version. Every saved state in
    # note_history is rewritten the same way.
    # note_history.restored: the time of the save a row brought back ('' for an edit). The
    # session log keeps each edit and deletion of an entry in session_log_history; a deleted
    # entry is only marked (session_log.deleted), so nothing written in the room is lost.
    """
    CREATE TABLE migration_proposal_plan AS
    SELECT n.id AS note_id, COALESCE(
            (SELECT v.language FROM versions v WHERE v.id = n.version_id),
            (SELECT v.language FROM versions v WHERE v.revision_id = n.revision_id
                ORDER BY v.position LIMIT 1),
            '') AS language
    FROM notes n;
    ALTER TABLE notes ADD COLUMN proposals TEXT NOT NULL DEFAULT '[]';
    UPDATE notes SET proposals = json_array(json_object(
        'language', (SELECT p.language FROM migration_proposal_plan p WHERE p.note_id = notes.id),
        'text', proposed,
        'version_id', version_id))
    WHERE proposed != '';
    ALTER TABLE notes DROP COLUMN proposed;
    UPDATE note_history SET content = json_set(json_remove(content, '$.proposed'),
        '$.proposals', json(CASE WHEN COALESCE(json_extract(content, '$.proposed'), '') = ''
            THEN '[]'
            ELSE json_array(json_object(
                'language', COALESCE(
                    (SELECT v.language FROM versions v
                        WHERE v.id = json_extract(note_history.content, '$.version_id')),
                    (SELECT p.language FROM migration_proposal_plan p
                        WHERE p.note_id = note_history.note_id)),
                'text', json_extract(content, '$.proposed'),
                'version_id', json_extract(content, '$.version_id')))
            END))
    WHERE json_valid(content) AND json_type(content, '$.proposed') IS NOT NULL;
    DROP TABLE migration_proposal_plan;
    ALTER TABLE note_history ADD COLUMN restored TEXT NOT NULL DEFAULT '';
    ALTER TABLE session_log ADD COLUMN deleted TEXT NOT NULL DEFAULT '';
    ALTER TABLE session_log ADD COLUMN edited TEXT NOT NULL DEFAULT '';
    CREATE TABLE session_log_history (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES session_log(id) ON DELETE CASCADE,
        saved TEXT NOT NULL,
        change TEXT NOT NULL,
        provision_key TEXT NOT NULL DEFAULT '',
        delegation TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL
    );
    CREATE INDEX session_log_history_by_entry ON session_log_history (entry_id, id)
    """,
    # 4: reference instruments and precedents. An instrument marked as a reference (an earlier
    # treaty) is searched for the sources of every other text's paragraphs; cite_as is its
    # short name in citations ("UNCAC"). precedent_pairs records each (draft version, source
    # version) pair searched, and precedents the closest passages found in that search, so
    # that a pair is searched once, and forgetting a pair (a reference unmarked) forgets them.
    """
    ALTER TABLE instruments ADD COLUMN reference INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE instruments ADD COLUMN cite_as TEXT NOT NULL DEFAULT '';
    CREATE TABLE precedent_pairs (
        draft_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        searched TEXT NOT NULL,
        PRIMARY KEY (draft_id, source_id)
    );
    CREATE INDEX precedent_pairs_by_source ON precedent_pairs (source_id);
    CREATE TABLE precedents (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL,
        source_id INTEGER NOT NULL,
        draft_key TEXT NOT NULL,
        rank INTEGER NOT NULL,
        source_key TEXT NOT NULL,
        citation TEXT NOT NULL,
        similarity REAL NOT NULL,
        kind TEXT NOT NULL,
        changed_words INTEGER NOT NULL,
        FOREIGN KEY (draft_id, source_id) REFERENCES precedent_pairs (draft_id, source_id)
            ON DELETE CASCADE
    );
    CREATE INDEX precedents_by_draft ON precedents (draft_id, draft_key);
    CREATE INDEX precedents_by_pair ON precedents (draft_id, source_id)
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


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
