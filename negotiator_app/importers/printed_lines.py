"""Lines of a printed page, wherever they come from (a PDF, or a PDF saved as text).

Page numbers, the shape of a running header, and the rejoining of a line wrapped at the margin
(with a word hyphenated across it) are the same problems in both importers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:page|p\.|стр\.?|страница|página)\s*)?[-\u2013\u2014(]?\s*(?:\d{1,4}|[ivxlc]{1,6})"
    r"\s*[-\u2013\u2014)]?(?:\s*(?:of|/|из|de|sur)\s*\d{1,4})?$",
    re.I,
)
SENTENCE_END = (".", ";", ":", "!", "?", '"', "\u201d", "»", ")")
# First halves of compounds that keep their hyphen even when the text shows the word only
# once, split at the margin. Word starts such as "inter", "pre" or "sub" are not here: a
# typesetter splits "inter-mediary" as readily as an author writes "inter-agency".
_KEEP_HYPHEN_PREFIXES = {
    "non", "self", "cross", "quasi", "well", "case", "follow", "decision", "capacity",
}  # fmt: skip


def line_shape(text: str) -> str:
    """A line with its digits as #: the same running header on every page has one shape."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def vocabulary(texts: Iterable[str]) -> set[str]:
    """Words seen in the text, and the first parts of hyphenated ones ("non-", "информационно-").

    The halves of a word hyphenated at the margin are not words of the text: a line's last
    word before its hyphen and the next line's first word are left out.
    """
    words: set[str] = set()
    after_hyphen = False
    for text in texts:
        found = re.findall(r"\w+(?:-\w+)*-?", text.lower())
        if after_hyphen and found:
            found = found[1:]
        after_hyphen = text.rstrip().endswith("-")
        for word in found:
            if word.endswith("-"):
                continue
            words.add(word)
            if "-" in word:
                words.add(word.split("-", 1)[0] + "-")
    return words


def join_wrapped(text: str, continuation: str, vocabulary: set[str]) -> str:
    """Join a wrapped line on; a word hyphenated at the end of the line is joined again.

    The text itself decides: the joined word when it occurs elsewhere ("inter-" + "national"
    is "international", even if a stray "inter-national" occurs too); the hyphen kept when the
    hyphenated word or its first half occurs hyphenated elsewhere, or when both halves are
    words of the text and the joined form never occurs ("user-friendly", "gender-responsive").
    """
    match = re.search(r"(\w+)-$", text)
    if not match or not continuation[:1].isalpha():
        return f"{text} {continuation}"
    head = match.group(1)
    tail_match = re.match(r"\w+", continuation)
    tail = tail_match.group(0) if tail_match else ""
    if (head + tail).lower() in vocabulary:
        return text[:-1] + continuation
    if (
        f"{head}-{tail}".lower() in vocabulary
        or f"{head.lower()}-" in vocabulary
        or head.lower() in _KEEP_HYPHEN_PREFIXES
        or continuation[:1].isupper()
        or head.isupper()
        or (len(head) > 2 and head.lower() in vocabulary and tail.lower() in vocabulary)
    ):
        return text + continuation
    return text[:-1] + continuation
