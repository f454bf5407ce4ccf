"""Build resources/templates/memo_template.docx: the memo's named styles, and nothing else.

Run it after changing a style:  .venv/bin/python resources/templates/make_template.py
Every piece of formatting the memo uses lives in one of these styles (the memo itself sets
no direct formatting), so a delegation can restyle its memos by editing the styles in Word
and saving the file as its own template.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_UNDERLINE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from negotiator_app.export.template import STYLES, TEMPLATE_NAME  # noqa: E402

FONT = "Times New Roman"  # LibreOffice shows it as the metric-compatible Liberation Serif
GREY = RGBColor(0x40, 0x40, 0x40)
INSERTED = RGBColor(0x1F, 0x4E, 0x9A)  # the blue and red Word uses for tracked changes
DELETED = RGBColor(0xB0, 0x1E, 0x1E)
TEXT_WIDTH = Cm(16)  # A4 less two 2.5 cm margins

# What may follow w:pBdr in a w:pPr: Word rejects children out of the schema's order.
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:spacing",
    "w:ind",
    "w:jc",
    "w:outlineLvl",
    "w:rPr",
)

P = WD_STYLE_TYPE.PARAGRAPH
C = WD_STYLE_TYPE.CHARACTER


def main(target: Path | None = None) -> Path:
    document = docx.Document()
    _drop_python_docx_leftovers(document)
    _set_defaults(document)
    _set_page(document)
    _add_styles(document)
    missing = [name for name in STYLES if name not in {s.name for s in document.styles}]
    if missing:
        raise SystemExit(f"styles not defined: {missing}")
    properties = document.core_properties
    properties.author = "Negotiator"
    properties.title = "Position memo"
    properties.comments = ""
    properties.created = properties.modified = datetime(2026, 1, 1, tzinfo=UTC)
    target = target or HERE / TEMPLATE_NAME
    document.save(str(target))
    return target


def _add_styles(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _font(normal, size=11)
    _spacing(normal, after=0)
    _paragraph(styles, "Memo Body", size=11, after=4)

    title = _paragraph(styles, "Memo Title", size=16, bold=True, before=6, after=4)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = _paragraph(styles, "Memo Subtitle", size=12, italic=True, after=14)
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _border(subtitle, "bottom", size=6, space=8)

    cover = _paragraph(styles, "Memo Cover Field", size=11, after=2)
    _hanging(cover, Cm(4))

    heading1 = _paragraph(styles, "Memo Heading 1", size=12, bold=True, before=20, after=8)
    heading1.font.all_caps = True
    heading1.paragraph_format.keep_with_next = True
    _border(heading1, "bottom", size=6, space=2)
    _outline(heading1, 0)

    heading2 = _paragraph(styles, "Memo Heading 2", size=12, bold=True, before=18, after=4)
    heading2.paragraph_format.keep_with_next = True
    _outline(heading2, 1)

    position = _paragraph(styles, "Memo Position", size=11, after=4)
    position.paragraph_format.keep_with_next = True

    label = _paragraph(styles, "Memo Label", size=10, bold=True, before=8, after=2, color=GREY)
    label.font.small_caps = True
    label.paragraph_format.keep_with_next = True

    bullet = _paragraph(styles, "Memo Bullet", size=11, after=2, based_on="Memo Body")
    _hanging(bullet, Cm(0.6))

    quote = _paragraph(styles, "Memo Quote", size=11, after=3)
    quote.paragraph_format.left_indent = Cm(1)
    quote.paragraph_format.right_indent = Cm(0.5)
    for level in (1, 2, 3):
        nested = _paragraph(styles, f"Memo Quote {level}", size=11, after=3, based_on="Memo Quote")
        _hanging(nested, Cm(1), start=Cm(level))

    proposed = _paragraph(styles, "Memo Proposed", size=11, after=3)
    proposed.paragraph_format.left_indent = Cm(1)
    proposed.paragraph_format.right_indent = Cm(0.5)

    _paragraph(styles, "Memo Table Heading", size=10, bold=True, after=0)
    _paragraph(styles, "Memo Table Text", size=10, after=0)
    _paragraph(styles, "Memo Small", size=9, italic=True, after=6, color=GREY)

    header = _paragraph(styles, "Memo Header", size=10, bold=True, after=0)
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _letter_spacing(header, 20)
    footer = _paragraph(styles, "Memo Footer", size=9, after=0)
    tabs = footer.paragraph_format.tab_stops
    tabs.add_tab_stop(TEXT_WIDTH // 2, WD_TAB_ALIGNMENT.CENTER)
    tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    _border(footer, "top", size=4, space=4)

    label_char = styles.add_style("Memo Field Label", C)
    label_char.font.bold = True
    inserted = styles.add_style("Memo Inserted", C)
    inserted.font.underline = WD_UNDERLINE.SINGLE
    inserted.font.color.rgb = INSERTED
    deleted = styles.add_style("Memo Deleted", C)
    deleted.font.strike = True
    deleted.font.color.rgb = DELETED
    red_line = styles.add_style("Memo Red Line", C)
    red_line.font.bold = True
    red_line.font.small_caps = True
    red_line.font.color.rgb = DELETED
    for style in (label_char, inserted, deleted, red_line):
        style.quick_style = True

    _table_style(styles)
    _comment_styles(styles)


def _paragraph(
    styles,
    name: str,
    *,
    size: float,
    bold: bool = False,
    italic: bool = False,
    before: float = 0,
    after: float = 0,
    color: RGBColor | None = None,
    based_on: str = "Normal",
):
    style = styles.add_style(name, P)
    style.base_style = styles[based_on]
    style.next_paragraph_style = styles["Memo Body"] if name != "Memo Body" else style
    style.quick_style = True
    _font(style, size=size)
    style.font.bold = bold or None
    style.font.italic = italic or None
    if color is not None:
        style.font.color.rgb = color
    _spacing(style, before=before, after=after)
    style.paragraph_format.widow_control = True
    return style


def _font(style, *, size: float) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), FONT)


def _spacing(style, *, before: float = 0, after: float = 0) -> None:
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)
    style.paragraph_format.line_spacing = 1.0


def _hanging(style, width, start=None) -> None:
    """Label, tab, text: the text lines up at start + width, wrapped lines too."""
    left = (start or 0) + width
    style.paragraph_format.left_indent = left
    style.paragraph_format.first_line_indent = -width
    style.paragraph_format.tab_stops.add_tab_stop(left)


def _outline(style, level: int) -> None:
    """An outline level puts the heading in Word's navigation pane."""
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    style.element.get_or_add_pPr().append(outline)


