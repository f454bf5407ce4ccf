"""Run the benchmarks and append their results, dated, to benchmarks/RESULTS.md.

Each benchmarks/bench_*.py module has `run() -> str` returning a Markdown section (a heading,
what was measured, the figures, and the baseline measured in the same run).
Usage: python benchmarks/run.py [NAME ...]   (NAME = bench module name without "bench_")
"""

from __future__ import annotations

import importlib.util
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"


def main(names: list[str]) -> int:
    modules = sorted(HERE.glob("bench_*.py"))
    if names:
        modules = [m for m in modules if m.stem.removeprefix("bench_") in names]
    sections = []
    for path in modules:
        print(f"running {path.stem} ...", flush=True)
        # Each benchmark in a process of its own: a child's peak memory as Linux reports it
        # starts from its parent's size when it was made, and one benchmark's leftovers
        # (hundreds of MB of test texts) must not count in the next one's figures.
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(path)],
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            check=False,
        )
        if done.returncode not in (0, 1):  # 1: a benchmark that says a target was missed
            print(f"{path.stem} failed (exit {done.returncode})", file=sys.stderr)
            return done.returncode
        section = done.stdout.split(_SECTION, 1)[-1].strip()
        print(section, flush=True)
        sections.append(section)
    if not sections:
        print("no benchmarks matched", file=sys.stderr)
        return 1
    header = (
        f"## {date.today().isoformat()} — {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()}\n"
    )
    previous = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    title, _, rest = previous.partition("\n")
    RESULTS.write_text(f"{title}\n\n{header}\n" + "\n\n".join(sections) + "\n" + rest, "utf-8")
    return 0


def run_one(path: Path) -> int:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # a dataclass in the module looks itself up there
    spec.loader.exec_module(module)
    section = module.run().strip()
    print(_SECTION + section, flush=True)
    return 1 if getattr(module, "FAILED", False) else 0


_SECTION = "\n=== section ===\n"

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    if sys.argv[1:2] == ["--one"]:
        sys.exit(run_one(Path(sys.argv[2])))
    sys.exit(main(sys.argv[1:]))
