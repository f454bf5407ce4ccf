"""Shared test set-up: every test gets its own empty library folder, and Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
DEMO = REPO / "resources" / "demo"
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def library_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh library folder; NEGOTIATOR_DATA_DIR points at it so nothing touches the real one."""
    folder = tmp_path / "library"
    monkeypatch.setenv("NEGOTIATOR_DATA_DIR", str(folder))
    return folder


def corpus_file(name: str) -> Path:
    """A real document from ../shared/corpus, or skip the test when the corpus is absent."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus file {name} is not available")
    return path


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch):
    """Note saves stamped by a clock the test moves on (a pause is clock.wait(120))."""
    from negotiator_app.storage import notes
    from tests.clock import Clock

    stopped = Clock()
    monkeypatch.setattr(notes, "now", stopped)
    return stopped
