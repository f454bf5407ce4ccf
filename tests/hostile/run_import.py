"""Run `negotiator import` on a file in a child process under a wall clock and a memory ceiling.

Shared by the hostile-file tests and by measure_hostile_pdfs.py, which fills the table in
README.md: what a user would see (exit status and message), how long it took, the most memory
any process took, and whether the library was left exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CEILING = 1024**3  # address space of the command, and so of the PDF reader it starts
WALL_CLOCK = 60.0


@dataclass
class Outcome:
    status: int
    message: str
    seconds: float
    peak_mb: float  # the largest resident set of any process of the import
    library_unchanged: bool


def negotiator(
    *args: str, env: dict[str, str] | None = None, timeout: float = WALL_CLOCK
) -> tuple[int, str, str, float]:
    """Exit status, stdout, stderr and the peak resident set (MB) of the command and the
    processes it waited for; a command still running after timeout is killed (status -9)."""

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CEILING, CEILING))

    environment = dict(os.environ, **(env or {}))
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO), environment.get("PYTHONPATH")) if p
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "negotiator_app", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        preexec_fn=limits,
    )
    outputs: dict[str, bytes] = {}
    readers = [
        threading.Thread(target=lambda n=n, s=s: outputs.__setitem__(n, s.read()))
        for n, s in (("out", child.stdout), ("err", child.stderr))
    ]
    for reader in readers:
        reader.start()
    timer = threading.Timer(timeout, child.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        timer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    for stream in (child.stdout, child.stderr):
        stream.close()
    decode = lambda name: outputs.get(name, b"").decode("utf-8", errors="replace")  # noqa: E731
    return child.returncode, decode("out"), decode("err"), usage.ru_maxrss / 1024


def library_fingerprint(folder: Path) -> str:
    """The library's rows and its database file's bytes."""
    database = folder / "library.sqlite3"
    digest = hashlib.sha256(database.read_bytes())
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        for table in ("instruments", "versions", "provisions"):
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def import_outcome(path: Path, library: Path, env: dict[str, str] | None = None) -> Outcome:
    """Import path into library (which must already exist) and report what happened."""
    before = library_fingerprint(library)
    start = time.perf_counter()
    status, out, err, peak = negotiator("import", str(path), "--data-dir", str(library), env=env)
    seconds = time.perf_counter() - start
    return Outcome(
        status=status,
        message=(err or out).strip(),
        seconds=seconds,
        peak_mb=peak,
        library_unchanged=library_fingerprint(library) == before,
    )
