"""The import tells the truth: the full report as JSON, the structure check, show by reference."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_library_cli import SMALL, dump, run
from tests.conftest import FIXTURES

# A draft whose tree has something to check: Article 3 missing, Article 5 with no text, text
# hung on a chapter, and Article 6 repeated.
FLAWED = """Draft Convention on Checking

Chapter I
Scope
This sentence sits on the chapter, outside any article.

Article 1
Purpose

The purpose of this Convention is to be checked.

Article 2
Terms

The terms of this Convention are plain.

Article 4
Cooperation

The Parties shall cooperate.

Article 5
Article 6
Review

The Parties shall review this Convention.

Article 6
Review again

The Parties shall review it again.
"""


@pytest.fixture
def flawed(tmp_path):
    path = tmp_path / "flawed.txt"
    path.write_text(FLAWED, encoding="utf-8")
    return path


def test_import_writes_the_full_report_with_every_line_left_out(capsys, tmp_path):
    target = tmp_path / "report.json"
    status, out, err = run(capsys, "import", str(SMALL), "--report-json", str(target))
    assert status == 0 and out.strip() == "1"
    report = json.loads(target.read_text(encoding="utf-8"))["report"]
    assert report["counts"]["article"] == 6
    assert report["counts"]["instrument"] == 1
    assert report["dropped"]["contents lines"] == 5
    reasons = {(line["reason"], line["text"]) for line in report["left_out"]}
    assert ("preamble formulas", "Have agreed as follows:") in reasons
    assert ("front matter lines", "A/AC.999/L.7") in reasons
    # Every count of lines left out is matched by as many listed lines.
    for reason, count in report["dropped"].items():
        assert sum(1 for line in report["left_out"] if line["reason"] == reason) == count
    assert report["structure"] == []


def test_report_json_to_stdout(capsys):
    status, out, _ = run(capsys, "import", str(SMALL), "--report-json", "-")
    data = json.loads(out)
    assert data["version"]["id"] == 1
    assert data["report"]["left_out"][0] == {
        "reason": "front matter lines", "text": "Draft", "page": None,
    }  # fmt: skip


def test_a_report_file_that_cannot_be_written_stops_the_import_before_it_stores(
    capsys, library_dir, tmp_path
):
    run(capsys, "import", str(SMALL), "--label", "Rev.1")
    before = dump(library_dir)
    status, _, err = run(
        capsys, "import", str(SMALL), "--label", "Rev.2",
        "--report-json", str(tmp_path / "no" / "such" / "report.json"),
    )  # fmt: skip
    assert status == 2
    assert err.startswith("negotiator: Cannot write the report") and err[-1] == "\n"
    assert dump(library_dir) == before


def test_import_lists_the_structure_warnings_with_their_keys(capsys, flawed):
    status, _, err = run(capsys, "import", str(flawed))
    assert status == 0
    assert "Check art-4: Article 3 is missing between art-2 and art-4." in err
    assert "Check art-5: Article 5 has no text" in err
    assert "Check ch-I: ch-I holds text outside any article" in err
    assert "Check art-6~2: Article 6 appears twice (first at art-6)." in err


def test_check_structure_names_each_warning_and_exits_1(capsys, flawed):
    run(capsys, "import", str(flawed), "--label", "Rev.1")
    status, out, _ = run(capsys, "check-structure", "Rev.1")
    assert status == 1
    assert out.splitlines()[-1] == "Rev.1: 4 structure warnings."
    status, out, _ = run(capsys, "check-structure", "Rev.1", "--json")
    warnings = json.loads(out)["warnings"]
    # In the order of the text, each pointing at its provision.
    assert [(w["check"], w["key"]) for w in warnings] == [
        ("outside", "ch-I"), ("gap", "art-4"), ("empty", "art-5"), ("duplicate", "art-6~2"),
    ]  # fmt: skip


def test_check_structure_of_a_sound_tree_and_of_a_version_that_is_not_there(capsys):
    run(capsys, "import", str(FIXTURES / "shapes" / "resolution_adopting_convention.txt"),
        "--label", "A/RES/99/1")  # fmt: skip
    status, out, _ = run(capsys, "check-structure", "A/RES/99/1")
    assert (status, out) == (0, "A/RES/99/1: no structure warnings.\n")
    status, out, err = run(capsys, "check-structure", "Rev.9")
    assert status == 2 and out == "" and err.startswith('negotiator: There is no version "Rev.9"')


@pytest.mark.parametrize(
    "reference,key",
    [("art-3bis", "art-3bis"), ("Article 3 bis", "art-3bis"), ("3bis", "art-3bis"),
     ("article 3-bis", "art-3bis"), ("Art. 3(2)(b)", "art-3.2.b"), ("annex", "annex"),
     ("chapter 2", "ch-II"), ("preamble 2", "pre.2")],
)  # fmt: skip
def test_show_takes_a_reference_as_a_delegate_writes_it(capsys, reference, key):
    run(capsys, "import", str(SMALL), "--label", "Rev.1")
    status, by_reference, _ = run(capsys, "show", "Rev.1", reference, "--json")
    status_key, by_key, _ = run(capsys, "show", "Rev.1", key, "--json")
    assert status == status_key == 0
    assert json.loads(by_reference)["key"] == key
    assert by_reference == by_key


def test_show_says_what_is_not_there(capsys):
    run(capsys, "import", str(SMALL), "--label", "Rev.1")
    status, _, err = run(capsys, "show", "Rev.1", "Article 12 septies")
    assert status == 2
    assert err == "negotiator: Rev.1: There is no Article 12 septies in this version.\n"
