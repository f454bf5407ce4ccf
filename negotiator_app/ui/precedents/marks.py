"""What the reader and the tree mark from the stored precedents: verbatim agreed language, and
the paragraphs with no precedent at all (new language)."""

from __future__ import annotations

from negotiator_app.core.outline import Outline
from negotiator_app.core.passages import passages
from negotiator_app.core.precedents import ADAPTED_AT
from negotiator_app.storage import Library
from negotiator_app.storage.precedents import keys_with_precedents, verbatim_citations
from negotiator_app.ui.i18n import translator

tr = translator("Precedents")

# "New language": no precedent at least this alike, in a reference or an earlier revision. A
# "related" precedent only shares a subject and stock phrases: its text is still new.
NEW_LANGUAGE_BELOW = ADAPTED_AT


def verbatim_marks(library: Library, version_id: int, outline: Outline, key: str) -> dict[str, str]:
    """The paragraphs of the page holding key that repeat agreed language word for word, each
    with the sentence its margin bar's tooltip says."""
    unit = outline.unit_of(key)
    keys = [unit, *outline.descendants(unit)]
    found = verbatim_citations(library, version_id, keys)
    return {
        each: tr("Agreed language, word for word: {citation}").format(citation=found[each])
        for each in keys
        if each in found
    }


def new_language(library: Library, version_id: int, outline: Outline) -> set[str]:
    """The keys of the paragraphs with no precedent at the adapted level or closer."""
    borrowed = keys_with_precedents(library, version_id, NEW_LANGUAGE_BELOW)
    return {p.key for p in passages(outline.roots)} - borrowed
