"""The root of every error a user can cause and fix, and how names appear in its sentence."""

from __future__ import annotations

import re

# C0 and C1 control characters, DEL, and the bidirectional overrides that can make a name
# read backwards: a file name carrying them could clear a terminal or forge a line.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class UserError(Exception):
    """A bad file, an unknown version, a query that cannot be parsed, a disk that is full..."""


def shown(name: object) -> str:
    """A file name or other untrusted text, safe to print: control characters escaped."""
    return _CONTROL_RE.sub(_escape, str(name))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
