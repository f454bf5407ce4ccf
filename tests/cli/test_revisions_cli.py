"""The revision cycle from the command line: import a revision, compare, carry, review, export
the table of changes."""

from __future__ import annotations

import csv
import json

import docx
import pytest
from docx.enum.section import WD_ORIENT

from negotiator_app.cli import main
from tests.conftest import DEMO

REV1, REV2 = DEMO / "demo_convention_en.txt", DEMO / "demo_convention_rev2_en.txt"
REV1_RU, REV2_RU = DEMO / "demo_convention_ru.txt", DEMO / "demo_convention_rev2_ru.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def revised(capsys):
    """Rev.1 (EN, RU) with two positions, then Rev.2 (EN, RU), all through the CLI."""
    run(capsys, "import", str(REV1), "--instrument", "Demo", "--label", "Rev.1")
    run(capsys, "import", str(REV1_RU), "--instrument", "Demo", "--label", "Rev.1 RU")
    run(capsys, "note", "set", "Rev.1", "art-10.3", "--stance", "support", "--rationale", "Opt 2")
    run(capsys, "note", "set", "Rev.1 RU", "art-14bis", "--stance", "oppose")
    status, out, err = run(capsys, "import", str(REV2), "--instrument", "Demo", "--label", "Rev.2")
    assert status == 0 and out.strip() == "3"
    assert 'Carried 1 position from "Rev.1" to "Rev.2": 1 to review, 1 kept on the old text' in err
    status, _out, err = run(
        capsys, "import", str(REV2_RU), "--instrument", "Demo", "--label", "Rev.2 RU"
    )
    assert 'another language of revision "Rev.2"' in err and "Carried" not in err


def test_compare_prints_one_object_per_pair_as_the_issue_gives_it(revised, capsys):
    status, out, _ = run(capsys, "compare", "Rev.1", "Rev.2", "--json")
    assert status == 0
    pairs = json.loads(out)
    assert all(
        set(p) == {"old", "new", "change", "similarity", "old_number", "new_number", "brackets"}
        for p in pairs
    )
    by_old = {p["old"]: p for p in pairs}
    assert by_old["art-10"] == {
        "old": "art-10",
        "new": "art-11",
        "change": "renumbered+reworded",
        "similarity": by_old["art-10"]["similarity"],
        "old_number": "10",
        "new_number": "11",
        "brackets": {"removed": 2, "added": 0, "kept": 0},
    }
    assert 0.8 < by_old["art-10"]["similarity"] < 1
    assert by_old["art-14bis"]["new"] is None and by_old["art-14bis"]["change"] == "deleted"
    assert {"old": None, "new": "art-3"}.items() <= next(
        p for p in pairs if p["new"] == "art-3"
    ).items()
    assert not any("." in (p["old"] or p["new"]) for p in pairs)  # articles only by default


def test_compare_changed_only_and_every_level(revised, capsys):
    _, out, _ = run(capsys, "compare", "Rev.1", "Rev.2", "--json", "--changed-only")
    assert {p["change"] for p in json.loads(out)} <= {
        "reworded", "renumbered", "moved", "renumbered+reworded", "new", "deleted",
    }  # fmt: skip
    _, out, _ = run(capsys, "compare", "Rev.1", "Rev.2", "--json", "--level", "all")
    changes = {p["change"] for p in json.loads(out)}
    assert {"split", "merged", "unchanged"} <= changes
    status, out, _ = run(capsys, "compare", "Rev.1", "Rev.2", "--changed-only")
    assert status == 0
    assert out.splitlines()[0].startswith("Rev.1 → Rev.2: 16 unchanged, 2 reworded")
    assert "Article 40 (was Article 26)" in out


def test_carry_again_copies_nothing_and_says_so(revised, capsys):
    status, out, _ = run(capsys, "carry", "Rev.1 RU", "Rev.2 RU", "--json")
    assert status == 0
    assert json.loads(out) | {"notes": []} == {
        "old": 2, "new": 4, "carried": 0, "flagged": 0, "orphaned": 0, "already": 2, "notes": [],
    }  # fmt: skip
    status, _, err = run(capsys, "carry", "Rev.1", "Rev.1 RU")
    assert status == 2 and "two languages of one revision" in err


