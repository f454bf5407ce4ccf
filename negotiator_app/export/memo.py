"""The position memo as a Word file: cover, summary table, then each provision in turn.

All formatting comes from the named styles of the template (see export/template.py); this
module only says which style each paragraph and run has.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.oxml import OxmlElement
from docx.shared import Cm
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.redline import (
    CONTAINERS_QUOTED_ALONE,
    DELETE,
    INSERT,
    Segment,
)
from negotiator_app.export import note_text
from negotiator_app.export.cover import Cover, draft_line, version_line
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
from negotiator_app.storage.notes import Note

SUMMARY_COLUMNS = (("Provision", 7.8), ("Stance", 4.4), ("Priority", 1.9), ("Red line", 1.9))
DELEGATION_COLUMNS = (("Delegation", 4.0), ("Stance", 3.5), ("Remark", 8.5))


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
    """Write the memo to path (all of it or nothing); raises ExportProblem or ExportCancelled."""
    opened = open_template(template)
    writer = _MemoWriter(opened.document, opened.styles, cover, comments)
    writer.cover(content)
    writer.summary(content.items)
    writer.section_heading("Positions by provision")
    total = len(content.items)
    for done, item in enumerate(content.items, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        writer.provision(item)
        if progress is not None:
            progress(done, total)
    add_page_furniture(opened.document, opened.styles, cover)
    set_properties(opened.document, cover, draft_line(content.version))
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    saved = save_atomically(path, lambda temporary: opened.document.save(str(temporary)))
    return ExportResult(saved, total, [*content.warnings, *opened.warnings])


class _MemoWriter:
    """Appends the memo's parts to a document, each paragraph in its named style."""

    def __init__(self, document: Document, styles: dict, cover: Cover, comments: bool) -> None:
        self.document = document
        self.styles = styles
        self.cover_fields = cover
        self.comments = comments

    # -- parts --------------------------------------------------------------------

    def cover(self, content: MemoContent) -> None:
        cover = self.cover_fields
        self.paragraph(cover.title, "Memo Title")
        self.paragraph(content.version.title or content.version.instrument, "Memo Subtitle")
        for label, value in cover.rows(version_line(content.version)):
            paragraph = self.paragraph("", "Memo Cover Field")
            paragraph.add_run(f"{label}:", self.styles["Memo Field Label"])
            paragraph.add_run(f"\t{value}")
        count = len(content.items)
        noun = "provision" if count == 1 else "provisions"
        self.paragraph(
            f"This memo sets out the delegation's position on {count} {noun} of the draft, "
            f'quoted as they stand in "{content.version.label}". Proposed wording is shown '
            "against the current text: inserted words underlined, deleted words struck through.",
            "Memo Small",
        )

    def summary(self, items: list[MemoItem]) -> None:
        self.section_heading("Summary of positions")
        table = self.table(SUMMARY_COLUMNS)
        for item in items:
            note = item.note
            cells = self.row(table)
            self.cell_text(cells[0], item.title)
            self.cell_text(cells[1], note_text.stance_text(note))
            self.cell_text(cells[2], note_text.priority_text(note))
            red_line = note_text.red_line_text(note)
            if red_line:
                cells[3].paragraphs[0].add_run(red_line, self.styles["Memo Red Line"])

    def section_heading(self, text: str) -> None:
        self.paragraph(text, "Memo Heading 1")

    def provision(self, item: MemoItem) -> None:
        heading = self.paragraph(item.title, "Memo Heading 2")
        note = item.note
        if note is None:
            self.paragraph("No position recorded yet.", "Memo Small")
        elif not note.quote:
            self.position_line(note)
        self.label("Current text")
        self.quote(item.provision)
        for index, each in enumerate(item.notes):
            if each.quote:
                self.label(f"On the words “{each.quote}”")
                self.position_line(each)
            self.note_fields(each, item.provision)
            if self.comments and each.rationale.strip() and index == 0:
                self.document.add_comment(
                    heading.runs,
                    text=each.rationale.strip(),
                    author=self.cover_fields.author or "Negotiator",
                    initials=_initials(self.cover_fields.author),
                )

    def position_line(self, note: Note) -> None:
        paragraph = self.paragraph("", "Memo Position")
        label = self.styles["Memo Field Label"]
        paragraph.add_run("Position: ", label)
        paragraph.add_run(note_text.stance_text(note))
        if note.priority:
            paragraph.add_run("    Priority: ", label)
            paragraph.add_run(note_text.priority_text(note))
        if note.red_line:
            paragraph.add_run("    ")
            paragraph.add_run("Red line", self.styles["Memo Red Line"])

    def note_fields(self, note: Note, provision: Provision) -> None:
        """Each field under its own label, and only when it says something."""
        if note.proposed.strip():
            self.label("Proposed wording")
            self.redline(proposal_redline(note, provision))
        self.text_block("Rationale", note.rationale)
        points = note_text.talking_points(note.talking_points)
        if points:
            self.label("Talking points")
            for point in points:
                self.paragraph(f"–\t{point}", "Memo Bullet")
        self.text_block("Instructions", note.instructions)
        if note.tags:
            self.label("Tags")
            self.paragraph(", ".join(note.tags), "Memo Body")
        rows = note_text.delegation_rows(note.delegations)
        if rows:
            self.label("Positions of other delegations")
            table = self.table(DELEGATION_COLUMNS)
            for row in rows:
                for cell, text in zip(self.row(table), row, strict=True):
                    self.cell_text(cell, text)

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
        styles = {INSERT: self.styles["Memo Inserted"], DELETE: self.styles["Memo Deleted"]}
        for op, text in segments:
            for index, piece in enumerate(text.split("\n")):
                if index:
                    paragraph = self.paragraph("", "Memo Proposed")
                if piece:
                    paragraph.add_run(piece, styles.get(op))

    # -- building blocks ------------------------------------------------------------

    def _quote(self, node: Provision, level: int, top: bool) -> None:
        label = node.label() if node.kind in {Kind.PARAGRAPH, Kind.SUBPARAGRAPH} else ""
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

    def paragraph(self, text: str, style: str) -> Paragraph:
        return self.document.add_paragraph(text, self.styles[style])

    def label(self, text: str) -> None:
        self.paragraph(text, "Memo Label")

    def table(self, columns: tuple[tuple[str, float], ...]) -> Table:
        table = self.document.add_table(rows=0, cols=len(columns))
        table.style = self.styles["Memo Table"]
        table.autofit = False
        for column, (_, width) in zip(table.columns, columns, strict=True):
            column.width = Cm(width)
        cells = self.row(table, header=True)
        for cell, (title, _) in zip(cells, columns, strict=True):
            cell.paragraphs[0].style = self.styles["Memo Table Heading"]
            cell.paragraphs[0].add_run(title)
        return table

    def row(self, table: Table, header: bool = False) -> list[_Cell]:
        """A new row (its cells as wide as the table's columns) that never splits across pages."""
        row = table.add_row()
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if header:
            properties.append(OxmlElement("w:tblHeader"))  # repeated at the top of each page
        cells = row.cells
        for cell in cells:
            cell.paragraphs[0].style = self.styles["Memo Table Text"]
        return cells

    def cell_text(self, cell: _Cell, text: str) -> None:
        lines = text.split("\n") if text else [""]
        cell.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            cell.add_paragraph(line, self.styles["Memo Table Text"])


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()[:3]
