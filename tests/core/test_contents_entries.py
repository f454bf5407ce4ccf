"""Contents entries are read from the end of the line: the same entries as the old forward
pattern found, in time linear in the line (a line of ten thousand dots took minutes)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_app.core.contents import contents_entry_title, is_contents_entry

# The pattern matched forwards, as it was: the specification the new reading must keep.
FORWARD = re.compile(
    r"^(?P<entry>.*?\S)(?:\s*(?:[.\u2026·_]\s?){3,}\s*|\t+\s*|\s{3,})(?P<page>\d{1,4}|[ivxlc]{1,6})$"
)


def forward_entry(text: str) -> str | None:
    match = FORWARD.match(text.strip())
    return match.group("entry") if match else None


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="a1 .\t\n…_vx·9", max_size=30))
def test_the_same_entries_as_the_forward_pattern(line):
    entry = forward_entry(line)
    assert is_contents_entry(line) == (entry is not None and len(entry) < 200)
    assert contents_entry_title(line) == (entry if entry is not None else line)


def test_real_contents_lines():
    assert contents_entry_title("Chapter I. General provisions ........ 5") == (
        "Chapter I. General provisions"
    )
    assert contents_entry_title("Article 12 bis\tiv") == "Article 12 bis"
    assert is_contents_entry("Annex     12")
    assert not is_contents_entry("Each State Party shall adopt measures under article 5")
    assert contents_entry_title("Article 1 " + "." * 100_000 + " 7") == "Article 1"
    assert not is_contents_entry("Article 1 " + ". " * 100_000 + "end")
