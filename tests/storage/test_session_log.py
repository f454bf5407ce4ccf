"""The session log: what was said, by whom, on which provision, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.session_log import add_entry, list_entries
from tests.conftest import FIXTURES


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="EN", language="en")
        import_draft(
            library, FIXTURES / "small_convention_en.txt", instrument="Other", label="Other"
        )
        yield library


def test_entries_come_back_in_order_and_filtered(library: Library) -> None:
    en, other = library.find_version("EN"), library.find_version("Other")
    add_entry(library, en, "art-3.3", "Prefers 60 days.", delegation="Chile")
    add_entry(library, en, "art-4.1", "Supports option 2.", delegation="Norway")
    add_entry(library, other, "art-3.3", "Elsewhere.", delegation="Chile")
    add_entry(library, en, "art-3.3", "Could accept 45 days.", delegation="chile ")

    everything = list_entries(library)
    assert [e.text for e in everything] == [
        "Prefers 60 days.", "Supports option 2.", "Elsewhere.", "Could accept 45 days."
    ]  # fmt: skip
    assert everything[0].created < everything[-1].created
    on_provision = list_entries(library, instrument_id=en.instrument_id, provision_key="art-3.3")
    assert [e.text for e in on_provision] == ["Prefers 60 days.", "Could accept 45 days."]
    assert [e.text for e in list_entries(library, delegation="Norway")] == ["Supports option 2."]
    assert [e.text for e in list_entries(library, limit=2)] == [
        "Elsewhere.", "Could accept 45 days."
    ]  # fmt: skip


def test_an_unknown_provision_or_empty_text_is_one_sentence(library: Library) -> None:
    en = library.find_version("EN")
    with pytest.raises(LibraryError, match='Version "EN" has no provision "art-33"'):
        add_entry(library, en, "art-33", "Something.")
    with pytest.raises(LibraryError, match="needs some text"):
        add_entry(library, en, "art-3", "   ")
    assert list_entries(library) == []


def test_an_entry_on_the_whole_text(library: Library) -> None:
    entry = add_entry(library, library.find_version("EN"), None, "Opening statements.")
    assert entry.provision_key == ""
    assert list_entries(library)[0].text == "Opening statements."
