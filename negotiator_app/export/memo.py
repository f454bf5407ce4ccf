"""The position memo as a Word file: cover, summary table, then each provision in turn.

All formatting comes from the named styles of the template (see export/template.py); this
module only says which style each paragraph and run has.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from negotiator_app.core.provision import Provision
from negotiator_app.core.redline import (
    CONTAINERS_QUOTED_ALONE,
    DELETE,
    EQUAL,
    INSERT,
    Segment,
    wording_label,
)
from negotiator_app.export import note_text, word_xml
from negotiator_app.export.cover import Cover, draft_line, version_line
from negotiator_app.export.memo_words import MemoWords
from negotiator_app.export.output_file import (
    Cancelled,
    ExportCancelled,
    ExportResult,
    Progress,
    save_atomically,
)
from negotiator_app.export.page import add_page_furniture, set_properties
from negotiator_app.export.selection import MemoContent, MemoItem, proposal_redline
from negotiator_app.export.template import open_template
from negotiator_app.export.word_xml import xml_text
from negotiator_app.storage.notes import Note

# Column titles (MemoWords fields) and relative widths (in cm on A4; scaled to the template's
# text width).
# Priority and red line wide enough for "Приоритет" and "Prioridad" on one line.
SUMMARY_COLUMNS = (
    ("column_provision", 7.2), ("column_stance", 4.2), ("column_priority", 2.3),
    ("column_red_line", 2.3),
)  # fmt: skip
DELEGATION_COLUMNS = (("column_delegation", 4.0), ("column_stance", 3.5), ("column_remark", 8.5))
REVIEW_COLUMNS = (
    ("column_provision", 5.5), ("column_what_changed", 7.0), ("column_position", 3.5)
)  # fmt: skip


def write_memo(
    content: MemoContent,
    path: Path | str,
    cover: Cover,
    *,
    template: Path | str | None = None,
    comments: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the memo to path (all of it or nothing); raises ExportProblem or ExportCancelled.
    Its fixed words are in content.language (export/memo_words)."""
    opened = open_template(template)
    words = content.words
    # Typed or pasted by the delegate: the cover reaches the page furniture and the file's
    # properties, where python-docx takes no control character.
    cover = cover.in_language(words)
    cover = replace(cover, **{f.name: xml_text(getattr(cover, f.name)) for f in fields(cover)})
    writer = _MemoWriter(opened.document, opened.styles, cover, comments, words)
    writer.language = content.version.language
    writer.cover(content)
    writer.summary(content.items)
    if content.review:
        writer.review(content)
    writer.section_heading(words.by_provision_heading)
    total = len(content.items)
    for done, item in enumerate(content.items, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        writer.provision(item)
        if progress is not None:
            progress(done, total)
    add_page_furniture(opened.document, opened.styles, cover, words)
    set_properties(opened.document, cover, draft_line(content.version), words)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    saved = save_atomically(
        path,
        lambda temporary: opened.document.save(str(temporary)),
        protected=content.library_folder,
    )
    return ExportResult(saved, total, [*content.warnings, *opened.warnings])


class _MemoWriter:
    """Appends the memo's parts to a document, each paragraph and run in its named style."""

    def __init__(
        self, document: Document, styles: dict, cover: Cover, comments: bool, words: MemoWords
    ) -> None:
        self.document = document
        self.words = words
        self.style_ids = {name: style.style_id for name, style in styles.items()}
        self.body = document.element.body
        self.end_of_body = self.body.find(qn("w:sectPr"))
        self.cover_fields = cover
        self.comments = comments
        self.text_width_cm = _text_width_cm(document)
        self.language = ""  # the quoted version's: the language of the wordings redlined

    # -- parts --------------------------------------------------------------------

    def cover(self, content: MemoContent) -> None:
        cover = self.cover_fields
        self.paragraph(cover.title, "Memo Title")
        self.paragraph(content.version.title or content.version.instrument, "Memo Subtitle")
        words = self.words
        for label, value in cover.rows(version_line(content.version), words):
            paragraph = self.paragraph("", "Memo Cover Field")
            self.run(paragraph, f"{label}:", "Memo Field Label")
            self.run(paragraph, f"\t{value}")
        intro = words.count(words.introduction, len(content.items), label=content.version.label)
        self.paragraph(intro, "Memo Small")

    def summary(self, items: list[MemoItem]) -> None:
        words = self.words
        self.section_heading(words.summary_heading)
        rows = []
        for item in items:
            note = item.note
            red_line = self.cell_paragraph("")
            if note_text.red_line_text(note, words):
                self.run(red_line, note_text.red_line_text(note, words), "Memo Red Line")
            rows.append(
                [
                    [self.cell_paragraph(item.title)],
                    [self.cell_paragraph(note_text.stance_text(note, words))],
                    [self.cell_paragraph(note_text.priority_text(note, words))],
                    [red_line],
                ]
            )
        self.table(SUMMARY_COLUMNS, rows)

    def review(self, content: MemoContent) -> None:
        """Positions carried from the revision before whose text changed, or went."""
        self.section_heading(content.review_heading)
        rows = [
            [
                [self.cell_paragraph(row.title)],
                [self.cell_paragraph(row.message)],
                [self.cell_paragraph(note_text.stance_text(row.note, self.words))],
            ]
            for row in content.review
        ]
        self.table(REVIEW_COLUMNS, rows)

    def section_heading(self, text: str) -> None:
        self.paragraph(text, "Memo Heading 1")

    def provision(self, item: MemoItem) -> None:
        heading = self.paragraph(item.title, "Memo Heading 2")
        note = item.note
        if note is None:
            self.paragraph(self.words.no_position_yet, "Memo Small")
        elif not note.quote:
            self.position_line(note)
        self.label(self.words.current_text)
        self.quote(item.provision)
        for line in item.agreed:
            self.paragraph(line, "Memo Small")
        for index, each in enumerate(item.notes):
            if each.quote:
                self.label(self.words.on_the_words.format(quote=each.quote))
                self.position_line(each)
            self.note_fields(each, item.provision, self.language)
            if self.comments and each.rationale.strip() and index == 0:
                runs = [Run(r, Paragraph(heading, self.document._body)) for r in heading.r_lst]
                self.document.add_comment(
                    runs,
                    text=xml_text(each.rationale.strip()),
                    author=self.cover_fields.author or "Negotiator",
                    initials=_initials(self.cover_fields.author),
                )

    def position_line(self, note: Note) -> None:
        words = self.words
        paragraph = self.paragraph("", "Memo Position")
        label = "Memo Field Label"
        self.run(paragraph, f"{words.position}: ", label)
        self.run(paragraph, note_text.stance_text(note, words))
        if note.priority:
            self.run(paragraph, f"    {words.priority}: ", label)
            self.run(paragraph, note_text.priority_text(note, words))
        if note.red_line:
            self.run(paragraph, "    ")
            self.run(paragraph, words.red_line, "Memo Red Line")
        if note.tags:
            tags = self.paragraph("", "Memo Position")
            self.run(tags, f"{words.tags}: ", label)
            self.run(tags, ", ".join(note.tags))

    def note_fields(self, note: Note, provision: Provision, language: str) -> None:
        """Each field under its own label, and only when it says something. A proposed
        wording is a redline only against a text in its own language (note_text.wordings)."""
        words = self.words
        for wording in note_text.wordings(note, language, words):
            self.label(wording.title)
            if wording.redlined:
                self.redline(proposal_redline(note, wording.proposal, provision))
            else:
                self.redline([Segment(EQUAL, wording.proposal.text.strip())])
        self.text_block(words.rationale, note.rationale)
        points = note_text.talking_points(note.talking_points)
        if points:
            self.label(words.talking_points)
            for point in points:
                self.paragraph(f"–\t{point}", "Memo Bullet")
        self.text_block(words.instructions, note.instructions)
        rows = note_text.delegation_rows(note.delegations, words)
        if rows:
            self.label(words.other_delegations)
            cells = [[[self.cell_paragraph(text)] for text in row] for row in rows]
            self.table(DELEGATION_COLUMNS, cells)

    def text_block(self, title: str, text: str) -> None:
        lines = note_text.paragraphs(text)
        if lines:
            self.label(title)
            for line in lines:
                self.paragraph(line, "Memo Body")

    def quote(self, provision: Provision) -> None:
        """The provision as it stands, with its paragraph and subparagraph labels."""
        self._quote(provision, level=0, top=True)

    def redline(self, segments: list[Segment]) -> None:
        """The proposed wording, one paragraph per line, insertions and deletions styled."""
        paragraph = self.paragraph("", "Memo Proposed")
        styles = {INSERT: "Memo Inserted", DELETE: "Memo Deleted"}
        for op, text in segments:
            for index, piece in enumerate(text.split("\n")):
                if index:
                    paragraph = self.paragraph("", "Memo Proposed")
                if piece:
                    self.run(paragraph, piece, styles.get(op))

    # -- building blocks ------------------------------------------------------------

    def _quote(self, node: Provision, level: int, top: bool) -> None:
        label = wording_label(node)
        if label:
            level += 1
        style = f"Memo Quote {min(level, 3)}" if level else "Memo Quote"
        lines = node.text.split("\n") if node.text else []
        if label:
            first, rest = (lines[0], lines[1:]) if lines else ("", [])
            self.paragraph(f"{label}\t{first}", style)
            for line in rest:
                self.paragraph(f"\t{line}", style)
        else:
            for line in lines:
                self.paragraph(line, style)
        if top and node.kind in CONTAINERS_QUOTED_ALONE:
            return
        for child in node.children:
            self._quote(child, level, top=False)

    def paragraph(self, text: str, style: str) -> CT_P:
        """A new paragraph at the end of the body, in the named style."""
        element = word_xml.paragraph(self.style_ids[style], text)
        if self.end_of_body is not None:
            self.end_of_body.addprevious(element)
        else:
            self.body.append(element)
        return element

    def run(self, paragraph: CT_P, text: str, style: str | None = None) -> None:
        word_xml.run(paragraph, text, self.style_ids[style] if style else None)

    def label(self, text: str) -> None:
        self.paragraph(text, "Memo Label")

    def cell_paragraph(self, text: str) -> CT_P:
        return word_xml.paragraph(self.style_ids["Memo Table Text"], text)

    def table(self, columns: tuple[tuple[str, float], ...], rows: list[list[list[CT_P]]]) -> None:
        """A table in the memo's table style: a header row that repeats, then the rows."""
        # Fill the text width of whatever page the template has (A4, Letter...).
        scale = self.text_width_cm / sum(width for _, width in columns)
        widths = [width * scale for _, width in columns]
        table = word_xml.table(self.style_ids["Memo Table"], widths)
        heading = self.style_ids["Memo Table Heading"]
        header = [[word_xml.paragraph(heading, getattr(self.words, title))] for title, _ in columns]
        word_xml.table_row(table, header, widths, header=True)
        for cells in rows:
            word_xml.table_row(table, cells, widths)
        if self.end_of_body is not None:
            self.end_of_body.addprevious(table)
        else:
            self.body.append(table)


def _text_width_cm(document: Document) -> float:
    section = document.sections[0]
    page, left, right = section.page_width, section.left_margin, section.right_margin
    if page is None or left is None or right is None:  # a template that leaves them unset
        return 16.0
    width = page - left - right
    return width / 360_000 if width > 0 else 16.0


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()[:3]
