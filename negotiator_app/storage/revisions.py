"""Revisions: the circulated stages of an instrument's text, each with its language versions.

Rev.1, Rev.2, the Chair's text: each revision revises the one before, and holds one version
per language (the English and the Russian Rev.2 are one revision, not two). A position belongs
to a provision of one revision, so all of a revision's language versions share it.

Where a new import goes (`place`): the revision the delegate names (--revises makes the next
revision after it, --translation-of joins it as another language); when they name none, a
text in a language the newest revision has no version in yet joins it (the Russian text of
the draft just imported in English), and any other text is the next revision.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from negotiator_app.storage.database import LibraryError, inserted_id

if TYPE_CHECKING:
    from negotiator_app.core.comparison import Comparison
    from negotiator_app.storage.library import Library, VersionInfo


@dataclass(frozen=True)
class Revision:
    """One circulated stage of an instrument's text."""

    id: int
    instrument_id: int
    label: str
    position: int
    revises_id: int | None
    created: str

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "label": self.label,
            "position": self.position,
            "revises": self.revises_id,
        }


@dataclass(frozen=True)
class Placement:
    """What the delegate said about where an import goes; both None: decide (see `place`)."""

    revises: str | None = None  # a revision or version label (or version id) it revises
    translation_of: str | None = None  # ... or that it is another language of
    label: str = ""  # the label of a new revision (default: the version's label)

    def __post_init__(self) -> None:
        if self.revises and self.translation_of:
            raise LibraryError(
                "A text is either a new revision (--revises) or another language of one "
                "(--translation-of), not both."
            )


@dataclass(frozen=True)
class Placed:
    """Where an import went."""

    revision_id: int
    new_revision: bool  # False: it joined an existing revision as another language


def place(
    db: sqlite3.Connection,
    instrument_id: int,
    language: str,
    version_label: str,
    placement: Placement,
    now: str,
) -> Placed:
    """Find or make the revision a new version of the instrument belongs to (inside a write)."""
    newest = db.execute(
        "SELECT id FROM revisions WHERE instrument_id = ? ORDER BY position DESC LIMIT 1",
        (instrument_id,),
    ).fetchone()
    if placement.translation_of:
        revision_id = _find(db, instrument_id, placement.translation_of)
        languages = _languages(db, revision_id)
        if language and language in languages:
            raise LibraryError(_same_language(_label(db, revision_id), language))
        return Placed(revision_id, new_revision=False)
    revises: int | None
    if placement.revises:
        revises = _find(db, instrument_id, placement.revises)
    elif newest is None:
        revises = None
    else:
        revises = newest[0]
        languages = _languages(db, revises)
        if language and languages and "" not in languages and language not in languages:
            return Placed(revises, new_revision=False)
    label = (placement.label or version_label).strip()
    if db.execute(
        "SELECT 1 FROM revisions WHERE instrument_id = ? AND label = ?", (instrument_id, label)
    ).fetchone():
        raise LibraryError(
            f'The instrument already has a revision "{label}"; give the new one another label.'
        )
    position = db.execute(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM revisions WHERE instrument_id = ?",
        (instrument_id,),
    ).fetchone()[0]
    revision_id = inserted_id(
        db.execute(
            "INSERT INTO revisions (instrument_id, label, position, revises_id, created)"
            " VALUES (?, ?, ?, ?, ?)",
            (instrument_id, label, position, revises, now),
        ).lastrowid
    )
    return Placed(revision_id, new_revision=True)


def refuse_placement(
    library: Library, instrument: str, language: str, placement: Placement | None
) -> None:
    """Raise the sentence `place` would, before an import does anything (a backup included)."""
    if placement is None or not (placement.revises or placement.translation_of):
        return
    db = library.connection
    row = db.execute("SELECT id FROM instruments WHERE name = ?", (instrument,)).fetchone()
    reference = placement.revises or placement.translation_of or ""
    if row is None:
        raise LibraryError(
            f'"{instrument}" has no revision "{reference}" yet: import its first text without '
            "--revises or --translation-of."
        )
    revision_id = _find(db, row[0], reference)
    if placement.translation_of and language and language in _languages(db, revision_id):
        raise LibraryError(_same_language(_label(db, revision_id), language))


