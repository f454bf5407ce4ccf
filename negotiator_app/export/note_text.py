"""A note's fields as a memo words them: "Support with amendments", "High", talking points."""

from __future__ import annotations

import re

from negotiator_app.storage.notes import DelegationPosition, Note

NO_POSITION = "No position"
_BULLET_RE = re.compile(r"^\s*(?:[-*•–—]|\u2022)\s+")


def stance_text(note: Note | None) -> str:
    if note is None or not note.stance:
        return NO_POSITION if note is None else "—"
    return note.stance[0].upper() + note.stance[1:]


def priority_text(note: Note | None) -> str:
    return note.priority.capitalize() if note is not None and note.priority else "—"


def red_line_text(note: Note | None) -> str:
    return "Yes" if note is not None and note.red_line else ""


def paragraphs(text: str) -> list[str]:
    """Each non-empty line of a text field is a paragraph of its own."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def talking_points(text: str) -> list[str]:
    """One point per line, without the dash or bullet the user may have typed."""
    return [_BULLET_RE.sub("", line) for line in paragraphs(text)]


def delegation_rows(delegations: list[DelegationPosition]) -> list[tuple[str, str, str]]:
    rows = []
    for position in delegations:
        stance = position.stance[:1].upper() + position.stance[1:] if position.stance else ""
        rows.append((position.delegation, stance, position.remark))
    return rows
