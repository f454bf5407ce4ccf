"""What is on every page of a memo (the marking, page X of Y) and in its document properties."""

from __future__ import annotations

from datetime import UTC, datetime

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from negotiator_app.export.cover import Cover
from negotiator_app.export.memo_words import MemoWords, memo_words


def add_page_furniture(
    document: Document, styles: dict, cover: Cover, words: MemoWords | None = None
) -> None:
    """The marking at the top of every page; date, marking and "Page X of Y" at the bottom, in
    the memo's language ("Страница X из Y")."""
    words = words or memo_words("en")
    # "Page {page} of {pages}": the words around the two fields Word fills in.
    before, _, rest = words.page_of.partition("{page}")
    between, _, after = rest.partition("{pages}")
    for section in document.sections:
        header = _first_empty_or_new(section.header.paragraphs, section.header)
        header.style = styles["Memo Header"]
        if cover.marking:
            header.add_run(cover.marking)

        footer = section.footer.add_paragraph(style=styles["Memo Footer"])
        footer_paragraphs = section.footer.paragraphs
        if len(footer_paragraphs) == 2 and not footer_paragraphs[0].text:
            # The empty paragraph a new footer starts with would push ours down a line.
            footer_paragraphs[0]._p.getparent().remove(footer_paragraphs[0]._p)
        footer.add_run(f"{cover.date}\t{cover.marking}\t{before}")
        add_field(footer, "PAGE", "1")
        footer.add_run(between)
        add_field(footer, "NUMPAGES", "1")
        if after:
            footer.add_run(after)


def add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES...) that Word and LibreOffice compute when they lay out."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = paragraph.add_run()._r
        if kind == "instr":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {text} \\* MERGEFORMAT "
            run.append(code)
        else:
            run.append(_field_char(kind))
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(_field_char("end"))


def set_properties(
    document: Document, cover: Cover, subject: str, words: MemoWords | None = None
) -> None:
    """Title, author, subject and dates, so the file is findable and says what it is."""
    now = datetime.now(UTC).replace(microsecond=0)
    properties = document.core_properties
    properties.title = cover.title
    properties.subject = subject
    properties.author = cover.author
    properties.last_modified_by = cover.author
    properties.created = now
    properties.modified = now
    properties.category = cover.marking
    properties.keywords = (words or memo_words("en")).keywords
    properties.comments = ""
    properties.revision = 1


def _field_char(kind: str) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def _first_empty_or_new(paragraphs: list[Paragraph], story) -> Paragraph:
    """A new header has one empty paragraph: use it; a template's letterhead stays above ours."""
    if len(paragraphs) == 1 and not paragraphs[0]._p.xpath(".//w:t|.//w:drawing"):
        return paragraphs[0]
    return story.add_paragraph()
