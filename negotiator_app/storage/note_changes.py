"""What changed between two saves of a note, in words: "stance: oppose → support", "wording
edited (English)", "rationale edited". The history list, the restore question and
`negotiator note show` all say it this way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from negotiator_app.core.language import language_code, language_name
from negotiator_app.storage.notes import DelegationPosition, Note, Proposal, note_from_content


class NoteField(StrEnum):
    """A part of a note that a save can change."""

    STANCE = "stance"
    PRIORITY = "priority"
    RED_LINE = "red_line"
    PROPOSAL = "proposal"  # one per language
    RATIONALE = "rationale"
    TALKING_POINTS = "talking_points"
    INSTRUCTIONS = "instructions"
    TAGS = "tags"
    DELEGATIONS = "delegations"


# The words shown for each change; user-visible, kept together for the interface's translation.
FIELD_TITLES = {
    NoteField.STANCE: "stance",
    NoteField.PRIORITY: "priority",
    NoteField.RED_LINE: "red line",
    NoteField.PROPOSAL: "wording",
    NoteField.RATIONALE: "rationale",
    NoteField.TALKING_POINTS: "talking points",
    NoteField.INSTRUCTIONS: "instructions from capital",
    NoteField.TAGS: "tags",
    NoteField.DELEGATIONS: "delegations",
}
WORDS = {
    "none": "none",
    "added": "{what} added",
    "edited": "{what} edited",
    "removed": "{what} removed",
    "from_to": "{what}: {before} → {after}",
    "red_line_set": "red line set",
    "red_line_removed": "red line removed",
    "in_language": "{what} ({language})",
    "first_save": "first save",
    "no_change": "saved again, nothing changed",
    "restored": "restored the save of {when}",
}
_TEXTS = (NoteField.RATIONALE, NoteField.TALKING_POINTS, NoteField.INSTRUCTIONS)


@dataclass(frozen=True)
class ChangeWords:
    """The words a description is made of: English here; the interface passes its own
    language's (ui/words.py change_words)."""

    titles: dict[str, str] = field(
        default_factory=lambda: {str(k): v for k, v in FIELD_TITLES.items()}
    )
    phrases: dict[str, str] = field(default_factory=lambda: dict(WORDS))
    language_name: Callable[[str], str] = language_name
    value_name: Callable[[str, str], str] = lambda _field, value: value  # stance, priority


ENGLISH = ChangeWords()


@dataclass(frozen=True)
class FieldChange:
    """One part of a note that differs between two saves, with both sides as text."""

    field: NoteField
    before: str = ""
    after: str = ""
    language: str = ""  # the proposal's language, for a change of wording
    detail: str = ""  # for delegations: "+EU −Brazil ~China" (added, removed, changed)

    @property
    def key(self) -> str:
        """ "stance", "proposal:en": one per part of the note."""
        if self.field == NoteField.PROPOSAL:
            return f"{self.field}:{language_code(self.language)}"
        return str(self.field)

    def title(self, words: ChangeWords = ENGLISH) -> str:
        """ "wording (English)", "rationale"."""
        what = words.titles[self.field]
        if self.field == NoteField.PROPOSAL:
            language = words.language_name(self.language)
            return words.phrases["in_language"].format(what=what, language=language)
        return what

    def describe(self, words: ChangeWords = ENGLISH) -> str:
        """ "stance: oppose → support", "wording edited (English)", "tags: +crypto −scope"."""
        phrases = words.phrases
        if self.field in (NoteField.STANCE, NoteField.PRIORITY):
            return phrases["from_to"].format(
                what=self.title(words),
                before=words.value_name(self.field, self.before) or phrases["none"],
                after=words.value_name(self.field, self.after) or phrases["none"],
            )
        if self.field == NoteField.RED_LINE:
            return phrases["red_line_set" if self.after else "red_line_removed"]
        if self.field == NoteField.DELEGATIONS:
            return f"{self.title(words)}: {self.detail}"
        if self.field == NoteField.TAGS:
            before, after = _listed(self.before), _listed(self.after)
            gained = [f"+{t}" for t in after if t not in before]
            lost = [f"−{t}" for t in before if t not in after]
            return f"{self.title(words)}: {' '.join(gained + lost)}"
        if not self.before.strip():
            how = "added"
        elif not self.after.strip():
            how = "removed"
        else:
            how = "edited"
        if self.field == NoteField.PROPOSAL:
            return phrases["in_language"].format(
                what=phrases[how].format(what=words.titles[self.field]),
                language=words.language_name(self.language),
            )
        return phrases[how].format(what=self.title(words))


