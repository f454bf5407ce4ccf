"""SearchIndex: the whoosh index in <library>/index, a cache of the library kept in step with it.

The index is derived data. It carries a state document (format number, the versions and note
saves it holds) committed together with its content, so any process that opens it knows exactly
what to catch up. Missing, unreadable or older-format indexes are rebuilt beside the old one and
swapped in; an index folder that cannot be written gives way to an index in memory, so search
still answers. One writer, one thread: every method is called from the same (worker) thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.searching import Searcher

from negotiator_app.search import source
from negotiator_app.search.analysis import DEFAULT_LANGUAGE, LANGUAGES
from negotiator_app.search.errors import SearchError
from negotiator_app.search.index_folder import (
    BUILDING_LOCK,
    INDEX_FOLDER,
    MemoryStorage,
    disk_identity,
    new_folder,
    not_regular_files,
    release,
    remove_leftovers,
    storage,
    swap_in,
)
from negotiator_app.search.index_folder import SWAP_WAIT_SECONDS as SWAP_WAIT_SECONDS  # re-exported
from negotiator_app.search.query import ParsedQuery, parse_query
from negotiator_app.search.results import SearchResults
from negotiator_app.search.schema import FORMAT, STATE_DOC_ID, body_field, build_schema
from negotiator_app.search.searching import find
from negotiator_app.search.updates import SORT_RUN_MB, build_all, changes_since
from negotiator_app.storage import database
from negotiator_app.storage.database import LibraryError
from negotiator_app.storage.library import Library

_log = logging.getLogger(__name__)
WRITE_WAIT_SECONDS = 3.0  # how long to wait for another process that is writing the index


class _Unusable(Exception):
    """The on-disk index is missing, unreadable or of another format: rebuild it."""


class SearchIndex:
    """Full-text search over one library's texts and notes."""

    def __init__(self, library: Library) -> None:
        self.folder = Path(library.folder)
        self.path = self.folder / INDEX_FOLDER
        # Why the index is only in memory this session (the GUI can show it); None when on disk.
        self.problem: str | None = None
        # An encrypted library's index lives in memory only, built at unlock: it holds the
        # words of the notes, which must never reach the disk in clear.
        self.in_memory = library.encrypted
        self._connection: sqlite3.Connection | None = None
        self._ix: Any = None  # whoosh's FileIndex, on disk or in memory
        self._searcher: Searcher | None = None
        self._identity: tuple | None = None  # (folder inode, generation) the searcher reads
        self._state: dict = {}
        self._versions: list[source.VersionRecord] = []
        self._languages: list[str] = []

    # -- the contract ------------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 50, version_id: int | tuple[int, ...] | None = None
    ) -> SearchResults:
        """Ranked hits for a query, one per provision; raises SearchError for a bad query."""
        self.catch_up()
        # Parsed before the guard below: a query the parser cannot take is the delegate's to
        # mend (one sentence), never taken for damage to the index.
        parsed = self._parse(query)
        try:
            return self._find(parsed, limit, version_id)
        except RecursionError:
            raise SearchError("The query is too complex to run; use fewer operators.") from None
        except Exception as error:  # a damaged segment only shows itself when it is read
            if self._ix is None or not self._on_disk:
                raise
            _log.warning("search index damaged (%s); rebuilding it", type(error).__name__)
            self._rebuild_after()
            return self._find(self._parse(query), limit, version_id)

    def catch_up(self) -> None:
        """Index what the library has and the index lacks; cheap when nothing changed."""
        try:
            self._open()
            for _ in range(3):
                if self._apply_changes():
                    return
        except database.ERRORS as error:
            raise LibraryError(database.describe(error, self.folder)) from None

    def rebuild(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """Build the whole index again from the library; a cancelled rebuild changes nothing."""
        if self.in_memory:
            self._close_searcher()
            self._build_in_memory(progress, cancelled)
            return
        if self.problem is not None or (self.path.exists() and not self.path.is_dir()):
            self.problem = None
            self._close_searcher()
        try:
            try:
                self._rebuild_on_disk(progress, cancelled)
            except OSError as error:
                self._use_memory(error, progress, cancelled)
        except database.ERRORS as error:
            raise LibraryError(database.describe(error, self.folder)) from None

    def close(self) -> None:
        self._close_searcher()
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- opening -----------------------------------------------------------------------

    def _open(self) -> None:
        if self._ix is not None:
            if self._on_disk and disk_identity(self.path) != self._identity:
                self._reopen()  # another process wrote or replaced the index
            return
        if self.in_memory:
            self._build_in_memory(None, None)
            return
        if self.path.exists() and not self.path.is_dir():
            self._use_memory(
                OSError(f"{self.path} is a file, not the index folder; remove it"), None, None
            )
            return
        with contextlib.suppress(OSError):  # a folder we cannot list: opening it says so
            remove_leftovers(self.folder)
        try:
            self._adopt_disk()
        except _Unusable as unusable:
            if self.path.exists():
                _log.warning("search index unusable (%s); rebuilding it", _first_words(unusable))
            self._rebuild_after()

    def _reopen(self) -> None:
        self._close_searcher()
        try:
            self._adopt_disk()
        except _Unusable:
            self._rebuild_after()

    def _adopt_disk(self) -> None:
        strange = not_regular_files(self.path)
        if strange:  # a pipe or a device would block or never end the first read of it
            raise _Unusable(f"{strange} is not a regular file")
        folder = storage(self.path)
        try:
            with folder.closing_on_failure():
                ix = folder.open_index()
                identity = disk_identity(self.path)
                self._adopt(ix, ix.searcher(), identity)
        except _Unusable:
            raise
        except Exception as error:  # garbage files raise anything from EOFError to KeyError
            raise _Unusable(str(error)) from None

    def _adopt(self, ix, searcher: Searcher, identity: tuple | None) -> None:
        try:
            stored = searcher.document(doc_id=STATE_DOC_ID)
            state = json.loads(stored["state"]) if stored else {}
            if state.get("format") != FORMAT:
                raise _Unusable(f"index format {state.get('format')}, expected {FORMAT}")
        except BaseException:
            searcher.close()  # or its open files linger until the collector finds them
            raise
        self._ix, self._searcher, self._identity, self._state = ix, searcher, identity, state
        reader = searcher.reader()
        self._languages = [
            language for language in LANGUAGES if reader.field_length(body_field(language))
        ] or [DEFAULT_LANGUAGE]

    # -- keeping up with the library ---------------------------------------------------

    def _apply_changes(self) -> bool:
        """Write what changed since the state the index holds; False when raced by another."""
        connection = self._db()
        with source.snapshot(connection):
            probe = source.probe(connection)
            if list(probe) == self._state.get("probe") and self._versions:
                return True
            self._versions = source.versions(connection)
            if list(probe) == self._state.get("probe"):
                return True
            change = changes_since(connection, self._searcher, self._state, self._versions)
        change.state["probe"] = list(probe)
        try:
            writer = self._ix.writer(timeout=WRITE_WAIT_SECONDS, limitmb=SORT_RUN_MB)
        except whoosh_index.LockError:
            return True  # another process is writing it; search what is there, catch up later
        except OSError as error:
            if self._on_disk and disk_identity(self.path) != self._identity:
                self._reopen()  # a rebuild swapped the folder while we opened it
                return False
            self._use_memory(error, None, None)
            return True
        try:
            # The lock is the folder's we opened: if a rebuild swapped in another folder, or
            # another process committed, write nothing here and catch up from what is there.
            if self._on_disk and (
                self._identity is None
                or disk_identity(self.path) != self._identity
                or writer.generation - 1 != self._identity[1]
            ):
                writer.cancel()
                self._reopen()
                return False
            change.write(writer)
            writer.commit()
        except OSError as error:
            writer.cancel()
            self._use_memory(error, None, None)
            return True
        except BaseException:
            writer.cancel()
            raise
        self._refresh()
        return True

    def _refresh(self) -> None:
        identity = disk_identity(self.path) if self._on_disk else None
        searcher = self._ix.searcher()
        self._close_searcher(keep_index=True)
        self._adopt(self._ix, searcher, identity)

    # -- rebuilding --------------------------------------------------------------------

    def _rebuild_after(self) -> None:
        self._close_searcher()
        if self.in_memory:
            self._build_in_memory(None, None)
            return
        try:
            self._rebuild_on_disk(None, None)
        except OSError as error:
            self._use_memory(error, None, None)

    def _rebuild_on_disk(self, progress, cancelled) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        remove_leftovers(self.folder)
        temporary = new_folder(self.folder)
        building = storage(temporary).lock(BUILDING_LOCK)
        building.acquire()  # held while building: a killed build's folder is free to remove
        try:
            ix = storage(temporary).create_index(build_schema())
            if not build_all(self._db(), ix, progress, cancelled):
                return
            ix.close()
            release(building)
            os.remove(temporary / BUILDING_LOCK)
            self._close_searcher()
            swap_in(self.folder, temporary)
        finally:
            release(building)
            shutil.rmtree(temporary, ignore_errors=True)
        self.problem = None
        self._adopt_disk()

    def _use_memory(self, error: OSError, progress, cancelled) -> None:
        """Search from an index in memory while the folder cannot be written."""
        self._close_searcher()
        reason = error.strerror or str(error)
        self.problem = (
            f"The search index in {self.path} cannot be written ({reason}); "
            "searching from memory until it can."
        )
        self._build_in_memory(progress, cancelled)

    def _build_in_memory(self, progress, cancelled) -> None:
        if self.in_memory:  # an index written before the library was encrypted: not kept
            shutil.rmtree(self.path, ignore_errors=True)
        ix = MemoryStorage().create_index(build_schema())
        if build_all(self._db(), ix, progress, cancelled):
            self._adopt(ix, ix.searcher(), None)

    @property
    def _on_disk(self) -> bool:
        return self.problem is None and not self.in_memory

    # -- searching ---------------------------------------------------------------------

    def _parse(self, text: str) -> ParsedQuery:
        return parse_query(text, languages=self._languages, versions=self._versions)

    def _find(
        self, parsed: ParsedQuery, limit: int, version_id: int | tuple[int, ...] | None
    ) -> SearchResults:
        labels = {v.id: v.label for v in self._versions}
        return find(self._searcher, parsed, labels, limit=limit, version_id=version_id)

    # -- plumbing ----------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = database.connect(self.folder, check_same_thread=False)
        return self._connection

    def _close_searcher(self, keep_index: bool = False) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if not keep_index:
            self._ix = None
            self._identity = None


def _first_words(error: Exception) -> str:
    """The start of an error about index files, for the log (never a stored document)."""
    return str(error)[:80]
