"""What a search gives back: ranked hits, one per provision, and maybe a "did you mean"."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """One provision that matched, in the text or in a note on it."""

    version_id: int
    version: str  # the version's label
    key: str  # provision key, e.g. "art-6.1"
    kind: str
    number: str
    heading: str  # of the provision, or of its article
    score: float
    snippet: str  # HTML-escaped excerpt, the matched words in <b>...</b>
    where: str  # "text" or "note": where the best match is
    terms: tuple[str, ...]  # words of the provision's text that matched, for the reader

    def to_dict(self) -> dict:
        return {
            "version": self.version,
            "version_id": self.version_id,
            "key": self.key,
            "kind": self.kind,
            "number": self.number,
            "heading": self.heading,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "where": self.where,
        }


@dataclass(frozen=True)
class SearchResults:
    """The hits, best first, and a corrected query when words looked misspelt."""

    hits: list[Hit]
    suggestion: str | None
