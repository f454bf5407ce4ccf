"""Odd arguments and odd files outside the importers: one sentence, never "Unexpected error"."""

from __future__ import annotations

import os
import threading
import zipfile
from pathlib import Path

import docx
import pytest

from negotiator_app.cli import main
from negotiator_app.export.template import MAX_TEMPLATE_BYTES, default_template
from tests.conftest import FIXTURES

LONG_ID = "123456789012345678901234567890"


@pytest.fixture
def data(library_dir: Path, capsys) -> list[str]:
    data = ["--data-dir", str(library_dir)]
    assert main(["import", str(FIXTURES / "small_convention_en.txt"), "--label", "EN", *data]) == 0
    assert main(["note", "set", "EN", "art-3.1", "--stance", "oppose", *data]) == 0
    capsys.readouterr()
    return data


def one_sentence(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("negotiator: ") and err.count("\n") == 1, err
    assert "Unexpected error" not in err
    return err


@pytest.mark.parametrize(
    "command",
    [["show", LONG_ID, "art-5"], ["tree", LONG_ID], ["note", "set", LONG_ID, "art-5",
     "--rationale", "x"], ["export", "md", "out.md", "--version", LONG_ID]],
    ids=["show", "tree", "note", "export"],
)  # fmt: skip
def test_a_thirty_digit_version_id_is_a_version_not_found(
    data: list[str], capsys, command: list[str], tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([*command, *data]) == 2
    assert f'There is no version "{LONG_ID}"' in one_sentence(capsys)


def test_control_characters_in_a_note_and_a_title_reach_the_memo_without_them(
    data: list[str], capsys, tmp_path: Path
) -> None:
    rationale = "Too \x01broad\x1b[2J; see \x0bthe\x00 record."
    assert main(["note", "set", "EN", "art-5", "--rationale", rationale, *data]) == 0
    memo = tmp_path / "memo.docx"
    title = "Position\x07 memo \x1b[31mred"
    assert main(["export", "memo", str(memo), "--comments", "--title", title, *data]) == 0
    capsys.readouterr()
    document = docx.Document(str(memo))
    assert document.core_properties.title == "Position memo [31mred"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Too broad[2J; see\nthe record." in text  # a vertical tab is a line break
    with zipfile.ZipFile(memo) as package:
        comments = package.read("word/comments.xml").decode()
    assert ">Too broad[2J; see </w:t>" in comments and "<w:t>the record.</w:t>" in comments


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "huge", "bomb"])
def test_a_template_that_is_not_a_template_file_is_one_sentence(
    data: list[str], capsys, tmp_path: Path, kind: str
) -> None:
    template = tmp_path / "template.dotx"
    if kind == "fifo":
        os.mkfifo(template)
    elif kind == "device":
        template.symlink_to("/dev/zero")
    elif kind == "folder":
        template.mkdir()
    elif kind == "huge":
        with open(template, "wb") as file:
            file.truncate(MAX_TEMPLATE_BYTES + 1)
    else:
        with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as bomb:
            bomb.write(default_template(), "word/document.xml")
            bomb.writestr("word/filler.xml", b"\0" * (110 * 2**20))
    done: list[int] = []
    args = ["export", "memo", str(tmp_path / "memo.docx"), "--template", str(template), *data]
    thread = threading.Thread(target=lambda: done.append(main(args)), daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert done == [2], "the export hung or went on"
    err = one_sentence(capsys)
    assert "template" in err
    assert not (tmp_path / "memo.docx").exists()


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_library_file_that_is_a_pipe_or_a_folder_is_refused(
    library_dir: Path, capsys, kind: str
) -> None:
    library_dir.mkdir(parents=True)
    path = library_dir / "library.sqlite3"
    os.mkfifo(path) if kind == "fifo" else path.mkdir()
    done: list[int] = []
    thread = threading.Thread(
        target=lambda: done.append(main(["list", "--data-dir", str(library_dir)])), daemon=True
    )
    thread.start()
    thread.join(timeout=60)
    assert done == [2]
    assert "is not a file" in one_sentence(capsys)


def test_running_out_of_memory_is_one_sentence_and_the_library_is_kept(
    data, capsys, monkeypatch, library_dir
):
    # Fault injection: the allocation that fails is the reading of the draft.
    from negotiator_app.cli import library_commands

    def exhausted(*args, **kwargs):
        raise MemoryError

    before = main(["list", *data]), capsys.readouterr().out
    monkeypatch.setattr(library_commands, "import_draft", exhausted)
    status = main(["import", str(FIXTURES / "small_convention_en.txt"), "--label", "B", *data])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1
    assert "ran out of memory" in err and "intact" in err
    assert "Unexpected error" not in err
    assert (main(["list", *data]), capsys.readouterr().out) == before