def revisions(library: Library, instrument_id: int) -> list[Revision]:
    """An instrument's revisions in circulation order."""
    rows = library.connection.execute(
        "SELECT * FROM revisions WHERE instrument_id = ? ORDER BY position", (instrument_id,)
    ).fetchall()
    return [_revision(row) for row in rows]


def revision(library: Library, revision_id: int) -> Revision:
    row = library.connection.execute(
        "SELECT * FROM revisions WHERE id = ?", (revision_id,)
    ).fetchone()
    if row is None:
        raise LibraryError(f"There is no revision {revision_id} in the library.")
    return _revision(row)


def revision_versions(library: Library, revision_id: int) -> list[VersionInfo]:
    """The language versions of one revision, in import order."""
    versions = library.versions()
    return [v for v in versions if v.revision_id == revision_id]


def revised(library: Library, version: VersionInfo) -> VersionInfo | None:
    """The version the given one revises: of the revision before, in the same language if any.

    This is the default "old" side of a comparison and what carrying copies positions from.
    """
    current = revision(library, version.revision_id) if version.revision_id else None
    if current is None or current.revises_id is None:
        return None
    return language_version(library, current.revises_id, version.language)


def compare_versions(library: Library, old: VersionInfo, new: VersionInfo) -> Comparison:
    """What changed from one version to another, provision by provision (core/alignment.py)."""
    from negotiator_app.core.alignment import align

    return align(library.tree(old.id), library.tree(new.id))


def language_version(library: Library, revision_id: int, language: str) -> VersionInfo | None:
    """A revision's version in a language, else its first version."""
    versions = revision_versions(library, revision_id)
    same = [v for v in versions if v.language == language]
    return (same or versions)[0] if versions else None


# -- helpers ----------------------------------------------------------------------------


def _find(db: sqlite3.Connection, instrument_id: int, reference: str) -> int:
    """A revision of the instrument by its label, or by one of its versions' label or id."""
    reference = reference.strip()
    row = db.execute(
        "SELECT id FROM revisions WHERE instrument_id = ? AND lower(label) = lower(?)",
        (instrument_id, reference),
    ).fetchone()
    if row is None:
        row = db.execute(
            "SELECT revision_id FROM versions WHERE instrument_id = ?"
            " AND (lower(label) = lower(?) OR CAST(id AS TEXT) = ?)",
            (instrument_id, reference, reference),
        ).fetchone()
    if row is None or row[0] is None:
        known = [r[0] for r in db.execute(
            "SELECT label FROM revisions WHERE instrument_id = ? ORDER BY position",
            (instrument_id,),
        )]  # fmt: skip
        listed = ", ".join(known) or "none yet"
        raise LibraryError(
            f'The instrument has no revision or version "{reference}" (its revisions: {listed}).'
        )
    return row[0]


def _same_language(label: str, language: str) -> str:
    return (
        f'Revision "{label}" already has a text in "{language}"; import this one as a new '
        "revision (--revises) or say its language (--language)."
    )


def _languages(db: sqlite3.Connection, revision_id: int) -> set[str]:
    rows = db.execute("SELECT language FROM versions WHERE revision_id = ?", (revision_id,))
    return {row[0] for row in rows}


def _label(db: sqlite3.Connection, revision_id: int) -> str:
    row = db.execute("SELECT label FROM revisions WHERE id = ?", (revision_id,)).fetchone()
    return row[0] if row else str(revision_id)


def _revision(row: sqlite3.Row) -> Revision:
    return Revision(
        id=row["id"],
        instrument_id=row["instrument_id"],
        label=row["label"],
        position=row["position"],
        revises_id=row["revises_id"],
        created=row["created"],
    )
