"""What to write into the index: everything (a build), or what changed since its state."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from whoosh import query as whoosh_query
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from negotiator_app.search import source
from negotiator_app.search.documents import (
    Marks,
    marks,
    note_doc_id,
    note_document,
    places,
    provision_document,
    state_document,
    text_doc_id,
    version_language,
    with_marks,
)
from negotiator_app.search.schema import FORMAT, TEXT_PLACE
from negotiator_app.search.searching import stored_document
from negotiator_app.storage.notes import Note

_PROGRESS_EVERY = 100
_FEW_NOTES = 50
# whoosh sorts postings in memory runs of this size; one big run would be one long sort that
# holds the GIL for a second at 10,000 provisions and freezes the GUI thread meanwhile.
SORT_RUN_MB = 4
_PROVISION_FIELDS = ("kind", "number", "heading", "position", "article", "chapter")


@dataclass
class Change:
    """The writes that bring an index from its state to the library's."""

    state: dict
    removed_versions: list[int] = field(default_factory=list)
    added: list[dict] = field(default_factory=list)  # documents new to the index
    replaced: list[dict] = field(default_factory=list)  # documents that replace their old self
    removed_notes: list[int] = field(default_factory=list)

    def write(self, writer: IndexWriter) -> None:
        for version_id in self.removed_versions:
            writer.delete_by_query(
                whoosh_query.And(
                    [
                        whoosh_query.Term("where", TEXT_PLACE),
                        whoosh_query.Term("version_id", str(version_id)),
                    ]
                )
            )
        for note_id in self.removed_notes:
            writer.delete_by_term("doc_id", note_doc_id(note_id))
        for doc in self.added:
            writer.add_document(**doc)
        for doc in self.replaced:
            writer.update_document(**doc)
        writer.update_document(**state_document(self.state))


