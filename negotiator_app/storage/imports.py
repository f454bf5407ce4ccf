"""Importing a draft file into the library: read it, then store it in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from negotiator_app.core.provision import Document
from negotiator_app.resources import resource_path
from negotiator_app.storage.library import Library, VersionInfo, instrument_name

DEMO_INSTRUMENT = "Demonstration draft convention (not an official document)"
DEMO_FILES = [
    ("demo_convention_en.txt", "EN demo", "en"),
    ("demo_convention_ru.txt", "RU demo", "ru"),
]


def import_draft(
    library: Library,
    path: Path | str,
    *,
    instrument: str = "",
    label: str = "",
    language: str = "",
    progress: Callable[[int, int], None] | None = None,
    backup: bool = True,
) -> tuple[VersionInfo, Document]:
    """Read a file and store it as a new version; raises ImportProblem or LibraryError."""
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
        backup=backup,
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
    backup: bool = True,
) -> VersionInfo:
    """Store a draft already read from path as a new version; raises LibraryError."""
    from negotiator_app.storage.backup import backup_before_import

    path = Path(path)
    instrument = instrument_name(document, instrument, path.name)
    label = label or path.stem
    library.refuse_taken_label(instrument, label)  # before the backup: a refusal changes nothing
    if backup:
        backup_before_import(library)  # the library as it was, should the delegate want it back
    return library.add_version(
        document,
        instrument=instrument,
        label=label,
        language=language,
        source_name=path.name,
    )


def import_demo_if_empty(library: Library) -> list[VersionInfo]:
    """On first start, give an empty library the demonstration draft, in English and Russian."""
    if not library.is_empty():
        return []
    imported = []
    for name, label, language in DEMO_FILES:
        path = resource_path("demo", name)
        if path.exists():
            # Nothing of the delegate's is in the library yet: no backup to take.
            info, _ = import_draft(
                library,
                path,
                instrument=DEMO_INSTRUMENT,
                label=label,
                language=language,
                backup=False,
            )
            imported.append(info)
    return imported
