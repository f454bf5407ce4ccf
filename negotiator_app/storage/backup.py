"""Backups of the library through SQLite's backup API, in <library>/backups, and restoring one.

Each kind of backup is kept apart: ten imports in a row never push out the daily backups.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from negotiator_app.storage import database
from negotiator_app.storage.database import LIBRARY_FILE, LibraryError, wal_files
from negotiator_app.storage.library import Library

BACKUP_FOLDER = "backups"
Reason = Literal["manual", "import", "daily", "restore", "convert", "delete"]
# How many of each kind are kept: a week of daily backups, the last ten of the others.
KEEP: dict[str, int] = {
    "daily": 7, "import": 10, "manual": 10, "restore": 10, "convert": 10, "delete": 10,
}  # fmt: skip
KEEP_MANUAL = KEEP["manual"]
DAILY = timedelta(days=1)
_NAME = re.compile(r"^library-(\d{8}T\d{6}\.\d{6}Z)-([a-z]+)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S.%fZ"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    """One backup file."""

    path: Path
    taken: datetime
    reason: str  # manual, import, daily, restore, convert (the state before a restore or an
    # encryption or decryption), delete (before a version or an instrument was deleted)

    def to_dict(self) -> dict:
        return {
            "name": self.path.name,
            "path": str(self.path),
            "taken": self.taken.isoformat(timespec="seconds"),
            "reason": self.reason,
            "bytes": self.path.stat().st_size if self.path.exists() else 0,
        }


def backup_folder(library: Library) -> Path:
    return library.folder / BACKUP_FOLDER


def make_backup(library: Library, *, reason: Reason = "manual", keep: int | None = None) -> Backup:
    """Copy the library into the backups folder, check the copy, drop the oldest of its kind."""
    backup = _copy_out(library.connection, library.folder, reason)
    _log.info("backup taken (%s): %s", reason, backup.path.name)
    prune(library, reason, KEEP.get(reason, KEEP_MANUAL) if keep is None else keep)
    return backup


def list_backups(library: Library) -> list[Backup]:
    """The backups in the library's backups folder, newest first."""
    return list_backups_in(library.folder)


def list_backups_in(folder: Path) -> list[Backup]:
    """The backups of the library in folder, newest first (usable when the library is not)."""
    found = []
    backups = folder / BACKUP_FOLDER
    for path in backups.glob("library-*.sqlite3") if backups.is_dir() else []:
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, taken, match.group(2)))
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def prune(library: Library, reason: str, keep: int) -> list[Path]:
    """Delete the backups of one kind beyond the newest `keep`; returns what was deleted."""
    removed = []
    of_kind = [backup for backup in list_backups(library) if backup.reason == reason]
    for backup in of_kind[max(keep, 1) :]:
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as error:
            _log.warning("could not remove old backup %s: %s", backup.path, error)
    return removed


def automatic_backup(library: Library, *, every: timedelta = DAILY) -> Backup | None:
    """The GUI's backup at start: at most one per `every`; never raises (logs a warning)."""
    if library.is_empty():
        return None
    daily = [backup for backup in list_backups(library) if backup.reason == "daily"]
    if daily and datetime.now(UTC) - daily[0].taken < every:
        return None
    return _quietly(library, "daily")


def backup_before_import(library: Library) -> Backup | None:
    """A backup before an import changes the library (none for an empty one); never raises."""
    if library.is_empty():
        return None
    return _quietly(library, "import")


def find_backup(folder: Path, name: str) -> Backup:
    """A backup by file name, path, or "newest"; one sentence when there is none such."""
    backups = list_backups_in(folder)
    if name.strip().lower() in {"newest", "latest"}:
        if not backups:
            raise LibraryError(f"There are no backups in {folder / BACKUP_FOLDER}.")
        return backups[0]
    wanted = Path(name).name
    for backup in backups:
        if backup.path.name == wanted:
            return backup
    known = ", ".join(backup.path.name for backup in backups[:5]) or "none"
    raise LibraryError(
        f'There is no backup "{wanted}" in {folder / BACKUP_FOLDER} (newest: {known}).'
    )


