"""What a delegate types or reads as a reference: "23", "14 bis", "Article 12 septies", "6.1.a",
"annex II", «статья 14 бис», "preamble 3" — and the key it names in a version.

The one reference grammar: the go-to box and the CLI's `show VERSION "Article 12 bis"` read
references through resolve(), the reader links "article 12 septies" and «статью 14 бис» in the
text through ARTICLE_REFERENCE_RE, all on the number grammar of core/numbering.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from negotiator_app.core.numbering import (
    ARTICLE_NUMBER,
    int_to_roman,
    is_roman,
    normal_number,
    roman_to_int,
)
from negotiator_app.core.provision import Kind, Provision

# The word before an article number, in the languages drafts come in, in any grammatical case.
ARTICLE_WORD = r"(?:articles?|art\.?|articulos?|artículos?|стать[а-яё]*|ст\.?|第)"
_ARTICLE_WORD_RE = re.compile(rf"^{ARTICLE_WORD}\s*", re.I)
_CHAPTER_WORD = re.compile(r"^(?:chapters?|chapitre|cap[ií]tulo|ch\.?|глав[а-яё]*|гл\.?)\s*", re.I)
# 12, 12bis, 12 bis, 12 septies, XII; then paragraph and item: 12.2.a, 12(2)(a), 12 2 a, 12 para 2
_ARTICLE_PATH = re.compile(
    rf"^(?P<num>{ARTICLE_NUMBER}|[ivxlc]{{1,8}})条?"
    r"(?:[\s.,(]+(?:para(?:graph)?\.?\s*|пункт\s*)?(?P<para>\d{1,3})\)?)?"
    r"(?:[\s.,(]+(?P<item>[a-zа-я]{1,2}|[ivx]{1,5})\)?)?$",
    re.I,
)
_PREAMBLE = re.compile(
    r"^(?:preamble|pre|préambule|preámbulo|преамбула)(?:[\s.,]+(?P<para>\d{1,3}))?$", re.I
)
_ANNEX = re.compile(
    r"^(?:annex|annexe|anexo|приложение|schedule)(?:\s+(?P<num>[ivxlc\d]{1,6}|[a-z]))?"
    r"(?:[\s,]+(?P<rest>.+))?$",
    re.I,
)
_OPERATIVE = re.compile(
    r"^(?:op(?:erative)?(?:\s+paragraph)?|para(?:graph)?)[\s.-]*(?P<num>\d{1,3})$", re.I
)
# "article 12 septies", "articles 12 and 13", «статьи 14 бис»: a reference inside a sentence.
ARTICLE_REFERENCE_RE = re.compile(
    rf"\b{ARTICLE_WORD}[\s\u00a0]+{ARTICLE_NUMBER}"
    rf"(?:(?:[\s\u00a0]*(?:,|and|or|to|и|или|et|ou|y|o|[-\u2013\u2014])[\s\u00a0]*){ARTICLE_NUMBER})*",
    re.I,
)
ARTICLE_NUMBER_RE = re.compile(ARTICLE_NUMBER, re.I)
_TYPED_PREFIX = re.compile(rf"^(?:{ARTICLE_WORD}\s*)?(\d+\s*[a-zа-яё]*)$", re.I)


class ProvisionIndex(Protocol):
    """What a reference is resolved against: a version's provisions by key and by number."""

    def __contains__(self, key: object) -> bool: ...

    def article(self, number: str) -> str | None: ...

    def chapter(self, number: str) -> str | None: ...

    def annex(self, number: str) -> str | None: ...


@dataclass
class TreeIndex:
    """A version's tree indexed for references (the CLI's; the workbench's Outline is one too)."""

    keys: set[str] = field(default_factory=set)
    articles: dict[str, str] = field(default_factory=dict)
    chapters: dict[str, str] = field(default_factory=dict)
    annexes: list[tuple[str, str]] = field(default_factory=list)  # (number, key)

    @classmethod
    def of(cls, roots: Iterable[Provision]) -> TreeIndex:
        index = cls()
        for root in roots:
            for node in root.walk():
                index.add(node)
        return index

    def add(self, node: Provision) -> None:
        """Index one provision; the first article of a number wins (the main instrument's)."""
        self.keys.add(node.key)
        if node.kind == Kind.ARTICLE:
            self.articles.setdefault(normal_number(node.number), node.key)
        elif node.kind == Kind.CHAPTER:
            self.chapters.setdefault(normal_number(node.number), node.key)
        elif node.kind == Kind.ANNEX:
            self.annexes.append((node.number, node.key))

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def article(self, number: str) -> str | None:
        return self.articles.get(normal_number(number))

    def chapter(self, number: str) -> str | None:
        return chapter_key(self.chapters, number)

    def annex(self, number: str) -> str | None:
        return annex_key(self.annexes, number)


