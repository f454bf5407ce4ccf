"""Reading a memo back as a user (or Word) would see it: styles, sections, runs, raw XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.text.paragraph import Paragraph
from lxml import etree

from negotiator_app.core.redline import DELETE, EQUAL, INSERT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RUN_OPS = {"Memo Inserted": INSERT, "Memo Deleted": DELETE}


def open_memo(path: Path) -> Document:
    return docx.Document(str(path))


def part_xml(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def part_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        return package.namelist()


def provision_sections(document: Document) -> dict[str, list[Paragraph]]:
    """The body paragraphs under each provision heading, by heading text."""
    sections: dict[str, list[Paragraph]] = {}
    current: list[Paragraph] | None = None
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Memo Heading 2":
            current = sections.setdefault(paragraph.text, [])
        elif paragraph.style.name == "Memo Heading 1":
            current = None
        elif current is not None:
            current.append(paragraph)
    return sections


def under_label(paragraphs: list[Paragraph], label: str) -> list[Paragraph]:
    """The paragraphs after a "Memo Label" paragraph, up to the next label."""
    found, taken = False, []
    for paragraph in paragraphs:
        if paragraph.style.name == "Memo Label":
            if found:
                break
            found = paragraph.text == label
        elif found:
            taken.append(paragraph)
    return taken


def labels(paragraphs: list[Paragraph]) -> list[str]:
    return [p.text for p in paragraphs if p.style.name == "Memo Label"]


def quoted_lines(paragraphs: list[Paragraph]) -> list[str]:
    """The quoted provision as "label text" lines, the way core.redline.wording writes it."""
    lines = []
    for paragraph in under_label(paragraphs, "Current text"):
        if not paragraph.style.name.startswith("Memo Quote"):
            break  # the quotation ends where the note's fields begin
        label, tab, text = paragraph.text.partition("\t")
        if not tab:
            lines.append(label)
        elif label:
            lines.append(f"{label} {text}")
        else:  # a continuation line of a labelled paragraph
            lines.append(text)
    return lines


def redline_runs(paragraphs: list[Paragraph]) -> list[list[tuple[str, str]]]:
    """The proposed wording as (op, text) runs, one list per paragraph, same-op runs merged."""
    result = []
    for paragraph in under_label(paragraphs, "Proposed wording"):
        assert paragraph.style.name == "Memo Proposed"
        runs: list[tuple[str, str]] = []
        for run in paragraph.runs:
            op = RUN_OPS.get(run.style.name if run.style is not None else "", EQUAL)
            if runs and runs[-1][0] == op:
                runs[-1] = (op, runs[-1][1] + run.text)
            else:
                runs.append((op, run.text))
        result.append(runs)
    return result


def segments_by_line(segments) -> list[list[tuple[str, str]]]:
    """Diff segments cut at line breaks, as the memo lays them out in paragraphs."""
    lines: list[list[tuple[str, str]]] = [[]]
    for op, text in segments:
        for index, piece in enumerate(text.split("\n")):
            if index:
                lines.append([])
            if piece:
                lines[-1].append((op, piece))
    return lines


def table_rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]