def changes(before: Note | None, after: Note) -> list[FieldChange]:
    """Every part of the note that differs from before to after, in the panel's order."""
    old = before or Note(after.instrument_id, after.provision_key)
    found: list[FieldChange] = []
    for name in (NoteField.STANCE, NoteField.PRIORITY):
        if getattr(old, name) != getattr(after, name):
            found.append(FieldChange(name, getattr(old, name), getattr(after, name)))
    if old.red_line != after.red_line:
        found.append(FieldChange(NoteField.RED_LINE, _flag(old.red_line), _flag(after.red_line)))
    found += _proposal_changes(old.proposals, after.proposals)
    for name in _TEXTS:
        if getattr(old, name).strip() != getattr(after, name).strip():
            found.append(FieldChange(name, getattr(old, name), getattr(after, name)))
    if old.tags != after.tags:
        found.append(FieldChange(NoteField.TAGS, "\n".join(old.tags), "\n".join(after.tags)))
    if old.delegations != after.delegations:
        found.append(
            FieldChange(
                NoteField.DELEGATIONS,
                _delegations_text(old.delegations),
                _delegations_text(after.delegations),
                detail=_delegations_detail(old.delegations, after.delegations),
            )
        )
    return found


def changed_fields(before: dict, after: dict) -> list[str]:
    """The keys (FieldChange.key) of the parts that differ between two saved contents."""
    empty = Note(0, "")
    return [
        change.key
        for change in changes(note_from_content(empty, before), note_from_content(empty, after))
    ]


def describe_save(
    before: Note | None, after: Note, restored_when: str = "", words: ChangeWords = ENGLISH
) -> str:
    """One line for a row of history: what this save changed from the one before it.

    restored_when: for a save that restored an earlier one, that save's time as shown.
    """
    phrases = words.phrases
    if before is None and not restored_when:
        parts = [_first_save_part(change, words) for change in changes(None, after)]
        first = phrases["first_save"]
        return f"{first}: {', '.join(parts)}" if parts else first
    parts = [change.describe(words) for change in changes(before, after)]
    if restored_when:
        return "; ".join([phrases["restored"].format(when=restored_when), *parts])
    return "; ".join(parts) or phrases["no_change"]


def _first_save_part(change: FieldChange, words: ChangeWords) -> str:
    if change.field in (NoteField.STANCE, NoteField.PRIORITY):
        return f"{change.title(words)} {words.value_name(change.field, change.after)}"
    if change.field == NoteField.RED_LINE:
        return words.titles[NoteField.RED_LINE]
    if change.field == NoteField.TAGS:
        return f"{change.title(words)} {', '.join(_listed(change.after))}"
    return change.title(words)


def _proposal_changes(old: list[Proposal], new: list[Proposal]) -> list[FieldChange]:
    before = {language_code(p.language): p for p in old if p.text.strip()}
    after = {language_code(p.language): p for p in new if p.text.strip()}
    found = []
    for code in [*after, *(c for c in before if c not in after)]:
        was, now = before.get(code), after.get(code)
        if (was.text if was else "").strip() != (now.text if now else "").strip():
            language = now.language if now is not None else was.language if was else code
            found.append(
                FieldChange(
                    NoteField.PROPOSAL, was.text if was else "", now.text if now else "", language
                )
            )
    return found


def _flag(value: bool) -> str:
    return "yes" if value else ""


def _listed(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def _delegations_detail(old: list[DelegationPosition], new: list[DelegationPosition]) -> str:
    before = {p.delegation: p for p in old}
    after = {p.delegation: p for p in new}
    parts = [f"+{name}" for name in after if name not in before]
    parts += [f"−{name}" for name in before if name not in after]
    parts += [f"~{name}" for name in after if name in before and before[name] != after[name]]
    return " ".join(parts)


def _delegations_text(delegations: list[DelegationPosition]) -> str:
    lines = []
    for position in delegations:
        data = asdict(position)
        stance = f" ({data['stance']})" if data["stance"] else ""
        remark = f": {data['remark']}" if data["remark"] else ""
        lines.append(f"{data['delegation']}{stance}{remark}")
    return "\n".join(lines)
