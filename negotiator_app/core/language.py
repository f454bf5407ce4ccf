"""Which language a text is in, well enough to pick a stemmer."""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_STOPWORDS = {
    "en": {"the", "of", "and", "to", "shall", "in", "this", "any", "party", "states"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "présente", "parties", "état"},
    "es": {"el", "la", "los", "las", "del", "y", "presente", "partes", "estado", "una"},
    "de": {"der", "die", "das", "und", "des", "vertragsparteien", "ein", "eine", "nicht", "mit"},
}


def detect_language(text: str) -> str:
    """An ISO 639-1 code: "ru" for Cyrillic text, else the Latin language with most stopwords."""
    sample = text[:200_000]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic > latin:
        return "ru"
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] else "en"
