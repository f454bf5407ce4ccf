"""The delegate's vocabulary as the interface shows it, in the interface's language: stances,
priorities, language names, what changed in a note. The stored values stay English keys
("support with amendments"); only what is shown is translated.
"""

from __future__ import annotations

from negotiator_app.core.language import language_code
from negotiator_app.storage.note_changes import ChangeWords
from negotiator_app.ui.i18n import translator

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
