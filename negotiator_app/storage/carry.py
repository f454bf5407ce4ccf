"""Positions carried into the next revision, and the list of those that need a look.

When a revision arrives, each note on the revision before is copied to the provision the
alignment (core/alignment.py) pairs with its own, with its whole history, and marked: the text
under it is unchanged, changed since the position was written, or took in the proposed
wording; a provision renumbered or moved says where it was. A note on a provision the revision
deleted is not copied: it stays on the old text and goes on the review list. The old notes
stay where they were; nothing is dropped; a second run copies nothing twice (carried_notes
remembers each note carried into each revision); all of one run is one transaction.

A note carries its proposed wording in every language; each is judged ("taken in") against the
new text in its own language, and its redline is drawn against the new revision's version in
that language (see core/redline.py and the language rule in storage/positions.py Proposal).
How each carried note is marked and where its provision was: storage/carry_marks.py.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime

from negotiator_app.core.comparison import Change, Comparison
from negotiator_app.storage import database
from negotiator_app.storage.carry_marks import MESSAGES, TO_REVIEW, CarryMark, Wordings, judge
from negotiator_app.storage.database import LibraryError, transaction
from negotiator_app.storage.library import Library, VersionInfo
from negotiator_app.storage.notes import Note, list_notes, note_from_row


@dataclass(frozen=True)
class CarriedNote:
    """One note carried (or not: deleted provision) into a revision."""

    id: int
    note_id: int  # the note on the old revision
    copy_id: int | None  # its copy on the new revision; None when it could not go there
    revision_id: int  # carried into
    old_key: str
    new_key: str
    mark: CarryMark
    detail: str  # "renumbered from Article 11", "moved from Chapter III"
    review: bool  # awaits the delegate's look
    reviewed: str
    carried: str

    def message(self) -> str:
        """What the review list says: "text changed since your position — review; renumbered
        from Article 11"."""
        text = MESSAGES[self.mark]
        return f"{text}; {self.detail}" if self.detail else text

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "note_id": self.note_id,
            "copy_id": self.copy_id,
            "old_key": self.old_key,
            "new_key": self.new_key or None,
            "mark": str(self.mark),
            "message": self.message(),
            "review": self.review,
            "reviewed": self.reviewed,
        }


@dataclass
class CarryReport:
    """What one run of carrying did."""

    old: VersionInfo
    new: VersionInfo
    carried: list[CarriedNote] = field(default_factory=list)  # done in this run
    already: int = 0  # notes carried by an earlier run, left alone

    @property
    def copied(self) -> int:
        return sum(1 for c in self.carried if c.copy_id is not None)

    @property
    def flagged(self) -> int:
        """Copied, and to review (the text changed)."""
        return sum(1 for c in self.carried if c.copy_id is not None and c.review)

    @property
    def orphaned(self) -> int:
        """Not copied: the provision was deleted (or already had a position): to review."""
        return sum(1 for c in self.carried if c.copy_id is None)

    def summary(self) -> str:
        """ "Carried 12 positions from Rev.1 to Rev.2: 3 to review, 1 on a deleted provision"."""
        if not self.carried and not self.already:
            return f'No positions on "{self.old.revision or self.old.label}" to carry.'
        noun = "position" if self.copied == 1 else "positions"
        text = (
            f'Carried {self.copied} {noun} from "{self.old.revision or self.old.label}" to '
            f'"{self.new.revision or self.new.label}": {self.flagged} to review'
        )
        if self.orphaned:
            text += f", {self.orphaned} kept on the old text (see: negotiator note list --review)"
        if self.already:
            text += f"; {self.already} carried before"
        return text + "."

    def to_dict(self) -> dict:
        return {
            "old": self.old.id,
            "new": self.new.id,
            "carried": self.copied,
            "flagged": self.flagged,
            "orphaned": self.orphaned,
            "already": self.already,
            "notes": [c.to_dict() for c in self.carried],
        }


@dataclass(frozen=True)
class ReviewItem:
    """A carried position awaiting a look, with the note to show."""

    carried: CarriedNote
    note: Note  # the copy on the new revision, else the note kept on the old one

    def to_dict(self) -> dict:
        return {**self.carried.to_dict(), "note": self.note.to_dict()}


def carry_positions(
    library: Library,
    old: VersionInfo,
    new: VersionInfo,
    comparison: Comparison | None = None,
) -> CarryReport:
    """Carry the notes of old's revision into new's, in one transaction; re-runnable."""
    if old.instrument_id != new.instrument_id:
        raise LibraryError(
            f'"{old.label}" and "{new.label}" are texts of different instruments; positions '
            "are carried between revisions of one instrument."
        )
    if old.revision_id == new.revision_id:
        raise LibraryError(
            f'"{old.label}" and "{new.label}" are two languages of one revision: they already '
            "share their positions."
        )
    if new.revision_id is None:
        raise LibraryError(f'"{new.label}" is in no revision; run `negotiator check`.')
    revision_id = new.revision_id
    report = CarryReport(old, new)
    notes = list_notes(library, version_id=old.id)
    if not notes:
        return report
    if comparison is None:
        from negotiator_app.core.alignment import align

        comparison = align(library.tree(old.id), library.tree(new.id))
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    wordings = Wordings(library, old, new)
    try:
        with transaction(library.connection) as db:
            done = {
                row[0]
                for row in db.execute(
                    "SELECT note_id FROM carried_notes WHERE revision_id = ?", (revision_id,)
                )
            }
            for note in notes:
                if note.id in done:
                    report.already += 1
                    continue
                report.carried.append(_carry(db, note, revision_id, comparison, wordings, now))
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return report


