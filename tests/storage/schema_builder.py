"""Libraries as every earlier version of the app wrote them, with data in them.

build(folder, n) runs the first n migrations, then fills the library with the rows an app at
schema n would have written (DATA[n]). A new migration adds its entry to DATA: the rows its
schema holds, including whatever its new tables or columns carry, and EXPECTED grows with what
the migrated library must still show. test_schema_versions fails until it does.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from negotiator_app.storage import database

NOW = "2026-01-02T03:04:05+00:00"
_SAVED_NOTE = json.dumps(
    {
        "stance": "oppose",
        "priority": "high",
        "red_line": True,
        "proposed": "The purpose is cooperation.",
        "rationale": "Too broad.",
        "talking_points": "Point one.",
        "instructions": "Hold firm.",
        "tags": ["scope"],
        "delegations": [{"delegation": "EU", "stance": "support", "remark": ""}],
        "version_id": 1,
    }
)

# The rows a library at schema N holds, as SQL an app at that schema would have run.
DATA: dict[int, list[str]] = {
    0: [],  # a library whose first migration never ran: no tables yet
    1: [
        f"INSERT INTO instruments (id, name, created) VALUES (1, 'Draft convention', '{NOW}')",
        "INSERT INTO versions (id, instrument_id, label, title, language, source_name,"
        f" source_hash, imported, position, report) VALUES (1, 1, 'Rev.1', 'Draft convention',"
        f" 'en', 'draft.docx', 'abc', '{NOW}', 1, '{{}}')",
        "INSERT INTO provisions (version_id, key, parent_key, kind, number, heading, text,"
        " position, depth) VALUES"
        " (1, 'art-1', NULL, 'article', '1', 'Purpose', '', 0, 0),"
        " (1, 'art-1.1', 'art-1', 'paragraph', '1', '', 'The purpose of this Convention is"
        " to promote cooperation.', 1, 1)",
        "INSERT INTO notes (id, instrument_id, provision_key, quote, version_id, stance,"
        " priority, red_line, proposed, rationale, talking_points, instructions, tags,"
        " delegations, created, updated) VALUES (1, 1, 'art-1.1', '', 1, 'oppose', 'high', 1,"
        " 'The purpose is cooperation.', 'Too broad.', 'Point one.', 'Hold firm.',"
        f' \'["scope"]\', \'[{{"delegation": "EU", "stance": "support", "remark": ""}}]\','
        f" '{NOW}', '{NOW}')",
        f"INSERT INTO note_history (note_id, saved, content) VALUES (1, '{NOW}', '{_SAVED_NOTE}')",
        "INSERT INTO session_log (instrument_id, version_id, provision_key, delegation, text,"
        f" created) VALUES (1, 1, 'art-1.1', 'EU', 'Supports the article.', '{NOW}')",
    ],
}


# Schema 2: revisions (a version belongs to one), notes on a revision, carried notes. The app
# wrote the same draft and note, in revision "Rev.1", and had carried the note towards a
# "Rev.2" whose text deleted its provision (the note stayed on Rev.1, on the review list).
DATA[2] = [
    DATA[1][0],
    f"INSERT INTO revisions (id, instrument_id, label, position, revises_id, created) VALUES"
    f" (1, 1, 'Rev.1', 1, NULL, '{NOW}'), (2, 1, 'Rev.2', 2, 1, '{NOW}')",
    DATA[1][1]
    .replace("position, report)", "position, report, revision_id)")
    .replace("1, '{}')", "1, '{}', 1)"),
    DATA[1][2],
    DATA[1][3]
    .replace("(id, instrument_id, provision_key", "(id, instrument_id, revision_id, provision_key")
    .replace("VALUES (1, 1, 'art-1.1'", "VALUES (1, 1, 1, 'art-1.1'"),
    DATA[1][4],
    DATA[1][5],
    "INSERT INTO carried_notes (note_id, revision_id, copy_id, old_key, new_key, mark, detail,"
    f" review, reviewed, carried) VALUES (1, 2, NULL, 'art-1.1', '', 'deleted', '', 1, '',"
    f" '{NOW}')",
]


# Schema 3: the proposed wording per language (notes.proposals, in history too), restores marked
# in the history, the session log's edits and deletions kept. The app wrote the same note, its
# English wording recorded with its language; a second, Russian wording; one edit of the log
# entry kept in its history, and a second entry deleted (only marked).
_PROPOSALS = (
    '[{"language": "en", "text": "The purpose is cooperation.", "version_id": 1},'
    ' {"language": "ru", "text": "Цель — сотрудничество.", "version_id": null}]'
)
DATA[3] = [
    *DATA[2][:4],
    DATA[2][4]
    .replace(" proposed, rationale", " proposals, rationale")
    .replace("'The purpose is cooperation.', 'Too broad.'", f"'{_PROPOSALS}', 'Too broad.'"),
    DATA[2][5].replace('"proposed": "The purpose is cooperation."', f'"proposals": {_PROPOSALS}'),
    DATA[2][6],
    "INSERT INTO session_log (instrument_id, version_id, provision_key, delegation, text,"
    f" created, deleted) VALUES (1, 1, 'art-1.1', 'EU', 'Said by mistake.', '{NOW}', '{NOW}')",
    "INSERT INTO session_log_history (entry_id, saved, change, provision_key, delegation, text)"
    f" VALUES (1, '{NOW}', 'edited', 'art-1.1', 'EU', 'Supports the artcle.')",
    DATA[2][7],
]


# Schema 4: reference instruments and precedents. The same draft, and an earlier convention
# marked as a reference (cited "EC") whose one paragraph the draft's art-1.1 repeats but for a
# word; the pair (draft, earlier convention) searched, with that precedent stored.
DATA[4] = [
    *DATA[3],
    "INSERT INTO instruments (id, name, created, reference, cite_as) VALUES"
    f" (2, 'Earlier convention', '{NOW}', 1, 'EC')",
    f"INSERT INTO revisions (id, instrument_id, label, position, revises_id, created) VALUES"
    f" (3, 2, 'EC', 1, NULL, '{NOW}')",
    "INSERT INTO versions (id, instrument_id, label, title, language, source_name,"
    " source_hash, imported, position, report, revision_id) VALUES (2, 2, 'EC', 'Earlier"
    f" convention', 'en', 'ec.txt', 'def', '{NOW}', 1, '{{}}', 3)",
    "INSERT INTO provisions (version_id, key, parent_key, kind, number, heading, text,"
    " position, depth) VALUES"
    " (2, 'art-4', NULL, 'article', '4', 'Purpose', '', 0, 0),"
    " (2, 'art-4.1', 'art-4', 'paragraph', '1', '', 'The purpose of this Convention is"
    " to strengthen cooperation.', 1, 1)",
    f"INSERT INTO precedent_pairs (draft_id, source_id, searched) VALUES (1, 2, '{NOW}')",
    "INSERT INTO precedents (draft_id, source_id, draft_key, rank, source_key, citation,"
    " similarity, kind, changed_words) VALUES (1, 2, 'art-1.1', 1, 'art-4.1',"
    " 'EC, art. 4, para. 1', 0.889, 'identical but for', 1)",
]


def build(folder: Path, schema: int) -> Path:
    """A library folder at `schema` with DATA[schema] in it, written as that app would have."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / database.LIBRARY_FILE
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        if schema:
            connection.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
        for number in range(schema):
            connection.executescript(database.MIGRATIONS[number])
        connection.execute(f"PRAGMA user_version = {schema}")
        for statement in DATA[schema]:
            connection.execute(statement)
    finally:
        connection.close()
    return path
