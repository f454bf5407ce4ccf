"""Short excerpts with the matched words in <b>, and the words the reader should mark."""

from __future__ import annotations

import html

from whoosh.reading import IndexReader

from negotiator_app.search.analysis import WORD, fold, is_stopword, stem
from negotiator_app.search.query import ParsedQuery
from negotiator_app.search.schema import body_field

SNIPPET_WIDTH = 200
_LEAD = 50  # characters of context kept before the first match
_EXPANSION_LIMIT = 2000


class Highlighter:
    """Knows which words of a text a parsed query matched."""

    def __init__(self, parsed: ParsedQuery, reader: IndexReader) -> None:
        self.words = set(parsed.words)
        for multi in parsed.expansions:
            for count, btext in enumerate(multi._btexts(reader)):
                if count >= _EXPANSION_LIMIT:
                    break
                self.words.add(btext.decode("utf-8") if isinstance(btext, bytes) else btext)
        self.stems = parsed.stems
        self._seen: dict[tuple[str, str], bool] = {}  # texts repeat their words: decide once
        # A query of nothing but common words still deserves its highlights.
        self.keep_stopwords = all(is_stopword("en", word) for word in self.words) and all(
            is_stopword("en", s) for stems in self.stems.values() for s in stems
        )

    def matches(self, word: str, language: str) -> bool:
        known = self._seen.get((word, language))
        if known is None:
            known = self._seen[(word, language)] = self._matches(fold(word), language)
        return known

    def _matches(self, folded: str, language: str) -> bool:
        if not self.keep_stopwords and is_stopword(language, folded):
            return False
        if folded in self.words:
            return True
        stems = self.stems.get(body_field(language))
        return stems is not None and stem(language, folded) in stems

    def spans(self, text: str, language: str) -> list[tuple[int, int]]:
        """Where the matched words are in text."""
        seen = self._seen
        found = []
        for match in WORD.finditer(text):
            word = match.group()
            known = seen.get((word, language))
            if known is None:
                known = self.matches(word, language)
            if known:
                found.append(match.span())
        return found

    def snippet(self, text: str, language: str) -> str | None:
        """An excerpt around the densest cluster of matches, or None when nothing matched."""
        flat = " · ".join(line.strip() for line in text.splitlines() if line.strip())
        spans = self.spans(flat, language)
        return cut(flat, spans) if spans else None

    def terms(self, text: str, language: str) -> tuple[str, ...]:
        """The distinct words of text that matched, as written there."""
        return tuple(dict.fromkeys(text[a:b] for a, b in self.spans(text, language)))


def excerpt(text: str) -> str:
    """The start of a text, escaped, for a hit that matched by a filter alone."""
    flat = " · ".join(line.strip() for line in text.splitlines() if line.strip())
    return cut(flat, [])


def cut(text: str, spans: list[tuple[int, int]], width: int = SNIPPET_WIDTH) -> str:
    """The window of text with the most matches, escaped, matches in <b>, cuts marked with …."""
    start = 0
    if spans:
        best, best_count = 0, 0
        for index, (a, _) in enumerate(spans):
            count = sum(1 for b, _ in spans[index:] if b < a + width - _LEAD)
            if count > best_count:
                best, best_count = index, count
        start = max(0, spans[best][0] - _LEAD)
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else 0
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start + 1, end)
        if space > start:
            end = space
    pieces = ["…"] if start > 0 else []
    position = start
    for a, b in spans:
        if a < start or b > end:
            continue
        pieces.append(html.escape(text[position:a], quote=False))
        pieces.append(f"<b>{html.escape(text[a:b], quote=False)}</b>")
        position = b
    pieces.append(html.escape(text[position:end], quote=False))
    if end < len(text):
        pieces.append("…")
    return "".join(pieces).strip()
