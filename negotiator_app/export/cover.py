"""The memo's cover block: who sends it, about what, when, and how it is marked."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, replace
from datetime import date

from negotiator_app.export.memo_words import MemoWords, memo_words
from negotiator_app.storage.library import VersionInfo

# Presets: a memo writes each in its own language (MemoWords.markings).
MARKINGS = ("RESTRICTED", "CONFIDENTIAL", "FOR OFFICIAL USE ONLY", "UNCLASSIFIED")
DEFAULT_TITLE = "Position memo"  # English; a memo in another language takes its own


@dataclass
class Cover:
    """What the user sets on the cover; empty fields are left off the page."""

    title: str = DEFAULT_TITLE
    delegation: str = ""
    negotiation: str = ""
    session: str = ""
    date: str = ""
    author: str = ""
    marking: str = "RESTRICTED"

    def rows(self, draft: str, words: MemoWords | None = None) -> list[tuple[str, str]]:
        """The cover fields in the order a reader looks for them, without the empty ones."""
        w = words or memo_words("en")
        rows = [
            (w.cover_negotiation, self.negotiation),
            (w.cover_session, self.session),
            (w.cover_delegation, self.delegation),
            (w.cover_draft, draft),
            (w.cover_date, self.date),
            (w.cover_author, self.author),
            (w.cover_marking, self.marking),
        ]
        return [(label, value) for label, value in rows if value.strip()]

    def in_language(self, words: MemoWords) -> Cover:
        """This cover with its presets in the memo's language: the default title and a preset
        marking ("RESTRICTED" -> "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ"); what the delegate typed stays."""
        title = words.memo_title if self.title == DEFAULT_TITLE else self.title
        return replace(self, title=title, marking=words.marking(self.marking))


def default_cover(version: VersionInfo, language: str | None = None, **chosen: str) -> Cover:
    """A cover with sensible defaults, overridden by whatever the user chose (empty = default);
    its title and date in the memo's language (by default the version's)."""
    words = memo_words(language or version.language)
    # The instrument's name says which negotiation, unless it merely repeats the draft's title.
    same = version.instrument.strip().lower() == version.title.strip().lower()
    cover = Cover(
        title=words.memo_title,
        negotiation="" if same else version.instrument,
        date=format_date(date.today(), words.language),
        author=user_full_name(),
    )
    for name, value in chosen.items():
        if value is not None and value != "":
            setattr(cover, name, value)
    return cover.in_language(words)


def draft_line(version: VersionInfo) -> str:
    """ "Draft Convention on ... (Rev.1)"."""
    title = version.title or version.instrument
    return f"{title} ({version.label})" if version.label else title


def version_line(version: VersionInfo) -> str:
    """ "Rev.1 (A-AC-999-L7.docx)": which circulated text the memo quotes."""
    return f"{version.label} ({version.source_name})" if version.source_name else version.label


def format_date(day: date, language: str = "en") -> str:
    """ "3 March 2026", as diplomatic correspondence writes dates; "30 ноября 2026 г.",
    "1er décembre 2026", "30 de noviembre de 2026" in the memo's language."""
    return memo_words(language).date(day)


def user_full_name() -> str:
    """The user's full name as the operating system knows it ("Ada Lovelace"), for "Prepared
    by"; the login name ("alovelace") only when the system has no full name for them."""
    try:
        name = _windows_display_name() if sys.platform == "win32" else _account_name()
    except (KeyError, OSError, AttributeError, ValueError):
        name = ""
    if name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""


def _account_name() -> str:
    """Linux and macOS: the account's GECOS field, whose first part is the full name."""
    import pwd

    gecos = pwd.getpwuid(os.getuid()).pw_gecos
    return gecos.split(",")[0]


def _windows_display_name() -> str:
    """Windows: the display name the system shows for the signed-in user (NameDisplay)."""
    import ctypes

    name_display = 3
    size = ctypes.c_ulong(0)
    secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
    secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
    if not size.value:
        return ""
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
        return ""
    return buffer.value
