"""The delegate's vocabulary as the interface shows it, in the interface's language: stances,
priorities, language names, what changed in a note. The stored values stay English keys
("support with amendments"); only what is shown is translated.
"""

from __future__ import annotations

from negotiator_app.core.brackets import BracketChange
from negotiator_app.core.language import language_code
from negotiator_app.export.memo_words import memo_words
from negotiator_app.storage.note_changes import ChangeWords
from negotiator_app.ui.i18n import current_language, translator

tr = translator("Words")

_STANCES = {
    "support": tr.mark("Support"),
    "support with amendments": tr.mark("Support with amendments"),
    "neutral": tr.mark("Neutral"),
    "reserve": tr.mark("Reserve"),
    "oppose": tr.mark("Oppose"),
    "": tr.mark("No position yet"),
}
_PRIORITIES = {"high": tr.mark("High"), "medium": tr.mark("Medium"), "low": tr.mark("Low")}
_LANGUAGES = {
    "en": tr.mark("English"),
    "ru": tr.mark("Russian"),
    "fr": tr.mark("French"),
    "es": tr.mark("Spanish"),
    "ar": tr.mark("Arabic"),
    "zh": tr.mark("Chinese"),
    "de": tr.mark("German"),
    "nl": tr.mark("Dutch"),
    "it": tr.mark("Italian"),
    "pt": tr.mark("Portuguese"),
}


def stance_name(stance: str) -> str:
    """ "Support with amendments" — "Поддержка с поправками"; an unknown stance as stored."""
    return tr.marked(_STANCES[stance]) if stance in _STANCES else stance


def priority_name(priority: str) -> str:
    return tr.marked(_PRIORITIES[priority]) if priority in _PRIORITIES else priority


def language_name(code: str) -> str:
    """ "English" for "en", in the interface's language; "language not set" for ""."""
    primary = language_code(code)
    if not primary:
        return tr("language not set")
    return tr.marked(_LANGUAGES[primary]) if primary in _LANGUAGES else code.strip()


def language_title(code: str) -> str:
    """A language as a list of choices shows it: "Русский", "Anglais" (capitalised)."""
    name = language_name(code)
    return name[:1].upper() + name[1:]


def change_words() -> ChangeWords:
    """How the note's history says what a save changed, in the interface's language."""
    return ChangeWords(
        titles={
            "stance": tr("stance"),
            "priority": tr("priority"),
            "red_line": tr("red line"),
            "proposal": tr("wording"),
            "rationale": tr("rationale"),
            "talking_points": tr("talking points"),
            "instructions": tr("instructions from capital"),
            "tags": tr("tags"),
            "delegations": tr("delegations"),
        },
        phrases={
            "none": tr("none"),
            "added": tr("{what} added"),
            "edited": tr("{what} edited"),
            "removed": tr("{what} removed"),
            "from_to": tr("{what}: {before} → {after}"),
            "red_line_set": tr("red line set"),
            "red_line_removed": tr("red line removed"),
            "in_language": tr("{what} ({language})"),
            "first_save": tr("first save"),
            "no_change": tr("saved again, nothing changed"),
            "restored": tr("restored the save of {when}"),
        },
        language_name=language_name,
        value_name=_value_name,
    )


def _value_name(field: str, value: str) -> str:
    """A stance or priority inside a sentence: "stance: none → oppose" ("возражение")."""
    if not value:
        return ""
    name = stance_name(value) if field == "stance" else priority_name(value)
    return name[:1].lower() + name[1:]


_CHANGES = {
    "unchanged": tr.mark("unchanged"),
    "reworded": tr.mark("reworded"),
    "renumbered": tr.mark("renumbered"),
    "moved": tr.mark("moved"),
    "renumbered+reworded": tr.mark("renumbered, reworded"),
    "split": tr.mark("split"),
    "merged": tr.mark("merged"),
    "new": tr.mark("new"),
    "deleted": tr.mark("deleted"),
}


def change_name(change: str) -> str:
    """How a kind of change (core.comparison.Change) reads: "reworded" — "изменена формулировка"."""
    return tr.marked(_CHANGES[change]) if change in _CHANGES else change


def brackets_text(brackets: BracketChange) -> str:
    """ "2 brackets removed, 1 added, 1 kept; Option 2 chosen" (BracketChange.describe, in the
    interface's language), or "" when nothing changed."""
    parts = []
    if brackets.removed:
        parts.append(tr("%n brackets removed", brackets.removed))
    if brackets.added:
        parts.append(tr("%n added", brackets.added))
    if brackets.kept and (brackets.removed or brackets.added):
        parts.append(tr("%n kept", brackets.kept))
    text = ", ".join(parts)
    if brackets.option_chosen:
        chosen = tr("{option} chosen").format(option=brackets.option_chosen)
        text = f"{text}; {chosen}" if text else chosen
    return text


_CARRY_MARKS = {
    "unchanged": tr.mark("text unchanged"),
    "changed": tr.mark("text changed since your position — review"),
    "taken in": tr.mark("your proposed wording was taken in"),
    "deleted": tr.mark("provision deleted — your position on the old text is kept"),
    "already noted": tr.mark(
        "the new text already has a position here — your position on the old text is kept"
    ),
}
# The same as a sentence of the carried notice, which has its own "To review".
_CARRY_SENTENCES = {
    "changed": tr.mark("Text changed since your position."),
    "taken in": tr.mark("Your proposed wording was taken in."),
}


def carry_detail(detail: str, document_language: str) -> str:
    """ "renumbered from Article 11" (stored in English by storage/carry_marks.py) in the
    interface's language, the article named in the document's language
    ("перенумеровано (ранее — Статья 11)")."""
    return memo_words(current_language()).carry_detail(detail, document_language)


def carry_message(mark: str, detail: str, document_language: str) -> str:
    """What the review list says of a carried position (storage.carry.CarriedNote.message)."""
    text = tr.marked(_CARRY_MARKS[mark]) if mark in _CARRY_MARKS else mark
    detail = carry_detail(detail, document_language)
    return f"{text}; {detail}" if detail else text


def carry_sentence(mark: str) -> str:
    """ "The text changed since your position." for the carried notice; "" for no change."""
    if mark in _CARRY_SENTENCES:
        return tr.marked(_CARRY_SENTENCES[mark])
    text = tr.marked(_CARRY_MARKS[mark]) if mark in _CARRY_MARKS and mark != "unchanged" else ""
    return f"{text[:1].upper()}{text[1:]}." if text else ""
