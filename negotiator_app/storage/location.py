"""Where the library lives: --data-dir, else NEGOTIATOR_DATA_DIR, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Negotiator"
ENV_VAR = "NEGOTIATOR_DATA_DIR"


def data_dir(explicit: str | Path | None = None) -> Path:
    """The library folder to use (not created here)."""
    if explicit is not None and not str(explicit).strip():
        from negotiator_app.errors import UserError

        raise UserError("--data-dir was given an empty folder name; name the library folder.")
    if explicit:
        path = Path(explicit)
    elif os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR])
    else:
        import platformdirs  # only here: with --data-dir the app starts without it

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser()
