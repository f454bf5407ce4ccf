"""The comparison of two versions as CSV (one row per pair) and Markdown (to paste in a mail)."""

from __future__ import annotations

import csv
from pathlib import Path

from negotiator_app.core.comparison import Change
from negotiator_app.export.changes import (
    ChangesContent,
    brackets_text,
    change_counts,
    changes_title,
)
from negotiator_app.export.output_file import ExportResult, save_atomically
from negotiator_app.export.positions import (
    markdown_inline,
    markdown_quote,
    markdown_redline,
    markdown_table,
)

CSV_COLUMNS = (
    "old",
    "new",
    "change",
    "similarity",
    "old_number",
    "new_number",
    "provision",
    "brackets_removed",
    "brackets_added",
    "brackets_kept",
    "option_chosen",
    "old_text",
    "new_text",
    "comment",
)


def write_changes_csv(
    content: ChangesContent, path: Path | str, *, changed_only: bool = False
) -> ExportResult:
    """Every pair of the comparison at the content's level (or only the changed ones)."""
    pairs = content.comparison.select(content.level, changed_only=changed_only)
    words = content.words
    english = words.language == "en"  # the keys, as scripts have always read them
    comments = {id(row.pair): _comment(row, content) for row in content.rows}
    titles = {id(row.pair): row.title for row in content.rows}
    rows = []
    for pair in pairs:
        brackets = pair.brackets
        rows.append(
            {
                "old": pair.old_key or "",
                "new": pair.new_key or "",
                "change": str(pair.change) if english else words.change(pair.change),
                "similarity": f"{pair.similarity:.3f}",
                "old_number": pair.old_number,
                "new_number": pair.new_number,
                "provision": titles.get(id(pair), pair.title()),
                "brackets_removed": brackets.removed,
                "brackets_added": brackets.added,
                "brackets_kept": brackets.kept,
                "option_chosen": brackets.option_chosen or "",
                "old_text": pair.old_text,
                "new_text": pair.new_text,
                "comment": comments.get(id(pair), ""),
            }
        )

    def write(temporary: Path) -> None:
        # utf-8-sig: the byte-order mark is how Excel knows the file is UTF-8 (Cyrillic!).
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.DictWriter(stream, CSV_COLUMNS)
            writer.writerow({column: words.csv_columns[column] for column in CSV_COLUMNS})
            writer.writerows(rows)

    saved = save_atomically(path, write, protected=content.library_folder)
    return ExportResult(saved, len(rows))


def write_changes_markdown(content: ChangesContent, path: Path | str, marking: str) -> ExportResult:
    """A summary table, then each changed provision with its changes marked."""
    text = changes_markdown(content, marking)
    saved = save_atomically(
        path,
        lambda temporary: temporary.write_text(text, encoding="utf-8"),
        protected=content.library_folder,
    )
    return ExportResult(saved, len(content.rows))


def changes_markdown(content: ChangesContent, marking: str = "") -> str:
    words = content.words
    marking = words.marking(marking) if marking else ""
    lines = [f"# {markdown_inline(changes_title(content))}", ""]
    lines += [f"*{markdown_inline(content.new.title or content.new.instrument)}*", ""]
    if marking:
        lines += [f"**{markdown_inline(marking)}**", ""]
    lines += [change_counts(content) + ".", ""]
    lines += markdown_table(
        (words.column_provision, words.column_change, words.column_brackets, words.column_comment),
        [
            (
                row.title,
                words.change(row.pair.change),
                brackets_text(row.pair, words),
                _comment(row, content),
            )
            for row in content.rows
        ],
    )
    for row in content.rows:
        pair = row.pair
        lines += ["", f"## {markdown_inline(row.title)} — {words.change(pair.change)}", ""]
        if pair.new is None or pair.change == Change.DELETED:
            lines += markdown_quote([markdown_inline(line) for line in pair.old_text.split("\n")])
        else:
            lines += [words.changes_marked, ""]
            lines += markdown_quote(markdown_redline(pair.redline()))
        comment = _comment(row, content)
        if comment:
            lines += ["", f"**{words.comment}:** {markdown_inline(comment)}"]
    return "\n".join(lines).rstrip() + "\n"


def _comment(row, content: ChangesContent) -> str:
    words = content.words
    english = words.language == "en"
    parts = []
    for where, note in row.notes:
        rationale = " ".join(note.rationale.split())
        if note.stance:
            stance = note.stance if english else words.stance(note.stance)
        else:
            stance = words.no_stance
        inside = f"{where.replace('.', ' ')}:" if where else ""
        parts.append(" ".join(p for p in (inside, stance, rationale) if p))
    return " / ".join(parts)
