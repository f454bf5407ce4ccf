"""Positions as CSV (for spreadsheets) and Markdown (for email)."""

from __future__ import annotations

import csv

from negotiator_app.core.redline import wording
from negotiator_app.export.cover import Cover
from negotiator_app.export.positions import CSV_COLUMNS, markdown, write_csv, write_markdown
from negotiator_app.export.selection import Selection, select
from negotiator_app.storage.notes import Note, Proposal, save_note
from tests.export.library_with_notes import DOCUMENT_ORDER, NOTES


def read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_has_one_row_per_provision_with_every_field(library, version, tmp_path):
    content = select(library, version.id, Selection())
    result = write_csv(content, tmp_path / "positions.csv")
    rows = read_csv(result.path)
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [row["key"] for row in rows] == DOCUMENT_ORDER
    row = rows[3]
    note = NOTES["art-4.1"]
    assert row["provision"] == "Article 4, paragraph 1"
    assert row["heading"] == "Confidentiality"
    assert (row["stance"], row["priority"], row["red_line"]) == ("oppose", "high", "yes")
    assert row["proposed"] == note["proposals"][0].text
    assert row["proposed_other_languages"] == ""
    for field in ("rationale", "talking_points", "instructions"):
        assert row[field] == note[field]
    assert row["tags"] == "safeguards"
    assert row["delegations"] == "Norway — Support — Prefers Option 1.; Chile — Oppose"
    assert row["current_text"] == wording(library.provision(version.id, "art-4.1"))
    assert row["version"] == "Rev.1"
    assert row["updated"]


def test_csv_starts_with_a_byte_order_mark_so_excel_reads_cyrillic(
    library, russian_version, tmp_path
):
    content = select(library, russian_version.id, Selection(), language="en")
    path = write_csv(content, tmp_path / "позиции.csv").path
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    (row,) = read_csv(path)
    assert row["tags"] == "толкование"
    assert row["delegations"] == "Казахстан — Support — Готов поддержать."


def test_csv_of_a_briefing_book_keeps_provisions_without_notes(library, version, tmp_path):
    content = select(library, version.id, Selection(include_all=True, chapters=["II"]))
    rows = read_csv(write_csv(content, tmp_path / "book.csv").path)
    assert [(r["key"], r["stance"]) for r in rows] == [
        ("art-3", ""),
        ("art-3bis", ""),
        ("art-4", ""),
        ("art-4.1", "oppose"),
        ("art-5", ""),
    ]


def test_markdown_has_the_memo_parts(library, version, tmp_path):
    content = select(library, version.id, Selection())
    cover = Cover(title="Positions", delegation="Examplia", marking="RESTRICTED")
    text = write_markdown(content, tmp_path / "memo.md", cover).path.read_text("utf-8")
    assert text.startswith("# Positions\n")
    assert "**RESTRICTED**" in text
    assert "- **Delegation:** Examplia" in text
    assert "| Article 4, paragraph 1 — Confidentiality | Oppose | High | Yes |" in text
    headings = [line[4:] for line in text.splitlines() if line.startswith("### ")]
    assert headings == [item.title for item in content.items]
    # Quoted numbers are escaped so Markdown does not renumber them as a list.
    assert "> 1\\. The purpose of this Convention" in text
    assert '> (b) "competent authority" means' in text
    assert (
        '> "competent authority" means an authority designated under article 5 '
        "**and notified to the depositary**;" in text
    )
    assert "- Purpose limitation is essential." in text
    assert "| Norway | Support | Prefers Option 1. |" in text


def test_markdown_redline_keeps_spaces_outside_the_markers(library, version):
    save_note(
        library,
        Note(
            version.instrument_id,
            "art-1.2",
            proposals=[
                Proposal(
                    "",
                    "This Convention shall be interpreted and applied in accordance with "
                    "the principles of sovereign equality.",
                )
            ],
        ),
    )
    content = select(library, version.id, Selection(keys=["art-1.2"]))
    lines = markdown(content, Cover()).splitlines()
    start = lines.index("**Proposed wording** (~~deleted~~, **inserted**)")
    assert lines[start + 2] == (
        "> This Convention shall be interpreted **and applied** in accordance with the "
        "principles of sovereign equality ~~and non-interference~~."
    )
