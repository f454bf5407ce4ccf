"""The session log: what was said in the room, by which delegation, on which provision.

An entry can be corrected or deleted afterwards; each state it had before is kept in its
history (session_log_history), and a deleted entry is only marked, so nothing written in the
room is lost (`negotiator log list --deleted`, `negotiator log history ID`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from negotiator_app.storage import database
from negotiator_app.storage.database import LibraryError, transaction
from negotiator_app.storage.library import Library, VersionInfo
from negotiator_app.storage.notes import require_provision


@dataclass(frozen=True)
class LogEntry:
    """One timestamped entry of the session log."""

    id: int
    created: str
    instrument_id: int | None
    version_id: int | None
    provision_key: str
    delegation: str
    text: str
    edited: str = ""  # when it was last corrected
    deleted: str = ""  # when it was deleted ("" while it stands)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "created": self.created,
            "instrument_id": self.instrument_id,
            "version_id": self.version_id,
            "key": self.provision_key,
            "delegation": self.delegation,
            "text": self.text,
            "edited": self.edited or None,
            "deleted": self.deleted or None,
        }


class EntryChange(StrEnum):
    """What replaced an earlier state of a log entry."""

    EDITED = "edited"
    DELETED = "deleted"
    UNDELETED = "undeleted"


@dataclass(frozen=True)
class EntryState:
    """An earlier state of a log entry, and the change that replaced it."""

    id: int
    saved: str  # when it was replaced
    change: EntryChange
    provision_key: str
    delegation: str
    text: str

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "saved": self.saved,
            "change": str(self.change),
            "key": self.provision_key,
            "delegation": self.delegation,
            "text": self.text,
        }


def add_entry(
    library: Library,
    version: VersionInfo,
    provision_key: str | None,
    text: str,
    *,
    delegation: str = "",
) -> LogEntry:
    """Record what was said on a provision of a version; the key must exist in that version."""
    text = text.strip()
    if not text:
        raise LibraryError("A log entry needs some text: what was said.")
    provision_key = (provision_key or "").strip()
    if provision_key:
        require_provision(library, version, provision_key)
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    try:
        with transaction(library.connection) as db:
            entry_id = database.inserted_id(
                db.execute(
                    "INSERT INTO session_log (instrument_id, version_id, provision_key, delegation,"
                    " text, created) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        version.instrument_id,
                        version.id,
                        provision_key,
                        delegation.strip(),
                        text,
                        now,
                    ),
                ).lastrowid
            )
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return LogEntry(
        entry_id, now, version.instrument_id, version.id, provision_key, delegation.strip(), text
    )


def edit_entry(
    library: Library,
    entry_id: int,
    *,
    text: str | None = None,
    delegation: str | None = None,
    provision_key: str | None = None,
) -> LogEntry:
    """Correct what an entry says (its text, delegation or provision); the state it had is kept
    in its history. A key given must exist in the entry's version."""
    entry = get_entry(library, entry_id)
    if entry.deleted:
        raise LibraryError(f"Log entry {entry_id} is deleted; `negotiator log undelete` it first.")
    new = replace(
        entry,
        text=entry.text if text is None else text.strip(),
        delegation=entry.delegation if delegation is None else delegation.strip(),
        provision_key=entry.provision_key if provision_key is None else provision_key.strip(),
    )
    if not new.text:
        raise LibraryError("A log entry needs some text: what was said.")
    if new.provision_key and new.provision_key != entry.provision_key:
        if entry.version_id is None:
            raise LibraryError(
                f"Log entry {entry_id} is on a version that was deleted; its provision stays."
            )
        require_provision(library, library.version(entry.version_id), new.provision_key)
    if (new.text, new.delegation, new.provision_key) == (
        entry.text, entry.delegation, entry.provision_key
    ):  # fmt: skip
        return entry
    now = _now()
    _change(library, entry, EntryChange.EDITED, now, new)
    return replace(new, edited=now)


def delete_entry(library: Library, entry_id: int) -> LogEntry:
    """Delete an entry from the log: it is marked deleted, its text kept in its history."""
    entry = get_entry(library, entry_id)
    if entry.deleted:
        return entry
    now = _now()
    _change(library, entry, EntryChange.DELETED, now, replace(entry, deleted=now))
    return replace(entry, deleted=now)


def undelete_entry(library: Library, entry_id: int) -> LogEntry:
    """Bring a deleted entry back into the log."""
    entry = get_entry(library, entry_id)
    if not entry.deleted:
        return entry
    _change(library, entry, EntryChange.UNDELETED, _now(), replace(entry, deleted=""))
    return replace(entry, deleted="")


def get_entry(library: Library, entry_id: int) -> LogEntry:
    row = library.connection.execute(
        "SELECT * FROM session_log WHERE id = ?", (entry_id,)
    ).fetchone()
    if row is None:
        raise LibraryError(
            f"There is no log entry {entry_id}; `negotiator log list` shows their ids."
        )
    return _entry(row)


def entry_history(library: Library, entry_id: int) -> list[EntryState]:
    """The earlier states of an entry, oldest first, each with the change that replaced it."""
    get_entry(library, entry_id)
    rows = library.connection.execute(
        "SELECT * FROM session_log_history WHERE entry_id = ? ORDER BY id", (entry_id,)
    ).fetchall()
    return [
        EntryState(
            row["id"],
            row["saved"],
            EntryChange(row["change"]),
            row["provision_key"],
            row["delegation"],
            row["text"],
        )  # fmt: skip
        for row in rows
    ]


def list_entries(
    library: Library,
    *,
    instrument_id: int | None = None,
    provision_key: str | None = None,
    delegation: str | None = None,
    limit: int | None = None,
    deleted: bool = False,
) -> list[LogEntry]:
    """Log entries, oldest first (the newest `limit` when given), optionally filtered; the
    deleted ones instead with deleted=True."""
    clauses: list[str] = ["deleted != ''" if deleted else "deleted = ''"]
    args: list[object] = []
    if instrument_id is not None:
        clauses.append("instrument_id = ?")
        args.append(instrument_id)
    if provision_key:
        clauses.append("provision_key = ?")
        args.append(provision_key)
    if delegation:
        clauses.append("lower(delegation) = lower(?)")
        args.append(delegation)
    where = f"WHERE {' AND '.join(clauses)}"
    tail = f"LIMIT {int(limit)}" if limit else ""
    rows = library.connection.execute(
        f"SELECT * FROM session_log {where} ORDER BY id DESC {tail}", args
    ).fetchall()
    return [_entry(row) for row in reversed(rows)]


def _change(library: Library, old: LogEntry, change: EntryChange, now: str, new: LogEntry) -> None:
    """Keep old's state in the history, then store new: one transaction."""
    try:
        with transaction(library.connection) as db:
            db.execute(
                "INSERT INTO session_log_history (entry_id, saved, change, provision_key,"
                " delegation, text) VALUES (?, ?, ?, ?, ?, ?)",
                (old.id, now, str(change), old.provision_key, old.delegation, old.text),
            )
            edited = now if change == EntryChange.EDITED else old.edited
            db.execute(
                "UPDATE session_log SET provision_key = ?, delegation = ?, text = ?, edited = ?,"
                " deleted = ? WHERE id = ?",
                (new.provision_key, new.delegation, new.text, edited, new.deleted, old.id),
            )
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None


def _entry(row: sqlite3.Row) -> LogEntry:
    return LogEntry(
        row["id"],
        row["created"],
        row["instrument_id"],
        row["version_id"],
        row["provision_key"],
        row["delegation"],
        row["text"],
        row["edited"],
        row["deleted"],
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
