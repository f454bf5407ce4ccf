"""Run the benchmarks and append their results, dated, to benchmarks/RESULTS.md.

Each benchmarks/bench_*.py module has `run() -> str` returning a Markdown section (a heading,
what was measured, the figures, and the baseline measured in the same run).
Usage: python benchmarks/run.py [NAME ...]   (NAME = bench module name without "bench_")
"""

from __future__ import annotations

import importlib.util
import platform
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
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # a dataclass in the module looks itself up there
        spec.loader.exec_module(module)
        print(f"running {path.stem} ...", flush=True)
        section = module.run().strip()
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


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    sys.exit(main(sys.argv[1:]))
