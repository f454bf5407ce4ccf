"""Benchmark: a position memo of 200 provisions with full notes, against Markdown of the same.

The demonstration draft is imported into a temporary library and 200 of its provisions get a
note with every field filled in (a proposed wording that changes a few words, so each one has a
real redline). Measured: choosing the provisions, writing the .docx, and — as the baseline in
the same run — writing the same content as Markdown. Target: the memo in under 2 s.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from negotiator_app.core.provision import Kind  # noqa: E402
from negotiator_app.core.redline import wording  # noqa: E402
from negotiator_app.export.cover import Cover  # noqa: E402
from negotiator_app.export.memo import write_memo  # noqa: E402
from negotiator_app.export.positions import write_markdown  # noqa: E402
from negotiator_app.export.selection import Selection, select  # noqa: E402
from negotiator_app.resources import resource_path  # noqa: E402
from negotiator_app.storage import Library  # noqa: E402
from negotiator_app.storage.imports import import_draft  # noqa: E402
from negotiator_app.storage.notes import (  # noqa: E402
    STANCES,
    DelegationPosition,
    Note,
    Proposal,
    save_note,
)

PROVISIONS = 200
RUNS = 5
TARGET_S = 2.0


def run() -> str:
    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "library") as library:
        version_id = _library_with_notes(library)
        select_times, memo_times, markdown_times = [], [], []
        memo_path, markdown_path = Path(folder) / "memo.docx", Path(folder) / "memo.md"
        cover = Cover(delegation="Delegation of Examplia", session="Fourth session")
        for _ in range(RUNS):
            start = time.perf_counter()
            content = select(library, version_id, Selection())
            select_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_memo(content, memo_path, cover, comments=True)
            memo_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_markdown(content, markdown_path, cover)
            markdown_times.append(time.perf_counter() - start)
        count = len(content.items)
        memo_size = memo_path.stat().st_size
        markdown_size = markdown_path.stat().st_size

    memo_s = statistics.median(memo_times)
    markdown_s = statistics.median(markdown_times)
    verdict = "meets" if memo_s < TARGET_S else "MISSES"
    return "\n".join(
        [
            "### Position memo (.docx), 200 provisions with full notes",
            "",
            f"Median of {RUNS} runs; {count} provisions of the demonstration draft, every note "
            "field filled, redlines, delegation tables and Word comments.",
            "",
            "| step | time | output size |",
            "|---|---|---|",
            f"| choose provisions (select) | {statistics.median(select_times) * 1000:.0f} ms | |",
            f"| write memo.docx | {memo_s * 1000:.0f} ms | {memo_size / 1024:.0f} KiB |",
            f"| baseline: same content as Markdown | {markdown_s * 1000:.0f} ms "
            f"| {markdown_size / 1024:.0f} KiB |",
            "",
            f"The Word memo takes {memo_s / markdown_s:.1f}× the Markdown baseline; "
            f"it {verdict} the {TARGET_S:.0f} s target.",
        ]
    )


def _library_with_notes(library: Library) -> int:
    info, _ = import_draft(
        library, resource_path("demo", "demo_convention_en.txt"), label="Rev.1", language="en"
    )
    wanted = {Kind.ARTICLE, Kind.PARAGRAPH, Kind.SUBPARAGRAPH, Kind.PREAMBLE_PARAGRAPH}
    nodes = [node for top in library.tree(info.id) for node in top.walk()]
    chosen = [node for node in nodes if node.kind in wanted][:PROVISIONS]
    for index, node in enumerate(chosen):
        proposed = wording(node).replace("shall", "should", 1)
        proposed = proposed.replace(" and ", " and, where possible, ", 1)
        save_note(
            library,
            Note(
                info.instrument_id,
                node.key,
                version_id=info.id,
                stance=STANCES[index % len(STANCES)],
                priority=("high", "medium", "low")[index % 3],
                red_line=index % 7 == 0,
                proposals=[
                    Proposal(
                        "en", proposed + " This paragraph is without prejudice to domestic law."
                    )
                ],
                rationale="The text goes further than our domestic law allows.\n"
                "A softer obligation keeps the provision acceptable to capital.",
                talking_points="- We support the aim.\n- The obligation must be softened.\n"
                "- We are flexible on the wording.",
                instructions="Consult the Ministry of Justice before agreeing to any change.",
                tags=["benchmark", f"group-{index % 5}"],
                delegations=[
                    DelegationPosition("Examplia", "support", "Said so in the plenary."),
                    DelegationPosition("Ruritania", "oppose", "Wants the paragraph deleted."),
                ],
            ),
        )
    return info.id


if __name__ == "__main__":
    print(run())
