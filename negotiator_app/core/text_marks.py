"""What the reader marks inside a provision's text: [brackets], options, references, search hits.

Pure Python (no Qt). Each function returns (start, end) character spans over the plain text.
Brackets and options are read by core/brackets.py, the one place that knows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from negotiator_app.core.brackets import bracket_spans, open_brackets, option_spans
from negotiator_app.core.outline import Outline
from negotiator_app.core.references import ARTICLE_NUMBER_RE, ARTICLE_REFERENCE_RE

__all__ = [
    "bracket_spans",
    "open_brackets",
    "option_spans",
    "reference_spans",
    "term_spans",
]

# "article 12 septies", "articles 12 and 13", «статью 14 бис»: core's one reference grammar.
_ARTICLES_RE = ARTICLE_REFERENCE_RE
_NUMBER_RE = ARTICLE_NUMBER_RE
_CHAPTER_RE = re.compile(r"\b(?:chapter|глав[а-яё]*)[\s\u00a0]+([IVXLC]+|\d{1,3})\b", re.I)
_THIS_ARTICLE_RE = re.compile(
    r"\bparagraphs?[\s\u00a0]+(\d{1,3})(?:[\s\u00a0]*\(([a-z]{1,2})\))?"
    r"[\s\u00a0]+of[\s\u00a0]+this[\s\u00a0]+article\b",
    re.I,
)


def reference_spans(text: str, outline: Outline, unit_key: str = "") -> list[tuple[int, int, str]]:
    """References such as "article 5", "articles 12 and 13", "chapter II" with their keys."""
    spans: list[tuple[int, int, str]] = []
    for match in _ARTICLES_RE.finditer(text):
        numbers = list(_NUMBER_RE.finditer(match.group(0)))
        first = numbers[0]
        key = outline.article(first.group(0))
        # The word "article" goes with the first number, so the whole "article 5" is the link.
        if key:
            spans.append((match.start(), match.start() + first.end(), key))
        for number in numbers[1:]:
            key = outline.article(number.group(0))
            if key:
                spans.append((match.start() + number.start(), match.start() + number.end(), key))
    for match in _CHAPTER_RE.finditer(text):
        key = outline.chapter(match.group(1))
        if key:
            spans.append((match.start(), match.end(), key))
    if unit_key:
        for match in _THIS_ARTICLE_RE.finditer(text):
            key = f"{unit_key}.{match.group(1)}"
            if match.group(2) and f"{key}.{match.group(2).lower()}" in outline:
                key = f"{key}.{match.group(2).lower()}"
            if key in outline:
                spans.append((match.start(), match.end(), key))
    return sorted(spans)


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the words a search matched occur (any word starting with a matched term)."""
    pattern = term_pattern(terms)
    if not pattern:
        return []
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.I)]


def term_pattern(terms: Iterable[str]) -> str:
    """The regular expression for the words a search matched (empty when there are none).

    Written so that Qt's QRegularExpression reads it the same way, for F3 in the reader.
    """
    words = sorted({t.strip().lower() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not words:
        return ""
    return r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*"
