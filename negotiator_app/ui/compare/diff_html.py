"""The old and the new text of a pair, side by side, as HTML for two text browsers.

The old side shows what was deleted struck through, the new side what was inserted
underlined, in the redline colours of the theme (the position panel's redline uses the same).
"""

from __future__ import annotations

import html

from negotiator_app.core import redline
from negotiator_app.core.comparison import Change, Pair
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import INSERTED_COLOUR, RED_LINE_COLOUR

tr = translator("Compare")

FIRST_CHANGE = "first-change"  # the anchor each side scrolls to
DELETED_STYLE = f"color:{RED_LINE_COLOUR}; text-decoration:line-through;"
INSERTED_STYLE = f"color:{INSERTED_COLOUR}; text-decoration:underline;"


def side_by_side(pair: Pair) -> tuple[str, str]:
    """(old side, new side) as HTML; a side the pair lacks says so in a quiet line."""
    if pair.old is None or not pair.old_text:
        return _quiet(tr("Not in the earlier text.")), _marked(pair.new_text, INSERTED_STYLE)
    if pair.new is None or pair.change == Change.DELETED:
        return _marked(pair.old_text, DELETED_STYLE), _quiet(tr("Deleted from this text."))
    segments = pair.redline()
    old_side = [
        (s.text, DELETED_STYLE if s.op == redline.DELETE else "")
        for s in segments
        if s.op != redline.INSERT
    ]
    new_side = [
        (s.text, INSERTED_STYLE if s.op == redline.INSERT else "")
        for s in segments
        if s.op != redline.DELETE
    ]
    return _paragraphs(old_side), _paragraphs(new_side)


def _paragraphs(pieces: list[tuple[str, str]]) -> str:
    out = []
    anchored = False
    for text, style in pieces:
        piece = html.escape(text).replace("\n", "<br>")
        if style and not anchored:  # where the first change on this side is
            out.append(f'<a name="{FIRST_CHANGE}"></a>')
            anchored = True
        out.append(f'<span style="{style}">{piece}</span>' if style else piece)
    return "<p>" + "".join(out) + "</p>"


def _marked(text: str, style: str) -> str:
    return _paragraphs([(text, style)])


def _quiet(sentence: str) -> str:
    return f"<p><i>{html.escape(sentence)}</i></p>"
