"""Renaming, relabelling and deleting versions and instruments, and the positions they leave.

A version is renamed (its label: "Rev.2 RU" -> "Rev.2 (Russian)") or relabelled (what it says
it is: its language and its title). An instrument is renamed. Deleting takes a backup first
and runs in one transaction; the positions are kept unless the delegate asks otherwise:

- a note belongs to a provision of a revision, shared by the revision's language versions, so
  deleting one language version leaves every note where it was, on the versions that remain;
- when the last version of a revision goes, the revision stays, without a text, holding its
  notes: they are orphans, listed by `negotiator note list --orphans` and exported by
  `negotiator export orphans`. Importing the text again with --translation-of REVISION puts
  them back on a text. A revision with no notes goes with its last version;
- deleting an instrument deletes its versions the same way; the instrument stays (under its
  name) while it keeps orphans or session log entries, and goes when nothing is left.

with_notes=True deletes the positions too: for a version, only when it is its revision's last
(the others share them); for an instrument, its notes, revisions and session log entries.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING

from negotiator_app.core.language import language_name, same_language
from negotiator_app.storage import database
from negotiator_app.storage.database import LibraryError, transaction
from negotiator_app.storage.library import Library, VersionInfo
from negotiator_app.storage.notes import Note, Proposal, note_from_row, now, store_note_in

if TYPE_CHECKING:
    from negotiator_app.storage.backup import Backup


@dataclass(frozen=True)
class Instrument:
    """An instrument as the library holds it."""

    id: int
    name: str


@dataclass(frozen=True)
class OrphanNote:
    """A position kept after every version of its revision was deleted."""

    note: Note
    instrument: str
    revision: str

    def to_dict(self) -> dict:
        return {**self.note.to_dict(), "instrument": self.instrument, "revision": self.revision}


@dataclass
class Deletion:
    """What a deletion did: what went, and where the positions are now."""

    what: str  # "version "Rev.2 RU"" / "instrument "Draft convention""
    backup: Backup | None = None
    versions: list[str] = field(default_factory=list)  # labels of the versions deleted
    notes_kept: int = 0  # on a revision that still has a text
    notes_orphaned: int = 0  # kept on a revision without a text: `note list --orphans`
    notes_deleted: int = 0
    log_entries_deleted: int = 0
    proposals_moved: int = 0

    def summary(self) -> str:
        """One or two sentences for the CLI and the window."""
        parts = [f"Deleted {self.what}"]
        if self.backup is not None:
            parts[0] += f" (the library as it was is in backup {self.backup.path.name})"
        kept = []
        if self.notes_kept:
            kept.append(f"{self.notes_kept} position(s) stay on the revision's other versions")
        if self.notes_orphaned:
            kept.append(
                f"{self.notes_orphaned} position(s) are kept without a text "
                "(negotiator note list --orphans)"
            )
        if self.notes_deleted:
            kept.append(f"{self.notes_deleted} position(s) were deleted with it")
        if self.log_entries_deleted:
            kept.append(f"{self.log_entries_deleted} session log entries were deleted with it")
        return parts[0] + (": " + "; ".join(kept) if kept else "") + "."

    def to_dict(self) -> dict:
        data = asdict(self)
        data["backup"] = self.backup.path.name if self.backup is not None else None
        return data


def instruments(library: Library) -> list[Instrument]:
    rows = library.connection.execute("SELECT id, name FROM instruments ORDER BY name")
    return [Instrument(row[0], row[1]) for row in rows]


def find_instrument(library: Library, reference: str) -> Instrument:
    """An instrument by its name (any case) or id; one sentence when there is none."""
    reference = reference.strip()
    for instrument in instruments(library):
        if instrument.name.lower() == reference.lower() or str(instrument.id) == reference:
            return instrument
    known = ", ".join(f'"{i.name}"' for i in instruments(library)) or "none yet"
    raise LibraryError(
        f'There is no instrument "{reference}" in the library (instruments: {known}).'
    )


def rename_version(library: Library, version: VersionInfo, label: str) -> VersionInfo:
    """Give a version another label; its revision's label follows when it was the same."""
    label = label.strip()
    if not label:
        raise LibraryError('A version needs a label, e.g. "Rev.2".')
    if label == version.label:
        return version
    db = library.connection
    if db.execute(
        "SELECT 1 FROM versions WHERE instrument_id = ? AND label = ? AND id != ?",
        (version.instrument_id, label, version.id),
    ).fetchone():
        raise LibraryError(
            f'"{version.instrument}" already has a version labelled "{label}"; choose another.'
        )
    try:
        with transaction(db):
            db.execute("UPDATE versions SET label = ? WHERE id = ?", (label, version.id))
            db.execute(
                "UPDATE revisions SET label = ? WHERE id = ? AND label = ? AND NOT EXISTS"
                " (SELECT 1 FROM revisions WHERE instrument_id = ? AND label = ?)",
                (label, version.revision_id, version.label, version.instrument_id, label),
            )
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return library.version(version.id)


