"""The memo's cover block: who sends it, about what, when, and how it is marked."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from datetime import date

from negotiator_app.storage.library import VersionInfo

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MARKINGS = ("RESTRICTED", "CONFIDENTIAL", "FOR OFFICIAL USE ONLY", "UNCLASSIFIED")


@dataclass
class Cover:
    """What the user sets on the cover; empty fields are left off the page."""

    title: str = "Position memo"
    delegation: str = ""
    negotiation: str = ""
    session: str = ""
    date: str = ""
    author: str = ""
    marking: str = "RESTRICTED"

    def rows(self, draft: str) -> list[tuple[str, str]]:
        """The cover fields in the order a reader looks for them, without the empty ones."""
        rows = [
            ("Negotiation", self.negotiation),
            ("Session", self.session),
            ("Delegation", self.delegation),
            ("Draft version", draft),
            ("Date", self.date),
            ("Prepared by", self.author),
            ("Classification", self.marking),
        ]
        return [(label, value) for label, value in rows if value.strip()]


def default_cover(version: VersionInfo, **chosen: str) -> Cover:
    """A cover with sensible defaults, overridden by whatever the user chose (empty = default)."""
    # The instrument's name says which negotiation, unless it merely repeats the draft's title.
    same = version.instrument.strip().lower() == version.title.strip().lower()
    cover = Cover(
        negotiation="" if same else version.instrument,
        date=format_date(date.today()),
        author=user_full_name(),
    )
    for name, value in chosen.items():
        if value is not None and value != "":
            setattr(cover, name, value)
    return cover


def draft_line(version: VersionInfo) -> str:
    """ "Draft Convention on ... (Rev.1)"."""
    title = version.title or version.instrument
    return f"{title} ({version.label})" if version.label else title


def version_line(version: VersionInfo) -> str:
    """ "Rev.1 (A-AC-999-L7.docx)": which circulated text the memo quotes."""
    return f"{version.label} ({version.source_name})" if version.source_name else version.label


def format_date(day: date) -> str:
    """ "3 March 2026", as diplomatic correspondence writes dates."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


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
