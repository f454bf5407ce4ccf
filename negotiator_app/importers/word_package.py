"""Opening a .docx as the zip package it is, safely: size limits, no DTDs, clear errors.

Parts are read as a stream of XML events by expat, straight from the zip member: no element
tree is built, so a 64 MB document part costs a few megabytes, not gigabytes. Every element of
every part is counted, and nesting is bounded (limits.py).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import IO, Protocol
from xml.parsers import expat

from negotiator_app.errors import shown
from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.limits import MAX_DEPTH, Tally, too_deep

# A real draft's parts are a few MB at most; these limits stop a zip bomb long before memory
# runs out, and a package with thousands of members is not a Word document.
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 5000
_MAIN_TYPE = "officeDocument/2006/relationships/officeDocument"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CHUNK = 1 << 16
# Element names as expat gives them: namespace, "}", local name.
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class Handler(Protocol):
    """What reads a part: called for each element's start and end and each piece of text."""

    def start(self, tag: str, attributes: dict[str, str]) -> None: ...

    def end(self, tag: str) -> None: ...

    def text(self, data: str) -> None: ...


class _Refused(Exception):
    """A DTD or an entity in a part: Word never writes one; one is an attack."""


class WordPackage:
    """The parts of a .docx that the importer reads, each checked as it is parsed."""

    def __init__(self, data: bytes, name: str = "This file", tally: Tally | None = None) -> None:
        self.name = shown(name)
        self.tally = tally or Tally(name)
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            members = self.archive.infolist()
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
            raise ImportProblem(
                f"{self.name} is damaged: it is not a complete Word (.docx) file."
            ) from None
        if len(members) > MAX_MEMBERS:
            raise ImportProblem(
                f"{self.name} has {len(members)} parts, too many for a Word document."
            )
        if sum(member.file_size for member in members) > MAX_TOTAL_BYTES:
            raise ImportProblem(
                f"{self.name} unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB; "
                "it is not a draft Negotiator can import (it may be a zip bomb)."
            )
        self.names = {member.filename for member in members}
        self.main = self._main_part()

    def parse(self, part: str, handler: Handler) -> None:
        """Stream a part's XML to handler (entities and DTDs refused, nesting bounded)."""
        try:
            if self.archive.getinfo(part).file_size > MAX_PART_BYTES:
                raise self._too_large(part)  # as declared; what unpacks is counted too
            stream = self.archive.open(part)
        except KeyError:
            raise ImportProblem(f"{self.name} is damaged: its part {part} is missing.") from None
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, NotImplementedError):
            raise self._unpacking(part) from None
        except RuntimeError:  # zipfile's word for a member encrypted with a password
            raise ImportProblem(
                f"{self.name} is protected by a password; open it in Word, remove the password "
                "and import the saved copy."
            ) from None
        with stream:
            self._parse(part, stream, handler)

    def related(self, part_type: str) -> list[str]:
        """The parts the main document refers to with a relationship of this type."""
        folder, _, base = self.main.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels"
        targets = []
        for rel in self._relationships(rels):
            if (
                rel.get("Type", "").endswith(f"/{part_type}")
                and rel.get("TargetMode") != "External"
            ):
                target = rel.get("Target", "")
                targets.append(
                    target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
                )
        return [target for target in targets if target in self.names]

    # -- helpers ----------------------------------------------------------------------

    def _parse(self, part: str, stream: IO[bytes], handler: Handler) -> None:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        depth = 0
        tally = self.tally

        def start(tag: str, attributes: dict[str, str]) -> None:
            nonlocal depth
            depth += 1
            if depth > MAX_DEPTH:
                raise too_deep(self.name)
            tally.element()
            handler.start(tag, attributes)

        def end(tag: str) -> None:
            nonlocal depth
            depth -= 1
            handler.end(tag)

        def refuse(*_: object) -> None:
            raise _Refused

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = handler.text
        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        parser.UnparsedEntityDeclHandler = refuse
        parser.ExternalEntityRefHandler = refuse
        read = 0
        try:
            while True:
                chunk = stream.read(_CHUNK)
                read += len(chunk)
                if read > MAX_PART_BYTES:
                    raise self._too_large(part)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    break
        except _Refused:
            # Word never writes a DTD; one in a package is an entity-expansion attack.
            raise ImportProblem(
                f"{self.name} was refused: its part {part} declares XML entities, "
                "which Word never writes."
            ) from None
        except expat.ExpatError:
            raise ImportProblem(
                f"{self.name} is damaged: its part {part} is not valid XML."
            ) from None
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError):
            raise self._unpacking(part) from None

    def _relationships(self, part: str) -> list[dict[str, str]]:
        if part not in self.names:
            return []
        found: list[dict[str, str]] = []

        class Relationships:
            def start(self, tag: str, attributes: dict[str, str]) -> None:
                if tag == _RELATIONSHIPS and len(found) < MAX_MEMBERS:
                    found.append(attributes)

            def end(self, tag: str) -> None:
                pass

            def text(self, data: str) -> None:
                pass

        self.parse(part, Relationships())
        return found

    def _main_part(self) -> str:
        for rel in self._relationships("_rels/.rels"):
            if rel.get("Type", "").endswith(_MAIN_TYPE):
                target = rel.get("Target", "").lstrip("/")
                if target in self.names:
                    return target
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise ImportProblem(
            f"{self.name} is damaged: it has no main document part (word/document.xml)."
        )

    def _too_large(self, part: str) -> ImportProblem:
        return ImportProblem(
            f"{self.name} is not a draft Negotiator can import: its part {part} unpacks to more "
            f"than {MAX_PART_BYTES // 2**20} MB (it may be a zip bomb)."
        )

    def _unpacking(self, part: str) -> ImportProblem:
        return ImportProblem(f"{self.name} is damaged: its part {part} cannot be unpacked.")
