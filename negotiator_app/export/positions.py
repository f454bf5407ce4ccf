"""The positions as Markdown (to paste into an email) and CSV (one row per provision)."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from negotiator_app.core.provision import Provision
from negotiator_app.core.redline import DELETE, INSERT, Segment, wording
from negotiator_app.export import note_text
from negotiator_app.export.cover import Cover, draft_line, version_line
from negotiator_app.export.memo_words import MemoWords
from negotiator_app.export.output_file import (
    Cancelled,
    ExportCancelled,
    ExportResult,
    Progress,
    save_atomically,
)
from negotiator_app.export.selection import MemoContent, MemoItem, proposal_redline
from negotiator_app.storage.notes import Note

CSV_COLUMNS = (
    "version",
    "key",
    "provision",
    "heading",
    "quote",
    "stance",
    "priority",
    "red_line",
    "proposed",
    "proposed_other_languages",
    "rationale",
    "talking_points",
    "instructions",
    "tags",
    "delegations",
    "current_text",
    "updated",
)
AGREED_COLUMN = "agreed_language"  # added when the memo asks for agreed language
_INLINE_SPECIALS_RE = re.compile(r"([\\*_~`])")
_LIST_START_RE = re.compile(r"^(\s*)(\d+)\.")


def write_markdown(
    content: MemoContent,
    path: Path | str,
    cover: Cover,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """The memo's content as Markdown, written all at once or not at all."""
    text = markdown(content, cover, progress=progress, cancelled=cancelled)
    saved = save_atomically(
        path,
        lambda temporary: temporary.write_text(text, encoding="utf-8"),
        protected=content.library_folder,
    )
    return ExportResult(saved, len(content.items), list(content.warnings))


