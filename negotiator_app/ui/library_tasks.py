"""The work behind File > Import... and File > Back up library, run on a worker thread.

Pure Python (no Qt): each function opens its own connection to the library, because an SQLite
connection belongs to the thread that made it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from negotiator_app.importers import import_file
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage import database

Progress = Callable[[int, int], None]
READ_SHARE = 90  # of 100 progress steps: reading the file is most of an import
BACKUP_PAGES_PER_STEP = 64


@dataclass(frozen=True)
class ImportOutcome:
    """What an import stored, and the report the delegate reads after it."""

    version: VersionInfo
    report_lines: list[str]


def import_into_library(
    folder: Path,
    path: Path,
    *,
    instrument: str = "",
    label: str = "",
    language: str = "",
) -> Callable[[Progress], ImportOutcome]:
    """The import as work for a Task: read the file, then store it in one transaction.

    The same two steps as storage.imports.import_draft, with a last chance to cancel between
    them (every progress call checks for Cancel): until the file is stored, Cancel leaves the
    library exactly as it was.
    """

    def work(progress: Progress) -> ImportOutcome:
        progress(0, 100)

        def reading(done: int, total: int) -> None:
            progress(int(READ_SHARE * done / total) if total else 0, 100)

        document = import_file(path, language=language, progress=reading)
        progress(READ_SHARE, 100)
        source = path.read_bytes()
        with Library(folder) as library:
            info = library.add_version(
                document,
                instrument=instrument,
                label=label or path.stem,
                language=language,
                source_name=path.name,
                source_bytes=source,
            )
        progress(100, 100)
        return ImportOutcome(info, document.report.summary_lines())

    return work


def back_up_library(folder: Path, target: Path) -> Callable[[Progress], Path]:
    """A consistent copy of the library file through SQLite's backup API, page by page."""

    def work(progress: Progress) -> Path:
        partial = target.with_name(target.name + ".part")
        try:
            source = sqlite3.connect(folder / database.LIBRARY_FILE)
            copy = sqlite3.connect(partial)
            try:
                source.backup(
                    copy,
                    pages=BACKUP_PAGES_PER_STEP,
                    progress=lambda _status, remaining, total: progress(total - remaining, total),
                )
            finally:
                copy.close()
                source.close()
            partial.replace(target)
        except sqlite3.Error as error:
            raise LibraryError(database.describe(error, target)) from None
        except OSError as error:
            raise LibraryError(
                f"The backup could not be written to {target}: {error.strerror}."
            ) from None
        finally:
            partial.unlink(missing_ok=True)
        return target

    return work