def _border(style, side: str, *, size: int, space: int) -> None:
    ppr = style.element.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        # Word rejects a pPr whose children are out of the schema's order.
        ppr.insert_element_before(borders, *_AFTER_PBDR)
    line = OxmlElement(f"w:{side}")
    for attribute, value in (("val", "single"), ("sz", size), ("space", space), ("color", "auto")):
        line.set(qn(f"w:{attribute}"), str(value))
    borders.append(line)


def _letter_spacing(style, twentieths: int) -> None:
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(twentieths))
    rpr = style.element.get_or_add_rPr()
    size = rpr.find(qn("w:sz"))
    (size.addprevious if size is not None else rpr.append)(spacing)


def _table_style(styles) -> None:
    """Rules above and below, thin grey rules between rows, a shaded header row."""
    style = styles.add_style("Memo Table", WD_STYLE_TYPE.TABLE)
    style.base_style = styles["Normal Table"]
    style.quick_style = True
    element = style.element
    element.append(
        _xml(
            "w:pPr",
            [("w:spacing", {"w:before": "0", "w:after": "0"})],
        )
    )
    table = OxmlElement("w:tblPr")
    borders = OxmlElement("w:tblBorders")
    for side, size, color in (
        ("top", 8, "000000"),
        ("bottom", 8, "000000"),
        ("insideH", 4, "A6A6A6"),
    ):
        borders.append(
            _xml(f"w:{side}", attrs={"w:val": "single", "w:sz": str(size), "w:color": color})
        )
    table.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side, width in (("top", 40), ("left", 85), ("bottom", 40), ("right", 85)):
        margins.append(_xml(f"w:{side}", attrs={"w:w": str(width), "w:type": "dxa"}))
    table.append(margins)
    element.append(table)

    header = OxmlElement("w:tblStylePr")
    header.set(qn("w:type"), "firstRow")
    header.append(_xml("w:rPr", [("w:b", {})]))
    cell = OxmlElement("w:tcPr")
    cell_borders = OxmlElement("w:tcBorders")
    cell_borders.append(
        _xml("w:bottom", attrs={"w:val": "single", "w:sz": "6", "w:color": "000000"})
    )
    cell.append(cell_borders)
    cell.append(_xml("w:shd", attrs={"w:val": "clear", "w:color": "auto", "w:fill": "E7E6E6"}))
    header.append(cell)
    element.append(header)


def _comment_styles(styles) -> None:
    """The styles python-docx gives comment text, so comments look like Word's own."""
    text = styles.add_style("annotation text", P)
    text.style_id = "CommentText"
    text.base_style = styles["Normal"]
    _font(text, size=10)
    reference = styles.add_style("annotation reference", C)
    reference.style_id = "CommentReference"
    reference.font.size = Pt(8)


def _set_defaults(document) -> None:
    """Explicit fonts in the document defaults, so no theme font (Calibri) leaks in."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), FONT)
    language = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    language.set(qn("w:val"), "en-GB")
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def _set_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.2)


def _drop_python_docx_leftovers(document) -> None:
    """No thumbnail, bibliography item or Word 2010 style copy from python-docx's own file."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(rel_id)
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith(("/customXml", "/stylesWithEffects")):
            document.part.rels.pop(rel_id)
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = part.blob.replace(b"Microsoft Macintosh Word", b"Negotiator")


def _xml(tag: str, children: list[tuple[str, dict]] | None = None, attrs: dict | None = None):
    element = OxmlElement(tag)
    for name, value in (attrs or {}).items():
        element.set(qn(name), value)
    for child_tag, child_attrs in children or []:
        element.append(_xml(child_tag, attrs=child_attrs))
    return element


if __name__ == "__main__":
    print(main())
