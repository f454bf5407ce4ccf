"""The editing commands: `version rename|relabel|delete`, `instrument rename|delete`, a wording
per language on `note set`, `note restore --wording-only`, `note list --orphans`, `export
orphans`, and `log edit|delete|undelete|history`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from negotiator_app.cli import main
from tests.conftest import FIXTURES


@pytest.fixture
def data_dir(library_dir: Path) -> str:
    """Rev.1 in English and Russian, one instrument."""
    for file, label, language, where in (
        ("small_convention_en.txt", "EN", "en", []),
        ("small_convention_ru.txt", "RU", "ru", ["--translation-of", "EN"]),
    ):
        assert main(["import", str(FIXTURES / file), "--label", label, "--language", language,
                     "--instrument", "Fisheries", *where, "--data-dir", str(library_dir)]) == 0  # fmt: skip
    return str(library_dir)


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def note_json(capsys, data_dir: str, version: str, key: str) -> dict:
    return json.loads(
        run(capsys, "note", "show", version, key, "--json", "--data-dir", data_dir)[1]
    )


def test_a_wording_per_language(data_dir: str, capsys) -> None:
    assert run(capsys, "note", "set", "RU", "art-4.1", "--proposed", "Only for the purposes.",
               "--proposed-language", "en", "--data-dir", data_dir)[0] == 0  # fmt: skip
    assert run(capsys, "note", "set", "RU", "art-4.1", "--proposed", "Только для целей.",
               "--data-dir", data_dir)[0] == 0  # fmt: skip
    note = note_json(capsys, data_dir, "EN", "art-4.1")["note"]
    assert note["proposals"] == [
        {"language": "en", "text": "Only for the purposes.", "version_id": 1},  # the EN text
        {"language": "ru", "text": "Только для целей.", "version_id": 2},
    ]
    out = run(capsys, "note", "show", "EN", "art-4.1", "--data-dir", data_dir)[1]
    assert "proposed wording (English): Only for the purposes." in out
    assert "wording added (Russian)" in out  # each row of history says what changed
    status, _, err = run(capsys, "note", "set", "EN", "art-4.1", "--proposed-language", "ru",
                         "--data-dir", data_dir)  # fmt: skip
    assert status == 2 and "give the wording too" in err


def test_restore_the_wording_only(data_dir: str, capsys) -> None:
    run(capsys, "note", "set", "EN", "art-5", "--stance", "oppose", "--proposed", "First.",
        "--rationale", "Old reason.", "--data-dir", data_dir)  # fmt: skip
    run(capsys, "note", "set", "EN", "art-5", "--stance", "support", "--proposed", "Second.",
        "--rationale", "New reason.", "--data-dir", data_dir)  # fmt: skip
    first = note_json(capsys, data_dir, "EN", "art-5")["history"][-1]["id"]
    status, out, _ = run(capsys, "note", "restore", "EN", "art-5", str(first), "--wording-only",
                         "--data-dir", data_dir)  # fmt: skip
    assert status == 0
    assert "(wording edited (English))" in out and "nothing earlier was lost" in out
    note = note_json(capsys, data_dir, "EN", "art-5")["note"]
    assert (note["stance"], note["rationale"]) == ("support", "New reason.")
    assert note["proposals"][0]["text"] == "First."
    out = run(capsys, "note", "restore", "EN", "art-5", str(first), "--data-dir", data_dir)[1]
    assert "stance: support → oppose" in out and "rationale edited" in out


def test_rename_and_relabel_a_version(data_dir: str, capsys) -> None:
    status, out, _ = run(
        capsys, "version", "rename", "RU", "Rev.1 (Russian)", "--data-dir", data_dir
    )
    assert status == 0 and out == 'Renamed version "RU" of Fisheries to "Rev.1 (Russian)".\n'
    status, out, _ = run(capsys, "version", "relabel", "Rev.1 (Russian)", "--title", "Проект",
                         "--data-dir", data_dir)  # fmt: skip
    assert status == 0 and 'is titled "Проект"' in out
    status, _, err = run(capsys, "version", "relabel", "EN", "--language", "ru",
                         "--data-dir", data_dir)  # fmt: skip
    assert status == 2 and "already has a version in Russian" in err
    status, _, err = run(capsys, "version", "relabel", "EN", "--data-dir", data_dir)
    assert status == 2 and "Say what to change" in err
    listed = json.loads(run(capsys, "list", "--json", "--data-dir", data_dir)[1])
    assert [v["label"] for v in listed[0]["versions"]] == ["EN", "Rev.1 (Russian)"]


def test_delete_versions_keeping_the_positions_as_orphans(data_dir: str, capsys, tmp_path) -> None:
    run(capsys, "note", "set", "EN", "art-4.1", "--stance", "oppose", "--proposed", "Only.",
        "--data-dir", data_dir)  # fmt: skip
    status, _, err = run(capsys, "version", "delete", "EN", "--data-dir", data_dir)
    assert status == 2 and "say --yes" in err  # no one at the terminal: nothing deleted
    status, out, _ = run(capsys, "version", "delete", "EN", "--yes", "--data-dir", data_dir)
    assert status == 0 and "1 position(s) stay on the revision's other versions" in out
    assert "backup library-" in out
    assert note_json(capsys, data_dir, "RU", "art-4.1")["note"]["stance"] == "oppose"

    status, out, _ = run(capsys, "version", "delete", "RU", "--yes", "--data-dir", data_dir)
    assert "kept without a text (negotiator note list --orphans)" in out
    orphans = json.loads(run(capsys, "note", "list", "--orphans", "--json",
                             "--data-dir", data_dir)[1])  # fmt: skip
    assert [(o["instrument"], o["revision"], o["provision_key"]) for o in orphans] == [
        ("Fisheries", "EN", "art-4.1")
    ]
    out = run(capsys, "note", "list", "--orphans", "--data-dir", data_dir)[1]
    assert out.startswith("Fisheries  EN") and "art-4.1" in out
    target = tmp_path / "kept.csv"
    status, out, _ = run(capsys, "export", "orphans", str(target), "--data-dir", data_dir)
    assert status == 0 and "1 position(s) kept without a text" in out
    with target.open(encoding="utf-8-sig", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    assert (row["key"], row["stance"], row["proposed"]) == ("art-4.1", "oppose", "English: Only.")
    status, _, err = run(capsys, "export", "orphans", str(tmp_path / "kept.txt"),
                         "--data-dir", data_dir)  # fmt: skip
    assert status == 2 and "name it .csv or .md" in err


def test_instrument_rename_and_delete(data_dir: str, capsys) -> None:
    status, out, _ = run(capsys, "instrument", "rename", "fisheries", "Fisheries data",
                         "--data-dir", data_dir)  # fmt: skip
    assert status == 0 and out == 'Renamed instrument "Fisheries" to "Fisheries data".\n'
    run(capsys, "log", "add", "EN", "art-4", "Said.", "--data-dir", data_dir)
    status, out, _ = run(capsys, "instrument", "delete", "Fisheries data", "--yes",
                         "--with-notes", "--data-dir", data_dir)  # fmt: skip
    assert status == 0 and "1 session log entries were deleted with it" in out
    assert "The library is empty" in run(capsys, "list", "--data-dir", data_dir)[1]
    status, _, err = run(capsys, "instrument", "delete", "Whaling", "--yes", "--data-dir", data_dir)
    assert status == 2 and 'There is no instrument "Whaling"' in err


def test_log_edit_delete_undelete_and_history(data_dir: str, capsys) -> None:
    run(capsys, "log", "add", "EN", "art-3.3", "--delegation", "Chile", "Prefers 60 dys.",
        "--data-dir", data_dir)  # fmt: skip
    status, out, _ = run(capsys, "log", "edit", "1", "--text", "Prefers 60 days.",
                         "--data-dir", data_dir)  # fmt: skip
    assert status == 0 and "Chile: Prefers 60 days. (edited)" in out
    status, _, err = run(capsys, "log", "edit", "1", "--key", "art-99", "--data-dir", data_dir)
    assert status == 2 and 'has no provision "art-99"' in err
    history = json.loads(run(capsys, "log", "history", "1", "--json", "--data-dir", data_dir)[1])
    assert [(h["change"], h["text"]) for h in history] == [("edited", "Prefers 60 dys.")]

    status, out, _ = run(capsys, "log", "delete", "1", "--data-dir", data_dir)
    assert status == 0 and "log undelete 1" in out
    assert run(capsys, "log", "list", "--data-dir", data_dir)[1] == "The session log is empty.\n"
    assert "Prefers 60 days." in run(capsys, "log", "list", "--deleted", "--data-dir", data_dir)[1]
    status, _, err = run(capsys, "log", "edit", "1", "--text", "x", "--data-dir", data_dir)
    assert status == 2 and "is deleted" in err
    run(capsys, "log", "undelete", "1", "--data-dir", data_dir)
    assert "Prefers 60 days." in run(capsys, "log", "list", "--data-dir", data_dir)[1]
    out = run(capsys, "log", "history", "1", "--data-dir", data_dir)[1]
    assert "edited" in out and "deleted" in out and "undeleted" in out
    status, _, err = run(capsys, "log", "delete", "9", "--data-dir", data_dir)
    assert status == 2 and "There is no log entry 9" in err
