"""Crash logs: an unexpected error is written down with its traceback, never lost silently."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from negotiator_app.storage.location import data_dir


def write_crash_log(error: BaseException, folder: str | Path | None = None) -> Path:
    """Write the traceback to logs/crash-<time>.txt in the library folder; return its path."""
    logs = data_dir(folder) / "logs"
    try:
        logs.mkdir(parents=True, exist_ok=True)
    except OSError:
        logs = Path.home()
    path = logs / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        path.write_text(text, encoding="utf-8")
    except OSError:
        return Path("(the crash log could not be written)")
    return path
