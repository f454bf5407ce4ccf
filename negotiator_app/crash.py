"""Crash logs: an unexpected error is written down with its traceback, never lost silently.

Every crash log starts with the versions a report needs (app, Python, Qt when loaded, OS).
Native crashes (a segfault in Qt or a C library) are caught by faulthandler into a file in the
same folder while the workbench runs, and offered at the next start. Crash logs carry
tracebacks, never the library's contents.
"""

from __future__ import annotations

import faulthandler
import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import IO

from negotiator_app import __version__
from negotiator_app.storage.location import data_dir

LOGS_FOLDER = "logs"
_NATIVE_PREFIX = "native-"
_native_file: IO[str] | None = None


def write_crash_log(error: BaseException, folder: str | Path | None = None) -> Path:
    """Write the versions and the traceback to logs/crash-<time>.txt; return its path."""
    logs = _logs(folder)
    path = logs / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        path.write_text(f"{versions()}\n\n{text}", encoding="utf-8")
    except OSError:
        return Path("(the crash log could not be written)")
    import logging

    logging.getLogger("negotiator_app").error(
        "unexpected error %s; crash log %s", type(error).__name__, path
    )
    return path


def versions() -> str:
    """The app, Python, Qt (when loaded) and operating system versions, one per line."""
    lines = [
        f"Negotiator {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()}, "
        f"{sys.executable})",
    ]
    # Read from the modules already loaded (Qt stays in ui/): the GUI has them, the CLI not.
    qt_core, pyside = sys.modules.get("PySide6.QtCore"), sys.modules.get("PySide6")
    if qt_core is not None and pyside is not None:
        lines.append(f"Qt {qt_core.qVersion()} (PySide6 {getattr(pyside, '__version__', '?')})")
    lines.append(f"OS {platform.platform()}")
    cipher = sys.modules.get("negotiator_app.storage.cipher")
    if cipher is not None and getattr(cipher, "_driver", None) is not None:
        lines.append("SQLCipher loaded (an encrypted library)")
    lines.append(f"Time {datetime.now().isoformat(timespec='seconds')}")
    return "\n".join(lines)


def capture_native_crashes(folder: str | Path) -> Path | None:
    """While the workbench runs, a native crash writes its stack into logs/native-<pid>.txt."""
    global _native_file
    if _native_file is not None:
        return Path(_native_file.name)
    path = _logs(folder) / f"{_NATIVE_PREFIX}{os.getpid()}.txt"
    try:
        file = open(path, "w", encoding="utf-8")  # noqa: SIM115 - held open until the end
        file.write(f"{versions()}\n\nA native crash (Qt or a C library) stopped Negotiator:\n")
        file.flush()
    except OSError:
        return None
    faulthandler.enable(file=file, all_threads=True)
    _native_file = file
    return path


def stop_capturing_native_crashes() -> None:
    """At a normal end: nothing crashed, so the file is removed."""
    global _native_file
    if _native_file is None:
        return
    faulthandler.disable()
    path = Path(_native_file.name)
    _native_file.close()
    _native_file = None
    with _suppressed():
        path.unlink()


def native_crashes(folder: str | Path) -> list[Path]:
    """Native crashes of earlier runs, each renamed to a crash log (so it is offered once).

    A file of an earlier run that holds only its header ended without a crash of its own (a
    kill -9 or a power cut): it is removed.
    """
    logs = _logs(folder)
    found = []
    for path in sorted(logs.glob(f"{_NATIVE_PREFIX}*.txt")):
        if _native_file is not None and Path(_native_file.name) == path:
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            if "File " not in text and "Fatal Python error" not in text:
                path.unlink()
                continue
            taken = datetime.fromtimestamp(path.stat().st_mtime)
            renamed = logs / f"crash-{taken:%Y%m%d-%H%M%S}-native.txt"
            os.replace(path, renamed)
            found.append(renamed)
        except OSError:
            continue
    return found


def _logs(folder: str | Path | None) -> Path:
    logs = data_dir(folder) / LOGS_FOLDER
    try:
        logs.mkdir(parents=True, exist_ok=True)
    except OSError:
        logs = Path.home()
    return logs


def _suppressed():
    import contextlib

    return contextlib.suppress(OSError)
