"""The library: instruments and their versions, each a stored provision tree."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from negotiator_app.core.provision import Document, Kind, Provision
from negotiator_app.storage import database
from negotiator_app.storage.database import LibraryError, transaction
from negotiator_app.storage.reference_instruments import mark_reference_in
from negotiator_app.storage.revisions import Placement, place

if TYPE_CHECKING:
    from negotiator_app.storage.cipher import Key


@dataclass(frozen=True)
class VersionInfo:
    """One circulated text of an instrument."""

    id: int
    instrument_id: int
    instrument: str
    label: str
    title: str
    language: str
    source_name: str
    imported: str
    position: int
    provision_count: int
    report: dict
    revision_id: int | None = None
    revision: str = ""  # the revision's label ("Rev.2"), shared by its language versions
    revision_position: int = 0
    reference: bool = False  # of a reference instrument: searched for precedents
    cite_as: str = ""  # the reference's short name in citations ("UNCAC"); "" for its name

    @property
    def cited_as(self) -> str:
        """How a citation names the instrument: "UNCAC, art. 46, para. 9 (b)"."""
        return self.cite_as or self.instrument

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "instrument": self.instrument,
            "label": self.label,
            "revision": self.revision,
            "reference": self.reference,
            "title": self.title,
            "language": self.language,
            "source": self.source_name,
            "imported": self.imported,
            "provisions": self.provision_count,
        }


@dataclass(frozen=True)
class ProvisionRow:
    """A provision as stored: flat, with its parent's key, depth and document order."""

    version_id: int
    key: str
    parent_key: str | None
    kind: Kind
    number: str
    heading: str
    text: str
    position: int
    depth: int


