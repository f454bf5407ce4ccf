"""Lines of a printed page, wherever they come from (a PDF, or a PDF saved as text).

Page numbers, the shape of a running header, and the rejoining of a line wrapped at the margin
(with a word hyphenated across it) are the same problems in both importers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:page|p\.|стр\.?|страница|página|pág\.)\s*)?(?:[-\u2013\u2014]\s*)?"
    r"(?:\d{1,4}|\(\d{1,4}\)|[ivxlc]{1,6})(?:\s*[-\u2013\u2014])?"
    r"(?:\s*(?:of|/|из|de|sur)\s*\d{1,4})?$",
    re.I,
)
# What else a running header or footer is made of: a UN job number ("23-15249 (E) 110823",
# "V.04-56153"), its bar code ("*2315249*"), a document symbol ("A/RES/77/321",
# "E/CN.7/2012/L.2"), and a page number set beside one of them ("2/4 24-07683").
_JOB_NUMBER = r"(?:[A-Z]\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?"
_BAR_CODE = r"\*\d{6,9}\*"
_SYMBOL = r"[A-Z]{1,6}(?:\.\d+)?(?:/[A-Z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?)+(?:\s*\(\d{4}\))?"
_PAGE = r"(?:\d{1,4}\s*/\s*\d{1,4}|[-\u2013]\s*\d{1,4}\s*[-\u2013])"
FURNITURE_PIECE_RE = re.compile(
    rf"^(?:{_JOB_NUMBER}|{_BAR_CODE}|{_SYMBOL}|{_PAGE})(?:\s+(?:{_JOB_NUMBER}|{_PAGE}))*$"
)
# Running headers and footers are on most pages: on at least this share of them (a sentence that
# three protocols end with is not).
RUNNING_SHARE = 0.4
SENTENCE_END = (".", ";", ":", "!", "?", '"', "\u201d", "»", ")")
# First halves of compounds that keep their hyphen even when the text shows the word only
# once, split at the margin. Word starts such as "inter", "pre" or "sub" are not here: a
# typesetter splits "inter-mediary" as readily as an author writes "inter-agency".
_KEEP_HYPHEN_PREFIXES = {
    "non", "self", "cross", "quasi", "well", "case", "follow", "decision", "capacity",
}  # fmt: skip


def is_page_number(text: str) -> bool:
    """ "16", "- 16 -", "iv", "Page 3 of 40", "2/4", "Página 3 de 40"."""
    return PAGE_NUMBER_RE.match(text.strip()) is not None


def is_furniture_piece(text: str) -> bool:
    """A page number, job number, bar code or document symbol: what only page furniture is."""
    text = " ".join(text.split())
    return is_page_number(text) or FURNITURE_PIECE_RE.match(text) is not None


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


def join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """The printed lines of one paragraph joined back into its text.

    Each line is joined to the one before it alone (join_wrapped looks no further back than
    the last word), so a paragraph of any length is joined in time proportional to it.
    """
    parts = [lines[0]]
    for line in lines[1:]:
        joined = join_wrapped(parts[-1], line, vocabulary)  # ends with line, whatever the joint
        parts[-1] = joined[: len(joined) - len(line)]
        parts.append(line)
    return "".join(parts)
