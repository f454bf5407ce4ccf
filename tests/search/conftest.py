"""Fixtures: the demonstration draft in English and Russian, indexed once per module."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from negotiator_app.search import SearchIndex
from negotiator_app.storage import Library, VersionInfo
from negotiator_app.storage.imports import import_draft
from tests.conftest import DEMO, FIXTURES


@dataclass
class Indexed:
    library: Library
    index: SearchIndex
    en: VersionInfo
    ru: VersionInfo

    def text(self, version_id: int, key: str) -> str:
        """The provision's own heading and text, as the reader shows them."""
        row = self.library.connection.execute(
            "SELECT heading, text FROM provisions WHERE version_id = ? AND key = ?",
            (version_id, key),
        ).fetchone()
        return f"{row[0]}\n{row[1]}"


def load(folder: Path, en: Path, ru: Path) -> Indexed:
    library = Library(folder)
    en_info, _ = import_draft(library, en, instrument="Draft", label="EN", language="en")
    ru_info, _ = import_draft(library, ru, instrument="Draft", label="RU", language="ru")
    return Indexed(library, SearchIndex(library), en_info, ru_info)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """The demo draft, read-only: tests that write use `small`."""
    indexed = load(
        tmp_path_factory.mktemp("demo") / "library",
        DEMO / "demo_convention_en.txt",
        DEMO / "demo_convention_ru.txt",
    )
    yield indexed
    indexed.index.close()
    indexed.library.close()


@pytest.fixture
def small(library_dir: Path):
    """The small test convention in English and Russian, in this test's own library."""
    indexed = load(
        library_dir,
        FIXTURES / "small_convention_en.txt",
        FIXTURES / "small_convention_ru.txt",
    )
    yield indexed
    indexed.index.close()
    indexed.library.close()
