"""Notes: the delegation's position on a provision, with every earlier save kept in history.

What a note holds (Note, Proposal, DelegationPosition, the stances) is storage/positions.py;
every name there is importable from here too.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from negotiator_app.core.language import language_code, language_name
from negotiator_app.storage import database
from negotiator_app.storage.database import LibraryError, transaction
from negotiator_app.storage.library import Library, VersionInfo
from negotiator_app.storage.positions import (
    PRIORITIES,
    STANCES,
    DelegationPosition,
    Note,
    Proposal,
    note_columns,
)
from negotiator_app.storage.positions import TEXT_FIELDS as TEXT_FIELDS  # re-exported
from negotiator_app.storage.positions import normalise_stance as normalise_stance  # re-exported
from negotiator_app.storage.positions import note_from_content as note_from_content  # re-exported
from negotiator_app.storage.positions import note_from_row as note_from_row  # re-exported

# Saves of one field this close together are one editing burst, kept as one row of history:
# a state the delegate left for longer is always kept.
BURST = timedelta(seconds=60)


@dataclass(frozen=True)
class NoteRevision:
    """One earlier save of a note."""

    id: int
    saved: str
    note: Note
    restored: str = ""  # when this save brought back an earlier one: that save's time

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "saved": self.saved,
            "note": self.note.content(),
            "restored": self.restored or None,
        }


def save_note(library: Library, note: Note, *, burst: bool = False) -> Note:
    """Save a note and add a history row, in one transaction; returns the stored note.

    The note belongs to its revision_id, else to the revision of the version it was written on,
    else (a note that says neither) to the newest revision of its instrument. A proposal
    without a language takes the language of the version the note is written on.

    burst: the save is one of a delegate's typing (the panel saves as they type): when it
    changes the one field the last save changed, within BURST of it, it replaces that save in
    the history instead of adding a row. Any state left longer than BURST stays in the history.
    """
    return save_notes(library, [note], burst=burst)[0]


def save_notes(library: Library, notes: list[Note], *, burst: bool = False) -> list[Note]:
    """Save several notes (each with its history row) in one transaction: all or none."""
    revisions = [note.revision_id or _revision_for(library, note) for note in notes]
    notes = [_with_languages(library, n, r) for n, r in zip(notes, revisions, strict=True)]
    for note in notes:
        _check(note)
    moment = now()
    try:
        with transaction(library.connection) as db:
            saved = [
                store_note_in(db, n, r, moment, burst=burst)
                for n, r in zip(notes, revisions, strict=True)
            ]
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return saved


def now() -> datetime:
    """The time a save is stamped with (a test moves it on to stand for a pause)."""
    return datetime.now(UTC)


def store_note_in(
    db: sqlite3.Connection,
    note: Note,
    revision_id: int,
    moment: datetime,
    *,
    burst: bool = False,
    restored: str = "",
) -> Note:
    """Save a note inside a write transaction the caller holds (save_note's work)."""
    stamp = moment.isoformat(timespec="microseconds")
    values = note_columns(note)
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
             stamp, stamp),
        ).lastrowid  # fmt: skip
        created = stamp
    else:
        note_id, created = row["id"], row["created"]
        assignments = ", ".join(f"{name} = ?" for name in values)
        db.execute(
            f"UPDATE notes SET {assignments}, updated = ? WHERE id = ?",
            (*values.values(), stamp, note_id),
        )
    content = note.content()
    note_id = database.inserted_id(note_id)
    if not (burst and _joined_burst(db, note_id, content, moment, stamp)):
        db.execute(
            "INSERT INTO note_history (note_id, saved, content, restored) VALUES (?, ?, ?, ?)",
            (note_id, stamp, json.dumps(content, ensure_ascii=False), restored),
        )
    # A carried position the delegate edits has had its look: off the review list.
    db.execute(
        "UPDATE carried_notes SET review = 0, reviewed = ? WHERE copy_id = ? AND review",
        (stamp, note_id),
    )
    return replace(note, id=note_id, created=created, updated=stamp, revision_id=revision_id)


def _joined_burst(
    db: sqlite3.Connection, note_id: int, content: dict, moment: datetime, stamp: str
) -> bool:
    """Fold a save into the last row of history when both are one burst of typing in one
    field (see save_note); True when it was folded in."""
    from negotiator_app.storage.note_changes import changed_fields

    rows = db.execute(
        "SELECT id, saved, content, restored FROM note_history WHERE note_id = ?"
        " ORDER BY id DESC LIMIT 2",
        (note_id,),
    ).fetchall()
    if not rows or rows[0]["restored"]:
        return False  # a restore stays a row of its own
    last = rows[0]
    try:
        if moment - datetime.fromisoformat(last["saved"]) >= BURST:
            return False
        last_content = json.loads(last["content"])
        before = json.loads(rows[1]["content"]) if len(rows) > 1 else {}
    except ValueError:
        return False
    field_now = changed_fields(last_content, content)
    if len(field_now) != 1 or changed_fields(before, last_content) != field_now:
        return False
    if len(rows) > 1 and changed_fields(before, content) == []:
        # Typed, then taken back: the burst left the note as the save before it.
        db.execute("DELETE FROM note_history WHERE id = ?", (last["id"],))
        return True
    db.execute(
        "UPDATE note_history SET saved = ?, content = ? WHERE id = ?",
        (stamp, json.dumps(content, ensure_ascii=False), last["id"]),
    )
    return True


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
        "SELECT id, saved, content, restored FROM note_history WHERE note_id = ? ORDER BY id DESC",
        (note_id,),
    ).fetchall()
    return [
        NoteRevision(r["id"], r["saved"], _from_content(base, r["content"]), r["restored"])
        for r in rows
    ]


