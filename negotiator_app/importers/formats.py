"""Which importer reads a file: by its content first, its extension second."""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from negotiator_app.core.provision import Document
from negotiator_app.errors import shown
from negotiator_app.importers.charsets import utf16_without_mark
from negotiator_app.importers.errors import ImportProblem

MAX_FILE_BYTES = 100 * 1024 * 1024
# How far sniffing looks past leading comments and blank lines for the first element.
_PROLOGUE_BYTES = 64 * 1024
_PROLOGUE_SPACE_RE = re.compile(rb"(?:\xef\xbb\xbf|[ \t\r\n])+")
Progress = Callable[[int, int], None]

READABLE = ".docx, .pdf, .html, Akoma Ntoso .xml, .txt or .md"
_SAVE_AS_DOCX = "open it in Word or LibreOffice, save it as .docx and import that"
_UNSUPPORTED = {
    "doc": f"is an old binary Word document (.doc); {_SAVE_AS_DOCX}",
    "odt": f"is an OpenDocument text (.odt); {_SAVE_AS_DOCX}",
    "rtf": f"is a Rich Text (.rtf) file; {_SAVE_AS_DOCX}",
    "xlsx": "is a spreadsheet, not a draft",
    "pptx": "is a slide presentation, not a draft",
    "zip": "is a zip archive, not a document; unpack it and import the draft inside",
    "xml": "is XML but not Akoma Ntoso, the only XML vocabulary Negotiator reads",
    "binary": "is not a document Negotiator can read (it holds binary data, not text)",
    "encrypted": "is protected by a password; open it in Word, remove the password and import "
    "the saved copy",
}


def import_file(
    path: Path | str, *, language: str = "", progress: Progress | None = None
) -> Document:
    """Read a draft from a file into a Document, or raise ImportProblem with a clear sentence."""
    path = Path(path)
    data = _read(path)
    kind = sniff(data, path.suffix.lower())
    if kind in _UNSUPPORTED:
        raise ImportProblem(
            f"{shown(path.name)} {_UNSUPPORTED[kind]}. Negotiator reads {READABLE}."
        )
    if progress is not None:
        progress(0, 100)
    document = _READERS[kind](data, language, progress, path)
    document.source_sha256 = hashlib.sha256(data).hexdigest()
    if progress is not None:
        progress(100, 100)
    return document


def sniff(data: bytes, suffix: str = "") -> str:
    """The format of a file from its content: text, docx, pdf, html, akn, or an unsupported kind."""
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data, suffix)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # Word saves a .docx protected by a password inside such a container, encrypted.
        return "encrypted" if "EncryptedPackage".encode("utf-16-le") in data else "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    utf16 = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else utf16_without_mark(head)
    if utf16:
        window = data[: 2 * (_PROLOGUE_BYTES + 4096)]
        markup = window.decode(utf16, errors="ignore").encode("utf-8", errors="ignore")
    else:
        if b"\x00" in head or _control_share(head) > 0.1:
            return "binary"
        markup = data[: _PROLOGUE_BYTES + 4096]
    lowered, declared_xml = _after_prologue(markup)
    if b"<akomantoso" in lowered or b"<akomantoso" in markup[:4096].lower():
        return "akn"
    if lowered.startswith((b"<!doctype html", b"<html")) or (
        # Markdown may carry a stray <meta> or <a> line; a page has a <body> or <head>.
        lowered.startswith(b"<") and any(tag in lowered for tag in (b"<body", b"<head>"))
    ):
        return "html"
    if declared_xml or lowered.startswith(b"<?xml"):
        return "xml"
    return "text"


