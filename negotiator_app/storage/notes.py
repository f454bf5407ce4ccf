"""Notes: the delegation's position on a provision, with every earlier save kept in history."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, datetime

from negotiator_app.storage import database
from negotiator_app.storage.database import LibraryError, transaction
from negotiator_app.storage.library import Library, VersionInfo

STANCES = ("support", "support with amendments", "neutral", "oppose", "reserve")
PRIORITIES = ("high", "medium", "low")
TEXT_FIELDS = ("proposed", "rationale", "talking_points", "instructions")
# What delegates type for a stance, besides its name.
_STANCE_SYNONYMS = {
    "amendments": "support with amendments",
    "amend": "support with amendments",
    "reserved": "reserve",
    "undecided": "reserve",
    "opposed": "oppose",
}


def normalise_stance(value: str) -> str:
    """The stance as stored, from what a delegate types ("amendments", "support-with-...")."""
    value = " ".join(value.replace("-", " ").replace("_", " ").lower().split())
    return _STANCE_SYNONYMS.get(value, value)


@dataclass
class DelegationPosition:
    """What one delegation said or holds on the provision."""

    delegation: str
    stance: str = ""
    remark: str = ""


@dataclass
class Note:
    """The position on one provision (or on a quoted span inside it)."""

    instrument_id: int
    provision_key: str
    quote: str = ""
    stance: str = ""
    priority: str = ""
    red_line: bool = False
    proposed: str = ""
    rationale: str = ""
    talking_points: str = ""
    instructions: str = ""
    tags: list[str] = field(default_factory=list)
    delegations: list[DelegationPosition] = field(default_factory=list)
    version_id: int | None = None  # the version it was written on
    id: int | None = None
    created: str = ""
    updated: str = ""
    revision_id: int | None = None  # the revision it belongs to (default: version_id's)

    def is_empty(self) -> bool:
        """True when the note says nothing at all."""
        return not (
            self.stance
            or self.priority
            or self.red_line
            or any(getattr(self, name).strip() for name in TEXT_FIELDS)
            or self.tags
            or self.delegations
        )

    def content(self) -> dict:
        """What the user wrote, as a dict (no ids or times): what history keeps."""
        data = asdict(self)
        for name in (
            "id", "created", "updated", "instrument_id", "provision_key", "quote", "revision_id"
        ):  # fmt: skip
            data.pop(name)
        return data

    def to_dict(self) -> dict:
        """Everything about the note, for JSON output."""
        return asdict(self)


@dataclass(frozen=True)
class NoteRevision:
    """One earlier save of a note."""

    id: int
    saved: str
    note: Note

    def to_dict(self) -> dict:
        return {"id": self.id, "saved": self.saved, "note": self.note.content()}


def save_note(library: Library, note: Note) -> Note:
    """Save a note and add a history row, in one transaction; returns the stored note.

    The note belongs to its revision_id, else to the revision of the version it was written on,
    else (a note that says neither) to the newest revision of its instrument.
    """
    return save_notes(library, [note])[0]


def save_notes(library: Library, notes: list[Note]) -> list[Note]:
    """Save several notes (each with its history row) in one transaction: all or none."""
    for note in notes:
        _check(note)
    now = _now()
    revisions = [note.revision_id or _revision_for(library, note) for note in notes]
    try:
        with transaction(library.connection) as db:
            saved = [_store(db, n, r, now) for n, r in zip(notes, revisions, strict=True)]
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return saved


def _store(db: sqlite3.Connection, note: Note, revision_id: int, now: str) -> Note:
    values = _columns(note)
    row = db.execute(
        "SELECT id, created FROM notes WHERE revision_id = ? AND provision_key = ? AND quote = ?",
        (revision_id, note.provision_key, note.quote),
    ).fetchone()
    if row is None:
        note_id = db.execute(
            f"INSERT INTO notes (instrument_id, revision_id, provision_key, quote,"
            f" {', '.join(values)}, created, updated)"
            f" VALUES (?, ?, ?, ?, {', '.join('?' * len(values))}, ?, ?)",
            (note.instrument_id, revision_id, note.provision_key, note.quote, *values.values(),
             now, now),
        ).lastrowid  # fmt: skip
        created = now
    else:
        note_id, created = row["id"], row["created"]
        assignments = ", ".join(f"{name} = ?" for name in values)
        db.execute(
            f"UPDATE notes SET {assignments}, updated = ? WHERE id = ?",
            (*values.values(), now, note_id),
        )
    db.execute(
        "INSERT INTO note_history (note_id, saved, content) VALUES (?, ?, ?)",
        (note_id, now, json.dumps(note.content(), ensure_ascii=False)),
    )
    # A carried position the delegate edits has had its look: off the review list.
    db.execute(
        "UPDATE carried_notes SET review = 0, reviewed = ? WHERE copy_id = ? AND review",
        (now, note_id),
    )
    return replace(note, id=note_id, created=created, updated=now, revision_id=revision_id)


def get_note(
    library: Library, provision_key: str, quote: str = "", *, version_id: int
) -> Note | None:
    """The note on a provision (or a quoted span of it) of a version's revision, or None."""
    row = library.connection.execute(
        "SELECT * FROM notes WHERE revision_id = ? AND provision_key = ? AND quote = ?",
        (revision_of(library, version_id), provision_key, quote),
    ).fetchone()
    return note_from_row(row) if row else None


