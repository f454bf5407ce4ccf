"""An encrypted library against the same library in clear, in the same run.

The demonstration library (English and Russian drafts) with one note per twenty provisions,
copied, and the copy encrypted with `encrypt_library`. Measured:
- opening: a fresh process that opens the library and reads the first version's tree (what the
  workbench does before its first paint); the encrypted one derives its key from the passphrase
  (NEGOTIATOR_PASSPHRASE) first. Median of 7, alternating. The clear library is also opened by
  the code on main (PYTHONPATH=../main) when that checkout is there: the clear path's cost now
  against before encryption existed.
- the search index: built on disk for the clear library; built in memory at unlock for the
  encrypted one (it is never written to disk).
- search: the query mix of bench_search over both, p50 / p95 of 15 rounds after a warm-up.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from negotiator_app.search import SearchIndex  # noqa: E402
from negotiator_app.storage import Library, cipher  # noqa: E402
from negotiator_app.storage.encryption import encrypt_library  # noqa: E402
from negotiator_app.storage.imports import import_demo_if_empty  # noqa: E402
from negotiator_app.storage.notes import STANCES, Note, save_note  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
OPENS = 7
ROUNDS = 15
QUERIES = ["confiscation", '"competent authority"', "confiscation AND assets", "extrad*",
           "confiskation~", "article:12", "stance:oppose", "tag:crypto in:notes", "криптовалюта",
           '"компетентный орган"', "evidence NOT electronic", "cryptocurency"]  # fmt: skip
OPEN = (
    "import sys, time; t = time.perf_counter()\n"
    "from pathlib import Path\n"
    "from negotiator_app.storage import Library\n"
    "folder = Path(sys.argv[1])\n"
    "try:\n"
    "    from negotiator_app.cli.encryption_commands import unlock_if_encrypted\n"
    "except ImportError:  # the code on main, before encryption\n"
    "    unlock_if_encrypted = lambda folder: None\n"
    "unlock_if_encrypted(folder)\n"
    "library = Library(folder)\n"
    "library.tree(library.versions()[0].id)\n"
    "print(time.perf_counter() - t)\n"
)
MAIN_CHECKOUT = REPO.parent / "main"


def run() -> str:
    with tempfile.TemporaryDirectory() as scratch:
        clear, encrypted = Path(scratch) / "clear", Path(scratch) / "encrypted"
        notes = _demo_library(clear)
        shutil.copytree(clear, encrypted)
        encrypt_library(encrypted, PASSPHRASE)
        opened = _open_times(clear, encrypted)
        with Library(clear) as library, SearchIndex(library) as index:
            started = time.perf_counter()
            index.rebuild()
            build_clear = time.perf_counter() - started
            search_clear = _latencies(index)
        with Library(encrypted) as library, SearchIndex(library) as index:
            started = time.perf_counter()
            index.catch_up()  # what the workbench's search thread does at unlock
            build_encrypted = time.perf_counter() - started
            search_encrypted = _latencies(index)
            on_disk = (encrypted / "index").exists()
        cipher.forget(encrypted)
    extra = opened["encrypted"] - opened["clear"]
    lines = [
        "### Encrypted library against the same library in clear (bench_encryption)",
        "",
        f"The demonstration library (2 versions, {notes} notes), and a copy encrypted with "
        "`negotiator encrypt` (SQLCipher 4 through sqlcipher3; key derived once, PBKDF2-SHA512 "
        f"256,000 rounds). Opening: a fresh process opens the library and reads the first "
        f"version's tree, median of {OPENS}, alternating; the encrypted one derives its key first. "
        f"Search: {len(QUERIES)} queries × {ROUNDS} rounds after a warm-up, limit 50.",
        "",
        "| what | clear | encrypted | difference |",
        "|---|---:|---:|---:|",
        f"| open the library and read its first tree | {opened['clear'] * 1000:.0f} ms "
        f"| {opened['encrypted'] * 1000:.0f} ms | +{extra * 1000:.0f} ms |",
        f"| search index: full build (clear: on disk; encrypted: in memory, at unlock) "
        f"| {build_clear:.2f} s | {build_encrypted:.2f} s "
        f"| {build_encrypted / build_clear:.2f}× |",
        f"| search p50 / p95 | {_ms(search_clear)} | {_ms(search_encrypted)} "
        f"| {statistics.median(search_encrypted) / statistics.median(search_clear):.2f}× p50 |",
    ]
    if "main" in opened:
        lines.append(
            f"| open, clear library, code on main (before encryption) | {opened['main'] * 1000:.0f}"
            f" ms | | this branch {opened['clear'] / opened['main']:.2f}× main |"
        )
    verdict = "met" if extra < 1.0 else "NOT met"
    lines += [
        "",
        f"Opening the encrypted library costs {extra * 1000:.0f} ms more than the clear one "
        f"(target < 1 s: {verdict}). The encrypted library's index was "
        f"{'written to disk (a leak!)' if on_disk else 'never written to disk'}.",
    ]
    return "\n".join(lines)


def _demo_library(folder: Path) -> int:
    with Library(folder) as library:
        import_demo_if_empty(library)
        count = 0
        for version in library.versions():
            for n, row in enumerate(library.rows(version.id)):
                if n % 20 == 0:
                    save_note(
                        library,
                        Note(
                            version.instrument_id,
                            row.key,
                            version_id=version.id,
                            stance=STANCES[n % len(STANCES)],
                            rationale=f"Our position on {row.key}: cryptocurrency assets.",
                            tags=["crypto"] if n % 40 == 0 else [],
                        ),
                    )
                    count += 1
    return count


def _open_times(clear: Path, encrypted: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NEGOTIATOR_PASSPHRASE": PASSPHRASE}
    runs: dict[str, list[float]] = {"clear": [], "encrypted": []}
    targets = [("clear", clear, env), ("encrypted", encrypted, env)]
    if (MAIN_CHECKOUT / "negotiator_app").is_dir():
        runs["main"] = []
        targets.append(("main", clear, {**env, "PYTHONPATH": str(MAIN_CHECKOUT)}))
    for _ in range(OPENS):
        for name, folder, environment in targets:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", OPEN, str(folder)],
                env=environment,
                check=True,
                capture_output=True,
            )
            runs[name].append(time.perf_counter() - started)
    return {name: statistics.median(times) for name, times in runs.items()}


def _latencies(index: SearchIndex) -> list[float]:
    for query in QUERIES:
        index.search(query)
    times = []
    for _ in range(ROUNDS):
        for query in QUERIES:
            started = time.perf_counter()
            index.search(query)
            times.append(time.perf_counter() - started)
    return times


def _ms(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"{statistics.median(times) * 1000:.1f} / {p95 * 1000:.1f} ms"


if __name__ == "__main__":
    print(run())