def _after_prologue(markup: bytes) -> tuple[bytes, bool]:
    """The start of a file's content past its byte-order mark, blank lines, comments and
    processing instructions (at most _PROLOGUE_BYTES of them), lowered; and whether an XML
    declaration was among them. A page may open with a long licence comment."""
    position, declared_xml = 0, False
    end = min(len(markup), _PROLOGUE_BYTES)
    while position < end:
        found = _PROLOGUE_SPACE_RE.match(markup, position)
        position = found.end() if found else position
        if markup.startswith(b"<!--", position):
            close = markup.find(b"-->", position + 4, end)
            if close < 0:
                break
            position = close + 3
        elif markup.startswith(b"<?", position):
            close = markup.find(b"?>", position + 2, end)
            if close < 0:
                break
            declared_xml = declared_xml or markup[position : position + 5].lower() == b"<?xml"
            position = close + 2
        else:
            break
    return markup[position : position + 4096].lower(), declared_xml


def _zip_kind(data: bytes, suffix: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, NotImplementedError, EOFError,
            RuntimeError):  # fmt: skip
        # A damaged Word file still says so by its extension; the DOCX reader explains.
        return "docx" if suffix in {".docx", ".docm", ".dotx"} else "zip"
    if b"opendocument.text" in mimetype:
        return "odt"
    if any(name.startswith("word/") for name in names):
        return "docx"
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    if any(name.startswith("ppt/") for name in names):
        return "pptx"
    if suffix in {".docx", ".docm", ".dotx"}:
        return "docx"
    return "zip"


def _control_share(head: bytes) -> float:
    """The share of control bytes other than whitespace: high in binary files."""
    if not head:
        return 0.0
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(head)


def _read(path: Path) -> bytes:
    """The file's bytes; a folder, a pipe, a device or an oversized file is refused unread.

    The file is opened without blocking and checked on the open descriptor: a named pipe
    would otherwise wait forever for a writer, and a path swapped after a check is still caught.
    """
    name = shown(path.name)
    try:
        if path.is_dir():
            raise ImportProblem(f"{shown(path)} is a folder, not a file.")
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ImportProblem(f"There is no file at {shown(path)}.") from None
    except OSError as error:
        raise ImportProblem(f"{shown(path)} cannot be read: {error.strerror}.") from None
    with os.fdopen(descriptor, "rb") as stream:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise ImportProblem(
                f"{name} is not a regular file ({_special_kind(mode)}); save the draft as a "
                "file and import that."
            )
        size = os.fstat(descriptor).st_size
        if size == 0:
            raise ImportProblem(f"{name} is empty (0 bytes).")
        if size > MAX_FILE_BYTES:
            raise ImportProblem(
                f"{name} is {size // (1024 * 1024)} MB; Negotiator imports files up to "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB."
            )
        try:
            data = stream.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise ImportProblem(f"{name} cannot be read: {error.strerror}.") from None
    if len(data) > MAX_FILE_BYTES:  # it grew while being read
        raise ImportProblem(
            f"{name} is over {MAX_FILE_BYTES // (1024 * 1024)} MB; Negotiator imports files up "
            f"to {MAX_FILE_BYTES // (1024 * 1024)} MB."
        )
    return data


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file with contents"


def _read_text(data: bytes, language: str, progress: Progress | None, path: Path) -> Document:
    from negotiator_app.importers import text

    markdown = path.suffix.lower() in {".md", ".markdown"}
    return text.read_text(data, markdown=markdown, language=language, name=path.name)


def _read_docx(data: bytes, language: str, progress: Progress | None, path: Path) -> Document:
    from negotiator_app.importers import docx

    return docx.read_docx(data, language=language, progress=progress, name=path.name)


def _read_pdf(data: bytes, language: str, progress: Progress | None, path: Path) -> Document:
    from negotiator_app.importers import pdf

    return pdf.read_pdf(data, language=language, progress=progress, name=path.name)


def _read_html(data: bytes, language: str, progress: Progress | None, path: Path) -> Document:
    from negotiator_app.importers import html

    return html.read_html(data, language=language, name=path.name)


def _read_akn(data: bytes, language: str, progress: Progress | None, path: Path) -> Document:
    from negotiator_app.importers import akn

    return akn.read_akn(data, language=language, name=path.name)


_READERS: dict[str, Callable[[bytes, str, Progress | None, Path], Document]] = {
    "text": _read_text,
    "docx": _read_docx,
    "pdf": _read_pdf,
    "html": _read_html,
    "akn": _read_akn,
}
