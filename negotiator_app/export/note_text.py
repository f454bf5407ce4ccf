"""A note's fields as a memo words them: "Support with amendments", "High", talking points —
in the memo's language (export/memo_words)."""

from __future__ import annotations

import re
from typing import NamedTuple

from negotiator_app.core.language import same_language
from negotiator_app.export.memo_words import MemoWords, memo_words
from negotiator_app.storage.notes import DelegationPosition, Note, Proposal

ENGLISH = memo_words("en")
_BULLET_RE = re.compile(r"^\s*(?:[-*•–—]|\u2022)\s+")


def stance_text(note: Note | None, words: MemoWords = ENGLISH) -> str:
    if note is None or not note.stance:
        return words.no_position if note is None else "—"
    return words.stance(note.stance)


def priority_text(note: Note | None, words: MemoWords = ENGLISH) -> str:
    return words.priority_name(note.priority) if note is not None and note.priority else "—"


def red_line_text(note: Note | None, words: MemoWords = ENGLISH) -> str:
    return words.yes if note is not None and note.red_line else ""


def paragraphs(text: str) -> list[str]:
    """Each non-empty line of a text field is a paragraph of its own."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def talking_points(text: str) -> list[str]:
    """One point per line, without the dash or bullet the user may have typed."""
    return [_BULLET_RE.sub("", line) for line in paragraphs(text)]


def delegation_rows(
    delegations: list[DelegationPosition], words: MemoWords = ENGLISH
) -> list[tuple[str, str, str]]:
    rows = []
    for position in delegations:
        stance = words.stance(position.stance) if position.stance else ""
        rows.append((position.delegation, stance, position.remark))
    return rows


class Wording(NamedTuple):
    """A proposed wording as a memo of one version shows it."""

    proposal: Proposal
    redlined: bool  # in the version's language: shown as a redline against its text
    title: str  # "Proposed wording", or "Proposed wording (English)" for another language


def wordings(note: Note, language: str, words: MemoWords = ENGLISH) -> list[Wording]:
    """The note's proposed wordings for a text in `language`: the one in that language first,
    as a redline; each other language's after it, as written, named by its language.

    The language rule: a wording is compared only with a text in the language it was written
    in (striking the whole Russian text to insert an English proposal says nothing).
    """
    own = note.proposal(language)
    shown = [Wording(own, True, words.proposed_wording)] if own is not None else []
    for proposal in note.other_proposals(language):
        title = words.proposed_in.format(language=words.language_name(proposal.language))
        shown.append(Wording(proposal, same_language(proposal.language, language), title))
    return shown
