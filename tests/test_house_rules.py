"""House rules a reviewer would check: style, and Qt only under ui/."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO


def ruff() -> list[str]:
    if shutil.which("ruff") is None and not (REPO / ".venv" / "bin" / "ruff").exists():
        pytest.skip("ruff is not installed")
    return [sys.executable, "-m", "ruff"]


def test_ruff_check_is_clean():
    result = subprocess.run([*ruff(), "check", "."], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_ruff_format_is_clean():
    result = subprocess.run(
        [*ruff(), "format", "--check", "."], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_nothing_below_ui_imports_qt():
    offenders = []
    for path in (REPO / "negotiator_app").rglob("*.py"):
        relative = path.relative_to(REPO / "negotiator_app").as_posix()
        if relative.startswith("ui/"):
            continue
        if re.search(r"^\s*(from|import)\s+(PySide6|shiboken6)", path.read_text("utf-8"), re.M):
            offenders.append(relative)
    assert offenders == []
