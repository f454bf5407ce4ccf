"""The Precedents tab's page as HTML (the subset QTextDocument reads); no widgets.

For each paragraph of the selected provision: its precedents in reference instruments (agreed
language) first, then in the draft's earlier revisions; each with its citation as a link, its
kind and similarity, and the redline from the precedent to the draft's words, in the colours
of the position panel's redline.
"""

from __future__ import annotations

from typing import NamedTuple

from negotiator_app.core.agreed_language import passages_within
from negotiator_app.core.precedents import Precedent, PrecedentKind
from negotiator_app.core.provision import Provision
from negotiator_app.core.redline import DELETE, INSERT
from negotiator_app.export.memo_words import memo_words
from negotiator_app.storage.precedents import VersionPrecedents
from negotiator_app.ui.i18n import current_language, translator
from negotiator_app.ui.reader.page_html import escape

tr = translator("Precedents")
LINK_SCHEME = "precedent"
MOST_PASSAGES = 40  # a chapter's worth: beyond, the delegate picks an article
ONE_PASSAGE_SHOWS = 5  # precedents shown for a paragraph selected on its own
EACH_PASSAGE_SHOWS = 3  # ... and for each paragraph of an article


class PageColours(NamedTuple):
    """The colours the page uses; deleted and inserted as in the position panel's redline."""

    deleted: str
    inserted: str
    muted: str
    link: str


def passages_shown(provision: Provision) -> list[tuple[Provision, str]]:
    """The paragraphs whose precedents the tab shows for a selected provision."""
    return passages_within(provision)[:MOST_PASSAGES]


def precedents_page(
    provision: Provision, found: VersionPrecedents, colours: PageColours, language: str = "en"
) -> tuple[str, int]:
    """The page for one selected provision, and how many precedents it shows; language: the
    draft's, which its labels are written in."""
    within = passages_within(provision)
    shown = within[:MOST_PASSAGES]
    each = ONE_PASSAGE_SHOWS if len(shown) == 1 else EACH_PASSAGE_SHOWS
    parts: list[str] = []
    count = 0
    for node, where in shown:
        precedents = _ordered(found, node.key)[:each]
        count += len(precedents)
        if len(shown) > 1:
            parts.append(
                f'<p style="margin-top:12px; margin-bottom:2px; font-weight:600;">'
                f"{escape(_where(node, where, language))}</p>"
            )
        if not precedents:
            parts.append(
                f'<p style="color:{colours.muted}; margin-top:0;">'
                f"{escape(tr('No precedent: new language.'))}</p>"
            )
        for precedent in precedents:
            parts.append(_entry(precedent, node.text, found, colours))
    if len(within) > len(shown):
        parts.append(
            f'<p style="color:{colours.muted};">'
            + escape(
                tr(
                    "… and %n more paragraphs: select an article or a paragraph to see theirs.",
                    len(within) - len(shown),
                )
            )
            + "</p>"
        )
    return "".join(parts), count


def link_target(url: str) -> tuple[int, str] | None:
    """(version id, provision key) of a precedent link, or None for any other URL."""
    scheme, _, rest = url.partition(":")
    version, _, key = rest.partition("/")
    if scheme != LINK_SCHEME or not version.isdigit() or not key:
        return None
    return int(version), key


def _ordered(found: VersionPrecedents, key: str) -> list[Precedent]:
    """Agreed language first, then the earlier revisions; each best first."""
    precedents = found.of(key)
    return [p for p in precedents if found.is_agreed(p)] + [
        p for p in precedents if not found.is_agreed(p)
    ]


def _entry(
    precedent: Precedent, draft_text: str, found: VersionPrecedents, colours: PageColours
) -> str:
    source = found.source(precedent)
    where = "" if found.is_agreed(precedent) else tr(" · earlier revision")
    alike = tr("{percent} alike").format(percent=f"{precedent.similarity:.0%}")
    href = f"{LINK_SCHEME}:{source.id}/{escape(precedent.key)}"
    head = (
        f'<p style="margin-top:8px; margin-bottom:2px;">'
        f'<a href="{href}" style="color:{colours.link};">{escape(cited(precedent.citation))}</a>'
        f"<br><b>{escape(kind_words(precedent))}</b>"
        f'<span style="color:{colours.muted};"> · {escape(alike)}{escape(where)}</span>'
        "</p>"
    )
    if precedent.kind == PrecedentKind.IDENTICAL:
        body = f'<span style="color:{colours.muted};">{escape(precedent.text)}</span>'
    else:
        styles = {
            DELETE: f"color:{colours.deleted}; text-decoration:line-through;",
            INSERT: f"color:{colours.inserted}; text-decoration:underline;",
        }
        pieces = []
        previous = ""
        for op, text in precedent.diff(draft_text):
            piece = escape(text, quote=False)
            if op == INSERT and previous == DELETE:
                pieces.append(" ")  # "shall may" reads as two words; "shallmay" does not
            pieces.append(f'<span style="{styles[op]}">{piece}</span>' if op in styles else piece)
            previous = op
        body = "".join(pieces)
    return head + f'<p style="margin-top:0; margin-bottom:6px;">{body}</p>'


def kind_words(precedent: Precedent) -> str:
    """ "identical", "identical but for 2 words", "adapted", "related" — in the interface's
    language."""
    if precedent.kind == PrecedentKind.IDENTICAL_BUT_FOR:
        return tr("identical but for %n words", precedent.changed_words)
    return {
        PrecedentKind.IDENTICAL: tr("identical"),
        PrecedentKind.ADAPTED: tr("adapted"),
        PrecedentKind.RELATED: tr("related"),
    }.get(precedent.kind, str(precedent.kind))


def cited(citation: str) -> str:
    """A stored citation ("UNCAC, art. 46, para. 9") in the interface language's
    abbreviations ("UNCAC, ст. 46, п. 9"), as a memo in that language writes it."""
    return memo_words(current_language()).citation(citation)


def _where(node: Provision, where: str, language: str) -> str:
    if where:
        where = cited(f", {where}")[2:]
        return where[:1].upper() + where[1:]
    return node.label(language) or tr("Its own words")