def relabel_version(
    library: Library,
    version: VersionInfo,
    *,
    language: str | None = None,
    title: str | None = None,
) -> tuple[VersionInfo, int]:
    """Say what a version is: its language and its title. Returns the version and the number
    of proposed wordings moved to the new language (those written against this version: they
    were written in the language it is in, whatever it said).

    A revision has one version per language: another version of it in the new language is
    refused. Each note whose wording moves gets a save of its own in its history.
    """
    db = library.connection
    title = version.title if title is None else title.strip()
    new_language = version.language if language is None else language.strip().lower()
    changes_language = new_language != version.language
    if changes_language and version.revision_id is not None:
        for other in db.execute(
            "SELECT label, language FROM versions WHERE revision_id = ? AND id != ?",
            (version.revision_id, version.id),
        ).fetchall():
            if new_language and same_language(other["language"], new_language):
                raise LibraryError(
                    f'Revision "{version.revision}" already has a version in '
                    f'{language_name(new_language)} ("{other["label"]}"); a revision has one '
                    "version per language."
                )
    moved = 0
    try:
        with transaction(db):
            db.execute(
                "UPDATE versions SET language = ?, title = ? WHERE id = ?",
                (new_language, title, version.id),
            )
            if changes_language and version.revision_id is not None:
                moved = _move_proposals(db, version, new_language)
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return library.version(version.id), moved


def delete_version(library: Library, version: VersionInfo, *, with_notes: bool = False) -> Deletion:
    """Delete one version (a backup first); its notes are kept unless with_notes (see above)."""
    db = library.connection
    others = db.execute(
        "SELECT label FROM versions WHERE revision_id = ? AND id != ?",
        (version.revision_id, version.id),
    ).fetchall()
    if with_notes and others:
        names = ", ".join(f'"{row[0]}"' for row in others)
        raise LibraryError(
            f'The positions on "{version.label}" are shared with {names} of the same revision; '
            "delete without --with-notes (they stay there), or delete those versions too."
        )
    deletion = Deletion(f'version "{version.label}" of {version.instrument}')
    deletion.backup = _backup_first(library)
    try:
        with transaction(db):
            _delete_version(db, version, with_notes, bool(others), deletion)
            _drop_instrument_if_empty(db, version.instrument_id)
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return deletion


def rename_instrument(library: Library, instrument: Instrument, name: str) -> Instrument:
    name = name.strip()
    if not name:
        raise LibraryError("An instrument needs a name.")
    if name == instrument.name:
        return instrument
    db = library.connection
    if db.execute(
        "SELECT 1 FROM instruments WHERE name = ? AND id != ?", (name, instrument.id)
    ).fetchone():
        raise LibraryError(f'There is already an instrument named "{name}"; choose another name.')
    try:
        with transaction(db):
            db.execute("UPDATE instruments SET name = ? WHERE id = ?", (name, instrument.id))
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return Instrument(instrument.id, name)


def delete_instrument(
    library: Library, instrument: Instrument, *, with_notes: bool = False
) -> Deletion:
    """Delete an instrument's versions (a backup first); its notes are kept as orphans unless
    with_notes, which deletes the instrument with its notes and session log entries."""
    db = library.connection
    deletion = Deletion(f'instrument "{instrument.name}"')
    deletion.backup = _backup_first(library)
    versions = library.versions(instrument.id)
    try:
        with transaction(db):
            if with_notes:
                deletion.versions = [v.label for v in versions]
                deletion.notes_deleted = _count(
                    db, "SELECT COUNT(*) FROM notes WHERE instrument_id = ?", instrument.id
                )
                deletion.log_entries_deleted = _count(
                    db, "SELECT COUNT(*) FROM session_log WHERE instrument_id = ?", instrument.id
                )
                db.execute("DELETE FROM instruments WHERE id = ?", (instrument.id,))
            else:
                for index, version in enumerate(versions):
                    later = any(v.revision_id == version.revision_id for v in versions[index + 1 :])
                    _delete_version(db, version, False, later, deletion)
                _drop_instrument_if_empty(db, instrument.id)
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return deletion


def orphan_notes(library: Library) -> list[OrphanNote]:
    """The positions kept on revisions that have no version left, by instrument and revision."""
    rows = library.connection.execute(
        "SELECT n.*, i.name AS instrument_name, r.label AS revision_label FROM notes n"
        " JOIN instruments i ON i.id = n.instrument_id"
        " JOIN revisions r ON r.id = n.revision_id"
        " WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.revision_id = n.revision_id)"
        " ORDER BY i.name, r.position, n.provision_key, n.quote"
    ).fetchall()
    return [
        OrphanNote(note_from_row(row), row["instrument_name"], row["revision_label"])
        for row in rows
    ]


