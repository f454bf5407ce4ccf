"""\"Did you mean\": typed words the library does not contain, replaced by the closest it does."""

from __future__ import annotations

from whoosh.reading import IndexReader

from negotiator_app.search.analysis import stem
from negotiator_app.search.query import ParsedQuery
from negotiator_app.search.schema import WORDS, body_field

_MIN_LENGTH = 3


def suggestion(parsed: ParsedQuery, reader: IndexReader) -> str | None:
    """The query with its misspelt words corrected, or None when every word is known."""
    changes: list[tuple[int, int, str]] = []
    for start, end, word in parsed.spelling:
        if len(word) < _MIN_LENGTH or word.isdigit() or _known(reader, word, parsed.languages):
            continue
        correction = closest_word(reader, word)
        if correction:
            changes.append((start, end, correction))
    if not changes:
        return None
    text = parsed.text
    for start, end, correction in sorted(changes, reverse=True):
        text = text[:start] + correction + text[end:]
    return text


def _known(reader: IndexReader, word: str, languages: tuple[str, ...]) -> bool:
    """True when the word, as typed or in another form of it, is in the library."""
    if reader.doc_frequency(WORDS, word):
        return True
    return any(reader.doc_frequency(body_field(lang), stem(lang, word)) for lang in languages)


def closest_word(reader: IndexReader, word: str) -> str | None:
    """The most frequent indexed word at the smallest edit distance (1, else 2)."""
    for distance in (1, 2) if len(word) > 4 else (1,):
        # Misspellings rarely touch the first letter; requiring it keeps this fast.
        candidates = [c for c in reader.terms_within(WORDS, word, distance, prefix=1) if c != word]
        if candidates:
            return max(candidates, key=lambda c: (reader.doc_frequency(WORDS, c), c))
    return None
