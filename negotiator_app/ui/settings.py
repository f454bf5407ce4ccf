"""The workbench's own settings, each declared once with its type and default.

They live in an INI file inside the library folder, so a test's temporary library never touches
the real user's settings, and a library moved to another machine keeps its window layout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "workbench.ini"
T = TypeVar("T")


class Option(NamedTuple, Generic[T]):
    """One setting: its key, type and default."""

    key: str
    default: T


GEOMETRY = Option("window/geometry", QByteArray())
WINDOW_STATE = Option("window/state", QByteArray())
MAIN_SPLITTER = Option("window/main_splitter", QByteArray())
READER_FONT_SIZE = Option("reader/font_size", 13)
THEME = Option("view/theme", "system")  # "system", "light" or "dark"
# The interface's language: "system" (QLocale) or en, ru, fr, es (ui/i18n.py); read at start.
LANGUAGE = Option("view/language", "system")
LAST_VERSION = Option("navigation/version", 0)
LAST_KEY = Option("navigation/key", "")
DEMO_BANNER_DISMISSED = Option("first_run/demo_banner_dismissed", False)
SEARCH_ALL_VERSIONS = Option("search/all_versions", False)
IMPORT_FOLDER = Option("import/folder", "")  # where the last imported draft came from
LOCK_AFTER_MINUTES = Option("security/lock_after_minutes", 10)  # 0: never (encrypted only)
# The export dialog's cover, as the delegate last exported it ("" until they have).
EXPORT_DELEGATION = Option("export/delegation", "")
EXPORT_SESSION = Option("export/session", "")
EXPORT_AUTHOR = Option("export/prepared_by", "")
EXPORT_MARKING = Option("export/marking", "")


class Settings:
    """Typed access to the settings file of one library folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / SETTINGS_FILE
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        value = self._store.value(option.key, option.default)
        default = option.default
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)  # type: ignore[return-value]
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default  # type: ignore[return-value]
        return str(value) if value is not None else default  # type: ignore[return-value]

    def has(self, option: Option[T]) -> bool:
        """Whether the option was ever set (an empty text set on purpose included)."""
        return self._store.contains(option.key)

    def set(self, option: Option[T], value: T) -> None:
        self._store.setValue(option.key, value)

    def sync(self) -> None:
        self._store.sync()