def deletion_preview(library: Library, version: VersionInfo) -> tuple[int, list[str]]:
    """Before deleting a version: how many positions its revision holds, and the labels of
    the revision's other versions (which keep them)."""
    db = library.connection
    notes = _count(db, "SELECT COUNT(*) FROM notes WHERE revision_id = ?", version.revision_id)
    others = [
        row[0]
        for row in db.execute(
            "SELECT label FROM versions WHERE revision_id = ? AND id != ? ORDER BY position",
            (version.revision_id, version.id),
        )
    ]
    return notes, others


# -- helpers ----------------------------------------------------------------------------


def _backup_first(library: Library) -> Backup:
    """The library as it was, before anything is deleted; no backup, no deletion."""
    from negotiator_app.storage.backup import make_backup

    try:
        return make_backup(library, reason="delete")
    except (LibraryError, OSError) as error:
        raise LibraryError(
            f"Nothing was deleted: the backup that comes first could not be made ({error})"
        ) from None


def _delete_version(
    db: sqlite3.Connection,
    version: VersionInfo,
    with_notes: bool,
    others_remain: bool,
    deletion: Deletion,
) -> None:
    revision_id = version.revision_id
    notes = _count(db, "SELECT COUNT(*) FROM notes WHERE revision_id = ?", revision_id)
    _forget_version(db, version)
    db.execute("DELETE FROM versions WHERE id = ?", (version.id,))
    deletion.versions.append(version.label)
    if others_remain:
        deletion.notes_kept = max(deletion.notes_kept, notes)
        return
    if with_notes:
        deletion.notes_deleted += notes
        db.execute("DELETE FROM notes WHERE revision_id = ?", (revision_id,))
    if with_notes or not notes:
        _drop_revision(db, revision_id)
    else:
        deletion.notes_orphaned += notes


def _forget_version(db: sqlite3.Connection, version: VersionInfo) -> None:
    """The wordings written against a version name none once it is gone (the note's own
    reference is cleared by the schema): an id SQLite may give a later version is not it.
    The history keeps what each save was written on."""
    rows = db.execute(
        "SELECT id, proposals FROM notes WHERE instrument_id = ?", (version.instrument_id,)
    ).fetchall()
    for row in rows:
        proposals = json.loads(row["proposals"])
        if any(p.get("version_id") == version.id for p in proposals):
            for proposal in proposals:
                if proposal.get("version_id") == version.id:
                    proposal["version_id"] = None
            db.execute(
                "UPDATE notes SET proposals = ? WHERE id = ?",
                (json.dumps(proposals, ensure_ascii=False), row["id"]),
            )


def _drop_revision(db: sqlite3.Connection, revision_id: int | None) -> None:
    """Delete a revision with nothing left on it; the one after it revises the one before."""
    row = db.execute("SELECT revises_id FROM revisions WHERE id = ?", (revision_id,)).fetchone()
    if row is None:
        return
    db.execute("UPDATE revisions SET revises_id = ? WHERE revises_id = ?", (row[0], revision_id))
    db.execute("DELETE FROM revisions WHERE id = ?", (revision_id,))


def _drop_instrument_if_empty(db: sqlite3.Connection, instrument_id: int) -> None:
    """An instrument with no version, note or log entry left is gone too."""
    for table in ("versions", "notes", "session_log"):
        if _count(db, f"SELECT COUNT(*) FROM {table} WHERE instrument_id = ?", instrument_id):
            return
    db.execute("DELETE FROM instruments WHERE id = ?", (instrument_id,))


def _move_proposals(db: sqlite3.Connection, version: VersionInfo, language: str) -> int:
    """The wordings written against a version follow its corrected language; each note that
    changes gets a save in its history."""
    moved = 0
    moment = now()
    rows = db.execute("SELECT * FROM notes WHERE revision_id = ?", (version.revision_id,))
    for row in rows.fetchall():
        note = note_from_row(row)
        if any(same_language(p.language, language) for p in note.proposals):
            continue  # it has a wording in that language already: both stay as they are
        proposals = [
            Proposal(language, p.text, p.version_id)
            if p.version_id == version.id and same_language(p.language, version.language)
            else p
            for p in note.proposals
        ]
        if proposals != note.proposals:
            moved += 1
            store_note_in(db, replace(note, proposals=proposals), row["revision_id"], moment)
    return moved


def _count(db: sqlite3.Connection, sql: str, value: object) -> int:
    return db.execute(sql, (value,)).fetchone()[0]
