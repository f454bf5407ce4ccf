"""`negotiator search`, `log`, `reindex`, `backup`: the same services, headless."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from negotiator_app.cli import main
from tests.conftest import FIXTURES


@pytest.fixture
def data_dir(library_dir: Path) -> str:
    for file, label, language in (
        ("small_convention_en.txt", "EN", "en"),
        ("small_convention_ru.txt", "RU", "ru"),
    ):
        assert main(["import", str(FIXTURES / file), "--label", label, "--language", language,
                     "--instrument", "Fisheries", "--data-dir", str(library_dir)]) == 0  # fmt: skip
    return str(library_dir)


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_search_prints_json_hits(data_dir: str, capsys) -> None:
    capsys.readouterr()
    status, out, err = run(capsys, "search", '"competent authority"', "--limit", "3", "--json",
                           "--data-dir", data_dir)  # fmt: skip
    assert status == 0 and err == ""
    hits = json.loads(out)
    assert len(hits) == 3
    assert set(hits[0]) >= {"version", "key", "kind", "number", "heading", "score", "snippet",
                            "where"}  # fmt: skip
    assert all(hit["where"] == "text" for hit in hits)
    assert all("<b>competent</b> <b>authorit" in hit["snippet"] for hit in hits)


def test_search_finds_a_note_set_on_the_command_line(data_dir: str, capsys) -> None:
    run(capsys, "note", "set", "RU", "art-3.3", "--rationale", "Сроков недостаточно.",
        "--data-dir", data_dir)  # fmt: skip
    status, out, _ = run(capsys, "search", "срок", "in:notes", "--json", "--data-dir", data_dir)
    assert [(h["version"], h["key"], h["where"]) for h in json.loads(out)] == [
        ("RU", "art-3.3", "note")
    ]
    status, out, _ = run(capsys, "search", "недостаточно", "--data-dir", data_dir)
    assert out.startswith("  1. RU  art-3.3") and "**недостаточно**" in out


def test_search_scoped_to_a_version_and_did_you_mean(data_dir: str, capsys) -> None:
    status, out, _ = run(capsys, "search", "data", "--version", "EN", "--json",
                         "--data-dir", data_dir)  # fmt: skip
    assert {hit["version"] for hit in json.loads(out)} == {"EN"}
    status, out, err = run(capsys, "search", "fisharies", "--data-dir", data_dir)
    assert status == 0 and out == "No provision matches.\n"
    assert err == "Did you mean: fisheries\n"


def test_a_rejected_query_is_one_sentence_on_stderr(data_dir: str, capsys) -> None:
    status, out, err = run(capsys, "search", "stance:maybe", "--data-dir", data_dir)
    assert status == 2 and out == ""
    assert err.startswith('negotiator: Unknown stance "maybe"') and err.count("\n") == 1


def test_log_add_and_list(data_dir: str, capsys) -> None:
    status, out, _ = run(capsys, "log", "add", "EN", "art-3.3", "--delegation", "Chile",
                         "Prefers", "60", "days", "--data-dir", data_dir)  # fmt: skip
    assert status == 0 and out.startswith("Logged entry 1 on art-3.3")
    run(capsys, "log", "add", "EN", "art-4", "--delegation", "Norway", "Option 2.",
        "--data-dir", data_dir)  # fmt: skip
    entries = json.loads(run(capsys, "log", "list", "--json", "--data-dir", data_dir)[1])
    assert [(e["key"], e["delegation"], e["text"]) for e in entries] == [
        ("art-3.3", "Chile", "Prefers 60 days"), ("art-4", "Norway", "Option 2.")
    ]  # fmt: skip
    out = run(capsys, "log", "list", "--delegation", "chile", "--data-dir", data_dir)[1]
    assert "Chile: Prefers 60 days" in out and "Norway" not in out
    status, _, err = run(capsys, "log", "add", "EN", "art-77", "Hm.", "--data-dir", data_dir)
    assert status == 2 and 'has no provision "art-77"' in err


def test_reindex_and_backup(data_dir: str, capsys) -> None:
    status, out, _ = run(capsys, "reindex", "--data-dir", data_dir)
    assert status == 0 and out.startswith("Rebuilt the search index in ")
    assert (Path(data_dir) / "index").is_dir()
    status, out, _ = run(capsys, "backup", "--data-dir", data_dir)
    assert status == 0 and out.startswith(f"Backed up the library to {data_dir}/backups/")
    listed = json.loads(run(capsys, "backup", "--list", "--json", "--data-dir", data_dir)[1])
    assert listed["made"] is None
    assert [b["reason"] for b in listed["backups"]] == ["manual", "import"]
    status, out, _ = run(capsys, "backup", "--keep", "1", "--data-dir", data_dir)
    listed = json.loads(run(capsys, "backup", "list", "--json", "--data-dir", data_dir)[1])
    # --keep applies to the backups made by hand; the one taken before the import stays
    assert [b["reason"] for b in listed["backups"]] == ["manual", "import"]


def test_reindex_that_cannot_write_the_index_says_so(data_dir: str, capsys) -> None:
    (Path(data_dir) / "index").write_text("in the way")
    status, _, err = run(capsys, "reindex", "--data-dir", data_dir)
    assert status == 2 and "cannot be written" in err
    status, out, err = run(capsys, "search", "fisheries", "--json", "--data-dir", data_dir)
    assert status == 0 and json.loads(out)  # answered from memory, with a warning
    assert "searching from memory" in err
