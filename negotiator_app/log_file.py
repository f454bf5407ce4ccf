"""The app's own log: a rotating file in the library's logs folder (Help > Show log).

It records what was done to the library and what went wrong — imports, backups, restores,
encryption, refusals at start, crash logs written — so that a daily backup that failed
quietly leaves a trace. It never records what a delegate wrote: no note text, no query, no
log-entry text; only file names, labels, counts and error sentences about files and folders.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from negotiator_app.crash import LOGS_FOLDER

LOG_FILE = "negotiator.log"
LOGGER = "negotiator_app"
MAX_BYTES = 512 * 1024
KEEP_FILES = 3  # negotiator.log and three older ones: at most 2 MB


def start_log_file(folder: Path) -> logging.Handler | None:
    """Send the app's log (INFO and above) to logs/negotiator.log; None if it cannot be written."""
    try:
        handler = _LogFile(log_path(folder))
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return handler


class _LogFile(logging.handlers.RotatingFileHandler):
    """Opened at the first record, the folder made then: a command that logs nothing leaves no
    folder behind; a file that cannot be written loses the record, never the command."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=True
        )

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # a full disk or a read-only folder: the log is a help, not a duty


def stop_log_file(handler: logging.Handler | None) -> None:
    if handler is not None:
        logging.getLogger(LOGGER).removeHandler(handler)
        handler.close()


def log_path(folder: Path) -> Path:
    return Path(folder) / LOGS_FOLDER / LOG_FILE


def read_log(folder: Path, limit: int = 200_000) -> str:
    """The newest part of the log, for Help > Show log ("" when there is none yet)."""
    path = log_path(folder)
    try:
        with open(path, "rb") as file:
            file.seek(max(0, path.stat().st_size - limit))
            return file.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
