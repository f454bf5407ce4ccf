"""Precedents in the library: found and stored for a 500-article draft, then looked up.

The texts are bench_precedents' (tests/fixtures/borrowing.py): three earlier conventions of 100
articles, imported and marked as references, their precedents in one another already stored;
then a draft of 500 articles arrives. Measured, median of RUNS, each on a fresh copy of the
library:
- the update the workbench runs in the background after the draft's import
  (storage/precedents.py update_precedents: read the texts, index each reference, compare every
  draft passage, store every precedent in one transaction);
- baseline, in the same run: the finder alone on the same texts in memory (core/precedents.py,
  one index of the three references), what bench_precedents measures;
- looking up one provision as the Precedents tab does (precedents_of for the passages of a
  random article or paragraph, each precedent's redline drawn), LOOKUPS times;
- an update with nothing to search (what every start of the workbench costs), and the draft's
  next revision (compared with the three references and with the draft);
- the first start's background step on the demonstration library: the Valmora Convention
  imported as a reference and the precedents of the demonstration found.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from negotiator_app.core.passages import passages  # noqa: E402
from negotiator_app.core.precedents import PrecedentIndex, Reference, find_precedents  # noqa: E402
from negotiator_app.core.provision import Document  # noqa: E402
from negotiator_app.storage import Library  # noqa: E402
from negotiator_app.storage.imports import import_demo_if_empty, import_demo_reference  # noqa: E402
from negotiator_app.storage.precedents import precedents_of, update_precedents  # noqa: E402
from tests.fixtures.borrowing import borrowing_draft, earlier_convention  # noqa: E402

RUNS = 3
LOOKUPS = 500
TARGET_UPDATE_S = 10.0
TARGET_LOOKUP_MS = 50.0


def run() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    references = [
        earlier_convention(100, seed, prefix=f"ref{seed}.", paragraphs=(6, 12))
        for seed in (1, 2, 3)
    ]
    draft, _ = borrowing_draft(
        [a for r in references for a in r], 500, seed=7, share=0.4, paragraphs=(7, 13)
    )
    rev2, _ = borrowing_draft(
        [a for r in references for a in r], 500, seed=8, share=0.4, paragraphs=(7, 13)
    )
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        ready = root / "ready"
        with Library(ready) as library:
            ids = []
            for n, tree in enumerate(references, 1):
                info = library.add_version(
                    Document(f"Reference {n}", tree, language="en"),
                    instrument=f"Reference {n}",
                    label=f"R{n}",
                    language="en",
                    reference=True,
                    cite_as=f"Reference {n}",
                )
                ids.append(info.id)
            start = time.perf_counter()
            update_precedents(library)
            among_references = time.perf_counter() - start
            draft_info = library.add_version(
                Document("Draft", draft, language="en"),
                instrument="Draft",
                label="Rev.1",
                language="en",
            )
        updates, cpus, stored = _updates(root, ready)
        baseline = _baseline(draft, references)
        done = root / "done"
        shutil.copytree(ready, done)
        with Library(done) as library:
            update_precedents(library)
            lookups = _lookups(library, draft_info.id, draft)
            start = time.perf_counter()
            nothing = update_precedents(library)
            idle_ms = (time.perf_counter() - start) * 1000
            assert not nothing.searched
            library.add_version(
                Document("Draft", rev2, language="en"),
                instrument="Draft",
                label="Rev.2",
                language="en",
            )
            start = time.perf_counter()
            next_update = update_precedents(library)
            next_s = time.perf_counter() - start
        first_start_s = _first_start(root / "demo")
    update = statistics.median(updates)
    draft_passages = len(passages(draft))
    lines = [
        "### Precedents stored in the library: a 500-article draft, three 100-article "
        "references (bench_precedents_library)",
        "",
        f"The texts of bench_precedents: a draft of 500 articles ({draft_passages:,} passages) "
        "against three references of 100 articles, imported into a library in clear, the "
        f"references' precedents in one another already stored ({among_references:.2f} s). "
        f"Median of {RUNS} runs, each on a fresh copy of the library; load average {load:.1f} "
        "at the start (2 CPUs shared).",
        "",
        "| what | time | target |",
        "|---|---:|---|",
        f"| update after the draft's import (background): read, index, compare, store "
        f"{stored:,} precedents in one transaction | {update:.2f} s wall, "
        f"{statistics.median(cpus):.2f} s CPU | < {TARGET_UPDATE_S:.0f} s: "
        f"{_met(update < TARGET_UPDATE_S)} |",
        f"| baseline: the finder alone, texts in memory (core/precedents.py) | {baseline:.2f} s "
        f"| storage costs {update / baseline:.2f}× the finder |",
        f"| one provision looked up as the Precedents tab does (its passages' precedents and "
        f"redlines), p50 / p95 / max of {LOOKUPS} (articles and paragraphs) "
        f"| {lookups[0]:.2f} / {lookups[1]:.2f} / {lookups[2]:.2f} ms "
        f"| < {TARGET_LOOKUP_MS:.0f} ms: {_met(lookups[1] < TARGET_LOOKUP_MS)} |",
        f"| an update with nothing to search (each start of the workbench) | {idle_ms:.1f} ms | |",
        f"| the draft's next revision (500 articles): {len(next_update.searched)} pairs "
        f"searched (three references and Rev.1), {next_update.found:,} precedents stored "
        f"| {next_s:.2f} s | |",
        f"| first start, in the background after the first paint: the Valmora Convention "
        f"imported (EN, RU) and the demonstration's precedents found | {first_start_s:.2f} s "
        "| |",
        "",
    ]
    return "\n".join(lines)


def _updates(root: Path, ready: Path) -> tuple[list[float], list[float], int]:
    times, cpus, stored = [], [], 0
    for n in range(RUNS):
        copy = root / f"run{n}"
        shutil.copytree(ready, copy)
        with Library(copy) as library:
            start, cpu = time.perf_counter(), time.process_time()
            update = update_precedents(library)
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            stored = update.found
        shutil.rmtree(copy)
    return times, cpus, stored


def _baseline(draft, references) -> float:
    sources = [Reference(n, f"Reference {n}", tree) for n, tree in enumerate(references, 1)]
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        find_precedents(draft, PrecedentIndex(sources))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _lookups(library: Library, version_id: int, draft) -> tuple[float, float, float]:
    """As the tab: the passages of the provision selected, their precedents, their redlines."""
    nodes = [node for article in draft for node in article.walk()]
    sample = random.Random(5).sample(nodes, LOOKUPS)
    times = []
    for node in sample:
        start = time.perf_counter()
        within = [n for n in node.walk() if n.text.strip()]
        found = precedents_of(library, version_id, [n.key for n in within], limit=6)
        for each in within:
            for precedent in found.of(each.key):
                precedent.diff(each.text)
        times.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(times, n=20)
    return statistics.median(times), cuts[18], max(times)


def _first_start(folder: Path) -> float:
    with Library(folder) as library:
        import_demo_if_empty(library)
    start = time.perf_counter()
    with Library(folder) as library:
        import_demo_reference(library)
        update_precedents(library)
    return time.perf_counter() - start


def _met(ok: bool) -> str:
    return "met" if ok else "not met"


if __name__ == "__main__":
    print(run())
