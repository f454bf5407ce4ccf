"""Writing an export: all of the file or none of it, and one sentence when it cannot be done."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from negotiator_app.errors import UserError, shown

Progress = Callable[[int, int], None]  # (done, total), called as the export goes
Cancelled = Callable[[], bool]  # asked between provisions: True stops the export


@dataclass
class ExportResult:
    """What an export wrote: where, how many provisions, and what the user should know."""

    path: Path
    provisions: int
    warnings: list[str] = field(default_factory=list)


class ExportProblem(UserError):
    """An export the user asked for that cannot be done; str() is one sentence."""


class ExportCancelled(ExportProblem):
    """The user stopped the export; no file was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


def save_atomically(
    path: Path | str, write: Callable[[Path], object], *, protected: Path | None
) -> Path:
    """Let write() fill a temporary file beside path, then rename it into place.

    A failure at any point leaves no partial file: either the old file (if any) is still
    there untouched, or the new one is complete. A symbolic link is written through (the file
    it points to gets the export); a device, a pipe or a read-only file is refused, never
    replaced; and nothing inside `protected` (the library's folder: the library, its backups,
    its index) is ever written.
    """
    requested = Path(path).expanduser()
    target = export_target(requested, protected)
    folder = target.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportProblem(
            f"Cannot write in the folder {shown(folder)} ({_reason(error)}); nothing was written."
        ) from None
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        write(temporary_path)
        _give_permissions(temporary_path, target)
        os.replace(temporary_path, target)
    except OSError as error:
        _remove(temporary_path)
        raise ExportProblem(
            f"{shown(requested)} could not be written ({_reason(error)})."
        ) from None
    except BaseException:
        _remove(temporary_path)
        raise
    return requested


def export_target(path: Path, protected: Path | None) -> Path:
    """The file an export to path would really write (symlinks followed), or ExportProblem."""
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise ExportProblem(f"{shown(path)} is a folder; choose a file name to export to.")
    if not target.parent.is_dir():
        raise ExportProblem(
            f"The folder {shown(target.parent)} does not exist; nothing was written."
        )
    if protected is not None:
        library = Path(os.path.realpath(protected))
        if target == library or library in target.parents or _same_file_as_library(target, library):
            raise ExportProblem(
                f"{shown(path)} is inside the library folder {shown(library)}, which holds your "
                "notes and their backups; export to another folder. Nothing was written."
            )
    try:
        status = target.stat()
    except FileNotFoundError:
        return target
    except OSError as error:
        raise ExportProblem(f"{shown(path)} cannot be used ({_reason(error)}).") from None
    if not stat.S_ISREG(status.st_mode):
        raise ExportProblem(
            f"{shown(path)} is not a regular file (a device, a pipe or a socket); choose a file "
            "to export to. Nothing was written."
        )
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise ExportProblem(
            f"{shown(path)} is read-only; choose another name or make it writable. "
            "Nothing was written."
        )
    return target


def _same_file_as_library(target: Path, library: Path) -> bool:
    """A hard link or a second mount of the library's own files."""
    if not target.exists():
        return False
    for own in library.glob("library.sqlite3*"):
        with contextlib.suppress(OSError):
            if os.path.samefile(target, own):
                return True
    return False


def _give_permissions(path: Path, replacing: Path) -> None:
    # mkstemp makes the file readable by its owner only; an export gets the permissions of the
    # file it replaces, else those any file the user saves gets.
    try:
        mode = stat.S_IMODE(replacing.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        path.chmod(mode)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied, or the file is open in another program"
    if error.errno == 28:  # ENOSPC
        return "the disk is full"
    return (error.strerror or str(error)).lower()
