"""The index documents made from a version's provisions and from the delegate's notes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from negotiator_app.core.numbering import int_to_roman, is_roman, key_number, roman_to_int
from negotiator_app.core.provision import CONTAINER_KINDS, Kind
from negotiator_app.search.analysis import field_language, fold
from negotiator_app.search.schema import NOTE_PLACE, STATE_DOC_ID, TEXT_PLACE, WORDS, body_field
from negotiator_app.search.source import VersionRecord
from negotiator_app.storage.notes import Note

_PROVISION_STORED = (
    "doc_id", "where", "version_id", "in_versions", "instrument_id", "key", "kind", "number",
    "heading", "own_heading", "position", "language", "content", "article", "chapter",
)  # fmt: skip
_NOTE_LABELS = (
    ("rationale", "Rationale"),
    ("talking_points", "Talking points"),
    ("instructions", "Instructions"),
)


@dataclass
class Marks:
    """What the notes on one provision say, so that stance:, tag:... also find its text."""

    stances: set[str] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)
    priorities: set[str] = field(default_factory=set)
    red_line: bool = False


@dataclass(frozen=True)
class Place:
    """Where a provision sits: its article and chapter, and the heading a hit shows for it."""

    article: str
    chapter: str
    heading: str


def text_doc_id(version_id: int, key: str) -> str:
    return f"p{version_id}:{key}"


def note_doc_id(note_id: int) -> str:
    return f"n{note_id}"


def number_term(number: str) -> str:
    """An article or chapter number as indexed: "12 bis" -> "12bis", "IV" -> "iv"."""
    return fold(key_number(number))


def number_terms(number: str) -> list[str]:
    """The terms a number filter looks for: "IV" also finds a chapter numbered 4, and back."""
    term = number_term(number)
    terms = [term]
    if term.isdigit() and 0 < int(term) < 4000:
        terms.append(int_to_roman(int(term)))
    elif is_roman(term):
        terms.append(str(roman_to_int(term)))
    return terms


def stance_term(stance: str) -> str:
    return fold(stance)


def version_language(version: VersionRecord, rows: list[sqlite3.Row]) -> str:
    """The body field language of a version: as recorded, else detected from its text."""
    sample = " ".join(row["text"] for row in rows[:200]) if not version.language else ""
    return field_language(version.language, sample)


def places(rows: list[sqlite3.Row]) -> dict[str, Place]:
    """For every provision of a version (rows in document order), its Place."""
    found: dict[str, Place] = {}
    for row in rows:
        parent = found.get(row["parent_key"]) if row["parent_key"] else None
        article = parent.article if parent else ""
        chapter = parent.chapter if parent else ""
        heading = parent.heading if parent else ""
        kind = row["kind"]
        if kind == Kind.ARTICLE:
            article = number_term(row["number"])
        elif kind == Kind.CHAPTER:
            chapter = number_term(row["number"])
        if kind == Kind.ARTICLE or kind in CONTAINER_KINDS:
            heading = row["heading"]  # its own, even when empty: never a chapter's for an article
        found[row["key"]] = Place(article, chapter, row["heading"] or heading)
    return found


def marks(notes: Iterable[Note]) -> dict[tuple[int | None, str], Marks]:
    """The Marks of every (revision, key) that has notes."""
    found: dict[tuple[int | None, str], Marks] = {}
    for note in notes:
        mark = found.setdefault((note.revision_id, note.provision_key), Marks())
        if note.stance:
            mark.stances.add(stance_term(note.stance))
        mark.tags.update(fold(tag) for tag in note.tags if tag.strip())
        if note.priority:
            mark.priorities.add(note.priority)
        mark.red_line = mark.red_line or note.red_line
    return found


def provision_document(
    version: VersionRecord,
    language: str,
    row: sqlite3.Row,
    place: Place,
    mark: Marks | None,
) -> dict:
    """The document for one provision of one version."""
    stored = {
        "doc_id": text_doc_id(version.id, row["key"]),
        "where": TEXT_PLACE,
        "version_id": str(version.id),
        "in_versions": str(version.id),
        "instrument_id": str(version.instrument_id),
        "key": row["key"],
        "kind": row["kind"],
        "number": row["number"],
        "heading": place.heading,
        "own_heading": row["heading"],
        "position": row["position"],
        "language": language,
        "content": row["text"],
        "article": place.article,
        "chapter": place.chapter,
    }
    return with_marks(stored, mark)


def with_marks(stored: Mapping, mark: Marks | None) -> dict:
    """A provision document again, from its stored fields, with its notes' current marks."""
    doc = {name: stored[name] for name in _PROVISION_STORED if name in stored}
    searchable = f"{doc['own_heading']}\n{doc['content']}".strip()
    doc[WORDS] = searchable
    doc[body_field(doc["language"])] = searchable
    if mark is not None:
        doc.update(_mark_fields(mark))
    return doc


