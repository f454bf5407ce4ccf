"""The redline: a proposed wording against the current text, word by word.

Both texts are cut into words, runs of whitespace and single punctuation marks, so a change
of "shall" to "may" or of a comma to a semicolon shows as exactly that. Whitespace is
compared loosely (a line break and a space are the same gap): delegates retype text, and an
invisible difference must not show as a change. The segments read in order give back the
proposed wording exactly (equal + insert) and the current text up to whitespace
(equal + delete).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import NamedTuple

from negotiator_app.core.provision import Kind, Provision

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"

# A word (letters/digits, with inner apostrophes: "Party's", "State’s"), a gap, or one mark.
_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]")


class Segment(NamedTuple):
    """One piece of the redline: op is "equal", "insert" or "delete"."""

    op: str
    text: str


def redline(current: str, proposed: str) -> list[Segment]:
    """The word-level diff that turns the current text into the proposed wording."""
    old, new = tokenize(current), tokenize(proposed)
    old_keys, new_keys = [_key(t) for t in old], [_key(t) for t in new]
    # Most proposals change a few words in the middle: matching only what lies between the
    # common beginning and end keeps a long article fast (the matcher is quadratic).
    head = 0
    while head < min(len(old), len(new)) and old_keys[head] == new_keys[head]:
        head += 1
    tail = 0
    while (
        tail < min(len(old), len(new)) - head
        and old_keys[len(old) - 1 - tail] == new_keys[len(new) - 1 - tail]
    ):
        tail += 1
    # Each raw piece keeps both sides, so an equal gap can later be folded into a change.
    pieces: list[tuple[str, str, str]] = []
    if head:
        pieces.append((EQUAL, "".join(old[:head]), "".join(new[:head])))
    old_middle = old_keys[head : len(old) - tail]
    new_middle = new_keys[head : len(new) - tail]
    matcher = SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before = "".join(old[head + i1 : head + i2])
        after = "".join(new[head + j1 : head + j2])
        if tag == "equal":
            pieces.append((EQUAL, before, after))
        else:
            if before:
                pieces.append((DELETE, before, ""))
            if after:
                pieces.append((INSERT, "", after))
    if tail:
        pieces.append((EQUAL, "".join(old[len(old) - tail :]), "".join(new[len(new) - tail :])))
    return _merge(_fold_gaps(pieces))


def redline_provision(provision: Provision, proposed: str) -> list[Segment]:
    """The redline of a proposed wording against a provision's current wording.

    The provision's own label ("2.", "(h)") counts only when the proposal repeats it: a
    delegate who proposes new wording for paragraph 2 rarely types "2." in front of it.
    """
    current = wording(provision)
    label = wording_label(provision)
    if label and current.startswith(f"{label} ") and not proposed.lstrip().startswith(label):
        current = current[len(label) + 1 :]
    return redline(current, proposed)


def redline_proposal(provision: Provision, proposed: str, quote: str = "") -> list[Segment]:
    """A proposed wording against what it concerns: the quoted words, or else the provision.

    The memo and the position panel both show this, so they always show the same changes.
    """
    proposed = proposed.strip()
    return redline(quote, proposed) if quote else redline_provision(provision, proposed)


def tokenize(text: str) -> list[str]:
    """Words, whitespace runs and punctuation marks, in order; they join back to the text."""
    return _TOKEN_RE.findall(text)


def wording(provision: Provision) -> str:
    """The text a proposed wording is compared against: the provision and its sub-provisions.

    One line per paragraph, each with its label ("1.", "(a)"), as a delegate would retype it;
    the heading is not part of the wording. A part, chapter or section stands for its own
    text only: a note on a chapter is not a proposal to rewrite every article in it.
    """
    lines: list[str] = []
    _collect(provision, lines, top=True)
    return "\n".join(lines)


def has_changes(segments: list[Segment]) -> bool:
    return any(segment.op != EQUAL for segment in segments)


def _key(token: str) -> str:
    return " " if token.isspace() else token


def _fold_gaps(pieces: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A lone gap between two changes joins them, so "a big dog" -> "one small cat" reads as
    one deletion and one insertion instead of three interleaved pairs."""
    folded: list[tuple[str, str, str]] = []
    for index, (op, before, after) in enumerate(pieces):
        between_changes = (
            0 < index < len(pieces) - 1
            and pieces[index - 1][0] != EQUAL
            and pieces[index + 1][0] != EQUAL
        )
        if op == EQUAL and between_changes and before.isspace():
            folded.append((DELETE, before, ""))
            folded.append((INSERT, "", after))
        else:
            folded.append((op, before, after))
    return folded


def _merge(pieces: list[tuple[str, str, str]]) -> list[Segment]:
    """Adjacent changes become one deletion followed by one insertion."""
    segments: list[Segment] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            segments.append(Segment(DELETE, "".join(deleted)))
        if inserted:
            segments.append(Segment(INSERT, "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for op, before, after in pieces:
        if op == DELETE:
            deleted.append(before)
        elif op == INSERT:
            inserted.append(after)
        else:
            flush()
            if segments and segments[-1].op == EQUAL:
                segments[-1] = Segment(EQUAL, segments[-1].text + after)
            elif after:
                segments.append(Segment(EQUAL, after))
    flush()
    return segments


# A note on one of these concerns it as a whole, not every article inside it.
CONTAINERS_QUOTED_ALONE = frozenset({Kind.PART, Kind.CHAPTER, Kind.SECTION})


def wording_label(node: Provision) -> str:
    """The label a paragraph or subparagraph carries in its wording ("2.", "(a)"); else ""."""
    return node.label() if node.kind in {Kind.PARAGRAPH, Kind.SUBPARAGRAPH} else ""


def own_lines(node: Provision) -> list[str]:
    """A provision's own lines of wording, its label ("2.", "(a)") before the first."""
    label = wording_label(node)
    lines = node.text.split("\n") if node.text else []
    if label:
        return [f"{label} {lines[0]}", *lines[1:]] if lines else [label]
    return lines


def _collect(node: Provision, lines: list[str], top: bool) -> None:
    lines.extend(own_lines(node))
    if top and node.kind in CONTAINERS_QUOTED_ALONE:
        return
    for child in node.children:
        _collect(child, lines, top=False)
