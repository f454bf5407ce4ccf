"""The CLI over the library: import, list, tree, show, and failures in one sentence."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from negotiator_app.cli import main
from negotiator_app.storage import Library
from tests.conftest import FIXTURES

SMALL = FIXTURES / "small_convention_en.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def dump(folder) -> list[str]:
    with Library(folder) as library:
        return list(library.connection.iterdump())


def test_import_prints_the_new_version_id_and_the_report(capsys, library_dir):
    status, out, err = run(capsys, "import", str(SMALL), "--label", "Rev.1")
    assert status == 0
    assert out.strip() == "1"
    assert "6 articles" in err
    status, out, _ = run(capsys, "import", str(FIXTURES / "small_convention_ru.txt"),
                         "--instrument", "Fisheries", "--label", "ru", "--language", "ru")  # fmt: skip
    assert out.strip() == "2"


def test_list_shows_instruments_versions_and_counts(capsys):
    run(capsys, "import", str(SMALL), "--label", "Rev.1", "--instrument", "Fisheries")
    run(capsys, "import", str(SMALL), "--label", "Rev.2", "--instrument", "Fisheries")
    status, out, _ = run(capsys, "list", "--json")
    assert status == 0
    data = json.loads(out)
    assert [entry["instrument"] for entry in data] == ["Fisheries"]
    assert [(v["label"], v["provisions"]) for v in data[0]["versions"]] == [
        ("Rev.1", 37),
        ("Rev.2", 37),
    ]
    status, out, _ = run(capsys, "list")
    assert "Fisheries" in out and "Rev.2" in out and "37 provisions" in out


def test_tree_json_is_nested(capsys):
    run(capsys, "import", str(SMALL), "--label", "Rev.1")
    status, out, _ = run(capsys, "tree", "Rev.1", "--json")
    assert status == 0
    tree = json.loads(out)
    assert [node["key"] for node in tree] == ["pre", "ch-I", "ch-II", "final", "annex"]
    chapter = tree[1]
    assert set(chapter) == {"key", "kind", "number", "heading", "text", "children"}
    article_2 = chapter["children"][1]
    assert article_2["key"] == "art-2"
    assert [c["key"] for c in article_2["children"][2]["children"]] == [
        "art-2.c.i", "art-2.c.ii", "art-2.c.iii",
    ]  # fmt: skip


def test_tree_outline_and_show(capsys):
    run(capsys, "import", str(SMALL), "--label", "Rev.1")
    status, out, _ = run(capsys, "tree", "1")
    assert "Article 3 bis Urgent requests  [art-3bis]" in out
    status, out, _ = run(capsys, "show", "Rev.1", "art-3")
    assert status == 0
    assert out.splitlines()[0] == "Article 3 Requests for data"
    assert "(b) a description of the data sought [and the reasons for the request];" in out
    status, out, _ = run(capsys, "show", "Rev.1", "art-3.2.b", "--json")
    assert (
        json.loads(out)["text"]
        == "a description of the data sought [and the reasons for the request];"
    )


@pytest.mark.parametrize(
    "args,words",
    [
        (["show", "Rev.9", "art-1"], 'no version "Rev.9"'),
        (["show", "Rev.1", "art-99"], 'no provision "art-99"'),
        (["tree", "7"], 'no version "7"'),
    ],
)
def test_unknown_version_or_key_is_one_sentence(capsys, args, words):
    run(capsys, "import", str(SMALL), "--label", "Rev.1")
    status, out, err = run(capsys, *args)
    assert status == 2
    assert words in err
    assert err.count("\n") == 1


def test_failed_import_leaves_the_library_exactly_as_before(capsys, tmp_path, library_dir):
    run(capsys, "import", str(SMALL), "--label", "Rev.1")
    before = dump(library_dir)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02binary" * 100)
    for path in (broken, tmp_path / "missing.txt", tmp_path):
        status, out, err = run(capsys, "import", str(path))
        assert status == 2
        assert out == ""
        assert err.startswith("negotiator: ") and err.count("\n") == 1
    status, _, err = run(capsys, "import", str(SMALL), "--label", "Rev.1")
    assert status == 2 and "already has a version" in err
    assert dump(library_dir) == before


def test_data_dir_option_and_environment(capsys, tmp_path, library_dir):
    elsewhere = tmp_path / "elsewhere"
    run(capsys, "import", str(SMALL), "--data-dir", str(elsewhere))
    assert (elsewhere / "library.sqlite3").exists()
    assert not (library_dir / "library.sqlite3").exists()
    run(capsys, "import", str(SMALL))
    assert (library_dir / "library.sqlite3").exists()


def test_command_line_program_exits_2_without_a_traceback(tmp_path):
    env = {**os.environ, "NEGOTIATOR_DATA_DIR": str(tmp_path / "lib")}
    result = subprocess.run(
        [sys.executable, "-m", "negotiator_app", "import", str(tmp_path / "nothing.docx")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"negotiator: There is no file at {tmp_path / 'nothing.docx'}."
