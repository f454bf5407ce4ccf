"""Reference instruments: the earlier agreed texts every other text's paragraphs are compared with.

An earlier treaty, a resolution, a national law: imported like any draft, then marked as a
reference (`negotiator import FILE --reference`, `negotiator reference add VERSION`, the
import dialog's checkbox). The mark is the instrument's, so all its versions and languages are
references. Marking one leaves the precedents of the other texts to be found in it
(storage/precedents.py); unmarking it forgets, in the same transaction, the precedents found
in it.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from negotiator_app.storage import database
from negotiator_app.storage.database import LibraryError, transaction

if TYPE_CHECKING:
    from negotiator_app.storage.library import Library, VersionInfo

LONGEST_CITE_AS = 80  # a short name: "UNCAC", "Budapest Convention", "Act 2019"


def mark_reference(library: Library, version: VersionInfo, cite_as: str = "") -> VersionInfo:
    """Mark the instrument of a version as a reference, cited as cite_as ("" keeps its name or
    the short name given before)."""
    try:
        with transaction(library.connection) as db:
            mark_reference_in(db, version.instrument_id, cite_as)
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return library.version(version.id)


def unmark_reference(library: Library, version: VersionInfo) -> VersionInfo:
    """The instrument of a version is a reference no more: the precedents found in it go."""
    try:
        with transaction(library.connection) as db:
            db.execute(
                "UPDATE instruments SET reference = 0 WHERE id = ?", (version.instrument_id,)
            )
            # Its earlier revisions stay sources of its later ones: only other texts' pairs go.
            db.execute(
                "DELETE FROM precedent_pairs WHERE source_id IN"
                " (SELECT id FROM versions WHERE instrument_id = ?)"
                " AND draft_id NOT IN (SELECT id FROM versions WHERE instrument_id = ?)",
                (version.instrument_id, version.instrument_id),
            )
    except database.ERRORS as error:
        raise LibraryError(database.describe(error, library.path)) from None
    return library.version(version.id)


def mark_reference_in(db: sqlite3.Connection, instrument_id: int, cite_as: str = "") -> None:
    """Mark an instrument as a reference inside a write already begun (an import's)."""
    cite_as = " ".join(cite_as.split())
    if len(cite_as) > LONGEST_CITE_AS:
        raise LibraryError(
            f"A reference's short name is at most {LONGEST_CITE_AS} characters "
            f'("UNCAC", "Budapest Convention"); "{cite_as[:40]}…" is longer.'
        )
    db.execute(
        "UPDATE instruments SET reference = 1,"
        " cite_as = CASE WHEN ? = '' THEN cite_as ELSE ? END WHERE id = ?",
        (cite_as, cite_as, instrument_id),
    )
