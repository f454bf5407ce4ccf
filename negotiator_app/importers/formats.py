"""Which importer reads a file: by its content first, its extension second."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from negotiator_app.core.provision import Document
from negotiator_app.importers.errors import ImportProblem

MAX_FILE_BYTES = 100 * 1024 * 1024
Progress = Callable[[int, int], None]


def import_file(
    path: Path | str, *, language: str = "", progress: Progress | None = None
) -> Document:
    """Read a draft from a file into a Document, or raise ImportProblem with a clear sentence."""
    path = Path(path)
    data = _read(path)
    kind = sniff(data, path.suffix.lower())
    if kind == "text":
        from negotiator_app.importers import text

        return text.read_text(
            data, markdown=path.suffix.lower() in {".md", ".markdown"}, language=language
        )
    raise ImportProblem(
        f"{path.name} is a {kind} file, which Negotiator cannot read yet; "
        "save it as plain text (.txt) and import that."
    )


def sniff(data: bytes, suffix: str = "") -> str:
    """The format of a file from its first bytes: text, docx, pdf, html, xml, zip, binary..."""
    head = data[:2048]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or suffix in {".docx", ".dotx"} else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")) or b"<body" in head.lower():
        return "html"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<akomantoso"):
        return "xml"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportProblem(f"There is no file at {path}.") from None
    except OSError as error:
        raise ImportProblem(f"{path} cannot be read: {error.strerror}.") from None
    if path.is_dir():
        raise ImportProblem(f"{path} is a folder, not a file.")
    if size == 0:
        raise ImportProblem(f"{path.name} is empty (0 bytes).")
    if size > MAX_FILE_BYTES:
        raise ImportProblem(
            f"{path.name} is {size // (1024 * 1024)} MB; Negotiator imports files up to "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB."
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise ImportProblem(f"{path.name} cannot be read: {error.strerror}.") from None
