"""What the index holds: one document per provision of each version, one per note, one state."""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from negotiator_app.search.analysis import LANGUAGES, stem_analyzer, word_analyzer

# Bump when the schema, the analyzers or what goes into a document change: an index written
# with another format is rebuilt by itself.
FORMAT = 4  # 2: a note marks and shows in its own revision only; 3: a wording per language;
# 4: a note shows its stance, priority and red line in its snippet

STATE_DOC_ID = "state"
TEXT_PLACE = "text"
NOTE_PLACE = "note"
WORDS = "words"


def body_field(language: str) -> str:
    """The stemmed text field of one language."""
    return f"body_{language}"


def build_schema() -> Schema:
    """The whoosh schema of the index."""
    keyword = KEYWORD(commas=True, lowercase=True)
    stored_keyword = KEYWORD(commas=True, lowercase=True, stored=True)
    return Schema(
        doc_id=ID(unique=True, stored=True),
        where=ID(stored=True),
        version_id=ID(stored=True),
        in_versions=KEYWORD(stored=True),
        instrument_id=ID(stored=True),
        key=ID(stored=True),
        note_id=STORED,
        kind=STORED,
        number=STORED,
        heading=STORED,
        own_heading=STORED,
        position=STORED,
        language=STORED,
        content=STORED,
        state=STORED,
        article=stored_keyword,
        chapter=stored_keyword,
        stance=keyword,
        tag=keyword,
        priority=keyword,
        redline=keyword,
        words=TEXT(analyzer=word_analyzer(), phrase=False),
        **{body_field(language): TEXT(analyzer=stem_analyzer(language)) for language in LANGUAGES},
    )
