"""The memo template: our own, or the delegation's .docx/.dotx with the same style names.

Every piece of formatting in a memo comes from a named style, so a delegation restyles its
memos by editing the styles in Word and pointing Negotiator at the file. A template that
lacks some of the styles gets ours for those, and the export says which.
"""

from __future__ import annotations

import copy
import io
import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from negotiator_app.errors import shown
from negotiator_app.export.output_file import ExportProblem
from negotiator_app.resources import resource_path

MAX_TEMPLATE_BYTES = 20 * 2**20  # a memo template is a few hundred kilobytes
MAX_TEMPLATE_UNPACKED = 100 * 2**20  # a zip bomb named .dotx stops here
PARAGRAPH = WD_STYLE_TYPE.PARAGRAPH
CHARACTER = WD_STYLE_TYPE.CHARACTER
TABLE = WD_STYLE_TYPE.TABLE

# Every style the memo uses, by the name a delegation sees in Word's style gallery.
STYLES: dict[str, WD_STYLE_TYPE] = {
    "Memo Title": PARAGRAPH,
    "Memo Subtitle": PARAGRAPH,
    "Memo Cover Field": PARAGRAPH,
    "Memo Heading 1": PARAGRAPH,
    "Memo Heading 2": PARAGRAPH,
    "Memo Position": PARAGRAPH,
    "Memo Label": PARAGRAPH,
    "Memo Body": PARAGRAPH,
    "Memo Bullet": PARAGRAPH,
    "Memo Quote": PARAGRAPH,
    "Memo Quote 1": PARAGRAPH,
    "Memo Quote 2": PARAGRAPH,
    "Memo Quote 3": PARAGRAPH,
    "Memo Proposed": PARAGRAPH,
    "Memo Table Heading": PARAGRAPH,
    "Memo Table Text": PARAGRAPH,
    "Memo Small": PARAGRAPH,
    "Memo Header": PARAGRAPH,
    "Memo Footer": PARAGRAPH,
    "Memo Field Label": CHARACTER,
    "Memo Inserted": CHARACTER,
    "Memo Deleted": CHARACTER,
    "Memo Red Line": CHARACTER,
    "Memo Table": TABLE,
}

TEMPLATE_NAME = "memo_template.docx"
_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@dataclass
class OpenedTemplate:
    """A template ready to write into: its body emptied, every memo style present."""

    document: Document
    styles: dict[str, object]
    warnings: list[str] = field(default_factory=list)


def default_template() -> Path:
    return resource_path("templates", TEMPLATE_NAME)


def open_template(path: Path | str | None = None) -> OpenedTemplate:
    """Open our template or the user's; missing styles are taken from ours, with a warning."""
    ours = _load(default_template())
    if path is None:
        document, warnings = ours, list[str]()
    else:
        document = _load(Path(path))
        missing = [name for name, kind in STYLES.items() if not _has_style(document, name, kind)]
        _copy_styles(ours, document, missing)
        warnings = []
        if missing:
            warnings.append(f"The template {Path(path).name} {_lacks(missing)}")
    _empty_body(document)
    styles = {name: document.styles[name] for name in STYLES}
    return OpenedTemplate(document, styles, warnings)


def _load(path: Path) -> Document:
    """A .docx or .dotx as a python-docx Document; one sentence when it is neither."""
    try:
        data = _read_template(path)
    except FileNotFoundError:
        raise ExportProblem(f"The template {shown(path)} does not exist.") from None
    except OSError as error:
        raise ExportProblem(
            f"The template {shown(path)} cannot be read: {error.strerror}."
        ) from None
    try:
        return docx.Document(io.BytesIO(_as_document(data)))
    except ExportProblem:
        raise
    except Exception:  # python-docx raises many kinds of error for a file that is not Word's
        raise ExportProblem(
            f"The template {path.name} is not a Word document or template (.docx or .dotx)."
        ) from None


def _read_template(path: Path) -> bytes:
    """The template's bytes, read only from a regular file of a template's size: a pipe would
    block the export and a device never end."""
    with open(path, "rb", opener=_no_blocking) as file:
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else "a pipe or a device"
            raise ExportProblem(f"The template {shown(path)} is {kind}, not a Word file.")
        if status.st_size > MAX_TEMPLATE_BYTES:
            raise ExportProblem(
                f"The template {shown(path)} is larger than {MAX_TEMPLATE_BYTES // 2**20} MB; "
                "a memo template is a few hundred kilobytes."
            )
        return file.read(MAX_TEMPLATE_BYTES + 1)


def _no_blocking(path: str, flags: int) -> int:
    # Opening a pipe for reading waits for a writer; O_NONBLOCK returns at once, so the
    # check above can refuse it.
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _as_document(data: bytes) -> bytes:
    """A .dotx differs from a .docx only in its main part's content type: relabel it."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        unpacked = sum(item.file_size for item in source.infolist())
        if unpacked > MAX_TEMPLATE_UNPACKED:
            raise ExportProblem(
                f"The template unpacks to more than {MAX_TEMPLATE_UNPACKED // 2**20} MB; "
                "it is not a memo template."
            )
        types = source.read("[Content_Types].xml")
        if _TEMPLATE_MAIN.encode() not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_MAIN.encode(), _DOCUMENT_MAIN.encode())
                target.writestr(item, content)
        return out.getvalue()


def _has_style(document: Document, name: str, kind: WD_STYLE_TYPE) -> bool:
    try:
        return document.styles[name].type == kind
    except KeyError:
        return False


def _copy_styles(source: Document, target: Document, names: list[str]) -> None:
    """Copy our definitions of the named styles, and any style they build on that is absent."""
    source_root, target_root = source.styles.element, target.styles.element
    present = {s.get(qn("w:styleId")) for s in target_root.findall(qn("w:style"))}
    by_id = {s.get(qn("w:styleId")): s for s in source_root.findall(qn("w:style"))}
    needed: list[str] = []
    for name in names:
        element = copy.deepcopy(by_id[source.styles[name].style_id])
        if element.get(qn("w:styleId")) in present:
            # The user has a different style under the same id: theirs keeps it.
            element.set(qn("w:styleId"), "Negotiator" + element.get(qn("w:styleId")))
        target_root.append(element)
        present.add(element.get(qn("w:styleId")))
        needed.extend(_references(element))
    while needed:
        style_id = needed.pop()
        if style_id in present or style_id not in by_id:
            continue
        element = copy.deepcopy(by_id[style_id])
        target_root.append(element)
        present.add(style_id)
        needed.extend(_references(element))


def _references(style: Any) -> list[str]:
    refs = (style.find(qn(tag)) for tag in ("w:basedOn", "w:next", "w:link"))
    return [ref.get(qn("w:val")) for ref in refs if ref is not None]


def _empty_body(document: Document) -> None:
    """Drop whatever the template's body holds; its section (page size, margins) stays."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _lacks(names: list[str]) -> str:
    quoted = [f'"{name}"' for name in names]
    if len(quoted) == 1:
        return f"has no style {quoted[0]}; Negotiator's own was used instead."
    listed = ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"has no styles {listed}; Negotiator's own were used instead."
