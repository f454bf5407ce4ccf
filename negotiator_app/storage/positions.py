"""A position on a provision as a note holds it: stance, priority, proposed wording in each
language, reasons, tags, and what each delegation said; and a note as a row of the notes table
or a saved state of its history holds it. Saving and reading notes: notes.py."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field, fields, replace

from negotiator_app.core.language import language_name, same_language

STANCES = ("support", "support with amendments", "neutral", "oppose", "reserve")
PRIORITIES = ("high", "medium", "low")
TEXT_FIELDS = ("rationale", "talking_points", "instructions")
# What delegates type for a stance, besides its name.
_STANCE_SYNONYMS = {
    "amendments": "support with amendments",
    "amend": "support with amendments",
    "reserved": "reserve",
    "undecided": "reserve",
    "opposed": "oppose",
}


def normalise_stance(value: str) -> str:
    """The stance as stored, from what a delegate types ("amendments", "support-with-...")."""
    value = " ".join(value.replace("-", " ").replace("_", " ").lower().split())
    return _STANCE_SYNONYMS.get(value, value)


@dataclass
class DelegationPosition:
    """What one delegation said or holds on the provision."""

    delegation: str
    stance: str = ""
    remark: str = ""


@dataclass
class Proposal:
    """A proposed wording in one language: the language of the version it was written against.

    A redline is drawn only against a version in that language; a version in another
    language shows the wording as it is, named by its language.
    """

    language: str
    text: str
    version_id: int | None = None  # the version it was written against

    def language_name(self) -> str:
        """ "English"."""
        return language_name(self.language)


@dataclass
class Note:
    """The position on one provision (or on a quoted span inside it)."""

    instrument_id: int
    provision_key: str
    quote: str = ""
    stance: str = ""
    priority: str = ""
    red_line: bool = False
    proposals: list[Proposal] = field(default_factory=list)  # one per language
    rationale: str = ""
    talking_points: str = ""
    instructions: str = ""
    tags: list[str] = field(default_factory=list)
    delegations: list[DelegationPosition] = field(default_factory=list)
    version_id: int | None = None  # the version it was written on
    id: int | None = None
    created: str = ""
    updated: str = ""
    revision_id: int | None = None  # the revision it belongs to (default: version_id's)

    def is_empty(self) -> bool:
        """True when the note says nothing at all."""
        return not (
            self.stance
            or self.priority
            or self.red_line
            or any(proposal.text.strip() for proposal in self.proposals)
            or any(getattr(self, name).strip() for name in TEXT_FIELDS)
            or self.tags
            or self.delegations
        )

    def proposal(self, language: str) -> Proposal | None:
        """The proposed wording in a language ("en" also finds "en-GB"), or None."""
        for proposal in self.proposals:
            if same_language(proposal.language, language) and proposal.text.strip():
                return proposal
        return None

    def other_proposals(self, language: str) -> list[Proposal]:
        """The proposed wordings in every language but this one."""
        return [
            p for p in self.proposals if p.text.strip() and not same_language(p.language, language)
        ]

    def with_proposal(self, language: str, text: str, version_id: int | None = None) -> Note:
        """A copy with the wording in one language replaced (added; removed when blank)."""
        kept = [p for p in self.proposals if not same_language(p.language, language)]
        if text.strip():
            at = next(
                (i for i, p in enumerate(self.proposals) if same_language(p.language, language)),
                len(kept),
            )
            kept.insert(min(at, len(kept)), Proposal(language, text, version_id))
        return replace(self, proposals=kept)

    def content(self) -> dict:
        """What the user wrote, as a dict (no ids or times): what history keeps."""
        data = asdict(self)
        for name in (
            "id", "created", "updated", "instrument_id", "provision_key", "quote", "revision_id"
        ):  # fmt: skip
            data.pop(name)
        return data

    def to_dict(self) -> dict:
        """Everything about the note, for JSON output."""
        return asdict(self)


# -- as the library keeps it -----------------------------------------------------------


def note_columns(note: Note) -> dict[str, object]:
    """The values of a note's own columns in the notes table (the lists as JSON)."""
    return {
        "version_id": note.version_id,
        "stance": note.stance,
        "priority": note.priority,
        "red_line": int(note.red_line),
        "proposals": json.dumps([asdict(p) for p in note.proposals], ensure_ascii=False),
        **{name: getattr(note, name) for name in TEXT_FIELDS},
        "tags": json.dumps(note.tags, ensure_ascii=False),
        "delegations": json.dumps([asdict(d) for d in note.delegations], ensure_ascii=False),
    }


def note_from_row(row: sqlite3.Row) -> Note:
    """A Note from a row of the notes table."""
    names = {f.name for f in fields(Note)}
    data = {name: row[name] for name in row.keys() if name in names}  # noqa: SIM118 (Row)
    data["red_line"] = bool(data["red_line"])
    data["tags"] = json.loads(data["tags"])
    data["delegations"] = [DelegationPosition(**d) for d in json.loads(data["delegations"])]
    data["proposals"] = [Proposal(**p) for p in json.loads(data["proposals"])]
    return Note(**data)


def note_from_content(base: Note, content: dict) -> Note:
    """The note a saved state describes (content as Note.content() gives it), on base's place."""
    data = {name: value for name, value in content.items() if name in _CONTENT_NAMES}
    data["delegations"] = [DelegationPosition(**d) for d in data.get("delegations", [])]
    data["proposals"] = [Proposal(**p) for p in data.get("proposals", [])]
    return replace(base, **data)


_CONTENT_NAMES = frozenset(f.name for f in fields(Note))
