"""Reading what a delegate types into "Go to article": "12", "12 bis", "6.1.a", "preamble"...

Pure Python (no Qt).
"""

from __future__ import annotations

import re

from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import Kind

_ARTICLE_WORD = re.compile(r"^(?:articles?|art\.?|статья|ст\.?)\s*", re.I)
_CHAPTER_WORD = re.compile(r"^(?:chapter|ch\.?|глава|гл\.?)\s*", re.I)
# 12, 12bis, 12 bis; then paragraph and item: 12.2.a, 12(2)(a), 12 2 a, 12, para 2
_ARTICLE_PATH = re.compile(
    r"^(?P<num>\d{1,4}(?:\s?(?:bis|ter|quater|quinquies|sexies))?|[ivxlc]{1,8})"
    r"(?:[\s.,(]+(?:para(?:graph)?\.?\s*)?(?P<para>\d{1,3})\)?)?"
    r"(?:[\s.,(]+(?P<item>[a-z]{1,2}|[ivx]{1,5})\)?)?$",
    re.I,
)
_PREAMBLE = re.compile(r"^(?:preamble|pre|преамбула)(?:[\s.,]+(?P<para>\d{1,3}))?$", re.I)
_ANNEX = re.compile(r"^(?:annex|приложение)(?:\s+(?P<num>[ivxlc\d]{1,6}))?$", re.I)


def resolve(text: str, outline: Outline) -> str | None:
    """The key a typed reference names in this version, or None."""
    text = " ".join(text.strip().split())
    if not text:
        return None
    if text in outline:
        return text
    if match := _PREAMBLE.match(text):
        key = f"pre.{match['para']}" if match["para"] else "pre"
        return key if key in outline else None
    if match := _ANNEX.match(text):
        return _annex(outline, match["num"] or "")
    if _CHAPTER_WORD.match(text):
        return outline.chapter(_CHAPTER_WORD.sub("", text))
    match = _ARTICLE_PATH.match(_ARTICLE_WORD.sub("", text))
    if not match:
        return None
    key = outline.article(match["num"])
    if key is None:
        return None
    for part in (match["para"], match["item"]):
        if not part:
            continue
        candidate = f"{key}.{part.lower()}"
        if candidate not in outline:
            return None
        key = candidate
    return key


def candidates(text: str, outline: Outline, limit: int = 30) -> list[str]:
    """Articles (and other pages) whose number starts with, or whose heading has, what was typed."""
    text = " ".join(text.strip().split()).lower()
    bare = _ARTICLE_WORD.sub("", text)
    out: list[str] = []
    for key in outline.units + [k for k in outline.order if _is_group(outline, k)]:
        provision = outline.get(key)
        number = "".join(provision.number.split()).lower()
        words = f"{provision.label()} {provision.heading}".lower()
        if (
            not text
            or (bare and number.startswith(bare.replace(" ", "")))
            or all(w in words for w in text.split())
        ):
            out.append(key)
    exact = resolve(text, outline)
    if exact and exact not in out:
        out.insert(0, exact)
    elif exact:
        out.remove(exact)
        out.insert(0, exact)
    return out[:limit]


def not_found(text: str) -> str:
    """The sentence shown when a typed reference names nothing."""
    bare = _ARTICLE_WORD.sub("", " ".join(text.split()))
    if _ARTICLE_PATH.match(bare):
        return f"There is no Article {bare} in this version."
    return f'Nothing in this version is called "{text.strip()}".'


def _annex(outline: Outline, number: str) -> str | None:
    annexes = [k for k in outline.order if outline.get(k).kind == Kind.ANNEX]
    for key in annexes:
        if not number or outline.get(key).number.lower() == number.lower():
            return key
    return None


def _is_group(outline: Outline, key: str) -> bool:
    return outline.get(key).kind in (Kind.CHAPTER, Kind.PART, Kind.SECTION)
