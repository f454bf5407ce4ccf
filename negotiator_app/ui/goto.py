"""Reading what a delegate types into "Go to article": "12", "12 bis", "6.1.a", "preamble"...

Pure Python (no Qt). The grammar is core's (core/references.py), which the CLI's `show` shares.
"""

from __future__ import annotations

from negotiator_app.core import references
from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import Kind


def resolve(text: str, outline: Outline) -> str | None:
    """The key a typed reference names in this version, or None."""
    return references.resolve(text, outline)


def candidates(text: str, outline: Outline, limit: int = 30) -> list[str]:
    """Articles (and other pages) whose number starts with, or whose heading has, what was typed."""
    text = " ".join(text.strip().split()).lower()
    bare = references.article_number(text)
    out: list[str] = []
    for key in outline.units + [k for k in outline.order if _is_group(outline, k)]:
        provision = outline.get(key)
        number = "".join(provision.number.split()).lower()
        words = f"{provision.label(outline.language)} {provision.label()} {provision.heading}"
        words = words.lower()
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


def _is_group(outline: Outline, key: str) -> bool:
    return outline.get(key).kind in (Kind.CHAPTER, Kind.PART, Kind.SECTION)
