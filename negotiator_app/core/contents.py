"""Contents pages: recognised so that their entries never become provisions."""

from __future__ import annotations

import re

from negotiator_app.core.block import Block
from negotiator_app.core.numbering import LABEL_KINDS, recognise
from negotiator_app.core.provision import ImportReport
from negotiator_app.core.reading import Reading

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
# Labels that only the text itself opens with: met after a contents page, they end it.
_TEXT_OPENERS = frozenset({"preamble", "opener", "organ", "paragraph", "item", "closer"})
_LONGEST_ENTRY = 150


def is_contents_entry(text: str) -> bool:
    """A line of a table of contents: an entry followed by a page number."""
    entry = _entry(text)
    return entry is not None and len(entry) < 200


def contents_entry_title(text: str) -> str:
    """The entry of a contents line without its page number: "Chapter I. General provisions"."""
    entry = _entry(text)
    return entry if entry is not None else text


class ContentsPage:
    """A table of contents being read: its lines listed in the report, until the text begins.

    The first label the contents list ("Article 1") is remembered: the text's own first label
    is the same, and ends the contents page even when no page number follows the entries.
    """

    def __init__(self, reading: Reading, report: ImportReport) -> None:
        self.reading = reading
        self.report = report
        self._first_label: tuple[str, str] | None = None

    def drop(self, block: Block) -> bool:
        """Whether block is a line of a contents page, and listed in the report as left out."""
        reading = self.reading
        text = block.text
        if reading.stage == "front" and CONTENTS_HEADING_RE.match(text):
            reading.stage = "contents"
            self.report.drop("contents lines", text=text, page=block.page)
            return True
        if reading.stage in {"front", "contents"} and is_contents_entry(block.raw or text):
            reading.stage = "contents"
            self._remember_label(block.raw or text)
            self.report.drop("contents lines", text=text, page=block.page)
            return True
        if reading.stage != "contents":
            return False
        marker = recognise(text)
        if PAGE_COLUMN_RE.match(text):
            self.report.drop("contents lines", text=text, page=block.page)
            return True
        ends_contents = (
            marker is not None
            and (marker.kind in _TEXT_OPENERS or (marker.kind, marker.number) == self._first_label)
        ) or len(text) > _LONGEST_ENTRY
        if ends_contents:
            reading.stage = "front"
            return False
        self._remember_label(text)
        self.report.drop("contents lines", text=text, page=block.page)
        return True

    def _remember_label(self, text: str) -> None:
        marker = recognise(contents_entry_title(text))
        if marker is not None and marker.kind in LABEL_KINDS and self._first_label is None:
            self._first_label = (marker.kind, marker.number)


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
