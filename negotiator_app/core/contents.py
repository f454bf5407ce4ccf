"""Contents pages: recognised so that their entries never become provisions."""

from __future__ import annotations

import re

CONTENTS_HEADING_RE = re.compile(
    r"^(contents|table of contents|содержание|оглавление|table des matières|índice)\s*:?$", re.I
)
# An entry, its leader (dots, spaces or a tab) and its page number, matched from the end of the
# line backwards: the line is reversed, so the page number is at the start and the pattern is
# anchored there, tried once. Matched forwards, the shortest entry before a long run of dots was
# sought at every position of the run, in time that grew with the square of the line.
_ENTRY_FROM_THE_END_RE = re.compile(
    r"(?P<page>\d{1,4}|[ivxlc]{1,6})"
    r"(?:\s*(?:\s?[.\u2026·_]){3,}\s*|\s*\t+|\s{3,})(?=\S)"
)
PAGE_COLUMN_RE = re.compile(r"^(page|pages|стр\.?|страница|page no\.?)$", re.I)


def is_contents_entry(text: str) -> bool:
    """A line of a table of contents: an entry followed by a page number."""
    entry = _entry(text)
    return entry is not None and len(entry) < 200


def contents_entry_title(text: str) -> str:
    """The entry of a contents line without its page number: "Chapter I. General provisions"."""
    entry = _entry(text)
    return entry if entry is not None else text


def _entry(text: str) -> str | None:
    """The entry before a contents line's leader and page number, or None for other lines."""
    line = text.strip()
    if not line or not (line[-1].isdigit() or line[-1] in "ivxlc"):
        return None
    match = _ENTRY_FROM_THE_END_RE.match(line[::-1])
    if match is None:
        return None
    entry = line[: len(line) - match.end()]
    return entry if "\n" not in entry else None
