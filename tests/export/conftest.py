"""Fixtures: a library holding the small test convention and the delegation's notes on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from negotiator_app.storage import Library, VersionInfo
from tests.export.library_with_notes import add_noted_version, add_russian_version


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        yield library


@pytest.fixture
def version(library: Library) -> VersionInfo:
    return add_noted_version(library)


@pytest.fixture
def russian_version(library: Library) -> VersionInfo:
    return add_russian_version(library)