def restore_backup(folder: Path, backup: Backup) -> Backup | None:
    """Make the library in folder what the backup holds; the present state is backed up first.

    The caller holds the library's lock. Works when the present library cannot be opened (empty,
    damaged, not ours): its files are then kept beside the backups as they were. Returns the
    backup of the present state, if one could be made.
    """
    _check_restorable(backup.path, folder)
    path = folder / LIBRARY_FILE
    saved = _save_present_state(folder, path)
    partial = folder / f".{LIBRARY_FILE}.restoring"
    try:
        _remove(partial)
        source = database.open_file(backup.path, folder, read_only=True)
        try:
            database.copy_database(source, partial, _key_of(source, folder))
        finally:
            source.close()
        target = database.open_file(partial, folder)
        try:
            target.execute("PRAGMA journal_mode = WAL")
            verdict = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
        if verdict != "ok":
            raise LibraryError(f"The restored copy failed its check ({verdict}); nothing changed.")
        # The search index describes the old library: a cache, rebuilt at the next search.
        shutil.rmtree(folder / "index", ignore_errors=True)
        for sidecar in wal_files(path):  # the old library's WAL must never meet the new file
            _remove(sidecar)
        os.replace(partial, path)
    except database.errors_with(OSError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        _log.error("restoring %s failed: %s", backup.path.name, reason)
        raise LibraryError(f"The backup could not be restored: {reason}.") from None
    finally:
        _remove(partial)
        for sidecar in wal_files(partial):
            _remove(sidecar)
    _log.info("restored the library from %s", backup.path.name)
    return saved


def _check_restorable(path: Path, folder: Path) -> None:
    try:
        copy = database.open_file(path, folder, read_only=True)
        try:
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
            version = copy.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
        finally:
            copy.close()
    except database.ALL_ERRORS as error:
        raise LibraryError(
            f"The backup {path.name} cannot be read ({error}); nothing changed."
        ) from None
    if verdict != "ok" or "notes" not in tables:
        raise LibraryError(f"The backup {path.name} is damaged or not a library; nothing changed.")
    if version > database.SCHEMA_VERSION:
        raise LibraryError(
            f"The backup {path.name} was written by a newer Negotiator; update the app first."
        )


def _save_present_state(folder: Path, path: Path) -> Backup | None:
    """A restorable backup of the library as it is; else its raw files kept aside."""
    if not path.exists():
        return None
    try:
        if path.stat().st_size > 0:
            connection = database.open_file(path, folder)
            try:
                tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
                if "notes" in tables:
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    return _copy_out(connection, folder, "restore")
            finally:
                connection.close()
    except database.errors_with(LibraryError) as error:
        _log.warning("the library could not be backed up before the restore: %s", error)
    aside = folder / BACKUP_FOLDER / f"unreadable-{datetime.now(UTC).strftime(_STAMP)}"
    try:
        aside.mkdir(parents=True)
        for file in (path, *wal_files(path)):
            if file.exists():
                shutil.copy2(file, aside / file.name)
    except OSError as error:
        raise LibraryError(
            f"The present library could not be kept aside in {aside} ({error.strerror}); "
            "nothing was restored."
        ) from None
    return None


def _copy_out(connection: sqlite3.Connection, folder: Path, reason: str) -> Backup:
    backups = folder / BACKUP_FOLDER
    taken = datetime.now(UTC)
    path = backups / f"library-{taken.strftime(_STAMP)}-{reason}.sqlite3"
    partial = backups / f".{path.name}.partial"
    try:
        backups.mkdir(parents=True, exist_ok=True)
        database.copy_database(connection, partial, _key_of(connection, folder))
        target = database.open_file(partial, folder)  # read-write: it removes its -wal on close
        try:
            verdict = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
        if verdict != "ok":
            raise LibraryError(f"The backup copy failed its check ({verdict}); nothing was kept.")
        os.replace(partial, path)
    except database.errors_with(OSError) as error:
        reason_text = getattr(error, "strerror", None) or str(error)
        raise LibraryError(
            f"The backup could not be written to {backups}: {reason_text}."
        ) from None
    finally:
        for leftover in (partial, *wal_files(partial)):
            _remove(leftover)
    return Backup(path, taken, reason)


def _key_of(connection: sqlite3.Connection, folder: Path):
    """The key copies of an encrypted library are made with (None for a library in clear)."""
    if not database.is_encrypted(connection):
        return None
    from negotiator_app.storage import cipher

    return cipher.key_for(folder)


def _quietly(library: Library, reason: Reason) -> Backup | None:
    try:
        return make_backup(library, reason=reason)
    except LibraryError as error:
        _log.warning("automatic backup skipped: %s", error)
        return None


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # then nothing was written there
        path.unlink(missing_ok=True)
