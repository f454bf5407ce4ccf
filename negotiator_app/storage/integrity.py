"""`negotiator check`: SQLite's own integrity checks, then ours on what the library means."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, fields

from negotiator_app.core.provision import Kind
from negotiator_app.storage import database
from negotiator_app.storage.database import SCHEMA_VERSION, LibraryError
from negotiator_app.storage.library import Library
from negotiator_app.storage.notes import PRIORITIES, STANCES, Note, note_from_row

_MAX_LISTED = 50  # a badly damaged file could list thousands; the first ones say enough


@dataclass
class IntegrityReport:
    """What the check found: nothing in `problems` means the library is sound."""

    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def sound(self) -> bool:
        return not self.problems

    def verdict(self) -> str:
        """One sentence for the delegate."""
        c = self.counts
        if self.sound:
            counted = ", ".join(
                f"{c.get(name, 0)} {one if c.get(name, 0) == 1 else many}"
                for name, one, many in (
                    ("versions", "version", "versions"),
                    ("provisions", "provision", "provisions"),
                    ("notes", "note", "notes"),
                    ("saves", "saved note version", "saved note versions"),
                    ("log", "log entry", "log entries"),
                )
            )
            return f"The library is sound: {counted}."
        count = len(self.problems)
        return (
            f"The library has {count} problem{'s' if count != 1 else ''}; "
            "restore it from a backup in the backups folder if they concern your notes."
        )

    def to_dict(self) -> dict:
        return {
            "sound": self.sound,
            "verdict": self.verdict(),
            "problems": list(self.problems),
            "counts": dict(self.counts),
        }


def check_library(library: Library) -> IntegrityReport:
    """Run every check; problems are listed, not raised."""
    report = IntegrityReport()
    db = library.connection
    try:
        _sqlite_checks(db, report)
        _count(db, report)
        _provision_checks(db, report)
        _note_checks(db, report)
        _revision_checks(db, report)
        _log_checks(db, report)
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    if len(report.problems) > _MAX_LISTED:
        more = len(report.problems) - _MAX_LISTED
        report.problems = report.problems[:_MAX_LISTED] + [f"... and {more} more problems."]
    return report


def _sqlite_checks(db: sqlite3.Connection, report: IntegrityReport) -> None:
    rows = [row[0] for row in db.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        report.problems += [f"SQLite integrity check: {row}" for row in rows]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        report.problems.append(f"{table} row {rowid} refers to a missing row of {parent}.")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        report.problems.append(f"The schema is at version {version}, expected {SCHEMA_VERSION}.")


def _count(db: sqlite3.Connection, report: IntegrityReport) -> None:
    tables = {
        "instruments": "instruments",
        "versions": "versions",
        "provisions": "provisions",
        "notes": "notes",
        "saves": "note_history",
        "log": "session_log",
    }
    for name, table in tables.items():
        report.counts[name] = db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _provision_checks(db: sqlite3.Connection, report: IntegrityReport) -> None:
    labels = {row[0]: row[1] for row in db.execute("SELECT id, label FROM versions")}

    def where(version_id: int) -> str:
        return f'Version "{labels.get(version_id, version_id)}"'

    rows = db.execute(
        "SELECT p.version_id, p.key, p.parent_key, q.id AS found, q.position < p.position"
        " AND q.depth + 1 = p.depth AS in_place FROM provisions p LEFT JOIN provisions q"
        " ON q.version_id = p.version_id AND q.key = p.parent_key"
        " WHERE p.parent_key IS NOT NULL"
    )
    for version_id, key, parent_key, found, in_place in rows:
        if found is None:
            report.problems.append(
                f'{where(version_id)}: provision "{key}" has no parent "{parent_key}".'
            )
        elif not in_place:
            report.problems.append(
                f'{where(version_id)}: provision "{key}" is out of place under "{parent_key}".'
            )
    for version_id, key in db.execute(
        "SELECT version_id, key FROM provisions WHERE parent_key IS NULL AND depth != 0"
    ):
        report.problems.append(f'{where(version_id)}: top-level provision "{key}" is nested.')
    for version_id, position in db.execute(
        "SELECT version_id, position FROM provisions GROUP BY version_id, position"
        " HAVING COUNT(*) > 1"
    ):
        report.problems.append(f"{where(version_id)}: two provisions share place {position}.")
    kinds = tuple(str(kind) for kind in Kind)
    for version_id, key, kind in db.execute(
        f"SELECT version_id, key, kind FROM provisions"
        f" WHERE kind NOT IN ({','.join('?' * len(kinds))})",
        kinds,
    ):
        report.problems.append(f'{where(version_id)}: provision "{key}" has unknown kind "{kind}".')
    for version_id, text in db.execute("SELECT id, report FROM versions"):
        if not isinstance(_json(text), dict):
            report.problems.append(f"{where(version_id)}: its import report is unreadable.")


def _note_checks(db: sqlite3.Connection, report: IntegrityReport) -> None:
    names = {f.name for f in fields(Note)}
    instruments = {row[0]: row[1] for row in db.execute("SELECT id, instrument_id FROM versions")}
    latest: dict[int, str] = {}
    for note_id, history_id, content in db.execute(
        "SELECT note_id, id, content FROM note_history ORDER BY note_id, id"
    ):
        data = _json(content)
        if not isinstance(data, dict) or not set(data) <= names:
            report.problems.append(f"Note {note_id}: saved version {history_id} is unreadable.")
            continue
        latest[note_id] = content
    for row in db.execute("SELECT * FROM notes ORDER BY id"):
        name = f'Note {row["id"]} on "{row["provision_key"]}"'
        try:
            note = note_from_row(row)
        except (ValueError, TypeError, KeyError):
            report.problems.append(f"{name}: its tags or delegation positions are unreadable.")
            continue
        if note.stance and note.stance not in STANCES:
            report.problems.append(f'{name}: unknown stance "{note.stance}".')
        if note.priority and note.priority not in PRIORITIES:
            report.problems.append(f'{name}: unknown priority "{note.priority}".')
        if note.version_id is not None and instruments.get(note.version_id) != note.instrument_id:
            report.problems.append(f"{name}: it refers to a version of another instrument.")
        if note.id not in latest:
            report.problems.append(f"{name}: it has no saved history.")
        elif _without_versions(json.loads(latest[note.id])) != _without_versions(note.content()):
            report.problems.append(f"{name}: it differs from its last save in history.")


def _revision_checks(db: sqlite3.Connection, report: IntegrityReport) -> None:
    """Every version and note in a revision of its own instrument; carried notes between two."""
    for (label,) in db.execute(
        "SELECT v.label FROM versions v LEFT JOIN revisions r ON r.id = v.revision_id"
        " WHERE r.id IS NULL OR r.instrument_id != v.instrument_id"
    ):
        report.problems.append(f'Version "{label}" is in no revision of its instrument.')
    for note_id, key in db.execute(
        "SELECT n.id, n.provision_key FROM notes n LEFT JOIN revisions r ON r.id = n.revision_id"
        " WHERE r.id IS NULL OR r.instrument_id != n.instrument_id"
    ):
        report.problems.append(
            f'Note {note_id} on "{key}" belongs to no revision of its instrument.'
        )
    for carried_id, key in db.execute(
        "SELECT c.id, c.old_key FROM carried_notes c JOIN notes n ON n.id = c.note_id"
        " LEFT JOIN notes copy ON copy.id = c.copy_id"
        " WHERE n.revision_id = c.revision_id"
        " OR (copy.id IS NOT NULL AND copy.revision_id != c.revision_id)"
    ):
        report.problems.append(
            f'The position on "{key}" carried as {carried_id} is not between two revisions.'
        )


def _log_checks(db: sqlite3.Connection, report: IntegrityReport) -> None:
    for entry_id, in db.execute(
        "SELECT l.id FROM session_log l JOIN versions v ON v.id = l.version_id"
        " WHERE l.instrument_id IS NOT v.instrument_id"
    ):  # fmt: skip
        report.problems.append(f"Log entry {entry_id} refers to a version of another instrument.")


def _without_versions(content: dict) -> dict:
    """A saved note's content without the versions it names: a deleted version leaves the
    note (and its wordings) naming none, while its history keeps what it was written on."""
    content = {name: value for name, value in content.items() if name != "version_id"}
    content["proposals"] = [
        {name: value for name, value in proposal.items() if name != "version_id"}
        for proposal in content.get("proposals", [])
    ]
    return content


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None
