"""One import of one file in a child process under a time budget and a memory ceiling, judged.

The child is forked from a process that has already loaded the importers (a few milliseconds
a case, where starting Python takes half a second), limits its own address space, and imports
the file with the public import function. A case is a finding when the import raises anything
but ImportProblem, says its ImportProblem in more or less than one sentence, runs past the time
budget, or runs out of memory. Used by the fuzz campaign (fuzz_campaign.py) and by the test that
replays every finding kept under tests/fixtures/fuzz/.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

BUDGET = 30.0  # seconds for any file under the size limit
CEILING = 1536 * 2**20  # address space of the child
_OK, _REFUSED, _BAD_SENTENCE, _CRASH, _MEMORY = 0, 2, 3, 4, 5


@dataclass(frozen=True)
class Verdict:
    kind: str  # "tree", "refused", or a finding: "crash", "sentence", "time", "memory"
    seconds: float
    peak_mb: float
    detail: str = ""  # the exception and where it was raised, or the sentence

    @property
    def finding(self) -> bool:
        return self.kind not in {"tree", "refused"}

    @property
    def signature(self) -> str:
        """What makes two findings the same bug: the kind and where it was raised."""
        return f"{self.kind}: {self.detail.splitlines()[-1] if self.detail else ''}"


def load_importers() -> None:
    """Load every importer here once, so that each forked child starts with them loaded."""
    import importlib
    import pkgutil

    import negotiator_app.importers as package

    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"negotiator_app.importers.{info.name}")
    for library in ("pdfplumber", "pypdfium2"):  # loaded by the PDF importer when it reads
        with contextlib.suppress(ImportError):
            importlib.import_module(library)


def judge(path: Path, budget: float = BUDGET) -> Verdict:
    """Import path in a forked child and judge the outcome (in this process where fork is not)."""
    if not hasattr(os, "fork"):
        return _in_process(path)
    with tempfile.TemporaryFile() as report:
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # the child: it never returns
            _child(path, report.fileno(), budget)
        deadline = start + budget + 5
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.perf_counter() > deadline:
                os.kill(pid, signal.SIGKILL)
                done, status, usage = os.wait4(pid, 0)
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        report.seek(0)
        detail = report.read().decode("utf-8", errors="replace")
    peak = usage.ru_maxrss / 1024
    code = os.waitstatus_to_exitcode(status)
    kinds = {_OK: "tree", _REFUSED: "refused", _BAD_SENTENCE: "sentence", _CRASH: "crash",
             _MEMORY: "memory"}  # fmt: skip
    if code < 0:  # killed: by the alarm (SIGALRM), by us, or by the system for memory
        kind = "time" if code in (-signal.SIGALRM, -signal.SIGKILL) else "crash"
        return Verdict(kind, seconds, peak, f"killed by signal {-code}")
    kind = kinds.get(code, "crash")
    if kind in {"tree", "refused"} and seconds > budget:
        kind = "time"
    return Verdict(kind, seconds, peak, detail)


def _child(path: Path, report: int, budget: float) -> None:
    import resource  # POSIX only, as fork is

    code = _CRASH
    try:
        resource.setrlimit(resource.RLIMIT_AS, (CEILING, CEILING))
        signal.alarm(int(budget) + 1)
        code, detail = _import(path)
        os.write(report, detail.encode("utf-8", errors="replace"))
    except BaseException:  # noqa: BLE001 - whatever happens, the child says it and exits
        os.write(report, traceback.format_exc().encode("utf-8", errors="replace"))
    finally:
        os._exit(code)


def _import(path: Path) -> tuple[int, str]:
    from negotiator_app.importers import ImportProblem, import_file

    try:
        import_file(path)
    except ImportProblem as problem:
        sentence = str(problem)
        one = sentence.strip() and "\n" not in sentence and sentence.rstrip().endswith(".")
        return (_REFUSED, sentence) if one else (_BAD_SENTENCE, sentence)
    except MemoryError:
        return _MEMORY, traceback.format_exc()
    except Exception:  # noqa: BLE001 - a finding: where it was raised is what matters
        return _CRASH, _where(sys.exc_info())
    return _OK, ""


def _where(info) -> str:
    """The exception and the innermost frame of our own code it passed through."""
    frames = traceback.extract_tb(info[2])
    ours = [frame for frame in frames if "negotiator_app" in frame.filename] or frames
    last = ours[-1]
    place = f"{Path(last.filename).name}:{last.lineno} in {last.name}"
    return "".join(traceback.format_exception(*info)) + f"\n{info[0].__name__} at {place}"


def _in_process(path: Path) -> Verdict:
    start = time.perf_counter()
    code, detail = _import(path)
    seconds = time.perf_counter() - start
    kind = {_OK: "tree", _REFUSED: "refused", _BAD_SENTENCE: "sentence", _MEMORY: "memory"}.get(
        code, "crash"
    )
    return Verdict(kind, seconds, 0.0, detail)


def main(paths: list[str]) -> int:
    """Judge each file in its own child; print one JSON verdict a line (for the replay test,
    which runs this in a fresh process: a test process has threads, and threads and fork do not
    mix)."""
    import json

    load_importers()
    for name in paths:
        verdict = judge(Path(name))
        print(json.dumps({"path": name, **verdict.__dict__}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
