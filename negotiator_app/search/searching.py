"""Running a parsed query: ranked documents grouped into one hit per provision, with snippets."""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as whoosh_query
from whoosh.reading import TermNotFound
from whoosh.searching import Searcher

from negotiator_app.search.documents import text_doc_id
from negotiator_app.search.query import ParsedQuery
from negotiator_app.search.results import Hit, SearchResults
from negotiator_app.search.schema import NOTE_PLACE, TEXT_PLACE
from negotiator_app.search.snippets import Highlighter, excerpt
from negotiator_app.search.spelling import suggestion

_STATE = whoosh_query.Term("where", "state")
# A provision's text document carries its notes' marks (so "vessels stance:oppose" finds the
# text), but a query of these filters alone asks for the notes: it is answered with notes only.
_NOTE_MARKS = frozenset({"stance", "tag", "priority", "redline"})
_PLACES = frozenset({"where", "in_versions", "version_id", "instrument_id", "article", "chapter"})


@dataclass
class _Group:
    """The documents that matched for one provision: its text and the notes on it."""

    version_id: int
    key: str
    score: float
    position: int
    best: dict
    text: dict | None


def find(
    searcher: Searcher,
    parsed: ParsedQuery,
    labels: dict[int, str],
    *,
    limit: int = 50,
    version_id: int | tuple[int, ...] | None = None,
) -> SearchResults:
    """The best `limit` provisions for a parsed query, optionally within one version (or a
    few: the two texts of the parallel view, the first preferred for a note's hit)."""
    limit = max(1, limit)
    q = parsed.query
    if _asks_for_notes_only(q):
        q = whoosh_query.And([q, whoosh_query.Term("where", NOTE_PLACE)])
    preferred = sorted(parsed.version_ids)
    if version_id is not None:
        within = (version_id,) if isinstance(version_id, int) else version_id
        terms = [whoosh_query.Term("in_versions", str(v)) for v in within]
        q = whoosh_query.And([q, terms[0] if len(terms) == 1 else whoosh_query.Or(terms)])
        preferred = list(within)
    fetch = limit + 25  # a provision's text and notes can take several places
    while True:
        results = searcher.search(q, limit=fetch, mask=_STATE)
        groups = _group(results, preferred)
        if len(groups) >= limit or results.scored_length() < fetch:
            break
        fetch *= 4
    ranked = sorted(groups.values(), key=lambda g: (-round(g.score, 6), g.version_id, g.position))
    highlighter = Highlighter(parsed, searcher.reader())
    hits = [_hit(group, highlighter, searcher, labels) for group in ranked[:limit]]
    return SearchResults(hits, suggestion(parsed, searcher.reader()))


def _asks_for_notes_only(q: whoosh_query.Query) -> bool:
    fields = {leaf.field() for leaf in q.leaves() if leaf.field()}
    return bool(fields & _NOTE_MARKS) and fields <= _NOTE_MARKS | _PLACES


def _group(results, preferred: list[int]) -> dict[tuple[int, str], _Group]:
    groups: dict[tuple[int, str], _Group] = {}
    for hit in results:
        fields = hit.fields()
        shown = int(fields["version_id"])
        if fields["where"] == NOTE_PLACE and preferred:
            having = {int(v) for v in fields["in_versions"].split()}
            shown = next((v for v in preferred if v in having), shown)
        group = groups.get((shown, fields["key"]))
        if group is None:
            group = groups[(shown, fields["key"])] = _Group(
                shown, fields["key"], hit.score, fields.get("position") or 0, fields, None
            )
        elif (
            fields["where"] == NOTE_PLACE
            and group.best["where"] == TEXT_PLACE
            and hit.score >= group.score - 1e-9
        ):
            # A tie (a query of filters only, such as stance:oppose) is the note's to show.
            group.best = fields
        if fields["where"] == TEXT_PLACE and group.text is None:
            group.text = fields
            group.position = fields.get("position") or 0
    return groups


def _hit(group: _Group, highlighter: Highlighter, searcher: Searcher, labels: dict) -> Hit:
    best = group.best
    text = group.text
    if text is None:
        text = stored_document(searcher, text_doc_id(group.version_id, group.key))
    shown = text or best
    language = best.get("language", "en")
    if best["where"] == TEXT_PLACE:
        snippet = (
            highlighter.snippet(best.get("content", ""), language)
            or highlighter.snippet(best.get("own_heading") or best.get("heading", ""), language)
            or excerpt(best.get("content") or best.get("heading", ""))
        )
    else:
        snippet = highlighter.snippet(best.get("content", ""), language) or excerpt(
            best.get("content", "")
        )
    terms: tuple[str, ...] = ()
    if text is not None:
        words = f"{text.get('own_heading', '')}\n{text.get('content', '')}"
        terms = highlighter.terms(words, text.get("language", language))
    return Hit(
        version_id=group.version_id,
        version=labels.get(group.version_id, str(group.version_id)),
        key=group.key,
        kind=shown.get("kind", ""),
        number=shown.get("number", ""),
        heading=shown.get("heading", ""),
        score=float(group.score),
        snippet=snippet,
        where=best["where"],
        terms=terms,
    )


def stored_document(searcher: Searcher, doc_id: str) -> dict | None:
    """The stored fields of one document by its id (quicker than searcher.document)."""
    reader = searcher.reader()
    try:
        return reader.stored_fields(reader.first_id("doc_id", doc_id))
    except (KeyError, TermNotFound):
        return None
