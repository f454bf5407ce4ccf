"""The positions kept without a text (their revision's versions were deleted), as CSV or Markdown.

They have no provision text to quote or redline against: each is listed with its instrument,
revision and key, and every field the delegate wrote, wordings named by their language.
"""

from __future__ import annotations

import csv
from pathlib import Path

from negotiator_app.export import note_text
from negotiator_app.export.output_file import ExportProblem, ExportResult, save_atomically
from negotiator_app.export.positions import markdown_inline, markdown_table
from negotiator_app.storage.library_edits import OrphanNote

ORPHAN_COLUMNS = (
    "instrument", "revision", "key", "quote", "stance", "priority", "red_line", "proposed",
    "rationale", "talking_points", "instructions", "tags", "delegations", "updated",
)  # fmt: skip
TITLE = "Positions kept without a text"


def write_orphans(
    orphans: list[OrphanNote], path: Path | str, library_folder: Path
) -> ExportResult:
    """Write the orphans to path, as CSV or Markdown by its suffix (all of it or nothing)."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".md"):
        raise ExportProblem(f"Cannot tell the format from {path}: name it .csv or .md.")
    if not orphans:
        raise ExportProblem("No positions are kept without a text; no file was written.")
    if suffix == ".csv":

        def write(temporary: Path) -> None:
            with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.DictWriter(stream, ORPHAN_COLUMNS)
                writer.writeheader()
                writer.writerows(_row(orphan) for orphan in orphans)

    else:
        text = _markdown(orphans)

        def write(temporary: Path) -> None:
            temporary.write_text(text, encoding="utf-8")

    saved = save_atomically(path, write, protected=library_folder)
    return ExportResult(saved, len(orphans))


def _row(orphan: OrphanNote) -> dict[str, str]:
    note = orphan.note
    return {
        "instrument": orphan.instrument,
        "revision": orphan.revision,
        "key": note.provision_key,
        "quote": note.quote,
        "stance": note.stance,
        "priority": note.priority,
        "red_line": "yes" if note.red_line else "no",
        "proposed": "; ".join(f"{p.language_name()}: {p.text}" for p in note.proposals if p.text),
        "rationale": note.rationale,
        "talking_points": note.talking_points,
        "instructions": note.instructions,
        "tags": "; ".join(note.tags),
        "delegations": "; ".join(
            " — ".join(part for part in row if part)
            for row in note_text.delegation_rows(note.delegations)
        ),
        "updated": note.updated,
    }


def _markdown(orphans: list[OrphanNote]) -> str:
    lines = [f"# {TITLE}", ""]
    lines += markdown_table(
        ("Instrument", "Revision", "Provision", "Stance"),
        [(o.instrument, o.revision, o.note.provision_key, note_text.stance_text(o.note))
         for o in orphans],
    )  # fmt: skip
    for orphan in orphans:
        note = orphan.note
        lines += ["", f"## {markdown_inline(f'{orphan.revision}, {note.provision_key}')}", ""]
        if note.quote:
            lines += [f"*On the words “{markdown_inline(note.quote)}”*", ""]
        lines.append(f"**Position:** {note_text.stance_text(note)}")
        for proposal in note.proposals:
            if proposal.text.strip():
                title = note_text.ENGLISH.proposed_in.format(language=proposal.language_name())
                lines += ["", f"**{title}**", "", markdown_inline(proposal.text.strip())]
        for title, text in (
            ("Rationale", note.rationale),
            ("Talking points", note.talking_points),
            ("Instructions", note.instructions),
        ):
            if text.strip():
                lines += ["", f"**{title}**", "", markdown_inline(text.strip())]
    return "\n".join(lines).rstrip() + "\n"
