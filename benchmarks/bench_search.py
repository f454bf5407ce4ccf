"""Library and search at 1,000 and 10,000 provisions: import, index build, note update, queries.

The libraries are made at run time: drafts in English and Russian whose articles are assembled
from the demonstration draft's own paragraphs (so their length and vocabulary are realistic),
imported through the real importer as four versions, plus one note per twenty provisions.
Search latency covers a fixed mix of queries (words, phrases, boolean, prefix, fuzzy, filters,
Russian, a misspelling), snippets and grouping included. Baseline in the same run: SQLite FTS5
over the same provisions and notes, bm25-ranked with its snippet(), for every query of the mix
FTS5 can express.
"""

from __future__ import annotations

import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from negotiator_app.core.provision import Kind  # noqa: E402
from negotiator_app.importers.text import parse_text  # noqa: E402
from negotiator_app.search import SearchIndex  # noqa: E402
from negotiator_app.storage import Library  # noqa: E402
from negotiator_app.storage.imports import import_draft  # noqa: E402
from negotiator_app.storage.notes import STANCES, Note, save_note  # noqa: E402

SIZES = (1_000, 10_000)
ROUNDS = 15
NOTE_SAVES = 15
TARGET_P95_MS = 30.0
DEMO = REPO / "resources" / "demo"
TAGS = ("crypto", "privacy", "sovereignty", "evidence", "capacity", "human rights", "assets")

# (whoosh query, FTS5 MATCH or None when FTS5 has no equivalent, extra SQL condition)
QUERIES = [
    ("confiscation", "confiscation", ""),
    ("data", "data", ""),
    ('"competent authority"', '"competent authority"', ""),
    ('"mutual legal assistance"', '"mutual legal assistance"', ""),
    ("confiscation AND assets", "confiscation AND assets", ""),
    ("evidence OR data", "evidence OR data", ""),
    ("evidence NOT electronic", "evidence NOT electronic", ""),
    ("crypto*", "crypto*", ""),
    ("extrad*", "extrad*", ""),
    ("confiskation~", None, ""),
    ("article:12", None, "article = '12'"),
    ("chapter:IV offence", "offence", "chapter = 'IV'"),
    ("stance:oppose", None, "stance = 'oppose'"),
    ("tag:crypto in:notes", "tags:crypto", ""),
    ("криптовалюта", "криптовалют*", ""),
    ('"компетентный орган"', '"компетентный орган"', ""),
    ("данные AND доказательства", "данные AND доказательства", ""),
    ("cryptocurency", "cryptocurency", ""),
]


def run() -> str:
    lines = [
        "### Library and search at 1,000 and 10,000 provisions (bench_search)",
        "",
        "Four versions (English and Russian, two revisions each) assembled from the "
        "demonstration draft's paragraphs, imported through the real importer, one note per "
        f"twenty provisions. Latency: {ROUNDS} rounds of the {len(QUERIES)}-query mix, "
        "limit 50, snippets and grouping included, after one warm-up round. Baseline: SQLite "
        "FTS5 (porter + unicode61) on the same provisions and notes, bm25 order, snippet(), "
        "limit 50, for the queries FTS5 can express.",
        "",
        "| provisions | import | full index build | longest GUI-thread pause during build "
        "| note save → indexed (median / p95) | search p50 / p95 | FTS5 p50 / p95 | ratio p50 "
        "| p95 < 30 ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    load = (
        f", load average {os.getloadavg()[0]:.1f} at the start" if hasattr(os, "getloadavg") else ""
    )
    slowest = ""
    for size in SIZES:
        row, slowest = _measure(size)
        lines.append(row)
    lines += [
        "",
        f"Machine: {_machine(load)}. Import includes parsing, the tree, one transaction and the "
        f"backup taken before each import. Slowest query of the mix at {SIZES[-1]:,} "
        f"provisions: {slowest}.",
    ]
    return "\n".join(lines)


