"""The session log: what was said in the room, by which delegation, on which provision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

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

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "created": self.created,
            "instrument_id": self.instrument_id,
            "version_id": self.version_id,
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


def list_entries(
    library: Library,
    *,
    instrument_id: int | None = None,
    provision_key: str | None = None,
    delegation: str | None = None,
    limit: int | None = None,
) -> list[LogEntry]:
    """Log entries, oldest first (the newest `limit` when given), optionally filtered."""
    clauses: list[str] = []
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
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    tail = f"LIMIT {int(limit)}" if limit else ""
    rows = library.connection.execute(
        f"SELECT * FROM session_log {where} ORDER BY id DESC {tail}", args
    ).fetchall()
    return [
        LogEntry(
            row["id"],
            row["created"],
            row["instrument_id"],
            row["version_id"],
            row["provision_key"],
            row["delegation"],
            row["text"],
        )
        for row in reversed(rows)
    ]
