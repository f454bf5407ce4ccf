"""How text becomes index terms: words, their folded forms and per-language stems."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from whoosh import lang as whoosh_lang
from whoosh.analysis import Analyzer, Filter, RegexTokenizer

from negotiator_app.core.language import detect_language

# The tokenizer of the index and of the snippets: they must agree, or highlights drift.
WORD_PATTERN = r"\w+"
WORD = re.compile(WORD_PATTERN)

# Every language whoosh can stem gets its own body field in the index.
LANGUAGES: tuple[str, ...] = tuple(
    code for code in whoosh_lang.languages if whoosh_lang.has_stemmer(code)
)
DEFAULT_LANGUAGE = "en"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]")
_CYRILLIC_LANGUAGES = frozenset({"ru"})
_LATIN_LANGUAGES = frozenset(LANGUAGES) - _CYRILLIC_LANGUAGES - {"ar"}


def fold(word: str) -> str:
    """The form every word is compared in: lower case, and ё read as е."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=200_000)
def stem(language: str, word: str) -> str:
    """The stem of a folded word in a text of `language`.

    The word's script picks the stemmer: a Russian text quoting an English term stems it as
    English, and the reverse, so mixed-language notes and texts still match their queries.
    """
    stemmer_language = _stemmer_language(language, word)
    if stemmer_language is None:
        return word
    return _stemmer(stemmer_language)(word)


def field_language(code: str, sample: str = "") -> str:
    """The body field language for a version or note language code ("en-GB" -> "en")."""
    code = re.split(r"[-_]", (code or "").strip().lower())[0]
    if code in LANGUAGES:
        return code
    if sample:
        detected = detect_language(sample)
        if detected in LANGUAGES:
            return detected
    return DEFAULT_LANGUAGE


def is_stopword(language: str, word: str) -> bool:
    """Words too common to be worth highlighting ("the", "и")."""
    return word in _stopwords(language)


def word_analyzer() -> Analyzer:
    """Folded words, unstemmed: for prefix, fuzzy, exact forms and spelling suggestions."""
    return RegexTokenizer(WORD_PATTERN) | FoldFilter()


def stem_analyzer(language: str) -> Analyzer:
    """Folded, stemmed words of one language: "confiscation" and "confiscate" meet."""
    return RegexTokenizer(WORD_PATTERN) | FoldFilter() | StemFilter(language)


class FoldFilter(Filter):
    """Applies fold() to every token."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            yield token


class StemFilter(Filter):
    """Replaces every token by its stem (see stem())."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, tokens):
        language = self.language
        for token in tokens:
            token.text = stem(language, token.text)
            yield token


def _stemmer_language(language: str, word: str) -> str | None:
    if _CYRILLIC.search(word):
        return "ru"
    if _ARABIC.search(word):
        return "ar"
    if _LATIN.search(word):
        return language if language in _LATIN_LANGUAGES else DEFAULT_LANGUAGE
    return None


@cache
def _stemmer(language: str):
    return whoosh_lang.stemmer_for_language(language)


@cache
def _stopwords(language: str) -> frozenset[str]:
    words: set[str] = set()
    for code in {language, "en", "ru"}:
        if whoosh_lang.has_stopwords(code):
            words.update(fold(word) for word in whoosh_lang.stopwords_for_language(code))
    return frozenset(words)
