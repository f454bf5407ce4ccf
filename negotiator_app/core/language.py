"""Which language a text is in, well enough to pick a stemmer."""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_STOPWORDS = {
    "en": {"the", "of", "and", "to", "shall", "in", "this", "any", "party", "states"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "présente", "parties", "état"},
    "es": {"el", "la", "los", "las", "del", "y", "presente", "partes", "estado", "una"},
    "de": {"der", "die", "das", "und", "des", "vertragsparteien", "ein", "eine", "nicht", "mit"},
    "nl": {"het", "van", "een", "voor", "niet", "zijn", "wordt", "verdrag", "inzake", "deze"},
}


def detect_language(text: str) -> str:
    """An ISO 639-1 code: "ru", "zh", "ar" by script, else the Latin language by its stopwords."""
    sample = text[:200_000]
    latin = len(_LATIN.findall(sample))
    scripts = {
        "ru": len(_CYRILLIC.findall(sample)),
        # An ideograph is a word, where a Latin word takes five or six letters.
        "zh": 4 * len(_IDEOGRAPHS.findall(sample)),
        "ar": len(_ARABIC.findall(sample)),
    }
    script = max(scripts, key=scripts.__getitem__)
    if scripts[script] > latin:
        return script
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] else "en"


# The names a delegate reads for a version's language code (the six UN languages first).
# User-visible words: kept here, in one place, for the interface's translation.
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Russian",
    "fr": "French",
    "es": "Spanish",
    "ar": "Arabic",
    "zh": "Chinese",
    "de": "German",
    "nl": "Dutch",
    "it": "Italian",
    "pt": "Portuguese",
}
UNKNOWN_LANGUAGE = "language not set"


def language_code(code: str) -> str:
    """A language code as compared: lower case, its primary part ("en-GB" -> "en")."""
    return re.split(r"[-_]", (code or "").strip().lower())[0]


def same_language(first: str, second: str) -> bool:
    """Whether two language codes name one language ("en" and "EN-gb" do; "" only matches "")."""
    return language_code(first) == language_code(second)


def language_name(code: str) -> str:
    """ "English" for "en"; an unknown code as itself; "language not set" for ""."""
    primary = language_code(code)
    if not primary:
        return UNKNOWN_LANGUAGE
    return LANGUAGE_NAMES.get(primary, code.strip())
