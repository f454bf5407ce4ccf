"""`negotiator note set/show/list/restore`: every wording kept, any of them back on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from negotiator_app.cli import main
from tests.conftest import FIXTURES


@pytest.fixture
def data_dir(library_dir: Path) -> str:
    for file, label, language in (("small_convention_en.txt", "EN", "en"),):
        assert main(["import", str(FIXTURES / file), "--label", label, "--language", language,
                     "--data-dir", str(library_dir)]) == 0  # fmt: skip
    return str(library_dir)


def wording(note: dict) -> str:
    """The English wording of a note as --json prints it ("" when there is none)."""
    return next((p["text"] for p in note["proposals"] if p["language"] == "en"), "")


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_set_show_list_and_restore(data_dir: str, capsys) -> None:
    capsys.readouterr()
    status, out, _ = run(
        capsys, "note", "set", "EN", "art-4.1", "--stance", "oppose", "--priority", "high",
        "--red-line", "--rationale", "Too broad.", "--tag", "privacy", "--tag", "data",
        "--delegation", "Norway", "support", "likes option 2", "--data-dir", data_dir,
    )  # fmt: skip
    assert status == 0 and out.startswith("Saved the note on art-4.1 (EN)")
    assert run(capsys, "note", "set", "EN", "art-4.1", "--proposed", "Use option 1.",
               "--data-dir", data_dir)[0] == 0  # fmt: skip

    status, out, _ = run(capsys, "note", "show", "EN", "art-4.1", "--json", "--data-dir", data_dir)
    shown = json.loads(out)
    note = shown["note"]
    assert (note["stance"], note["priority"], note["red_line"]) == ("oppose", "high", True)
    assert note["rationale"] == "Too broad."
    assert note["proposals"] == [{"language": "en", "text": "Use option 1.", "version_id": 1}]
    assert note["tags"] == ["privacy", "data"]
    assert note["delegations"] == [
        {"delegation": "Norway", "stance": "support", "remark": "likes option 2"}
    ]
    assert note["version_id"] == 1
    history = shown["history"]
    assert [wording(entry["note"]) for entry in history] == ["Use option 1.", ""]

    status, out, _ = run(capsys, "note", "restore", "EN", "art-4.1", str(history[1]["id"]),
                         "--data-dir", data_dir)  # fmt: skip
    assert status == 0 and "nothing earlier was lost" in out
    shown = json.loads(run(capsys, "note", "show", "EN", "art-4.1", "--json",
                           "--data-dir", data_dir)[1])  # fmt: skip
    assert shown["note"]["proposals"] == []
    assert [wording(entry["note"]) for entry in shown["history"]] == [
        "", "Use option 1.", ""
    ]  # fmt: skip

    status, out, _ = run(capsys, "note", "show", "EN", "art-4.1", "--data-dir", data_dir)
    assert "rationale: Too broad." in out and "History (3 saves, newest first):" in out

    run(capsys, "note", "set", "EN", "art-5", "--stance", "amendments", "--data-dir", data_dir)
    listed = json.loads(run(capsys, "note", "list", "--json", "--data-dir", data_dir)[1])
    assert [(n["provision_key"], n["stance"]) for n in listed] == [
        ("art-4.1", "oppose"), ("art-5", "support with amendments")
    ]  # fmt: skip
    only = json.loads(run(capsys, "note", "list", "--stance", "oppose", "--json",
                          "--data-dir", data_dir)[1])  # fmt: skip
    assert [n["provision_key"] for n in only] == ["art-4.1"]
    tagged = run(capsys, "note", "list", "--tag", "privacy", "--data-dir", data_dir)[1]
    assert tagged.startswith("art-4.1") and "art-5" not in tagged


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["note", "set", "EN", "art-44", "--stance", "oppose"],
         'Version "EN" has no provision "art-44"; did you mean art-4'),
        (["note", "set", "Rev.9", "art-4", "--stance", "oppose"], 'There is no version "Rev.9"'),
        (["note", "set", "EN", "art-4", "--stance", "perhaps"], 'Unknown stance "perhaps"'),
        (["note", "set", "EN", "art-4", "--priority", "urgent"], 'Unknown priority "urgent"'),
        (["note", "set", "EN", "art-4"], "Nothing to save"),
        (["note", "show", "EN", "art-4"], 'There is no note on "art-4"'),
        (["note", "restore", "EN", "art-4", "1"], 'There is no note on "art-4"'),
    ],
)  # fmt: skip
def test_mistakes_are_one_sentence_and_save_nothing(
    data_dir: str, capsys, args: list[str], sentence: str
) -> None:
    capsys.readouterr()
    status, out, err = run(capsys, *args, "--data-dir", data_dir)
    assert status == 2
    assert err.startswith(f"negotiator: {sentence}")
    assert err.count("\n") == 1
    assert json.loads(run(capsys, "note", "list", "--json", "--data-dir", data_dir)[1]) == []


def test_restoring_a_save_that_does_not_exist(data_dir: str, capsys) -> None:
    run(capsys, "note", "set", "EN", "art-5", "--stance", "oppose", "--data-dir", data_dir)
    status, _, err = run(capsys, "note", "restore", "EN", "art-5", "99", "--data-dir", data_dir)
    assert status == 2 and "has no save 99" in err