def _measure(size: int) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        library = Library(folder_path / "library")
        imported, import_seconds = _import(library, folder_path, size)
        _add_notes(library, imported // 20)

        index = SearchIndex(library)
        pause, build_seconds = _background_build(index)
        saves = _note_updates(library, index)
        whoosh_times, per_query = _whoosh_latency(index)
        fts_times = _fts_latency(library, folder_path / "fts.sqlite3")
        index.close()
        library.close()
    p50, p95 = _percentiles(whoosh_times)
    f50, f95 = _percentiles(fts_times)
    s50, s95 = _percentiles(saves)
    query, times = max(per_query.items(), key=lambda item: _percentiles(item[1])[1])
    slowest = f"`{query}`, p95 {_percentiles(times)[1] * 1000:.1f} ms"
    return (
        f"| {imported:,} | {imported / import_seconds:,.0f} provisions/s "
        f"| {build_seconds:.1f} s | {pause * 1000:.0f} ms "
        f"| {s50 * 1000:.0f} / {s95 * 1000:.0f} ms "
        f"| {p50 * 1000:.1f} / {p95 * 1000:.1f} ms | {f50 * 1000:.2f} / {f95 * 1000:.2f} ms "
        f"| {p50 / f50:.1f}× | {'met' if p95 * 1000 < TARGET_P95_MS else 'MISSED'} |",
        slowest,
    )


# -- the library -----------------------------------------------------------------------


def _import(library: Library, folder: Path, size: int) -> tuple[int, float]:
    """Four drafts of size/4 provisions each; returns (provisions imported, seconds)."""
    total, seconds = 0, 0.0
    instrument = "Benchmark convention"
    for revision in (1, 2):
        for language in ("en", "ru"):
            path = folder / f"draft-{language}-{revision}.txt"
            path.write_text(_draft(language, size // 4, seed=revision), encoding="utf-8")
            started = time.perf_counter()
            info, _ = import_draft(
                library,
                path,
                instrument=instrument,
                label=f"{language.upper()} Rev.{revision}",
                language=language,
            )
            seconds += time.perf_counter() - started
            total += info.provision_count
    return total, seconds


def _draft(language: str, provisions: int, seed: int) -> str:
    """A draft of about `provisions` provisions built from the demo draft's own paragraphs."""
    demo = parse_text((DEMO / f"demo_convention_{language}.txt").read_text(encoding="utf-8"))
    paragraphs = [p.text for p in demo.walk() if p.kind == Kind.PARAGRAPH and p.text]
    items = [p.text for p in demo.walk() if p.kind == Kind.SUBPARAGRAPH and p.text]
    headings = [p.heading for p in demo.walk() if p.kind == Kind.ARTICLE and p.heading]
    words = ("Chapter", "Article") if language == "en" else ("Глава", "Статья")
    letters = "abcdefgh" if language == "en" else "абвгдежз"
    rng = random.Random(seed)
    out, count, article = ["Draft convention", ""], 0, 0
    while count < provisions:
        if article % 12 == 0:
            out += [f"{words[0]} {article // 12 + 1}", rng.choice(headings), ""]
            count += 1
        article += 1
        out += [f"{words[1]} {article}", rng.choice(headings), ""]
        count += 1
        for number in range(1, rng.randint(2, 5) + 1):
            out += [f"{number}. {rng.choice(paragraphs)}", ""]
            count += 1
            if rng.random() < 0.3:
                for letter in letters[: rng.randint(2, 4)]:
                    out.append(f"({letter}) {rng.choice(items)}")
                    count += 1
                out.append("")
    return "\n".join(out)


def _add_notes(library: Library, count: int) -> None:
    rng = random.Random(7)
    versions = library.versions()
    rationale = [
        row[0]
        for row in library.connection.execute(
            "SELECT text FROM provisions WHERE kind = 'paragraph' LIMIT 400"
        )
    ]
    keys = [
        (v, row[0])
        for v in versions
        for row in library.connection.execute(
            "SELECT key FROM provisions WHERE version_id = ? AND kind = 'paragraph'", (v.id,)
        )
    ]
    for version, key in rng.sample(keys, min(count, len(keys))):
        save_note(
            library,
            Note(
                version.instrument_id,
                key,
                version_id=version.id,
                stance=rng.choice(STANCES),
                rationale=rng.choice(rationale),
                talking_points=rng.choice(rationale),
                tags=rng.sample(TAGS, 2),
            ),
        )


# -- the measurements ------------------------------------------------------------------


def _background_build(index: SearchIndex) -> tuple[float, float]:
    """Rebuild on a worker thread while this thread ticks like a GUI event loop."""
    done = threading.Event()
    elapsed = [0.0]

    def work() -> None:
        started = time.perf_counter()
        index.rebuild()
        elapsed[0] = time.perf_counter() - started
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    longest, last = 0.0, time.perf_counter()
    while not done.is_set():
        time.sleep(0.005)
        now = time.perf_counter()
        longest = max(longest, now - last - 0.005)
        last = now
    worker.join()
    return longest, elapsed[0]


def _note_updates(library: Library, index: SearchIndex) -> list[float]:
    index.catch_up()
    version = library.versions()[0]
    key = library.connection.execute(
        "SELECT key FROM provisions WHERE version_id = ? AND kind = 'paragraph'", (version.id,)
    ).fetchone()[0]
    times = []
    for n in range(NOTE_SAVES):
        started = time.perf_counter()
        note = Note(version.instrument_id, key, version_id=version.id, rationale=f"draft {n}")
        save_note(library, note)
        index.catch_up()
        times.append(time.perf_counter() - started)
    found = index.search(f'"draft {NOTE_SAVES - 1}" in:notes')
    assert found.hits, "the last note save was not found"
    return times


def _whoosh_latency(index: SearchIndex) -> tuple[list[float], dict[str, list[float]]]:
    for query, _, _ in QUERIES:
        index.search(query, limit=50)
    per_query: dict[str, list[float]] = {query: [] for query, _, _ in QUERIES}
    for _ in range(ROUNDS):
        for query, _, _ in QUERIES:
            started = time.perf_counter()
            index.search(query, limit=50)
            per_query[query].append(time.perf_counter() - started)
    return [t for times in per_query.values() for t in times], per_query


def _fts_latency(library: Library, path: Path) -> list[float]:
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(body, tags, article UNINDEXED,"
        " chapter UNINDEXED, stance UNINDEXED, tokenize = 'porter unicode61')"
    )
    rows = library.connection.execute(
        "SELECT p.heading || ' ' || p.text, '', "
        " CASE WHEN p.key LIKE 'art-%' THEN substr(p.key, 5,"
        "   CASE WHEN instr(substr(p.key, 5), '.') > 0 THEN instr(substr(p.key, 5), '.') - 1"
        "   ELSE 100 END) ELSE '' END,"
        " '', '' FROM provisions p"
    ).fetchall()
    notes = library.connection.execute(
        "SELECT rationale || ' ' || talking_points, tags, '', '', stance FROM notes"
    ).fetchall()
    db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", [tuple(r) for r in rows + notes])
    db.commit()
    statements = []
    for _, match, condition in QUERIES:
        if match is None and not condition:
            continue
        where = " AND ".join(
            part for part in (("docs MATCH ?" if match else ""), condition) if part
        )
        sql = (
            "SELECT rowid, snippet(docs, 0, '<b>', '</b>', '…', 24) FROM docs"
            f" WHERE {where} ORDER BY {'bm25(docs)' if match else 'rowid'} LIMIT 50"
        )
        statements.append((sql, (match,) if match else ()))
    for sql, args in statements:
        db.execute(sql, args).fetchall()
    times = []
    for _ in range(ROUNDS):
        for sql, args in statements:
            started = time.perf_counter()
            db.execute(sql, args).fetchall()
            times.append(time.perf_counter() - started)
    db.close()
    return times


def _machine(load: str) -> str:
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = (
        f", load average {os.getloadavg()[0]:.1f} at the start" if hasattr(os, "getloadavg") else ""
    )
    return f"{model}, {os.cpu_count()} logical CPUs, {platform.system()}{load}"


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


if __name__ == "__main__":
    print(run())
