"""Paragraphs, runs and tables for a Word body, built straight as XML.

python-docx's convenience methods look up styles and section widths by scanning the whole
file on every call, which made a 200-provision memo take ten seconds; building the few
elements a memo needs directly keeps it well under one. Every element carries a style id and
nothing else: all formatting stays in the template's named styles.
"""

from __future__ import annotations

import re
from functools import cache

from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser
from docx.oxml.xmlchemy import BaseOxmlElement

_VAL = qn("w:val")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Characters XML cannot hold (Word's own line and page breaks, \x0b and \x0c, among them).
_NOT_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BREAKS_RE = re.compile("[\x0b\x0c]")
TWIPS_PER_CM = 567


def xml_text(text: str) -> str:
    """Text Word can hold: line and paragraph separators as line breaks, other control
    characters (a pasted escape, a NUL) dropped, which XML cannot carry and python-docx
    refuses."""
    return _NOT_XML_RE.sub("", _BREAKS_RE.sub("\n", text))


def paragraph(style_id: str, text: str = "") -> BaseOxmlElement:
    """A w:p in the given paragraph style, with the text as one run."""
    element = _new("w:p")
    properties = _new("w:pPr")
    properties.append(_with_val("w:pStyle", style_id))
    element.append(properties)
    if text:
        run(element, text)
    return element


def run(paragraph: BaseOxmlElement, text: str, style_id: str | None = None) -> BaseOxmlElement:
    """Append a w:r; tabs and line breaks in the text become Word's own tab and break."""
    element = _new("w:r")
    if style_id:
        properties = _new("w:rPr")
        properties.append(_with_val("w:rStyle", style_id))
        element.append(properties)
    text = xml_text(text)
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            element.append(_new("w:br"))
        for index, piece in enumerate(line.split("\t")):
            if index:
                element.append(_new("w:tab"))
            if piece:
                t = _new("w:t")
                t.text = piece
                if piece != piece.strip():
                    t.set(_SPACE, "preserve")
                element.append(t)
    paragraph.append(element)
    return element


def table(style_id: str, widths_cm: list[float]) -> BaseOxmlElement:
    """An empty w:tbl in the given table style, with fixed column widths."""
    element = _new("w:tbl")
    properties = _new("w:tblPr")
    properties.append(_with_val("w:tblStyle", style_id))
    width = _new("w:tblW")
    width.set(qn("w:w"), str(_twips(sum(widths_cm))))
    width.set(qn("w:type"), "dxa")
    properties.append(width)
    properties.append(_with_type("w:tblLayout", "fixed"))
    look = _new("w:tblLook")  # the style's header-row formatting applies to row one
    for name, value in (("val", "04A0"), ("firstRow", "1"), ("lastRow", "0"), ("noVBand", "1")):
        look.set(qn(f"w:{name}"), value)
    properties.append(look)
    element.append(properties)
    grid = _new("w:tblGrid")
    for cm in widths_cm:
        column = _new("w:gridCol")
        column.set(qn("w:w"), str(_twips(cm)))
        grid.append(column)
    element.append(grid)
    return element


def table_row(
    table: BaseOxmlElement,
    cells: list[list[BaseOxmlElement]],
    widths_cm: list[float],
    header: bool = False,
    split: bool = False,
) -> None:
    """Append a row that never splits across pages (unless split: a row longer than a page);
    a header row repeats on each page."""
    row = _new("w:tr")
    properties = _new("w:trPr")
    if not split:
        properties.append(_new("w:cantSplit"))
    if header:
        properties.append(_new("w:tblHeader"))
    row.append(properties)
    for paragraphs, cm in zip(cells, widths_cm, strict=True):
        cell = _new("w:tc")
        cell_properties = _new("w:tcPr")
        width = _new("w:tcW")
        width.set(qn("w:w"), str(_twips(cm)))
        width.set(qn("w:type"), "dxa")
        cell_properties.append(width)
        cell.append(cell_properties)
        for element in paragraphs:
            cell.append(element)
        row.append(cell)
    table.append(row)


def _new(tag: str) -> BaseOxmlElement:
    """A new element of python-docx's own classes (what OxmlElement makes, without its
    per-call namespace parsing, which was a third of the memo's time)."""
    return oxml_parser.makeelement(_clark(tag), nsmap=_NSMAP)


@cache
def _clark(tag: str) -> str:
    return qn(tag)


_NSMAP = {"w": nsmap["w"]}


def _with_val(tag: str, value: str) -> BaseOxmlElement:
    element = _new(tag)
    element.set(_VAL, value)
    return element


def _with_type(tag: str, value: str) -> BaseOxmlElement:
    element = _new(tag)
    element.set(qn("w:type"), value)
    return element


def _twips(cm: float) -> int:
    return round(cm * TWIPS_PER_CM)
