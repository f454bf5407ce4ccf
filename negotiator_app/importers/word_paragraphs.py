"""The paragraphs of a Word part, read from its stream of XML events in document order.

A paragraph's text is its runs' text (w:t, and the text of equations), with tabs, line breaks
and non-breaking hyphens as the characters they show; tracked deletions and text moved away
(w:del, w:moveFrom) are not the text any more and are left out, as are the fallback copies
Word writes for older readers (mc:Fallback) and the old properties a tracked change keeps.
Table cells, content controls and text boxes are read in place. With each paragraph come the
properties the importer needs: its style, its list and level, whether it is an outline level.
Footnote references, comments, images and field codes carry no words of the draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from negotiator_app.importers.limits import Tally
from negotiator_app.importers.word_package import W

_M = "http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006}"
_VAL = W + "val"
_P, _R, _PPR, _NUMPR = W + "p", W + "r", W + "pPr", W + "numPr"
_TEXT = {W + "t", _M + "t"}
# What a run's empty elements show.
_RUN_CHARACTERS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
# Elements whose content is not the document's present text.
_LEFT_OUT = {
    W + "del", W + "moveFrom", _MC + "Fallback", W + "pPrChange", W + "rPrChange",
    W + "sectPrChange", W + "tblPrChange", W + "trPrChange", W + "tcPrChange",
    W + "numberingChange",
}  # fmt: skip


@dataclass
class WordParagraph:
    """One paragraph: its text and the properties that give it a label or a role."""

    text: str = ""
    style: str = ""
    num_id: str = ""
    ilvl: int | None = None
    outline: bool = False
    pieces: list[str] = field(default_factory=list, repr=False)


class ParagraphReader:
    """An event handler for WordPackage.parse: collects the part's paragraphs."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.paragraphs: list[WordParagraph] = []
        self._open: list[WordParagraph] = []  # a text box's paragraphs sit inside another's
        self._path: list[str] = []
        self._left_out = 0  # depth inside an element whose content is left out
        self._in_text = False

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        parent = self._path[-1] if self._path else ""
        self._path.append(tag)
        if self._left_out or tag in _LEFT_OUT:
            self._left_out += 1
            return
        if tag == _P:
            self._open.append(WordParagraph())
            return
        if not self._open:
            return
        paragraph = self._open[-1]
        if tag in _TEXT:
            self._in_text = True
        elif parent == _R and tag in _RUN_CHARACTERS:
            self._add(paragraph, _RUN_CHARACTERS[tag])
        elif parent == _PPR and self._grandparent() == _P:
            if tag == W + "pStyle":
                paragraph.style = attributes.get(_VAL, "")
            elif tag == W + "outlineLvl":
                paragraph.outline = attributes.get(_VAL, "9") not in {"9", ""}
        elif parent == _NUMPR and self._grandparent() == _PPR:
            if tag == W + "numId":
                paragraph.num_id = attributes.get(_VAL, "")
            elif tag == W + "ilvl":
                paragraph.ilvl = list_level(attributes.get(_VAL))

    def end(self, tag: str) -> None:
        self._path.pop()
        if self._left_out:
            self._left_out -= 1
            return
        if tag in _TEXT:
            self._in_text = False
        elif tag == _P and self._open:
            paragraph = self._open.pop()
            paragraph.text = "".join(paragraph.pieces)
            paragraph.pieces = []
            self.tally.paragraph()
            self.paragraphs.append(paragraph)

    def text(self, data: str) -> None:
        if self._in_text and not self._left_out and self._open:
            self._add(self._open[-1], data)

    def _add(self, paragraph: WordParagraph, text: str) -> None:
        self.tally.text(text)
        paragraph.pieces.append(text)

    def _grandparent(self) -> str:
        return self._path[-3] if len(self._path) > 2 else ""


def list_level(value: str | None) -> int:
    """A list level as Word numbers them, 0 to 8; anything else is read as the nearest."""
    try:
        level = int(value) if value is not None else 0
    except ValueError:
        return 0
    return min(max(level, 0), 8)