def write_csv(
    content: MemoContent,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """One row per provision (per note, when a provision has notes on quoted words too)."""
    rows = []
    for done, item in enumerate(content.items, start=1):
        _check(cancelled)
        rows.extend(csv_rows(content, item))
        if progress is not None:
            progress(done, len(content.items))

    columns = (*CSV_COLUMNS, AGREED_COLUMN) if content.agreed_language else CSV_COLUMNS
    headings = content.words.csv_columns

    def write(temporary: Path) -> None:
        # utf-8-sig: the byte-order mark is how Excel knows the file is UTF-8 (Cyrillic!).
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.DictWriter(stream, columns)
            writer.writerow({column: headings[column] for column in columns})
            writer.writerows(rows)

    saved = save_atomically(path, write, protected=content.library_folder)
    return ExportResult(saved, len(content.items), list(content.warnings))


def csv_rows(content: MemoContent, item: MemoItem) -> list[dict[str, str]]:
    """The CSV rows of one provision; the headings (and stance words) in the memo's language,
    the English ones by their keys ("support with amendments"), as scripts read them."""
    base = {
        "version": content.version.label,
        "key": item.provision.key,
        "provision": item.reference,
        "heading": item.heading,
        "current_text": wording(item.provision),
    }
    if content.agreed_language:
        base[AGREED_COLUMN] = "\n".join(item.agreed)
    if not item.notes:
        return [{**{column: "" for column in CSV_COLUMNS}, **base}]
    language = content.version.language
    return [{**base, **_note_fields(note, language, content.words)} for note in item.notes]


def markdown(
    content: MemoContent,
    cover: Cover,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> str:
    """The memo as Markdown: the same parts as the Word memo, in the same order."""
    words = content.words
    cover = cover.in_language(words)
    lines = [
        f"# {markdown_inline(cover.title)}",
        "",
        f"*{markdown_inline(draft_line(content.version))}*",
        "",
    ]
    if cover.marking:
        lines += [f"**{markdown_inline(cover.marking)}**", ""]
    for label, value in cover.rows(version_line(content.version), words):
        lines.append(f"- **{label}:** {markdown_inline(value)}")
    lines += ["", f"## {words.summary_heading}", ""]
    lines += markdown_table(
        (words.column_provision, words.column_stance, words.column_priority, words.column_red_line),
        [
            (
                item.title,
                note_text.stance_text(item.note, words),
                note_text.priority_text(item.note, words),
                note_text.red_line_text(item.note, words),
            )
            for item in content.items
        ],
    )
    if content.review:
        lines += ["", f"## {markdown_inline(content.review_heading)}", ""]
        lines += markdown_table(
            (words.column_provision, words.column_what_changed, words.column_position),
            [(r.title, r.message, note_text.stance_text(r.note, words)) for r in content.review],
        )
    lines += ["", f"## {words.by_provision_heading}"]
    for done, item in enumerate(content.items, start=1):
        _check(cancelled)
        lines += ["", *_provision(item, content.version.language, words)]
        if progress is not None:
            progress(done, len(content.items))
    return "\n".join(lines).rstrip() + "\n"


def _provision(item: MemoItem, language: str, words: MemoWords) -> list[str]:
    lines = [f"### {markdown_inline(item.title)}", ""]
    if item.note is None:
        lines += [f"*{words.no_position_yet}*", ""]
    elif not item.note.quote:
        lines += [*_position(item.note, words), ""]
    lines += [f"**{words.current_text}**", ""]
    lines += markdown_quote(
        [_block_line(line) for line in wording(item.provision).split("\n") if line]
    )
    for line in item.agreed:
        lines += ["", f"*{markdown_inline(line)}*"]
    for note in item.notes:
        if note.quote:
            on_words = words.on_the_words.format(quote=markdown_inline(note.quote))
            lines += ["", f"**{on_words}**", "", *_position(note, words)]
        lines += _fields(note, item.provision, language, words)
    return lines


def _position(note: Note, words: MemoWords) -> list[str]:
    parts = [f"**{words.position}:** {note_text.stance_text(note, words)}"]
    if note.priority:
        parts.append(f"**{words.priority}:** {note_text.priority_text(note, words)}")
    if note.red_line:
        parts.append(f"**{words.red_line.upper()}**")
    lines = [" · ".join(parts)]
    if note.tags:
        lines += ["", f"**{words.tags}:** {markdown_inline(', '.join(note.tags))}"]
    return lines


def _fields(note: Note, provision: Provision, language: str, words: MemoWords) -> list[str]:
    lines: list[str] = []
    for shown in note_text.wordings(note, language, words):
        if shown.redlined:
            lines += ["", f"**{shown.title}** {words.redline_key}", ""]
            segments = proposal_redline(note, shown.proposal, provision)
            lines += markdown_quote(markdown_redline(segments))
        else:
            lines += ["", f"**{shown.title}**", ""]
            lines += markdown_quote(
                [_block_line(line) for line in shown.proposal.text.strip().split("\n") if line]
            )
    lines += _text_block(words.rationale, note.rationale)
    points = note_text.talking_points(note.talking_points)
    if points:
        lines += ["", f"**{words.talking_points}**", ""]
        lines += [f"- {markdown_inline(point)}" for point in points]
    lines += _text_block(words.instructions, note.instructions)
    rows = note_text.delegation_rows(note.delegations, words)
    if rows:
        lines += ["", f"**{words.other_delegations}**", ""]
        header = (words.column_delegation, words.column_stance, words.column_remark)
        lines += markdown_table(header, rows)
    return lines


def _text_block(title: str, text: str) -> list[str]:
    lines = []
    for paragraph in note_text.paragraphs(text):
        lines += ["", markdown_inline(paragraph)]
    return ["", f"**{title}**", *lines] if lines else []


def markdown_redline(segments: list[Segment]) -> list[str]:
    """~~deleted~~ and **inserted**, with the spaces outside the markers so they render."""
    lines = [""]
    for op, text in segments:
        for index, piece in enumerate(text.split("\n")):
            if index:
                lines.append("")
            if not piece:
                continue
            marker = {DELETE: "~~", INSERT: "**"}.get(op, "")
            core = piece.strip()
            if marker and core:
                lead = piece[: len(piece) - len(piece.lstrip())]
                trail = piece[len(piece.rstrip()) :]
                lines[-1] += f"{lead}{marker}{markdown_inline(core)}{marker}{trail}"
            else:
                lines[-1] += markdown_inline(piece)
    return [_LIST_START_RE.sub(r"\1\2\\.", line) for line in lines]


def markdown_quote(lines: list[str]) -> list[str]:
    """A block quote that keeps each line (each paragraph of the provision) apart."""
    quoted: list[str] = []
    for line in lines:
        quoted += [">", f"> {line}"] if quoted else [f"> {line}"]
    return quoted


def markdown_table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    def cell(text: str) -> str:
        return markdown_inline(" ".join(text.split())).replace("|", "\\|") or " "

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return lines


def _note_fields(note: Note, language: str, words: MemoWords) -> dict[str, str]:
    own = note.proposal(language)
    english = words.language == "en"  # the keys, as scripts have always read them
    return {
        "quote": note.quote,
        "stance": note.stance if english else words.stance(note.stance),
        "priority": note.priority if english else words.priority_name(note.priority),
        "red_line": ("yes" if note.red_line else "no")
        if english
        else (words.yes if note.red_line else words.no),
        "proposed": own.text if own is not None else "",
        "proposed_other_languages": "; ".join(
            f"{words.language_name(p.language)}: {p.text}" for p in note.other_proposals(language)
        ),
        "rationale": note.rationale,
        "talking_points": note.talking_points,
        "instructions": note.instructions,
        "tags": "; ".join(note.tags),
        "delegations": "; ".join(
            " — ".join(part for part in row if part)
            for row in note_text.delegation_rows(note.delegations, words)
        ),
        "updated": note.updated,
    }


def markdown_inline(text: str) -> str:
    return _INLINE_SPECIALS_RE.sub(r"\\\1", text)


def _block_line(text: str) -> str:
    """A quoted line that Markdown will not turn into a renumbered list."""
    return _LIST_START_RE.sub(r"\1\2\\.", markdown_inline(text))


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()