def build_all(
    connection: sqlite3.Connection,
    ix,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bool:
    """Index the whole library into an empty index; False (and nothing written) if cancelled."""
    writer = ix.writer(limitmb=SORT_RUN_MB)
    try:
        with source.snapshot(connection):
            versions = source.versions(connection)
            notes = source.notes(connection)
            total = connection.execute("SELECT COUNT(*) FROM provisions").fetchone()[0] + len(notes)
            done = 0

            def tick() -> bool:
                nonlocal done
                done += 1
                if done % _PROGRESS_EVERY == 0 or done == total:
                    if progress is not None:
                        progress(done, total)
                    if cancelled is not None and cancelled():
                        return False
                return True

            provisions: dict[tuple[int, str], dict] = {}
            note_marks = marks(notes)
            for version in versions:
                for doc in _version_documents(connection, version, note_marks):
                    writer.add_document(**doc)
                    provisions[(version.id, doc["key"])] = doc
                    if not tick():
                        writer.cancel()
                        return False

            def provision(version_id: int, key: str) -> dict | None:
                return provisions.get((version_id, key))

            for doc in _note_documents(connection, notes, versions, provision):
                writer.add_document(**doc)
                if not tick():
                    writer.cancel()
                    return False
            if progress is not None and done != total:
                progress(total, total)  # notes with no version to show them in were skipped
            state = _state(source.note_stamps(connection), versions, source.probe(connection))
            writer.add_document(**state_document(state))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    return True


def changes_since(
    connection: sqlite3.Connection,
    searcher: Searcher,
    state: dict,
    versions: list[source.VersionRecord],
) -> Change:
    """The writes that bring an index with `state` up to the library (read in one snapshot)."""
    stamps = source.note_stamps(connection)
    change = Change(_state(stamps, versions, None))
    indexed_versions: dict[str, list] = state.get("versions", {})
    current = {str(v.id): v for v in versions}
    change.removed_versions = [
        int(id_) for id_, (stamp, _) in indexed_versions.items()
        if id_ not in current or current[id_].stamp != stamp
    ]  # fmt: skip
    new_versions = [
        v for id_, v in current.items()
        if id_ not in indexed_versions or indexed_versions[id_][0] != v.stamp
    ]  # fmt: skip
    touched = {v.instrument_id for v in new_versions} | {
        indexed_versions[str(id_)][1] for id_ in change.removed_versions
    }

    indexed_notes: dict[str, list] = state.get("notes", {})
    changed = [
        id_ for id_, stamp in stamps.items()
        if indexed_notes.get(str(id_)) != _note_state(stamp)
        or stamp.instrument_id in touched
    ]  # fmt: skip
    change.removed_notes = [int(id_) for id_ in indexed_notes if int(id_) not in stamps]
    keys = {(stamps[id_].revision_id, stamps[id_].key) for id_ in changed}
    for id_ in [*changed, *change.removed_notes]:
        if str(id_) in indexed_notes and len(indexed_notes[str(id_)]) == 4:
            _instrument_id, revision_id, key, _ = indexed_notes[str(id_)]
            keys.add((revision_id, key))

    # New versions, with the marks of the notes on their provisions.
    provisions: dict[tuple[int, str], dict] = {}
    instrument_marks: dict[tuple[int | None, str], Marks] = {}
    for instrument_id in {v.instrument_id for v in new_versions}:
        instrument_marks.update(marks(source.notes(connection, instrument_id=instrument_id)))
    for version in new_versions:
        for doc in _version_documents(connection, version, instrument_marks):
            change.added.append(doc)
            provisions[(version.id, doc["key"])] = doc

    # Provisions already indexed whose notes changed: their stance:, tag:... fields follow.
    gone = set(change.removed_versions)
    for revision_id, key in sorted(keys, key=lambda k: (k[0] or 0, k[1])):
        if revision_id is None:
            continue  # a note in no revision (its instrument has no version) shows nowhere
        mark = marks(source.notes_on(connection, revision_id, key)).get((revision_id, key))
        for version in versions:
            if version.revision_id != revision_id or version.id in gone:
                continue
            stored = stored_document(searcher, text_doc_id(version.id, key))
            if stored is not None:
                change.replaced.append(with_marks(stored, mark))

    def provision(version_id: int, key: str) -> Mapping | None:
        if (version_id, key) in provisions:
            return provisions[(version_id, key)]
        return stored_document(searcher, text_doc_id(version_id, key))

    notes = source.notes(connection, ids=changed)
    shown = list(_note_documents(connection, notes, versions, provision))
    change.replaced.extend(shown)
    # A note whose revision lost its last version (kept as an orphan) shows nowhere now.
    showing = {doc["note_id"] for doc in shown}
    change.removed_notes += [
        note.id for note in notes if note.id is not None and note.id not in showing
    ]
    return change


def _version_documents(
    connection: sqlite3.Connection,
    version: source.VersionRecord,
    note_marks: dict[tuple[int | None, str], Marks],
):
    rows = source.provisions(connection, version.id)
    language = version_language(version, rows)
    where = places(rows)
    for row in rows:
        mark = note_marks.get((version.revision_id, row["key"]))
        yield provision_document(version, language, row, where[row["key"]], mark)


def _note_documents(
    connection: sqlite3.Connection,
    notes: list[Note],
    versions: list[source.VersionRecord],
    provision: Callable[[int, str], Mapping | None],
):
    """Documents for notes, each shown on its provision in the version that suits it best."""
    newest_first: dict[int | None, list[int]] = {}
    for version in sorted(versions, key=lambda v: -v.position):
        newest_first.setdefault(version.revision_id, []).append(version.id)
    keys: dict[int, dict[str, list[int]]] = {}
    for note in notes:
        revision_id = note.revision_id
        if revision_id is None:
            continue  # a note in no revision (its instrument has no version) shows nowhere
        if len(notes) < _FEW_NOTES:
            having = source.versions_with_key(connection, revision_id, note.provision_key)
        else:  # one query per revision beats one per note
            if revision_id not in keys:
                keys[revision_id] = source.provision_keys(connection, revision_id)
            having = keys[revision_id].get(note.provision_key, [])
        shown = _shown_in(note, having, newest_first.get(note.revision_id, []))
        if shown is None:
            continue  # an instrument without versions: nowhere to show the note
        stored = provision(shown, note.provision_key) or {}
        fields = {name: stored[name] for name in _PROVISION_FIELDS if name in stored}
        yield note_document(note, shown, having, fields or None)


def _shown_in(note: Note, having: list[int], revision_versions: list[int]) -> int | None:
    """The version a note's hit opens: its own if it has the provision, else the newest one
    of its revision that has it."""
    if note.version_id in having:
        return note.version_id
    if having:
        return having[0]
    if note.version_id in revision_versions:
        return note.version_id
    return revision_versions[0] if revision_versions else None


def _state(stamps: dict, versions: list[source.VersionRecord], probe: tuple | None) -> dict:
    return {
        "format": FORMAT,
        "probe": list(probe) if probe is not None else None,
        "versions": {str(v.id): [v.stamp, v.instrument_id] for v in versions},
        "notes": {str(s.id): _note_state(s) for s in stamps.values()},
    }


def _note_state(stamp: source.NoteStamp) -> list:
    return [stamp.instrument_id, stamp.revision_id, stamp.key, stamp.updated]
