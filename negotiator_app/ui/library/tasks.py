"""The work behind File > Import..., File > Back up library and the daily backup at start.

Pure Python (no Qt), run on a worker thread: each function opens its own connection to the
library, because an SQLite connection belongs to the thread that made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.storage import Library, VersionInfo
from negotiator_app.storage.revisions import Placement

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportOutcome:
    """What an import stored, and the report the delegate reads after it."""

    version: VersionInfo
    report: ImportReport


def import_into_library(
    folder: Path,
    path: Path,
    document: Document | None = None,
    *,
    instrument: str = "",
    label: str = "",
    language: str = "",
    revises: str = "",
    translation_of: str = "",
    reference: bool = False,
    cite_as: str = "",
) -> Callable[[Progress], ImportOutcome]:
    """The import as work for a TaskRunner: store the draft read_draft has read (document), or
    read it first (no document, or another language than the one it was read in).

    revises / translation_of: the revision it is the next revision after, or another language
    of (storage/revisions.py); neither: decided from the language.
    The importer reports its progress (and, last, that reading is done) before anything is
    stored; Cancel raises from that report, so a cancelled import leaves the library as it was.
    """

    def work(progress: Progress) -> ImportOutcome:
        from negotiator_app.storage.imports import import_draft, store_draft

        choice = {
            "instrument": instrument,
            "label": label,
            "language": language,
            "placement": placement(revises, translation_of),
            "reference": reference,
            "cite_as": cite_as,
        }
        with Library(folder) as library:
            if document is None or language and language != document.language:
                info, stored = import_draft(library, path, progress=progress, **choice)
            else:
                progress(0, 1)  # a last chance to cancel: nothing is stored yet
                stored = document
                info = store_draft(library, document, path, **choice)
        return ImportOutcome(info, stored.report)

    return work


def read_draft(path: Path) -> Callable[[Progress], Document]:
    """Only the reading, for the check before the delegate is asked how to file the draft.

    A file that is not a draft (or is broken) fails here, in one sentence, before any question.
    """

    def work(progress: Progress) -> Document:
        from negotiator_app.importers import import_file

        return import_file(path, progress=progress)

    return work


def placement(revises: str = "", translation_of: str = "") -> Placement | None:
    """What the import dialog chose: the next revision after one, or another language of one."""
    if not revises and not translation_of:
        return None
    return Placement(revises=revises or None, translation_of=translation_of or None)


def import_demo_revision(folder: Path) -> Callable[[Progress], list[VersionInfo]]:
    """First start, after the first paint: the demonstration's Rev.2 and a few positions on
    Rev.1 carried into it (storage/imports.py), so the compare view has something to show."""

    def work(progress: Progress) -> list[VersionInfo]:
        from negotiator_app.storage.imports import import_demo_revision as import_revision

        progress(0, 1)  # the last moment it can be cancelled: nothing is stored yet
        with Library(folder) as library:
            return import_revision(library)

    return work


def back_up_library(folder: Path) -> Callable[[Progress], Path]:
    """A checked copy of the library in its backups folder (the oldest beyond ten dropped)."""

    def work(progress: Progress) -> Path:
        from negotiator_app.storage.backup import make_backup

        progress(0, 1)
        with Library(folder) as library:
            backup = make_backup(library, reason="manual")
        progress(1, 1)
        return backup.path

    return work


def daily_backup(folder: Path) -> Callable[[Progress], Path | None]:
    """The quiet backup at start: at most one a day, never an error in the delegate's face."""

    def work(progress: Progress) -> Path | None:
        from negotiator_app.storage.backup import automatic_backup

        with Library(folder) as library:
            backup = automatic_backup(library)
        return backup.path if backup else None

    return work
