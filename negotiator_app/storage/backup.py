"""Backups of the library through SQLite's backup API, in <library>/backups, the newest N kept."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from negotiator_app.storage.database import LibraryError
from negotiator_app.storage.library import Library

BACKUP_FOLDER = "backups"
KEEP = 10
DAILY = timedelta(days=1)
_NAME = re.compile(r"^library-(\d{8}T\d{6}\.\d{6}Z)-([a-z]+)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S.%fZ"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    """One backup file."""

    path: Path
    taken: datetime
    reason: str  # manual, import, daily

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "taken": self.taken.isoformat(timespec="seconds"),
            "reason": self.reason,
            "bytes": self.path.stat().st_size if self.path.exists() else 0,
        }


def backup_folder(library: Library) -> Path:
    return library.folder / BACKUP_FOLDER


def make_backup(library: Library, *, reason: str = "manual", keep: int = KEEP) -> Backup:
    """Copy the library into the backups folder, check the copy, drop the oldest beyond keep."""
    folder = backup_folder(library)
    taken = datetime.now(UTC)
    path = folder / f"library-{taken.strftime(_STAMP)}-{reason}.sqlite3"
    partial = folder / f".{path.name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(partial)
        try:
            library.connection.backup(target)
            verdict = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
        if verdict != "ok":
            raise LibraryError(f"The backup copy failed its check ({verdict}); nothing was kept.")
        os.replace(partial, path)
    except (OSError, sqlite3.Error) as error:
        reason_text = getattr(error, "strerror", None) or str(error)
        raise LibraryError(f"The backup could not be written to {folder}: {reason_text}.") from None
    finally:
        _remove(partial)
    prune(library, keep)
    return Backup(path, taken, reason)


def list_backups(library: Library) -> list[Backup]:
    """The backups in the backups folder, newest first."""
    found = []
    folder = backup_folder(library)
    for path in folder.glob("library-*.sqlite3") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match:
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, taken, match.group(2)))
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def prune(library: Library, keep: int = KEEP) -> list[Path]:
    """Delete the backups beyond the newest `keep`; returns what was deleted."""
    removed = []
    for backup in list_backups(library)[max(keep, 1) :]:
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
    backups = list_backups(library)
    if backups and datetime.now(UTC) - backups[0].taken < every:
        return None
    return _quietly(library, "daily")


def backup_before_import(library: Library) -> Backup | None:
    """A backup before an import changes the library (none for an empty one); never raises."""
    if library.is_empty():
        return None
    return _quietly(library, "import")


def _quietly(library: Library, reason: str) -> Backup | None:
    try:
        return make_backup(library, reason=reason)
    except LibraryError as error:
        _log.warning("automatic backup skipped: %s", error)
        return None


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # then nothing was written there
        path.unlink(missing_ok=True)
