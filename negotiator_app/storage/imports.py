"""Importing a draft file into the library: read it, then store it in one transaction.

A new revision of an instrument gets the positions of the revision before carried into it
(storage/carry.py), in a transaction of its own right after the import.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from negotiator_app.core.provision import Document
from negotiator_app.errors import shown
from negotiator_app.resources import resource_path
from negotiator_app.storage.library import Library, VersionInfo, instrument_name
from negotiator_app.storage.revisions import Placement, refuse_placement

if TYPE_CHECKING:
    from negotiator_app.storage.carry import CarryReport

DEMO_INSTRUMENT = "Demonstration draft convention (not an official document)"
# The demonstration draft: two revisions, each in English and Russian.
DEMO_REVISIONS = [
    (
        "Rev.1",
        [("demo_convention_en.txt", "EN demo", "en"), ("demo_convention_ru.txt", "RU demo", "ru")],
    ),
    (
        "Rev.2",
        [
            ("demo_convention_rev2_en.txt", "EN demo Rev.2", "en"),
            ("demo_convention_rev2_ru.txt", "RU demo Rev.2", "ru"),
        ],
    ),
]
# The earlier convention the demonstration draft borrows from: a reference instrument, one
# revision in English and Russian, so that the first start shows precedents.
DEMO_REFERENCE = (
    "Valmora Convention on Cooperation against Offences involving Computer Systems "
    "(demonstration text)"
)
DEMO_REFERENCE_CITED = "Valmora Convention"
DEMO_REFERENCE_FILES = [
    ("demo_earlier_convention_en.txt", "Valmora EN", "en"),
    ("demo_earlier_convention_ru.txt", "Valmora RU", "ru"),
]
# A few positions on Rev.1, so that a new user sees them carried into Rev.2.
DEMO_NOTES: list[tuple[str, dict[str, Any]]] = [
    (
        "art-2.h",
        {
            "stance": "support with amendments",
            "priority": "high",
            "proposed": '(h) "digital asset" means a digital representation of value that can be '
            "traded, transferred or used for payment or investment purposes, including "
            "cryptocurrencies, stablecoins and other virtual assets, but does not include "
            "digital forms of currency issued by a central bank.",
            "rationale": "The definition must cover cryptocurrencies expressly; lift the brackets.",
            "tags": ["crypto"],
        },
    ),
    (
        "art-4",
        {
            "stance": "support",
            "priority": "high",
            "red_line": True,
            "rationale": "Sovereignty clause: keep as drafted.",
        },
    ),
    (
        "art-10.3",
        {
            "stance": "support with amendments",
            "priority": "medium",
            "rationale": "Option 2 leaves room for a risk-based approach; prefer it.",
            "tags": ["crypto"],
        },
    ),
    (
        "art-14bis",
        {
            "stance": "reserve",
            "rationale": "Awaiting instructions on the age threshold.",
        },
    ),
    (
        "art-22.2",
        {
            "stance": "oppose",
            "priority": "medium",
            "proposed": "2. A person required to preserve data under paragraph 1 of this article "
            "shall keep them intact for as long as necessary, up to a maximum of 90 days, to "
            "enable the competent authorities to seek their disclosure.",
            "rationale": "Renewal without limit is disproportionate.",
        },
    ),
    (
        "art-26",
        {"stance": "support", "rationale": "Victims' protection belongs with assistance."},
    ),
]


def import_draft(
    library: Library,
    path: Path | str,
    *,
    instrument: str = "",
    label: str = "",
    language: str = "",
    placement: Placement | None = None,
    progress: Callable[[int, int], None] | None = None,
    backup: bool = True,
    carry: bool = True,
    reference: bool = False,
    cite_as: str = "",
) -> tuple[VersionInfo, Document]:
    """Read a file and store it as a new version; raises ImportProblem or LibraryError.

    placement says which revision it belongs to (default: decided, see storage/revisions.py);
    a new revision gets the positions of the one before carried into it unless carry=False;
    reference marks its instrument as a reference instrument (an earlier agreed text), cited
    as cite_as. Its precedents are not searched here: see storage/precedents.py.
    """
    # Loaded here, not at the top: the workbench reads DEMO_INSTRUMENT at start, importing nothing.
    from negotiator_app.importers import import_file

    path = Path(path)
    document = import_file(path, language=language, progress=progress)
    info = store_draft(
        library,
        document,
        path,
        instrument=instrument,
        label=label,
        language=language,
        placement=placement,
        backup=backup,
        carry=carry,
        reference=reference,
        cite_as=cite_as,
    )
    return info, document


def store_draft(
    library: Library,
    document: Document,
    path: Path | str,
    *,
    instrument: str = "",
    label: str = "",
    language: str = "",
    placement: Placement | None = None,
    backup: bool = True,
    carry: bool = True,
    reference: bool = False,
    cite_as: str = "",
) -> VersionInfo:
    """Store a draft already read from path (import_file) as a new version, as import_draft
    does; the workbench reads first, asks how to file the draft, then stores it."""
    from negotiator_app.storage.backup import backup_before_import

    path = Path(path)
    # A file's name is the sender's: stored and shown with its control characters escaped.
    name = shown(path.name)
    instrument = instrument_name(document, instrument, name)
    label = label or shown(path.stem)
    # Before the backup: a refusal changes nothing.
    library.refuse_taken_label(instrument, label)
    refuse_placement(library, instrument, language or document.language, placement)
    if backup:
        backup_before_import(library)  # the library as it was, should the delegate want it back
    info = library.add_version(
        document,
        instrument=instrument,
        label=label,
        language=language,
        source_name=name,
        placement=placement,
        reference=reference,
        cite_as=cite_as,
    )
    logging.getLogger(__name__).info(
        "imported %s as version %s (%d provisions)",
        name,
        info.id,
        info.provision_count,
    )
    if carry:
        carry_after_import(library, info)
    return info


def carry_after_import(library: Library, info: VersionInfo) -> CarryReport | None:
    """Carry positions into a version that began a new revision; None when there is nothing
    to carry from (a first revision, or another language of a revision already there)."""
    from negotiator_app.storage.carry import carry_positions
    from negotiator_app.storage.revisions import revised, revision_versions

    if info.revision_id is None or revision_versions(library, info.revision_id)[0].id != info.id:
        return None  # a language version joins positions its revision already has
    old = revised(library, info)
    if old is None:
        return None
    return carry_positions(library, old, info)


def import_demo_if_empty(library: Library, *, revision: bool = True) -> list[VersionInfo]:
    """On first start, give an empty library the demonstration draft, in English and Russian.

    With revision, also its Rev.2 (see import_demo_revision), so the comparison of revisions
    has something to show.
    """
    if not library.is_empty():
        return []
    imported = _import_demo_files(library, *DEMO_REVISIONS[0], previous=None)
    if revision:
        imported += import_demo_revision(library)
    return imported


def import_demo_revision(library: Library) -> list[VersionInfo]:
    """The demonstration's Rev.2, with a few positions on Rev.1 carried into it, when the
    library holds the demonstration's Rev.1 alone (the workbench may do this after its first
    paint); [] otherwise."""
    from negotiator_app.storage.notes import Note, Proposal, save_notes

    demo = [v for v in library.versions() if v.instrument == DEMO_INSTRUMENT]
    if not demo or {v.revision for v in demo} != {DEMO_REVISIONS[0][0]}:
        return []
    first = demo[0]  # the English text: the demonstration's wordings are written against it
    notes = []
    for key, fields in DEMO_NOTES:
        chosen = {name: value for name, value in fields.items() if name != "proposed"}
        if "proposed" in fields:
            chosen["proposals"] = [Proposal(first.language, fields["proposed"], first.id)]
        notes.append(Note(first.instrument_id, key, version_id=first.id, **chosen))
    save_notes(library, notes)
    return _import_demo_files(library, *DEMO_REVISIONS[1], previous=demo[-1].label)


def import_demo_reference(library: Library) -> list[VersionInfo]:
    """The demonstration's earlier (Valmora) convention as a reference instrument, when the
    library holds the demonstration draft and not it yet (the workbench does this after its
    first paint, at the first start); [] otherwise. Its precedents are not searched here."""
    versions = library.versions()
    instruments = {v.instrument for v in versions}
    if DEMO_INSTRUMENT not in instruments or DEMO_REFERENCE in instruments:
        return []
    imported: list[VersionInfo] = []
    for name, label, language in DEMO_REFERENCE_FILES:
        path = resource_path("demo", name)
        if not path.exists():
            continue
        if imported:
            placement = Placement(translation_of=imported[0].label)
        else:
            placement = Placement(label="Adopted text")
        info, _ = import_draft(
            library,
            path,
            instrument=DEMO_REFERENCE,
            label=label,
            language=language,
            placement=placement,
            backup=False,
            reference=True,
            cite_as=DEMO_REFERENCE_CITED,
        )
        imported.append(info)
    return imported


def _import_demo_files(
    library: Library, revision_label: str, files: list[tuple[str, str, str]], previous: str | None
) -> list[VersionInfo]:
    imported: list[VersionInfo] = []
    for name, label, language in files:
        path = resource_path("demo", name)
        if not path.exists():
            continue
        if not imported:
            placement = Placement(revises=previous, label=revision_label)
        else:
            placement = Placement(translation_of=revision_label)
        # Nothing of the delegate's is in the library yet: no backup to take.
        info, _ = import_draft(
            library,
            path,
            instrument=DEMO_INSTRUMENT,
            label=label,
            language=language,
            placement=placement,
            backup=False,
        )
        imported.append(info)
    return imported
