"""`negotiator import --reference`, `reference add|remove|list`, `precedents`, and the memo's
agreed-language lines, on the demonstration draft and its earlier (Valmora) convention."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest

from negotiator_app.cli import main
from tests.conftest import DEMO

EARLIER = DEMO / "demo_earlier_convention_en.txt"
DRAFT = DEMO / "demo_convention_en.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """The earlier convention imported as a reference, then the draft (precedents found)."""
    folder = tmp_path_factory.mktemp("precedents") / "library"
    common = ["--data-dir", str(folder), "--language", "en"]
    assert main(["import", str(EARLIER), "--reference", "--cite-as", "Valmora", "--label",
                 "Valmora", *common]) == 0  # fmt: skip
    assert main(["import", str(DRAFT), "--label", "Rev.1", *common]) == 0
    return folder


@pytest.fixture
def library(imported: Path, library_dir: Path) -> Path:
    shutil.copytree(imported, library_dir)
    return library_dir


def test_import_finds_the_precedents_and_says_so(capsys, library_dir):
    run(capsys, "import", str(EARLIER), "--reference", "--cite-as", "Valmora", "--label", "V")
    status, out, err = run(capsys, "import", str(DRAFT), "--label", "Rev.1", "--json")
    assert status == 0
    precedents = json.loads(out)["precedents"]
    assert precedents["pairs_searched"] == 1 and precedents["found"] > 100
    status, out, _ = run(capsys, "list", "--json")
    versions = {v["label"]: v for entry in json.loads(out) for v in entry["versions"]}
    assert (versions["V"]["reference"], versions["Rev.1"]["reference"]) == (True, False)


def test_precedents_json_names_each_source_best_first_with_its_diff(capsys, library):
    status, out, _ = run(capsys, "precedents", "Rev.1", "art-28", "--json")
    assert status == 0
    rows = json.loads(out)
    assert [row["key"] for row in rows] == [f"art-28.{n}" for n in range(1, 8)]
    third = rows[2]["precedents"][0]
    assert {k: third[k] for k in ("version", "key", "citation", "kind", "similarity")} == {
        "version": "Valmora",
        "key": "art-11.3",
        "citation": "Valmora, art. 11, para. 3",
        "kind": "identical but for",
        "similarity": 0.98,
    }
    changes = [segment for segment in third["diff"] if segment[0] != "equal"]
    assert changes == [["delete", "shall"], ["insert", "may"]]
    assert rows[3]["precedents"] == []  # para. 4 is new language
    for row in rows:
        similarities = [p["similarity"] for p in row["precedents"]]
        assert similarities == sorted(similarities, reverse=True)


def test_min_leaves_out_the_less_alike_and_a_reference_can_be_typed(capsys, library):
    _, out, _ = run(capsys, "precedents", "Rev.1", "--json")
    everything = json.loads(out)
    assert any(p["similarity"] < 0.6 for row in everything for p in row["precedents"])
    _, out, _ = run(capsys, "precedents", "Rev.1", "--json", "--min", "0.6")
    close = json.loads(out)
    assert [row["key"] for row in close] == [row["key"] for row in everything]
    assert all(p["similarity"] >= 0.6 for row in close for p in row["precedents"])
    _, out, _ = run(capsys, "precedents", "Rev.1", "Article 28, paragraph 3", "--json")
    assert [row["key"] for row in json.loads(out)] == ["art-28.3"]


def test_the_plain_listing_marks_what_was_taken_out_and_put_in(capsys, library):
    status, out, _ = run(capsys, "precedents", "Rev.1", "art-28.3")
    assert status == 0
    assert "identical but for 1 word" in out and "Valmora, art. 11, para. 3" in out
    assert "[-shall-] {+may+}" in out or "[-shall-]{+may+}" in out
    _, out, _ = run(capsys, "precedents", "Rev.1", "art-28.4")
    assert "no precedent: new language" in out


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("precedents", "Rev.9"), 'There is no version "Rev.9"'),
        (("precedents", "Rev.1", "art-999"), 'Version Rev.1 has no provision "art-999".'),
        (("precedents", "Rev.1", "Article 999"), "There is no Article 999"),
        (("reference", "remove", "Rev.1"), "is not a reference instrument"),
    ],
)
def test_a_wrong_version_or_key_is_one_sentence(capsys, library, args, sentence):
    status, out, err = run(capsys, *args)
    assert status == 2 and out == ""
    assert sentence in err and "Traceback" not in err and err.count("\n") == 1


def test_a_similarity_out_of_range_is_refused_by_the_parser(capsys, library):
    with pytest.raises(SystemExit) as exit_:
        main(["precedents", "Rev.1", "--min", "1.5"])
    assert exit_.value.code == 2
    assert "a similarity is a number from 0 to 1" in capsys.readouterr().err


def test_reference_remove_and_add_forget_and_find_the_precedents_again(capsys, library):
    status, out, _ = run(capsys, "reference", "remove", "Valmora")
    assert status == 0 and "the precedents found in it were forgotten" in out
    _, out, _ = run(capsys, "precedents", "Rev.1", "art-28.3", "--json")
    assert json.loads(out)[0]["precedents"] == []
    _, out, _ = run(capsys, "reference", "list")
    assert "No reference instruments yet" in out
    status, out, err = run(capsys, "reference", "add", "Valmora", "--cite-as", "VC")
    assert status == 0 and 'cited as "VC"' in out and "1 text pair(s) searched" in err
    _, out, _ = run(capsys, "precedents", "Rev.1", "art-28.3", "--json")
    assert json.loads(out)[0]["precedents"][0]["citation"] == "VC, art. 11, para. 3"
    _, out, _ = run(capsys, "update-precedents")
    assert out.strip() == "Precedents are up to date."


def test_the_memo_says_which_agreed_language_each_provision_takes_up(capsys, library, tmp_path):
    run(capsys, "note", "set", "Rev.1", "art-28.3", "--stance", "oppose")
    out_md = tmp_path / "memo.md"
    status, _, err = run(capsys, "export", "md", str(out_md), "--agreed-language")
    assert status == 0, err
    assert "*Agreed language: Valmora, art. 11, para. 3, with 'shall' → 'may'*" in (
        out_md.read_text(encoding="utf-8")
    )
    out_csv = tmp_path / "positions.csv"
    run(capsys, "export", "csv", str(out_csv), "--agreed-language")
    text = out_csv.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].endswith(",agreed_language")
    assert "with 'shall' → 'may'" in text
    run(capsys, "export", "md", str(out_md))  # without the flag: no such line
    assert "Agreed language" not in out_md.read_text(encoding="utf-8")
    out_docx = tmp_path / "memo.docx"
    status, _, _ = run(capsys, "export", "memo", str(out_docx), "--agreed-language")
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(out_docx)).paragraphs]
    assert ("Memo Small", "Agreed language: Valmora, art. 11, para. 3, with 'shall' → 'may'") in (
        paragraphs
    )


def test_a_reference_is_searched_like_any_text(capsys, library):
    status, out, _ = run(capsys, "search", '"indispensable to the economic"', "--json")
    assert status == 0
    assert [(hit["version"], hit["key"]) for hit in json.loads(out)] == [("Valmora", "pre.1")]
