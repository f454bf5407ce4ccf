"""Writing an export: all of the file or none of it, and one sentence when it cannot be done."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from negotiator_app.errors import UserError

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


def save_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Let write() fill a temporary file beside path, then rename it into place.

    A failure at any point leaves no partial file: either the old file (if any) is still
    there untouched, or the new one is complete.
    """
    path = Path(path).expanduser()
    folder = path.parent
    if path.is_dir():
        raise ExportProblem(f"{path} is a folder; choose a file name to export to.")
    if not folder.is_dir():
        raise ExportProblem(f"The folder {folder} does not exist; nothing was written.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportProblem(
            f"Cannot write in the folder {folder} ({_reason(error)}); nothing was written."
        ) from None
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        write(temporary_path)
        _give_usual_permissions(temporary_path)
        os.replace(temporary_path, path)
    except OSError as error:
        _remove(temporary_path)
        raise ExportProblem(f"{path} could not be written ({_reason(error)}).") from None
    except BaseException:
        _remove(temporary_path)
        raise
    return path


def _give_usual_permissions(path: Path) -> None:
    # mkstemp makes the file readable by its owner only; an export should get the
    # permissions any file the user saves gets.
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        path.chmod(0o666 & ~umask)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied, or the file is open in another program"
    if error.errno == 28:  # ENOSPC
        return "the disk is full"
    return (error.strerror or str(error)).lower()
