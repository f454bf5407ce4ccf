"""`negotiator export memo|md|csv`: what a user types, what they get, and the one-line errors."""

from __future__ import annotations

import csv

import docx
import pytest

from negotiator_app.cli import main
from negotiator_app.storage.imports import import_draft
from tests.conftest import FIXTURES


@pytest.fixture
def noted(library, version):
    """The test library with notes, closed so the command opens it as a user would."""
    return version


def test_memo_with_cover_options_and_default_version(noted, tmp_path, capsys):
    out = tmp_path / "memo.docx"
    status = main(
        [
            "export",
            "memo",
            str(out),
            "--title",
            "Brief for the head of delegation",
            "--delegation",
            "Examplia",
            "--session",
            "Fourth session",
            "--marking",
            "CONFIDENTIAL",
            "--stance",
            "oppose",
            "support",
            "--comments",
        ]
    )
    assert status == 0
    assert capsys.readouterr().out == f"Wrote {out} (2 provisions).\n"
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Brief for the head of delegation"
    assert document.sections[0].header.paragraphs[0].text == "CONFIDENTIAL"
    rows = [row.cells[0].text for row in document.tables[0].rows]
    assert rows == ["Provision", "Article 1 — Purpose", "Article 4, paragraph 1 — Confidentiality"]


def test_keys_and_chapters(noted, tmp_path):
    out = tmp_path / "memo.docx"
    assert main(["export", "memo", str(out), "--keys", "art-5,art-1", "--version", "Rev.1"]) == 0
    rows = [row.cells[0].text for row in docx.Document(str(out)).tables[0].rows]
    assert rows[1:] == ["Article 1 — Purpose", "Article 5 — Competent authorities"]
    assert main(["export", "memo", str(out), "--all", "--chapter", "I"]) == 0
    rows = [row.cells[0].text for row in docx.Document(str(out)).tables[0].rows]
    assert rows[1:] == [
        "Article 1 — Purpose",
        "Article 2 — Use of terms",
        "Article 2, subparagraph (b) — Use of terms",
    ]


def test_csv_and_markdown(noted, tmp_path, capsys):
    assert main(["export", "csv", str(tmp_path / "p.csv"), "--tag", "general", "--json"]) == 0
    assert '"provisions": 2' in capsys.readouterr().out
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert [r["key"] for r in csv.DictReader(stream)] == ["pre.2", "art-1"]
    assert main(["export", "md", str(tmp_path / "p.md"), "--marking", ""]) == 0
    text = (tmp_path / "p.md").read_text("utf-8")
    assert text.startswith("# Position memo\n") and "RESTRICTED" not in text


def test_empty_selection_is_one_line_on_stderr_and_no_file(noted, tmp_path, capsys):
    out = tmp_path / "memo.docx"
    assert main(["export", "memo", str(out), "--tag", "nothing-like-this"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("negotiator: Nothing to export:") and err.count("\n") == 1
    assert not out.exists()


def test_unwritable_output_is_one_line_on_stderr(noted, tmp_path, capsys):
    assert main(["export", "memo", str(tmp_path / "missing" / "memo.docx")]) == 2
    assert "does not exist; nothing was written" in capsys.readouterr().err


def test_two_instruments_need_a_version(library, noted, tmp_path, capsys):
    import_draft(library, FIXTURES / "small_convention_ru.txt", label="RU")
    assert main(["export", "memo", str(tmp_path / "m.docx")]) == 2
    assert "say which with --version" in capsys.readouterr().err
    assert main(["export", "memo", str(tmp_path / "m.docx"), "--version", "Rev.1"]) == 0


def test_empty_library(tmp_path, capsys):
    assert main(["export", "md", str(tmp_path / "m.md")]) == 2
    assert "The library is empty" in capsys.readouterr().err


def test_bad_template_is_one_line(noted, tmp_path, capsys):
    template = tmp_path / "t.dotx"
    template.write_bytes(b"PK not really")
    assert main(["export", "memo", str(tmp_path / "m.docx"), "--template", str(template)]) == 2
    assert "is not a Word document or template" in capsys.readouterr().err


def test_stance_as_a_delegate_types_it(noted, tmp_path, capsys):
    out = tmp_path / "amendments.csv"
    status = main(["export", "csv", str(out), "--stance", "amendments"])
    assert status == 0, capsys.readouterr().err
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["stance"] == "support with amendments" for row in rows)


def test_language_chooses_the_memos_words_and_labels_follow_the_document(
    library, noted, russian_version, tmp_path, capsys
):
    """`--language` for memo, md, csv and changes; by default the version's own language."""
    out = tmp_path / "записка.docx"
    assert main(["export", "memo", str(out), "--version", "RU"]) == 0
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Записка о позиции"
    assert [row.cells[0].text for row in document.tables[0].rows][:2] == [
        "Положение", "Статья 1, пункт 2 — Цель"
    ]  # fmt: skip
    assert main(["export", "memo", str(out), "--version", "RU", "--language", "fr"]) == 0
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Note de position"
    assert document.tables[0].rows[1].cells[0].text == "Статья 1, пункт 2 — Цель"
    assert (
        main(["export", "md", str(tmp_path / "p.md"), "--version", "Rev.1", "--language", "es"])
        == 0
    )
    assert (tmp_path / "p.md").read_text("utf-8").startswith("# Nota de posición")
    assert main(["export", "csv", str(tmp_path / "p.csv"), "--version", "RU"]) == 0
    header = (tmp_path / "p.csv").read_text("utf-8-sig").splitlines()[0]
    assert header.startswith("Версия,Ключ,Положение")
    capsys.readouterr()
    with pytest.raises(SystemExit) as refused:
        main(["export", "memo", str(out), "--language", "de"])
    assert refused.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_tree_and_show_label_in_the_documents_language(russian_version, capsys):
    assert main(["tree", "RU"]) == 0
    tree = capsys.readouterr().out
    assert "Глава I" in tree and "Статья 1 " in tree and "Article" not in tree
    assert main(["show", "RU", "art-1"]) == 0
    assert capsys.readouterr().out.startswith("Статья 1 ")
