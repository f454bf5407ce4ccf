"""The library's schema: the SQL that takes it from each version to the next.

database.py runs them (one transaction each) and stamps the schema version; a library's
version is the number of migrations run on it.
"""

# Each migration takes the schema from its index to index + 1; never edit a released one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE instruments (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL
    );
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        source_name TEXT NOT NULL DEFAULT '',
        source_hash TEXT NOT NULL DEFAULT '',
        imported TEXT NOT NULL,
        position INTEGER NOT NULL,
        report TEXT NOT NULL DEFAULT '{}',
        UNIQUE (instrument_id, label)
    );
    CREATE TABLE provisions (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        parent_key TEXT,
        kind TEXT NOT NULL,
        number TEXT NOT NULL DEFAULT '',
        heading TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        depth INTEGER NOT NULL,
        UNIQUE (version_id, key)
    );
    CREATE INDEX provisions_by_version ON provisions (version_id, position);
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        provision_key TEXT NOT NULL,
        quote TEXT NOT NULL DEFAULT '',
        version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
        stance TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT '',
        red_line INTEGER NOT NULL DEFAULT 0,
        proposed TEXT NOT NULL DEFAULT '',
        rationale TEXT NOT NULL DEFAULT '',
        talking_points TEXT NOT NULL DEFAULT '',
        instructions TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        delegations TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        UNIQUE (instrument_id, provision_key, quote)
    );
    CREATE TABLE note_history (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        saved TEXT NOT NULL,
        content TEXT NOT NULL
    );
    CREATE INDEX note_history_by_note ON note_history (note_id, id);
    CREATE TABLE session_log (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER REFERENCES instruments(id) ON DELETE CASCADE,
        version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
        provision_key TEXT NOT NULL DEFAULT '',
        delegation TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        created TEXT NOT NULL
    );
    """,
    # 2: revisions. Versions of an instrument form a sequence of revisions, each revision one
    # or more language versions; a note belongs to a provision of one revision (it used to
    # belong to the instrument); carried_notes records each note carried to the next revision.
    # Existing versions are grouped as a delegate imported them: a version in a language the
    # current revision has no text in yet joins it (EN then RU of one draft), any other starts
    # the next revision. An existing note goes to the revision of the newest version of its
    # instrument at the time of its last save.
    """
    CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        position INTEGER NOT NULL,
        revises_id INTEGER REFERENCES revisions(id) ON DELETE SET NULL,
        created TEXT NOT NULL,
        UNIQUE (instrument_id, label)
    );
    ALTER TABLE versions ADD COLUMN revision_id INTEGER REFERENCES revisions(id)
        ON DELETE CASCADE;
    CREATE TABLE migration_revision_plan AS
    WITH RECURSIVE ordered AS (
        SELECT id, instrument_id, language,
            ROW_NUMBER() OVER (PARTITION BY instrument_id ORDER BY position, id) AS n
        FROM versions
    ), walk (version_id, instrument_id, n, grp, seen) AS (
        SELECT id, instrument_id, n, 1, '|' || language || '|' FROM ordered WHERE n = 1
        UNION ALL
        SELECT o.id, o.instrument_id, o.n,
            CASE WHEN o.language = '' OR w.seen = '||'
                OR instr(w.seen, '|' || o.language || '|') > 0
            THEN w.grp + 1 ELSE w.grp END,
            CASE WHEN o.language = '' OR w.seen = '||'
                OR instr(w.seen, '|' || o.language || '|') > 0
            THEN '|' || o.language || '|' ELSE w.seen || o.language || '|' END
        FROM walk w JOIN ordered o ON o.instrument_id = w.instrument_id AND o.n = w.n + 1
    )
    SELECT version_id, instrument_id, grp FROM walk;
    INSERT INTO revisions (instrument_id, label, position, created)
    SELECT p.instrument_id, v.label, p.grp, v.imported
    FROM migration_revision_plan p JOIN versions v ON v.id = p.version_id
    WHERE v.position = (
        SELECT MIN(w.position) FROM migration_revision_plan q JOIN versions w ON w.id = q.version_id
        WHERE q.instrument_id = p.instrument_id AND q.grp = p.grp
    );
    UPDATE versions SET revision_id = (
        SELECT r.id FROM migration_revision_plan p JOIN revisions r
            ON r.instrument_id = p.instrument_id AND r.position = p.grp
        WHERE p.version_id = versions.id
    );
    UPDATE revisions SET revises_id = (
        SELECT earlier.id FROM revisions earlier
        WHERE earlier.instrument_id = revisions.instrument_id
            AND earlier.position = revisions.position - 1
    );
    DROP TABLE migration_revision_plan;
    CREATE INDEX versions_by_revision ON versions (revision_id);
    CREATE TABLE notes_by_revision (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
        revision_id INTEGER REFERENCES revisions(id) ON DELETE CASCADE,
        provision_key TEXT NOT NULL,
        quote TEXT NOT NULL DEFAULT '',
        version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
        stance TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT '',
        red_line INTEGER NOT NULL DEFAULT 0,
        proposed TEXT NOT NULL DEFAULT '',
        rationale TEXT NOT NULL DEFAULT '',
        talking_points TEXT NOT NULL DEFAULT '',
        instructions TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        delegations TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        UNIQUE (revision_id, provision_key, quote)
    );
    INSERT INTO notes_by_revision (id, instrument_id, revision_id, provision_key, quote,
        version_id, stance, priority, red_line, proposed, rationale, talking_points,
        instructions, tags, delegations, created, updated)
    SELECT n.id, n.instrument_id, COALESCE(
            (SELECT v.revision_id FROM versions v WHERE v.instrument_id = n.instrument_id
                AND v.imported <= n.updated ORDER BY v.position DESC LIMIT 1),
            (SELECT v.revision_id FROM versions v WHERE v.instrument_id = n.instrument_id
                ORDER BY v.position LIMIT 1)),
        n.provision_key, n.quote, n.version_id, n.stance, n.priority, n.red_line, n.proposed,
        n.rationale, n.talking_points, n.instructions, n.tags, n.delegations, n.created,
        n.updated
    FROM notes n;
    CREATE TABLE history_by_revision (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes_by_revision(id) ON DELETE CASCADE,
        saved TEXT NOT NULL,
        content TEXT NOT NULL
    );
    INSERT INTO history_by_revision (id, note_id, saved, content)
    SELECT id, note_id, saved, content FROM note_history;
    DROP TABLE note_history;
    DROP TABLE notes;
    ALTER TABLE notes_by_revision RENAME TO notes;
    ALTER TABLE history_by_revision RENAME TO note_history;
    CREATE INDEX note_history_by_note ON note_history (note_id, id);
    CREATE INDEX notes_by_instrument ON notes (instrument_id, provision_key);
    CREATE TABLE carried_notes (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
        copy_id INTEGER REFERENCES notes(id) ON DELETE SET NULL,
        old_key TEXT NOT NULL,
        new_key TEXT NOT NULL DEFAULT '',
        mark TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        review INTEGER NOT NULL DEFAULT 0,
        reviewed TEXT NOT NULL DEFAULT '',
        carried TEXT NOT NULL,
        UNIQUE (note_id, revision_id)
    );
    CREATE INDEX carried_notes_by_revision ON carried_notes (revision_id, review);
    CREATE INDEX carried_notes_by_copy ON carried_notes (copy_id)
    """,
    # 3: a proposed wording per language. notes.proposed becomes notes.proposals, a JSON list of
    # {language, text, version_id}: the wording in the language of the version it was written
    # against (one per language). An existing proposal takes the version it was saved on and
    # its language, else the language of its revision's first version. Every saved state in
    # note_history is rewritten the same way.
    # note_history.restored: the time of the save a row brought back ('' for an edit). The
    # session log keeps each edit and deletion of an entry in session_log_history; a deleted
    # entry is only marked (session_log.deleted), so nothing written in the room is lost.
    """
    CREATE TABLE migration_proposal_plan AS
    SELECT n.id AS note_id, COALESCE(
            (SELECT v.language FROM versions v WHERE v.id = n.version_id),
            (SELECT v.language FROM versions v WHERE v.revision_id = n.revision_id
                ORDER BY v.position LIMIT 1),
            '') AS language
    FROM notes n;
    ALTER TABLE notes ADD COLUMN proposals TEXT NOT NULL DEFAULT '[]';
    UPDATE notes SET proposals = json_array(json_object(
        'language', (SELECT p.language FROM migration_proposal_plan p WHERE p.note_id = notes.id),
        'text', proposed,
        'version_id', version_id))
    WHERE proposed != '';
    ALTER TABLE notes DROP COLUMN proposed;
    UPDATE note_history SET content = json_set(json_remove(content, '$.proposed'),
        '$.proposals', json(CASE WHEN COALESCE(json_extract(content, '$.proposed'), '') = ''
            THEN '[]'
            ELSE json_array(json_object(
                'language', COALESCE(
                    (SELECT v.language FROM versions v
                        WHERE v.id = json_extract(note_history.content, '$.version_id')),
                    (SELECT p.language FROM migration_proposal_plan p
                        WHERE p.note_id = note_history.note_id)),
                'text', json_extract(content, '$.proposed'),
                'version_id', json_extract(content, '$.version_id')))
            END))
    WHERE json_valid(content) AND json_type(content, '$.proposed') IS NOT NULL;
    DROP TABLE migration_proposal_plan;
    ALTER TABLE note_history ADD COLUMN restored TEXT NOT NULL DEFAULT '';
    ALTER TABLE session_log ADD COLUMN deleted TEXT NOT NULL DEFAULT '';
    ALTER TABLE session_log ADD COLUMN edited TEXT NOT NULL DEFAULT '';
    CREATE TABLE session_log_history (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES session_log(id) ON DELETE CASCADE,
        saved TEXT NOT NULL,
        change TEXT NOT NULL,
        provision_key TEXT NOT NULL DEFAULT '',
        delegation TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL
    );
    CREATE INDEX session_log_history_by_entry ON session_log_history (entry_id, id)
    """,
    # 4: reference instruments and precedents. An instrument marked as a reference (an earlier
    # treaty) is searched for the sources of every other text's paragraphs; cite_as is its
    # short name in citations ("UNCAC"). precedent_pairs records each (draft version, source
    # version) pair searched, and precedents the closest passages found in that search, so
    # that a pair is searched once, and forgetting a pair (a reference unmarked) forgets them.
    """
    ALTER TABLE instruments ADD COLUMN reference INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE instruments ADD COLUMN cite_as TEXT NOT NULL DEFAULT '';
    CREATE TABLE precedent_pairs (
        draft_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        searched TEXT NOT NULL,
        PRIMARY KEY (draft_id, source_id)
    );
    CREATE INDEX precedent_pairs_by_source ON precedent_pairs (source_id);
    CREATE TABLE precedents (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL,
        source_id INTEGER NOT NULL,
        draft_key TEXT NOT NULL,
        rank INTEGER NOT NULL,
        source_key TEXT NOT NULL,
        citation TEXT NOT NULL,
        similarity REAL NOT NULL,
        kind TEXT NOT NULL,
        changed_words INTEGER NOT NULL,
        FOREIGN KEY (draft_id, source_id) REFERENCES precedent_pairs (draft_id, source_id)
            ON DELETE CASCADE
    );
    CREATE INDEX precedents_by_draft ON precedents (draft_id, draft_key);
    CREATE INDEX precedents_by_pair ON precedents (draft_id, source_id)
    """,
]
