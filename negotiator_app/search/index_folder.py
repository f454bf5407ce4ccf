"""The search index's folder on disk: whoosh's storage for it (and for an index in memory),
the swap of a rebuilt folder into its place, and what a killed rebuild or swap left behind.

A rebuild writes a new folder beside the live one (index.new-*), holding BUILDING_LOCK in it
while it writes, and swaps it in under whoosh's own write lock of the live folder; the folder
swapped out (index.old-*) is removed. SearchIndex (index.py) does the building and the keeping
up; this module knows only folders, files and locks.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import uuid
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.filedb.structfile import StructFile
from whoosh.util.filelock import try_for

from negotiator_app.storage.database import LibraryError

INDEX_FOLDER = "index"
SWAP_WAIT_SECONDS = 30.0  # how long a rebuild waits for another writer before swapping in
BUILDING_LOCK = "BUILDING.lock"  # held by the process building a new index folder
_WRITE_LOCK = "MAIN_WRITELOCK"  # whoosh's own writer lock in the index folder
_TOC_NAME = re.compile(r"^_MAIN_(\d+)\.toc$")  # whoosh's table of contents, one per commit


def new_folder(folder: Path) -> Path:
    """A new, empty folder beside the index in folder, for a rebuild to write."""
    temporary = folder / f"{INDEX_FOLDER}.new-{uuid.uuid4().hex[:12]}"
    temporary.mkdir()
    return temporary


def swap_in(folder: Path, temporary: Path) -> None:
    """Put a rebuilt index folder in the place of the index in folder."""
    path = folder / INDEX_FOLDER
    if not path.is_dir():
        os.replace(temporary, path)
        return
    # Under the live index's write lock: another process's writer finishes its commit
    # first, and the next one sees the new folder (and catches up there) instead of
    # writing into a folder that is being removed.
    lock = storage(path).lock(_WRITE_LOCK)
    if not try_for(lock.acquire, timeout=SWAP_WAIT_SECONDS, delay=0.05):
        raise LibraryError(
            "The search index is being written by another Negotiator window or command; "
            "try again in a moment."
        )
    try:
        old = folder / f"{INDEX_FOLDER}.old-{uuid.uuid4().hex[:12]}"
        os.replace(path, old)
        os.replace(temporary, path)
    finally:
        release(lock)
    shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(folder: Path) -> None:
    """Folders a killed rebuild or swap left behind; a running rebuild's holds its lock."""
    for leftover in folder.glob(f"{INDEX_FOLDER}.new-*"):
        lock = storage(leftover).lock(BUILDING_LOCK)
        try:
            if not lock.acquire():
                continue  # a rebuild in another process is still writing it
            release(lock)
        except OSError:
            pass  # no lock file: a rebuild killed before it took its lock
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in folder.glob(f"{INDEX_FOLDER}.old-*"):
        shutil.rmtree(leftover, ignore_errors=True)  # swapped out: nobody writes there


def disk_identity(path: Path) -> tuple | None:
    """What the folder holds now: a swapped-in folder has a new inode, a commit a new TOC."""
    try:
        inode = os.stat(path).st_ino
        names = os.listdir(path)
    except OSError:
        return None
    generations = [int(m.group(1)) for m in map(_TOC_NAME.match, names) if m]
    return inode, max(generations, default=-1)


def release(lock) -> None:
    """Let go of one of whoosh's file locks, held or not."""
    if lock.fd is not None:  # whoosh's locks raise when released twice
        lock.release()


def not_regular_files(folder: Path) -> str | None:
    """The first entry of the index folder that is not a plain file or folder (a pipe...)."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    mode = entry.stat(follow_symlinks=False).st_mode
                except FileNotFoundError:
                    continue  # another writer's temporary file, renamed as we looked
                # whoosh makes files and, while a writer works, its "MAIN.tmp" folder; a pipe,
                # a device or a link (to /dev/zero...) is nothing it made
                if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                    return entry.name
    except OSError:
        return None  # missing or unreadable: opening it says so
    return None


class MemoryStorage(RamStorage):
    """An index in memory that stays there: whoosh's RamStorage spills a writer's work files to
    a folder named MAIN.tmp in the system's temporary folder, shared by every process on the
    machine (two writers collide there) and, for an encrypted library, note text on disk."""

    def temp_storage(self, name: str | None = None) -> RamStorage:
        return MemoryStorage()

    def create_file(self, name: str, **kwargs) -> StructFile:
        # Kept when its buffer is closed, whichever way: whoosh's sort runs close the raw buffer
        # itself (RamStorage only keeps files closed through their StructFile).
        files = self.files

        class Buffer(BytesIO):
            def close(self) -> None:
                if not self.closed:
                    files[name] = self.getvalue()
                super().close()

        return StructFile(Buffer(), name=name)


class FolderStorage(FileStorage):
    """whoosh's file storage, able to close the files a failed open leaves open (whoosh reads a
    damaged table of contents or segment and raises without closing it)."""

    def __init__(self, path: str) -> None:
        # No mmap: index files truncated under an open index would kill the process with
        # SIGBUS; read through files they only raise, and the index is rebuilt.
        super().__init__(path, supports_mmap=False)
        self._opened: list | None = None

    def open_file(self, name, *args, **kwargs):
        file = super().open_file(name, *args, **kwargs)
        if self._opened is not None:
            self._opened.append(file)
        return file

    @contextlib.contextmanager
    def closing_on_failure(self) -> Iterator[None]:
        self._opened = []
        try:
            yield
        except BaseException:
            for file in self._opened:
                with contextlib.suppress(Exception):
                    file.close()
            raise
        finally:
            self._opened = None


def storage(path: Path) -> FolderStorage:
    """whoosh's storage of an index folder (see FolderStorage)."""
    return FolderStorage(str(path))
