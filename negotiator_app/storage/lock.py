"""One writer at a time: an operating-system lock on <library>/negotiator.lock.

The workbench holds it for as long as it is open; commands that change the library hold it while
they run. The lock is the kernel's (flock on POSIX, a byte-range lock on Windows), so it goes
with the process that held it: a crash or kill -9 never leaves a library shut, and whatever the
lock file contains (empty, garbage, an old process's details) does not matter. The file only
says who holds the lock, so that a refusal can name them.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import time
from datetime import datetime
from pathlib import Path

from negotiator_app.storage.database import LibraryError

LOCK_FILE = "negotiator.lock"
_HOLDER_MAX = 4096  # a lock file is a few dozen bytes; never read more of a hostile one


class LibraryBusy(LibraryError):
    """Another Negotiator process holds the library."""


class LibraryLock:
    """The library's writer lock; use as a context manager or acquire()/release()."""

    def __init__(self, folder: Path | str, *, holder: str = "command") -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_FILE
        self.holder = holder  # "window" or "command": said to whoever is refused
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float = 0.0) -> LibraryLock:
        """Take the lock, waiting up to `wait` seconds for another holder to finish.

        Raises LibraryBusy naming the holder, or LibraryError with the real reason the lock file
        cannot be used (a read-only folder, a full disk...).
        """
        if self._fd is not None:
            return self
        fd = self._open()
        deadline = time.monotonic() + wait
        try:
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise LibraryBusy(self._busy_sentence(fd))
                time.sleep(0.1)
            self._write_holder(fd)
        except OSError as error:  # e.g. a file system without locks
            os.close(fd)
            raise LibraryError(_cannot_lock(self.folder, error)) from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):  # nobody holds it now; the next holder writes its own
            os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> LibraryLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()

    # -- helpers --------------------------------------------------------------------

    def _open(self) -> int:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise LibraryError(_cannot_lock(self.folder, error)) from None

    def _write_holder(self, fd: int) -> None:
        details = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "holder": self.holder,
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        data = json.dumps(details).encode()
        try:
            os.ftruncate(fd, 0)
            _write_at_start(fd, data)
        except OSError as error:
            _unlock(fd)
            raise LibraryError(_cannot_lock(self.folder, error)) from None

    def _busy_sentence(self, fd: int) -> str:
        holder = read_holder(fd)
        who = "another Negotiator process"
        if holder.get("holder") == "window":
            who = "the Negotiator window"
        elif holder.get("holder") == "command":
            who = "another negotiator command"
        details = []
        if isinstance(holder.get("pid"), int):
            details.append(f"process {holder['pid']}")
        if isinstance(holder.get("host"), str) and holder["host"] != socket.gethostname():
            details.append(f"on {holder['host'][:64]}")
        if isinstance(holder.get("since"), str):
            details.append(f"since {holder['since'][:19].replace('T', ' ')}")
        held_by = f"{who} ({', '.join(details)})" if details else who
        if holder.get("holder") == "window":
            advice = "make the change there, or close that window first"
        else:
            advice = "try again when it has finished"
        return f"The library in {self.folder} is in use by {held_by}; {advice}."


def read_holder(fd: int) -> dict:
    """Who wrote the lock file: {} when it is empty or not ours (the lock itself still holds)."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, _HOLDER_MAX)
        holder = json.loads(data.decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def _cannot_lock(folder: Path, error: OSError) -> str:
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"Negotiator cannot write in the library folder {folder} (it is read-only or you "
            "lack permission), so it cannot open the library for work."
        )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"The disk holding the library folder {folder} is full; free some space first."
    reason = (error.strerror or str(error)).lower()
    return f"The library folder {folder} cannot be used ({reason})."


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks are mandatory: lock a byte far past the details so others can read them.
    _LOCKED_BYTE = 1 << 30

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _write_at_start(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