def revision_of(library: Library, version_id: int | None) -> int:
    """The revision a version belongs to; a clear sentence when there is none."""
    row = None
    if version_id is not None:
        row = library.connection.execute(
            "SELECT revision_id FROM versions WHERE id = ?", (version_id,)
        ).fetchone()
    if row is None or row[0] is None:
        raise LibraryError(f"There is no version {version_id} to keep the note with.")
    return row[0]


def get_note_by_id(library: Library, note_id: int) -> Note:
    row = library.connection.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise LibraryError(f"There is no note {note_id} in the library.")
    return note_from_row(row)


def list_notes(
    library: Library,
    *,
    version_id: int | None = None,
    instrument_id: int | None = None,
    stance: str | None = None,
    tag: str | None = None,
) -> list[Note]:
    """Notes: of a version's revision, or of one instrument (all its revisions), or all;
    optionally only those with one stance or one tag."""
    clauses: list[str] = []
    args: list[object] = []
    if version_id is not None:
        clauses.append("revision_id = ?")
        args.append(revision_of(library, version_id))
    if instrument_id is not None:
        clauses.append("instrument_id = ?")
        args.append(instrument_id)
    if stance:
        clauses.append("stance = ?")
        args.append(stance)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = library.connection.execute(
        f"SELECT * FROM notes {where} ORDER BY instrument_id, revision_id, provision_key, quote",
        args,
    ).fetchall()
    notes = [note_from_row(row) for row in rows]
    if tag:
        notes = [n for n in notes if tag.lower() in (t.lower() for t in n.tags)]
    return notes


def note_history(library: Library, note_id: int) -> list[NoteRevision]:
    """Every save of a note, newest first."""
    base = get_note_by_id(library, note_id)
    rows = library.connection.execute(
        "SELECT id, saved, content FROM note_history WHERE note_id = ? ORDER BY id DESC", (note_id,)
    ).fetchall()
    return [NoteRevision(r["id"], r["saved"], _from_content(base, r["content"])) for r in rows]


def restore_note(library: Library, note_id: int, history_id: int) -> Note:
    """Make an earlier save the current note again (itself a new save: nothing is lost)."""
    for revision in note_history(library, note_id):
        if revision.id == history_id:
            return save_note(library, revision.note)
    raise LibraryError(f"Note {note_id} has no history entry {history_id}.")


def require_provision(library: Library, version: VersionInfo, key: str) -> None:
    """Raise a clear LibraryError unless the version has a provision with this key."""
    found = library.connection.execute(
        "SELECT 1 FROM provisions WHERE version_id = ? AND key = ?", (version.id, key)
    ).fetchone()
    if found:
        return
    keys = [
        row[0]
        for row in library.connection.execute(
            "SELECT key FROM provisions WHERE version_id = ?", (version.id,)
        )
    ]
    import difflib  # only for this hint: the workbench starts without it

    close = difflib.get_close_matches(key, keys, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else "."
    raise LibraryError(f'Version "{version.label}" has no provision "{key}"{hint}')


def _revision_for(library: Library, note: Note) -> int:
    if note.version_id is not None:
        return revision_of(library, note.version_id)
    row = library.connection.execute(
        "SELECT id FROM revisions WHERE instrument_id = ? ORDER BY position DESC LIMIT 1",
        (note.instrument_id,),
    ).fetchone()
    if row is None:
        raise LibraryError(f"There is no instrument {note.instrument_id} to keep the note with.")
    return row[0]


def _check(note: Note) -> None:
    if note.stance and note.stance not in STANCES:
        raise LibraryError(f'Unknown stance "{note.stance}"; use one of: {", ".join(STANCES)}.')
    if note.priority and note.priority not in PRIORITIES:
        raise LibraryError(
            f'Unknown priority "{note.priority}"; use one of: {", ".join(PRIORITIES)}.'
        )


def _columns(note: Note) -> dict[str, object]:
    return {
        "version_id": note.version_id,
        "stance": note.stance,
        "priority": note.priority,
        "red_line": int(note.red_line),
        **{name: getattr(note, name) for name in TEXT_FIELDS},
        "tags": json.dumps(note.tags, ensure_ascii=False),
        "delegations": json.dumps([asdict(d) for d in note.delegations], ensure_ascii=False),
    }


def note_from_row(row: sqlite3.Row) -> Note:
    """A Note from a row of the notes table."""
    names = {f.name for f in fields(Note)}
    data = {name: row[name] for name in row.keys() if name in names}  # noqa: SIM118 (Row)
    data["red_line"] = bool(data["red_line"])
    data["tags"] = json.loads(data["tags"])
    data["delegations"] = [DelegationPosition(**d) for d in json.loads(data["delegations"])]
    return Note(**data)


def _from_content(base: Note, content: str) -> Note:
    data = json.loads(content)
    data["delegations"] = [DelegationPosition(**d) for d in data.get("delegations", [])]
    return replace(base, **data)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
