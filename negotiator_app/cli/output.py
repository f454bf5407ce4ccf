"""How commands print: JSON for --json, plain lines otherwise, one sentence on failure."""

from __future__ import annotations

import json
import sys

from negotiator_app.errors import shown


def emit_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, status: int = 2) -> int:
    """One sentence on stderr (control characters from file names escaped) and the status."""
    print(f"negotiator: {shown(message)}", file=sys.stderr)
    return status
