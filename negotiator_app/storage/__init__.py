"""The SQLite library: instruments, versions, provisions, notes, note history, session log."""

from negotiator_app.storage.database import LibraryError
from negotiator_app.storage.library import Library, VersionInfo

__all__ = ["Library", "LibraryError", "VersionInfo"]