def history_count(library: Library, note_id: int) -> int:
    """How many saves of a note its history keeps."""
    return library.connection.execute(
        "SELECT COUNT(*) FROM note_history WHERE note_id = ?", (note_id,)
    ).fetchone()[0]


def earlier_save(library: Library, note_id: int, history_id: int) -> NoteRevision:
    """One save of a note; a clear sentence when the note has no such save."""
    for revision in note_history(library, note_id):
        if revision.id == history_id:
            return revision
    raise LibraryError(
        f"Note {note_id} has no save {history_id}; `negotiator note show` lists its saves."
    )


def restored_note(current: Note, earlier: Note, *, wording_only: bool = False) -> Note:
    """What the note becomes when an earlier save is restored: all of it, or its wording only
    (the proposed wording in every language; stance, reasons, tags and delegations stay)."""
    if wording_only:
        return replace(current, proposals=list(earlier.proposals))
    return replace(earlier, id=current.id, created=current.created, updated=current.updated)


def restore_note(
    library: Library, note_id: int, history_id: int, *, wording_only: bool = False
) -> Note:
    """Make an earlier save (or only its wording) the current note again: itself a new save,
    marked as a restore, so nothing is lost."""
    earlier = earlier_save(library, note_id, history_id)
    current = get_note_by_id(library, note_id)
    note = restored_note(current, earlier.note, wording_only=wording_only)
    _check(note)
    try:
        with transaction(library.connection) as db:
            return store_note_in(
                db, note, database.inserted_id(current.revision_id), now(),
                restored=earlier.saved,
            )  # fmt: skip
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None


def add_delegation_remark(
    library: Library, version_id: int, key: str, delegation: str, remark: str
) -> Note:
    """What a delegation said, added to the delegations of the note on a provision (a note is
    made if there is none): a new row for a delegation not there yet, else its remark grows
    by the words (unless it already says them). Its stance is left as the delegate set it."""
    delegation, remark = delegation.strip(), " ".join(remark.split())
    if not delegation:
        raise LibraryError("Only what a named delegation said goes into the delegations table.")
    version = library.version(version_id)
    require_provision(library, version, key)
    note = get_note(library, key, version_id=version_id) or Note(
        version.instrument_id, key, version_id=version_id
    )
    positions = list(note.delegations)
    for index, position in enumerate(positions):
        if position.delegation.casefold() == delegation.casefold():
            if remark.casefold() not in position.remark.casefold():
                joined = f"{position.remark}; {remark}" if position.remark.strip() else remark
                positions[index] = replace(position, remark=joined)
            break
    else:
        positions.append(DelegationPosition(delegation, "", remark))
    if positions == note.delegations:
        return note
    return save_note(library, replace(note, delegations=positions, version_id=version_id))


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


def _with_languages(library: Library, note: Note, revision_id: int) -> Note:
    """A proposal saved without a language is in the language of the version the note is
    written on (else of its revision's first version)."""
    if all(p.language for p in note.proposals):
        return note
    row = library.connection.execute(
        "SELECT id, language FROM versions WHERE id = ? OR revision_id = ?"
        " ORDER BY id = ? DESC, position LIMIT 1",
        (note.version_id, revision_id, note.version_id),
    ).fetchone()
    language, version_id = (row["language"], row["id"]) if row else ("", None)
    proposals = [
        p if p.language else Proposal(language, p.text, p.version_id or version_id)
        for p in note.proposals
    ]
    return replace(note, proposals=proposals)


def _check(note: Note) -> None:
    languages = [language_code(p.language) for p in note.proposals]
    if len(set(languages)) != len(languages):
        raise LibraryError(
            "A note has one proposed wording per language; two were given in "
            f"{language_name(next(x for x in languages if languages.count(x) > 1))}."
        )
    if note.stance and note.stance not in STANCES:
        raise LibraryError(f'Unknown stance "{note.stance}"; use one of: {", ".join(STANCES)}.')
    if note.priority and note.priority not in PRIORITIES:
        raise LibraryError(
            f'Unknown priority "{note.priority}"; use one of: {", ".join(PRIORITIES)}.'
        )


def _from_content(base: Note, content: str) -> Note:
    return note_from_content(base, json.loads(content))
