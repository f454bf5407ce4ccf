"""The delegate's query: checked, parsed with whoosh, then rewritten onto the index's fields.

Words and phrases are looked up in every language's stemmed field and as typed; prefix*,
wildcards and fuzzy~ work on the words as typed; filters (article:12, stance:oppose...) become
terms of their own fields. Anything the syntax cannot mean is a SearchError with one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query
from whoosh.fields import KEYWORD, TEXT, Schema
from whoosh.qparser import FieldAliasPlugin, FuzzyTermPlugin, QueryParser

from negotiator_app.search.analysis import fold, stem, word_analyzer
from negotiator_app.search.documents import number_terms, stance_term
from negotiator_app.search.errors import SearchError
from negotiator_app.search.schema import NOTE_PLACE, TEXT_PLACE, WORDS, body_field
from negotiator_app.search.source import VersionRecord
from negotiator_app.storage.notes import PRIORITIES, STANCES, normalise_stance

FILTERS = {
    "article": "article:12",
    "chapter": "chapter:IV",
    "stance": "stance:oppose",
    "tag": "tag:crypto",
    "in": "in:notes",
    "version": "version:Rev.1",
    "priority": "priority:high",
    "redline": "redline:yes",
}
_ALIASES = {"where": ["in"], "tag": ["tags"]}
_BINARY = {"AND", "OR", "ANDNOT", "ANDMAYBE"}
_TOKEN = re.compile(r'"[^"]*"|[()]|[^\s()"]+')
_FILTER_NAME = re.compile(r'(?<![\w:"])([^\W\d_]+):')
_RANGE_LIMIT = 1000
# A delegate's query is a few words; these bound what a pasted or hostile one costs (whoosh's
# parser recurses once per bracket and per operator).
MAX_QUERY_PARTS = 200
MAX_BRACKET_DEPTH = 20
MAX_FUZZY_DISTANCE = 2
_NOT_UNDERSTOOD = (
    "The query cannot be understood; check its quotation marks, brackets and AND/OR/NOT."
)
_MULTI_TERM = (query.Prefix, query.Wildcard, query.FuzzyTerm)


@dataclass
class ParsedQuery:
    """A query ready for the index, with what its snippets should highlight."""

    text: str
    query: query.Query
    stems: dict[str, set[str]] = field(default_factory=dict)  # body field -> stems
    words: set[str] = field(default_factory=set)  # words as typed (folded)
    expansions: list[query.Query] = field(default_factory=list)  # prefix/fuzzy: expand on use
    spelling: list[tuple[int, int, str]] = field(default_factory=list)  # typed words and spans
    version_ids: frozenset[int] = frozenset()  # versions a version: filter named
    languages: tuple[str, ...] = ()  # the body fields' languages the words were stemmed for


def parse_query(text: str, *, languages: list[str], versions: list[VersionRecord]) -> ParsedQuery:
    """Parse a query typed by the delegate; raises SearchError when it cannot be understood."""
    original = _check_syntax(text)
    rewriter = _Rewriter(languages, versions)
    try:
        # Filter names are only lower-cased, so offsets into the parsed text hold for the original.
        parsed = _parser().parse(_normalise_filter_names(original))
        rewritten = rewriter.rewrite(parsed).normalize()
    except SearchError:
        raise
    except Exception:  # noqa: BLE001 - whoosh's parser has no error of its own: anything it raises
        raise SearchError(_NOT_UNDERSTOOD) from None
    if rewritten is query.NullQuery:
        raise SearchError("The query has no words to search for.")
    result = ParsedQuery(
        text=original,
        query=rewritten,
        version_ids=frozenset(rewriter.version_ids),
        languages=tuple(languages),
    )
    for leaf in positive_leaves(rewritten):
        if isinstance(leaf, query.Term) and leaf.fieldname == WORDS:
            result.words.add(leaf.text)
        elif isinstance(leaf, query.Term) and leaf.fieldname.startswith("body_"):
            result.stems.setdefault(leaf.fieldname, set()).add(leaf.text)
        elif isinstance(leaf, query.Phrase):
            result.stems.setdefault(leaf.fieldname, set()).update(leaf.words)
        elif isinstance(leaf, _MULTI_TERM) and leaf.fieldname == WORDS:
            result.expansions.append(leaf)
    for leaf in positive_leaves(parsed):
        if (
            type(leaf) is query.Term
            and leaf.fieldname == WORDS
            and getattr(leaf, "startchar", None) is not None
        ):
            result.spelling.append((leaf.startchar, leaf.endchar, leaf.text))
    return result


def positive_leaves(q: query.Query):
    """The leaf queries a match is made of: everything but what sits under a NOT."""
    if isinstance(q, query.Not):
        return
    if isinstance(q, query.AndNot):
        yield from positive_leaves(q.a)
        return
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from positive_leaves(child)


class _Rewriter:
    def __init__(self, languages: list[str], versions: list[VersionRecord]) -> None:
        self.body_fields = [body_field(language) for language in languages]
        self.languages = languages
        self.versions = versions
        self.version_ids: set[int] = set()

    def rewrite(self, q: query.Query) -> query.Query:
        if isinstance(q, query.Every):
            return query.Every()
        if q.is_leaf():
            return self._leaf(q)
        return q.apply(self.rewrite)

    def _leaf(self, q: query.Query) -> query.Query:
        name = getattr(q, "fieldname", None)
        if name == WORDS:
            return self._words(q)
        if name in FILTERS or name == "where":
            return self._filter(name, q)
        return q

    def _words(self, q: query.Query) -> query.Query:
        if isinstance(q, query.Term):
            # The stemmed fields alone: the unstemmed one would score every match twice over.
            forms = [
                query.Term(body_field(language), stem(language, q.text))
                for language in self.languages
            ]
            return forms[0] if len(forms) == 1 else query.Or(forms, boost=q.boost)
        if isinstance(q, query.Phrase):
            if len(q.words) == 1:
                return self._words(query.Term(WORDS, q.words[0], boost=q.boost))
            return query.Or(
                [
                    query.Phrase(
                        body_field(language),
                        [stem(language, word) for word in q.words],
                        slop=q.slop,
                        boost=q.boost,
                    )
                    for language in self.languages
                ]
            )
        if isinstance(q, query.FuzzyTerm):
            if not 0 < q.maxdist <= MAX_FUZZY_DISTANCE:
                raise SearchError(
                    f'"~" allows 1 or {MAX_FUZZY_DISTANCE} letters of difference, e.g. '
                    "confiscation~2."
                )
            # Most misspellings keep the first letter; requiring it keeps fuzzy search fast. A
            # prefix longer than the word (state~1/99) means the whole word.
            prefix = min(max(1, q.prefixlength), len(q.text))
            return query.FuzzyTerm(
                WORDS, q.text, boost=q.boost, maxdist=q.maxdist, prefixlength=prefix
            )
        if isinstance(q, query.Prefix | query.Wildcard):
            return q
        if isinstance(q, query.TermRange):
            raise SearchError(
                "Ranges work on article and chapter numbers only, e.g. article:[10 TO 15]."
            )
        return q

    def _filter(self, name: str, q: query.Query) -> query.Query:
        shown = "in" if name == "where" else name
        if isinstance(q, query.TermRange):
            return self._number_range(shown, q)
        if isinstance(q, query.Prefix | query.Wildcard):
            if name in {"tag", "article", "chapter"}:
                return q.__class__(name, q.text)
            raise SearchError(f'"{shown}:" takes a whole value, e.g. {FILTERS[shown]}.')
        if isinstance(q, query.Phrase):
            value = " ".join(q.words)
        elif isinstance(q, query.Term):
            value = q.text
        else:
            raise SearchError(f'"{shown}:" takes a value, e.g. {FILTERS[shown]}.')
        value = fold(value).strip()
        if name in {"article", "chapter"}:
            return _any_of(name, number_terms(value))
        if name == "stance":
            return query.Term("stance", self._stance(value))
        if name == "tag":
            return query.Term("tag", value)
        if name == "where":
            return query.Term("where", self._place(value))
        if name == "priority":
            if value not in PRIORITIES:
                raise SearchError(
                    f'Unknown priority "{value}"; use one of: {", ".join(PRIORITIES)}.'
                )
            return query.Term("priority", value)
        if name == "redline":
            if value not in {"yes", "no", "true", "false"}:
                raise SearchError('"redline:" takes yes or no.')
            return query.Term("redline", "yes" if value in {"yes", "true"} else "no")
        return self._version(value)

    @staticmethod
    def _stance(value: str) -> str:
        stance = normalise_stance(value)
        if stance not in STANCES:
            raise SearchError(
                f'Unknown stance "{value}"; use one of: {", ".join(STANCES)} '
                '(or "amendments" for support with amendments).'
            )
        return stance_term(stance)

    @staticmethod
    def _place(value: str) -> str:
        if value in {"note", "notes", "position", "positions"}:
            return NOTE_PLACE
        if value in {"text", "texts", "provision", "provisions"}:
            return TEXT_PLACE
        raise SearchError(f'"in:" takes notes or text, not "{value}".')

    def _version(self, value: str) -> query.Query:
        ids = [v.id for v in self.versions if fold(v.label) == value or str(v.id) == value] or [
            v.id for v in self.versions if fold(f"{v.instrument_id}:{v.label}") == value
        ]
        if not ids:
            known = ", ".join(f'"{v.label}"' for v in self.versions) or "none yet"
            raise SearchError(f'There is no version "{value}" (versions: {known}).')
        self.version_ids.update(ids)
        return _any_of("in_versions", [str(i) for i in ids])

    @staticmethod
    def _number_range(name: str, q: query.TermRange) -> query.Query:
        start, end = (str(q.start or "").strip(), str(q.end or "").strip())
        if name not in {"article", "chapter"} or not (start.isdigit() and end.isdigit()):
            raise SearchError(
                "Ranges work on article and chapter numbers only, e.g. article:[10 TO 15]."
            )
        low, high = sorted((int(start), int(end)))
        if high - low > _RANGE_LIMIT:
            raise SearchError(f"A range can span at most {_RANGE_LIMIT} numbers.")
        terms = [term for n in range(low, high + 1) for term in number_terms(str(n))]
        return _any_of(name, terms)


def _any_of(name: str, values: list[str]) -> query.Query:
    terms = [query.Term(name, value) for value in dict.fromkeys(values)]
    return terms[0] if len(terms) == 1 else query.Or(terms)


def _check_syntax(text: str) -> str:
    """Reject what whoosh would silently misread: unbalanced quotes and brackets, bare operators."""
    text = (text or "").strip()
    if not text:
        raise SearchError("Type a word or a phrase to search for.")
    if text.count('"') % 2:
        raise SearchError('The query opens a quotation mark (") without closing it.')
    depth = 0
    tokens = _TOKEN.findall(text)
    if len(tokens) > MAX_QUERY_PARTS:
        raise SearchError(
            f"The query is too long: at most {MAX_QUERY_PARTS} words, phrases and operators."
        )
    for token in tokens:
        if token == "(":
            depth += 1
            if depth > MAX_BRACKET_DEPTH:
                raise SearchError(
                    f"The query nests brackets more than {MAX_BRACKET_DEPTH} deep; "
                    "use fewer brackets."
                )
        elif token == ")":
            depth -= 1
            if depth < 0:
                raise SearchError('The query closes a bracket ")" it never opened.')
    if depth:
        raise SearchError('The query opens a bracket "(" without closing it.')
    previous = "("
    for token in [*tokens, ")"]:
        if token in _BINARY and (previous in _BINARY or previous in {"(", "NOT"}):
            raise SearchError(f'"{token}" needs a word or phrase on each side.')
        if token == ")" and previous in _BINARY:
            raise SearchError(f'"{previous}" needs a word or phrase on each side.')
        if token == ")" and previous == "NOT":
            raise SearchError('"NOT" needs a word or phrase after it.')
        previous = token
    return text


def _normalise_filter_names(text: str) -> str:
    """Lower-case the filter names (whoosh's are case-sensitive) and reject unknown ones."""
    quoted = [match.span() for match in re.finditer(r'"[^"]*"', text)]

    def known(match: re.Match) -> str:
        if any(start < match.start() < end for start, end in quoted):
            return match.group(0)  # inside a phrase: just words
        name = "tag" if match.group(1).lower() == "tags" else match.group(1).lower()
        if name not in FILTERS:
            listed = ", ".join(f"{name}:" for name in FILTERS)
            raise SearchError(f'There is no filter "{match.group(1)}:"; use {listed}.')
        rest = text[match.end() :]
        if not rest or rest[0].isspace() or rest[0] == ")":
            raise SearchError(f'"{name}:" needs a value, e.g. {FILTERS[name]}.')
        return match.group(0).lower()

    return _FILTER_NAME.sub(known, text)


_PARSER: QueryParser | None = None


def _parser() -> QueryParser:
    global _PARSER
    if _PARSER is None:
        words = TEXT(analyzer=word_analyzer())
        words.multitoken_query = "phrase"  # "state-of-the-art" and "6.1" read as phrases
        value = KEYWORD(lowercase=True)
        schema = Schema(
            words=words, where=value, **{name: value for name in FILTERS if name != "in"}
        )
        parser = QueryParser(WORDS, schema)
        parser.add_plugin(FuzzyTermPlugin())
        parser.add_plugin(FieldAliasPlugin(_ALIASES))
        _PARSER = parser
    return _PARSER
