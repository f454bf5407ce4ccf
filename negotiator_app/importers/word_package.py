"""Opening a .docx as the zip package it is, safely: size limits, no DTDs, clear errors."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from negotiator_app.importers.errors import ImportProblem

# A real draft's parts are a few MB at most; these limits stop a zip bomb long before memory
# runs out, and a package with thousands of members is not a Word document.
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 5000
_MAIN_TYPE = "officeDocument/2006/relationships/officeDocument"
_DTD_RE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


class WordPackage:
    """The parts of a .docx that the importer reads, each checked before it is parsed."""

    def __init__(self, data: bytes, name: str = "This file") -> None:
        self.name = name
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            members = self.archive.infolist()
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
            raise ImportProblem(
                f"{name} is damaged: it is not a complete Word (.docx) file."
            ) from None
        if len(members) > MAX_MEMBERS:
            raise ImportProblem(f"{name} has {len(members)} parts, too many for a Word document.")
        if sum(member.file_size for member in members) > MAX_TOTAL_BYTES:
            raise ImportProblem(
                f"{name} unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB; "
                "it is not a draft Negotiator can import (it may be a zip bomb)."
            )
        self.names = {member.filename for member in members}
        self.main = self._main_part()

    def read(self, part: str) -> bytes:
        """The bytes of a part, refusing oversized parts and XML with a DTD."""
        try:
            with self.archive.open(part) as stream:
                data = stream.read(MAX_PART_BYTES + 1)
        except KeyError:
            raise ImportProblem(f"{self.name} is damaged: its part {part} is missing.") from None
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
            raise ImportProblem(
                f"{self.name} is damaged: its part {part} cannot be unpacked."
            ) from None
        if len(data) > MAX_PART_BYTES:
            raise ImportProblem(
                f"{self.name} is not a draft Negotiator can import: its part {part} unpacks "
                f"to more than {MAX_PART_BYTES // 2**20} MB (it may be a zip bomb)."
            )
        if part.endswith((".xml", ".rels")) and _DTD_RE.search(data[:65536]):
            # Word never writes a DTD; one in a package is an entity-expansion attack.
            raise ImportProblem(
                f"{self.name} was refused: its part {part} declares XML entities, "
                "which Word never writes."
            )
        return data

    def xml(self, part: str, *, optional: bool = False) -> Element | None:
        """A part parsed as XML (entities and network access off), or None when optional."""
        if optional and part not in self.names:
            return None
        data = self.read(part)
        try:
            return SafeTree.fromstring(data, forbid_dtd=True)
        except (SafeTree.ParseError, DefusedXmlException, ValueError):
            raise ImportProblem(
                f"{self.name} is damaged: its part {part} is not valid XML."
            ) from None

    def related(self, part_type: str) -> list[str]:
        """The parts the main document refers to with a relationship of this type."""
        folder, _, base = self.main.rpartition("/")
        rels = self.xml(f"{folder}/_rels/{base}.rels", optional=True)
        if rels is None:
            return []
        targets = []
        for rel in rels:
            if (
                rel.get("Type", "").endswith(f"/{part_type}")
                and rel.get("TargetMode") != "External"
            ):
                target = rel.get("Target", "")
                targets.append(
                    target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
                )
        return [target for target in targets if target in self.names]

    def _main_part(self) -> str:
        rels = self.xml("_rels/.rels", optional=True)
        if rels is not None:
            for rel in rels:
                if rel.get("Type", "").endswith(_MAIN_TYPE):
                    target = rel.get("Target", "").lstrip("/")
                    if target in self.names:
                        return target
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise ImportProblem(
            f"{self.name} is damaged: it has no main document part (word/document.xml)."
        )
