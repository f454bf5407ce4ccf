"""Contents pages: recognised so that their entries never become provisions."""

from __future__ import annotations

import re

CONTENTS_HEADING_RE = re.compile(
    r"^(contents|table of contents|содержание|оглавление|table des matières|índice)\s*:?$", re.I
)
_CONTENTS_ENTRY_RE = re.compile(
    r"^(?P<entry>.*?\S)(?:\s*(?:[.\u2026·_]\s?){3,}\s*|\t+\s*|\s{3,})(?P<page>\d{1,4}|[ivxlc]{1,6})$"
)
PAGE_COLUMN_RE = re.compile(r"^(page|pages|стр\.?|страница|page no\.?)$", re.I)


def is_contents_entry(text: str) -> bool:
    """A line of a table of contents: an entry followed by a page number."""
    match = _CONTENTS_ENTRY_RE.match(text.strip())
    return match is not None and len(match.group("entry")) < 200


def contents_entry_title(text: str) -> str:
    """The entry of a contents line without its page number: "Chapter I. General provisions"."""
    match = _CONTENTS_ENTRY_RE.match(text.strip())
    return match.group("entry") if match else text