def note_document(
    note: Note, version_id: int, in_versions: list[int], provision: Mapping | None
) -> dict:
    """The document for one note, shown on its provision in version_id.

    provision is the stored fields of that provision's document, when the version has it.
    """
    body, content = note_text(note)
    language = field_language("", body)
    provision = provision or {}
    # Each proposed wording is also stemmed as its own language: a Russian wording on a note
    # written mostly in English is found by Russian forms of its words.
    wordings: dict[str, list[str]] = {}
    for proposal in note.proposals:
        if proposal.text.strip():
            own = field_language(proposal.language, proposal.text)
            if own != language:
                wordings.setdefault(body_field(own), []).append(proposal.text)
    return {
        "doc_id": note_doc_id(note.id or 0),  # a stored note: it has its id
        "where": NOTE_PLACE,
        "version_id": str(version_id),
        "in_versions": " ".join(str(v) for v in in_versions) or str(version_id),
        "instrument_id": str(note.instrument_id),
        "key": note.provision_key,
        "note_id": note.id,
        "kind": provision.get("kind", ""),
        "number": provision.get("number", ""),
        "heading": provision.get("heading", ""),
        "position": provision.get("position", 0),
        "language": language,
        "content": content,
        "article": provision.get("article") or _article_of(note.provision_key),
        "chapter": provision.get("chapter", ""),
        WORDS: body,
        body_field(language): body,
        **{name: "\n".join(texts) for name, texts in wordings.items()},
        **_mark_fields(next(iter(marks([note]).values()))),
    }


def note_text(note: Note) -> tuple[str, str]:
    """(what is searched, what snippets are cut from): every field the delegate wrote."""
    values: list[str] = []
    lines: list[str] = []
    # Shown, not searched (stance: and priority: are the filters for these): a note holding only
    # a stance still has something to show in its search result.
    position = [
        f"{label}: {value}"
        for label, value in (("Stance", note.stance), ("Priority", note.priority))
        if value
    ]
    if note.red_line:
        position.append("Red line")
    if position:
        lines.append(" · ".join(position))
    if note.quote.strip():
        values.append(note.quote.strip())
        lines.append(f"Quote: {note.quote.strip()}")
    for proposal in note.proposals:
        if proposal.text.strip():
            values.append(proposal.text.strip())
            lines.append(f"Proposed wording ({proposal.language_name()}): {proposal.text.strip()}")
    for name, label in _NOTE_LABELS:
        value = getattr(note, name).strip()
        if value:
            values.append(value)
            lines.append(f"{label}: {value}")
    for held in note.delegations:
        said = " ".join(part for part in (held.delegation, held.remark) if part)
        if said:
            values.append(said)
            stance = f" ({held.stance})" if held.stance else ""
            remark = f": {held.remark}" if held.remark else ""
            lines.append(f"{held.delegation}{stance}{remark}")
    if note.tags:
        values.append(" ".join(note.tags))
        lines.append("Tags: " + ", ".join(note.tags))
    return "\n".join(values), "\n".join(lines)


def state_document(state: dict) -> dict:
    return {"doc_id": STATE_DOC_ID, "where": "state", "state": json.dumps(state)}


def _article_of(key: str) -> str:
    """The article number in a key ("art-12bis.2.a" -> "12bis"), for a provision not in view."""
    head = key.split(".", 1)[0]
    return fold(head.removeprefix("art-")) if head.startswith("art-") else ""


def _mark_fields(mark: Marks) -> dict:
    fields = {
        "stance": ",".join(sorted(mark.stances)),
        "tag": ",".join(sorted(mark.tags)),
        "priority": ",".join(sorted(mark.priorities)),
        "redline": "yes" if mark.red_line else "no",
    }
    return {name: value for name, value in fields.items() if value}