def resolve(text: str, index: ProvisionIndex) -> str | None:
    """The key a typed reference names in this version, or None."""
    text = " ".join(text.strip().split())
    if not text:
        return None
    if text in index:
        return text
    if match := _PREAMBLE.match(text):
        preamble = f"pre.{match['para']}" if match["para"] else "pre"
        return preamble if preamble in index else None
    if match := _ANNEX.match(text):
        annex = index.annex(match["num"] or "")
        if annex and match["rest"]:
            # "Annex II, article 5": the article of the instrument in that annex.
            inner = _ARTICLE_PATH.match(_ARTICLE_WORD_RE.sub("", match["rest"]))
            if not inner:
                return None
            return _path(f"{annex}.art-{_key_number(inner['num'])}", inner, index)
        return annex
    if match := _OPERATIVE.match(text):
        operative = f"op-{match['num']}"
        return operative if operative in index else None
    if _CHAPTER_WORD.match(text):
        return index.chapter(_CHAPTER_WORD.sub("", text))
    match = _ARTICLE_PATH.match(_ARTICLE_WORD_RE.sub("", text))
    if not match:
        return None
    article = index.article(match["num"])
    return _path(article, match, index) if article is not None else None


def looks_like_article(text: str) -> bool:
    """Whether a typed reference is an article number ("12", "Article 12 bis")."""
    return bool(_ARTICLE_PATH.match(_ARTICLE_WORD_RE.sub("", " ".join(text.split()))))


def article_number(text: str) -> str:
    """The article number a typed reference asks for: "Art. 12 bis" -> "12 bis"."""
    return _ARTICLE_WORD_RE.sub("", " ".join(text.strip().split()))


def typed_article_prefix(query: str) -> str | None:
    """The start of an article number a delegate is typing ("12", "art. 12 b"), compared as
    normal_number() compares numbers; None when the query is words, not a number."""
    match = _TYPED_PREFIX.match(" ".join(query.split()))
    return normal_number(match.group(1)) if match else None


def not_found(text: str) -> str:
    """The sentence shown when a typed reference names nothing."""
    if looks_like_article(text):
        return f"There is no Article {article_number(text)} in this version."
    return f'Nothing in this version is called "{text.strip()}".'


def chapter_key(chapters: dict[str, str], number: str) -> str | None:
    """The key of Chapter <number> in a map of normal numbers to keys: "4" finds Chapter IV."""
    number = normal_number(number)
    return chapters.get(number) or chapters.get(_other_numeral(number))


def annex_key(annexes: Iterable[tuple[str, str]], number: str) -> str | None:
    """The key of Annex <number> among (number, key) pairs; the first annex when none is given."""
    wanted = normal_number(number)
    for annex_number, key in annexes:
        have = normal_number(annex_number)
        if not wanted or have == wanted or have == _other_numeral(wanted):
            return key
    return None


# -- helpers ---------------------------------------------------------------------------------


def _path(key: str, match: re.Match, index: ProvisionIndex) -> str | None:
    if key not in index:
        return None
    for part in (match["para"], match["item"]):
        if not part:
            continue
        candidate = f"{key}.{part.lower()}"
        if candidate not in index:
            return None
        key = candidate
    return key


def _key_number(number: str) -> str:
    normal = normal_number(number)
    return normal.upper() if is_roman(normal) else normal


def _other_numeral(number: str) -> str:
    """ "4" <-> "iv": chapters are typed in either."""
    if number.isdigit() and 0 < int(number) < 4000:
        return int_to_roman(int(number))
    if is_roman(number):
        return str(roman_to_int(number))
    return number