def review_list(
    library: Library, version: VersionInfo, *, pending: bool = True
) -> list[ReviewItem]:
    """The carried positions of a version's revision that await a look (or all of them),
    in the order of the text (positions kept on a deleted provision last)."""
    rows = library.connection.execute(
        "SELECT c.*, p.position AS place FROM carried_notes c"
        " LEFT JOIN provisions p ON p.version_id = ? AND p.key = c.new_key"
        f" WHERE c.revision_id = ? {'AND c.review = 1' if pending else ''}"
        " ORDER BY p.position IS NULL, p.position, c.old_key, c.id",
        (version.id, version.revision_id),
    ).fetchall()
    items = []
    for row in rows:
        carried = _carried(row)
        shown = carried.copy_id if carried.copy_id is not None else carried.note_id
        note_row = library.connection.execute("SELECT * FROM notes WHERE id = ?", (shown,))
        found = note_row.fetchone()
        if found is not None:
            items.append(ReviewItem(carried, note_from_row(found)))
    return items


def carried_into(library: Library, note_id: int) -> CarriedNote | None:
    """How a note on a revision came to be there, when it was carried (else None)."""
    row = library.connection.execute(
        "SELECT * FROM carried_notes WHERE copy_id = ? ORDER BY id DESC LIMIT 1", (note_id,)
    ).fetchone()
    return _carried(row) if row else None


def kept_on_old_text(library: Library, note_id: int) -> CarriedNote | None:
    """When a note could not be carried (the next revision deleted its provision), the record
    that says so; else None."""
    row = library.connection.execute(
        "SELECT * FROM carried_notes WHERE note_id = ? AND copy_id IS NULL"
        " ORDER BY id DESC LIMIT 1",
        (note_id,),
    ).fetchone()
    return _carried(row) if row else None


def mark_reviewed(library: Library, carried_id: int) -> CarriedNote:
    """The delegate has looked at a carried position: it leaves the review list, unchanged."""
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    try:
        with transaction(library.connection) as db:
            row = db.execute("SELECT * FROM carried_notes WHERE id = ?", (carried_id,)).fetchone()
            if row is None:
                raise LibraryError(f"There is no carried position {carried_id} to mark reviewed.")
            db.execute(
                "UPDATE carried_notes SET review = 0, reviewed = ? WHERE id = ? AND review = 1",
                (now, carried_id),
            )
            row = db.execute("SELECT * FROM carried_notes WHERE id = ?", (carried_id,)).fetchone()
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return _carried(row)


# -- helpers ----------------------------------------------------------------------------


def _carry(
    db: sqlite3.Connection,
    note: Note,
    revision_id: int,
    comparison: Comparison,
    wordings: Wordings,
    now: str,
) -> CarriedNote:
    pair = comparison.of_old(note.provision_key)
    if pair is None or pair.new is None or pair.change == Change.DELETED:
        detail = "" if pair is not None else "the compared text has no such provision"
        return _record(db, note, None, revision_id, "", CarryMark.DELETED, detail, now)
    target = pair.new.key
    taken = db.execute(
        "SELECT id FROM notes WHERE revision_id = ? AND provision_key = ? AND quote = ?",
        (revision_id, target, note.quote),
    ).fetchone()
    if taken is not None:
        return _record(db, note, None, revision_id, target, CarryMark.ALREADY_NOTED, "", now)
    copy_id = _copy(db, note, revision_id, target)
    mark, detail = judge(note, pair, comparison, wordings)
    return _record(db, note, copy_id, revision_id, target, mark, detail, now)


def _copy(db: sqlite3.Connection, note: Note, revision_id: int, key: str) -> int:
    """The note again on another revision's provision, with every save of its history."""
    columns = [
        "instrument_id", "provision_key", "quote", "version_id", "stance", "priority",
        "red_line", "proposals", "rationale", "talking_points", "instructions", "tags",
        "delegations", "created", "updated",
    ]  # fmt: skip
    chosen = ", ".join("?" if c == "provision_key" else c for c in columns)
    copy_id = database.inserted_id(
        db.execute(
            f"INSERT INTO notes (revision_id, {', '.join(columns)})"
            f" SELECT ?, {chosen} FROM notes WHERE id = ?",
            (revision_id, key, note.id),
        ).lastrowid
    )
    db.execute(
        "INSERT INTO note_history (note_id, saved, content, restored)"
        " SELECT ?, saved, content, restored FROM note_history WHERE note_id = ? ORDER BY id",
        (copy_id, note.id),
    )
    return copy_id


def _record(
    db: sqlite3.Connection,
    note: Note,
    copy_id: int | None,
    revision_id: int,
    new_key: str,
    mark: CarryMark,
    detail: str,
    now: str,
) -> CarriedNote:
    review = mark in TO_REVIEW
    note_id = database.inserted_id(note.id)  # a stored note: it has one
    carried_id = database.inserted_id(
        db.execute(
            "INSERT INTO carried_notes (note_id, revision_id, copy_id, old_key, new_key, mark,"
            " detail, review, carried) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (note_id, revision_id, copy_id, note.provision_key, new_key, str(mark), detail,
             int(review), now),
        ).lastrowid
    )  # fmt: skip
    return CarriedNote(
        carried_id, note_id, copy_id, revision_id, note.provision_key, new_key, mark, detail,
        review, "", now,
    )  # fmt: skip


def _carried(row: sqlite3.Row) -> CarriedNote:
    return CarriedNote(
        id=row["id"],
        note_id=row["note_id"],
        copy_id=row["copy_id"],
        revision_id=row["revision_id"],
        old_key=row["old_key"],
        new_key=row["new_key"],
        mark=CarryMark(row["mark"]),
        detail=row["detail"],
        review=bool(row["review"]),
        reviewed=row["reviewed"],
        carried=row["carried"],
    )