class Library:
    """The user's library in a folder: one SQLite file plus backups and the search index."""

    def __init__(self, folder: Path | str, *, new_key: Key | None = None) -> None:
        """Open (or create: encrypted with new_key, if given) the library in folder."""
        self.folder = Path(folder)
        self.connection = database.connect(self.folder, new_key=new_key)

    @property
    def path(self) -> Path:
        return self.folder / database.LIBRARY_FILE

    @property
    def encrypted(self) -> bool:
        return database.is_encrypted(self.connection)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- versions -------------------------------------------------------------------

    def add_version(
        self,
        document: Document,
        *,
        instrument: str = "",
        label: str = "",
        language: str = "",
        source_name: str = "",
        placement: Placement | None = None,
        reference: bool = False,
        cite_as: str = "",
    ) -> VersionInfo:
        """Store a Document as a new version, in one transaction: all of it or nothing.

        placement says which revision it belongs to (see storage/revisions.py `place`);
        reference marks its instrument as a reference instrument, cited as cite_as.
        """
        instrument = instrument_name(document, instrument, source_name)
        now = _now()
        try:
            with transaction(self.connection) as db:
                instrument_id = self._instrument_id(db, instrument, now)
                position = db.execute(
                    "SELECT COALESCE(MAX(position), 0) + 1 FROM versions WHERE instrument_id = ?",
                    (instrument_id,),
                ).fetchone()[0]
                label = (label or f"v{position}").strip()
                self.refuse_taken_label(instrument, label)
                placed = place(
                    db, instrument_id, language or document.language, label,
                    placement or Placement(), now,
                )  # fmt: skip
                cursor = db.execute(
                    "INSERT INTO versions (instrument_id, label, title, language, source_name,"
                    " source_hash, imported, position, report, revision_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        instrument_id,
                        label,
                        document.title,
                        language or document.language,
                        source_name,
                        document.source_sha256,
                        now,
                        position,
                        json.dumps(document.report.to_dict(), ensure_ascii=False),
                        placed.revision_id,
                    ),
                )
                version_id = database.inserted_id(cursor.lastrowid)
                db.executemany(
                    "INSERT INTO provisions (version_id, key, parent_key, kind, number, heading,"
                    " text, position, depth) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ((version_id, *row) for row in _flatten(document.provisions)),
                )
                if reference:
                    mark_reference_in(db, instrument_id, cite_as)
        except database.ERRORS as error:
            raise LibraryError(database.describe(error, self.path)) from None
        return self.version(version_id)

    def refuse_taken_label(self, instrument: str, label: str) -> None:
        """Raise the one sentence an import gets when its label is already used (checked
        before anything is done for the import, a backup included)."""
        if self.connection.execute(
            "SELECT 1 FROM versions v JOIN instruments i ON i.id = v.instrument_id"
            " WHERE i.name = ? AND v.label = ?",
            (instrument, label.strip()),
        ).fetchone():
            raise LibraryError(f'"{instrument}" already has a version labelled "{label.strip()}".')

    def versions(
        self, instrument_id: int | None = None, *, version_id: int | None = None
    ) -> list[VersionInfo]:
        """All versions (or one instrument's, or one), by instrument then in circulation order."""
        where, args = "", tuple[int, ...]()
        if instrument_id is not None:
            where, args = "WHERE v.instrument_id = ?", (instrument_id,)
        if version_id is not None:
            where, args = "WHERE v.id = ?", (version_id,)
        rows = self.connection.execute(
            "SELECT v.*, i.name AS instrument, i.reference, i.cite_as, r.label AS revision,"
            " r.position AS revision_position,"
            " (SELECT COUNT(*) FROM provisions p WHERE p.version_id = v.id) AS provision_count"
            f" FROM versions v JOIN instruments i ON i.id = v.instrument_id"
            f" LEFT JOIN revisions r ON r.id = v.revision_id {where}"
            " ORDER BY i.name, v.position",
            args,
        ).fetchall()
        return [_version(row) for row in rows]

    def version(self, version_id: int) -> VersionInfo:
        for info in self.versions(version_id=version_id):
            return info
        raise LibraryError(f"There is no version {version_id} in the library.")

    def find_version(self, reference: str | int) -> VersionInfo:
        """A version by id, label or "instrument:label"; one clear sentence when not found."""
        reference = str(reference).strip()
        if reference.isdigit() and len(reference) <= _LONGEST_ID:
            for info in self.versions(version_id=int(reference)):
                return info
        versions = self.versions()
        instrument, _, label = reference.rpartition(":")
        matches = [
            v
            for v in versions
            if v.label.lower() == label.lower()
            and (not instrument or v.instrument.lower() == instrument.lower())
        ]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise LibraryError(
                f'More than one instrument has a version "{label}"; '
                f"use its id or INSTRUMENT:{label}."
            )
        known = ", ".join(f"{v.id} ({v.label})" for v in versions) or "none yet"
        raise LibraryError(f'There is no version "{reference}" in the library (versions: {known}).')

    def is_empty(self) -> bool:
        return self.connection.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 0

    # -- provisions -------------------------------------------------------------------

    def rows(self, version_id: int) -> list[ProvisionRow]:
        """Every provision of a version, flat, in document order."""
        rows = self.connection.execute(
            "SELECT version_id, key, parent_key, kind, number, heading, text, position, depth"
            " FROM provisions WHERE version_id = ? ORDER BY position",
            (version_id,),
        ).fetchall()
        return [ProvisionRow(**{**dict(row), "kind": Kind(row["kind"])}) for row in rows]

    def tree(self, version_id: int) -> list[Provision]:
        """The provision tree of a version."""
        # Plain tuples and only the columns a Provision needs, not rows(): the workbench builds
        # the tree before its first paint, and this way 10,000 provisions take a third the time.
        cursor = self.connection.cursor()
        cursor.row_factory = None
        rows = cursor.execute(
            "SELECT key, parent_key, kind, number, heading, text"
            " FROM provisions WHERE version_id = ? ORDER BY position",
            (version_id,),
        ).fetchall()
        kinds = _KINDS
        top: list[Provision] = []
        by_key: dict[str, Provision] = {}
        for key, parent_key, kind, number, heading, text in rows:
            node = Provision(key, kinds.get(kind) or Kind(kind), number, heading, text, [])
            by_key[key] = node
            parent = by_key.get(parent_key) if parent_key else None
            if parent is None:
                top.append(node)
            else:
                parent.children.append(node)
        return top

    def provision(self, version_id: int, key: str) -> Provision:
        """One provision with its children; a clear sentence when the key is unknown."""
        for node in _walk(self.tree(version_id)):
            if node.key == key:
                return node
        raise LibraryError(f'Version {version_id} has no provision "{key}".')

    # -- helpers --------------------------------------------------------------------

    @staticmethod
    def _instrument_id(db: sqlite3.Connection, name: str, now: str) -> int:
        row = db.execute("SELECT id FROM instruments WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        return database.inserted_id(
            db.execute(
                "INSERT INTO instruments (name, created) VALUES (?, ?)", (name, now)
            ).lastrowid
        )


_KINDS = {str(kind): kind for kind in Kind}
_LONGEST_ID = 18  # digits an SQLite integer id can have; a longer number is no id of ours


def instrument_name(document: Document, instrument: str = "", source_name: str = "") -> str:
    """The instrument a document is imported into: the one named, else its title, else its file."""
    return (instrument or document.title or source_name or "Untitled draft").strip()


def _flatten(provisions: list[Provision]) -> list[tuple]:
    rows: list[tuple] = []

    def visit(node: Provision, parent: str | None, depth: int) -> None:
        rows.append(
            (
                node.key,
                parent,
                str(node.kind),
                node.number,
                node.heading,
                node.text,
                len(rows),
                depth,
            )
        )
        for child in node.children:
            visit(child, node.key, depth + 1)

    for provision in provisions:
        visit(provision, None, 0)
    return rows


def _walk(provisions: list[Provision]):
    for provision in provisions:
        yield from provision.walk()


def _version(row: sqlite3.Row) -> VersionInfo:
    return VersionInfo(
        id=row["id"],
        instrument_id=row["instrument_id"],
        instrument=row["instrument"],
        label=row["label"],
        title=row["title"],
        language=row["language"],
        source_name=row["source_name"],
        imported=row["imported"],
        position=row["position"],
        provision_count=row["provision_count"],
        report=json.loads(row["report"] or "{}"),
        revision_id=row["revision_id"],
        revision=row["revision"] or "",
        revision_position=row["revision_position"] or 0,
        reference=bool(row["reference"]),
        cite_as=row["cite_as"] or "",
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
