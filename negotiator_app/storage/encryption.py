"""Encrypting a library in clear, or decrypting an encrypted one: `negotiator encrypt/decrypt`.

A conversion never writes over the library: a backup of it is taken first, every backup is
converted (each into a new file, checked, then renamed over the old one), then the library is
exported into a new file through SQLCipher, checked row for row, and renamed over the old one.
A kill at any moment leaves a whole library, in clear or encrypted. The search index is dropped:
an encrypted library's index lives in memory only. The caller holds the library's lock, and no
connection to the library is open in this process.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path

from negotiator_app.errors import shown
from negotiator_app.storage import cipher, database
from negotiator_app.storage.backup import Backup, list_backups_in, make_backup
from negotiator_app.storage.cipher import Key
from negotiator_app.storage.database import LIBRARY_FILE, LibraryError, wal_files
from negotiator_app.storage.library import Library

INDEX_FOLDER = "index"
_log = logging.getLogger(__name__)


def encrypt_library(folder: Path, passphrase: str) -> Backup | None:
    """Encrypt the library in folder with a key derived from passphrase (create it encrypted
    if there is none yet); returns the backup taken first (now encrypted too)."""
    folder = Path(folder)
    key = cipher.new_key(passphrase)
    cipher.driver()
    path = folder / LIBRARY_FILE
    if not path.exists():
        Library(folder, new_key=key).close()
        return None
    if cipher.is_encrypted(path):
        raise LibraryError(f"The library in {shown(folder)} is already encrypted.")
    saved = _convert(folder, source_key=None, target_key=key)
    cipher.remember(folder, key)
    _log.info("library encrypted, with its backups")
    return saved


def decrypt_library(folder: Path) -> Backup:
    """Store the (unlocked) encrypted library in folder, and its backups, in clear again."""
    folder = Path(folder)
    path = folder / LIBRARY_FILE
    if not cipher.is_encrypted(path):
        raise LibraryError(f"The library in {shown(folder)} is not encrypted.")
    key = cipher.key_for(folder)
    if key is None:
        raise cipher.PassphraseNeeded(f"Give the passphrase of the library in {shown(folder)}.")
    saved = _convert(folder, source_key=key, target_key=None)
    cipher.forget(folder)
    _log.info("library decrypted, with its backups")
    return saved


def _convert(folder: Path, source_key: Key | None, target_key: Key | None) -> Backup:
    path = folder / LIBRARY_FILE
    with Library(folder) as library:  # opened, checked and migrated as any other start
        saved = make_backup(library, reason="convert")
        library.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for backup in list_backups_in(folder):
        if cipher.is_encrypted(backup.path) != (target_key is not None):
            _convert_file(backup.path, source_key, target_key)
    shutil.rmtree(folder / INDEX_FOLDER, ignore_errors=True)  # it holds the notes' words
    _convert_file(path, source_key, target_key)
    return saved


def _convert_file(path: Path, source_key: Key | None, target_key: Key | None) -> None:
    """Replace one database file by its converted copy, checked row for row first."""
    partial = path.with_name(f".{path.name}.converting")
    _remove(partial)
    try:
        source = _open(path, source_key)
        try:
            database.copy_database(source, partial, target_key)
            expected = _contents(source)
        finally:
            source.close()
        copy = _open(partial, target_key)
        try:
            found = _contents(copy)
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
            copy.execute("PRAGMA journal_mode = WAL")
        finally:
            copy.close()
        if found != expected or verdict != "ok":
            raise LibraryError(
                f"The converted copy of {path.name} did not match it; nothing was changed."
            )
        for sidecar in wal_files(path):  # checkpointed: the old file's WAL must not meet the new
            _remove(sidecar)
        os.replace(partial, path)
    except database.errors_with(OSError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise LibraryError(
            f"{path.name} could not be converted ({reason}); it is as it was."
        ) from None
    finally:
        _remove(partial)
        for sidecar in wal_files(partial):
            _remove(sidecar)


def _open(path: Path, key: Key | None):
    """An SQLCipher connection (sqlcipher_export needs one), keyed when the file is encrypted."""
    if key is not None and cipher.is_encrypted(path):
        return cipher.connect(path, key, isolation_level=None)
    return cipher.driver().connect(str(path), isolation_level=None)


def _contents(connection) -> dict:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    contents: dict = {
        name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
        for name in tables
    }
    contents["(user_version)"] = connection.execute("PRAGMA user_version").fetchone()[0]
    return contents


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