def test_the_review_list_and_marking_a_position_reviewed(revised, capsys):
    status, out, _ = run(capsys, "note", "list", "--review")
    assert status == 0
    lines = out.splitlines()
    assert "art-11.3" in lines[0] and "text changed since your position — review" in lines[0]
    assert "art-14bis (old text)" in lines[1] and "provision deleted" in lines[1]
    _, out, _ = run(capsys, "note", "list", "--review", "--json", "--version", "Rev.2 RU")
    items = json.loads(out)
    assert [i["new_key"] for i in items] == ["art-11.3", None]
    _, out, _ = run(capsys, "note", "show", "Rev.2", "art-11.3")
    assert "carried from art-10.3: text changed since your position — review" in out
    status, out, _ = run(capsys, "note", "reviewed", str(items[0]["id"]))
    assert status == 0 and "art-11.3 left the review list" in out
    _, out, _ = run(capsys, "note", "list", "--review", "--json")
    assert [i["old_key"] for i in json.loads(out)] == ["art-14bis"]
    # note list --version lists that version's revision: Rev.2 has the carried position only.
    _, out, _ = run(capsys, "note", "list", "--version", "Rev.2 RU", "--json")
    assert [n["provision_key"] for n in json.loads(out)] == ["art-11.3"]


def test_the_table_of_changes_in_word_csv_and_markdown(revised, capsys, tmp_path, library_dir):
    out = tmp_path / "changes.docx"
    status, printed, _ = run(capsys, "export", "changes", str(out), "Rev.1", "Rev.2")
    assert status == 0 and printed.startswith(f"Wrote {out} (")
    document = docx.Document(str(out))
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert document.sections[0].page_width > document.sections[0].page_height
    assert document.sections[0].header.paragraphs[0].text == "RESTRICTED"
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][0] == "Rev.1"
    rows = {row.cells[1].paragraphs[0].text: row for row in table.rows[1:]}
    option = rows["Article 11, paragraph 3 (was Article 10, paragraph 3) — reworded; "
                  "2 brackets removed; Option 2 chosen"]  # fmt: skip
    struck = [
        r.text for p in option.cells[1].paragraphs for r in p.runs if r.style.name == "Memo Deleted"
    ]
    assert any("Option 1" in text for text in struck)
    assert "Opt 2" in option.cells[2].text  # the delegation's comment
    deleted = next(r for title, r in rows.items() if title.startswith("Article 14 bis (deleted)"))
    assert "Online solicitation" in deleted.cells[0].text

    csv_out = tmp_path / "changes.csv"
    run(capsys, "export", "changes", str(csv_out), "Rev.1", "Rev.2")
    with csv_out.open(encoding="utf-8-sig") as stream:
        lines = list(csv.DictReader(stream))
    assert {"old", "new", "change", "similarity", "option_chosen"} <= set(lines[0])
    assert any(row["option_chosen"] == "Option 2" for row in lines)

    md_out = tmp_path / "changes.md"
    run(capsys, "export", "changes", str(md_out), "Rev.1", "Rev.2", "--marking", "")
    text = md_out.read_text(encoding="utf-8")
    assert text.startswith("# Changes from Rev.1 to Rev.2")
    assert "| Article 3 (new) | new |" in text and "RESTRICTED" not in text

    status, _, err = run(capsys, "export", "changes", str(tmp_path / "x.pdf"), "Rev.1", "Rev.2")
    assert status == 2 and err.count("\n") == 1 and "name it .docx, .csv or .md" in err
    inside = library_dir / "changes.md"  # never into the library's own folder
    status, _, err = run(capsys, "export", "changes", str(inside), "Rev.1", "Rev.2")
    assert status == 2 and not inside.exists()


def test_the_memo_of_the_new_revision_lists_the_positions_to_review(revised, capsys, tmp_path):
    out = tmp_path / "memo.docx"
    status, _, _ = run(capsys, "export", "memo", str(out), "--version", "Rev.2")
    assert status == 0
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Memo Heading 1"]
    assert headings[:2] == ["Summary of positions", "Positions to review after Rev.2"]
    review = document.tables[1]
    assert [c.text for c in review.rows[1].cells] == [
        "Article 11, paragraph 3",
        "text changed since your position — review; renumbered from Article 10",
        "Support",
    ]
    assert review.rows[2].cells[0].text == "Article 14 bis (of the earlier revision)"
