"""The parallel text as HTML: two language versions of one revision in two columns, one row
per provision, aligned by key (the keys of a revision's language versions are shared).
Pure Python, no Qt; the rows are one table, so the two columns scroll together."""

from __future__ import annotations

from collections.abc import Iterable

from negotiator_app.core.outline import Outline
from negotiator_app.ui.reader.page_html import LIGHT, ReaderColours, escape, render_own


def aligned_keys(left: Outline, right: Outline, unit: str) -> list[str]:
    """The keys of a page in both texts, in the left text's order; a key only the right text
    has comes after the key it follows there."""
    keys = [unit, *left.descendants(unit)] if unit in left else []
    if unit not in right:
        return keys
    placed = set(keys)
    previous = unit if unit in placed else None
    for key in [unit, *right.descendants(unit)]:
        if key not in placed:
            at = keys.index(previous) + 1 if previous is not None else len(keys)
            keys.insert(at, key)
            placed.add(key)
        previous = key
    return keys


def render_parallel(
    left: Outline,
    right: Outline,
    unit: str,
    *,
    titles: tuple[str, str],
    selected: str = "",
    terms: Iterable[str] = (),
    colours: ReaderColours = LIGHT,
    missing: str = "(not in this text)",
) -> str:
    """The page of `unit` in both texts: a header row with each text's title, then one row per
    provision key. Anchors carry the keys, so go-to can scroll to a row."""
    terms = tuple(terms)
    cell = 'valign="top" width="50%" style="padding:4px 12px 2px 8px;"'
    # The second column's cells carry the rule between the two texts.
    rule = (
        f'valign="top" width="50%" style="padding:4px 12px 2px 12px;'
        f' border-left:1px solid {colours.muted};"'
    )
    rows = [
        f'<tr><th align="left" {cell}><span style="color:{colours.muted};">'
        f'{escape(titles[0])}</span></th><th align="left" {rule}>'
        f'<span style="color:{colours.muted};">{escape(titles[1])}</span></th></tr>'
    ]
    for key in aligned_keys(left, right, unit):
        depth = _depth(left, key) if key in left else _depth(right, key)
        sides = []
        for outline in (left, right):
            if key in outline:
                sides.append(
                    render_own(
                        outline, key, level=depth, selected=selected, terms=terms, colours=colours
                    )
                )
            else:
                sides.append(f'<p style="color:{colours.muted};"><i>{escape(missing)}</i></p>')
        rows.append(f"<tr><td {cell}>{sides[0]}</td><td {rule}>{sides[1]}</td></tr>")
    return f'<table width="100%" cellspacing="0" cellpadding="0">{"".join(rows)}</table>'


def _depth(outline: Outline, key: str) -> int:
    return len(outline.ancestors(key)) - len(outline.ancestors(outline.unit_of(key)))
