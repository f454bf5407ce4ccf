"""`make fuzz`: a fuzz campaign of the importers, bigger than CI's short run.

Inputs come from fuzz_inputs.py (mutated fixtures of every format and structure-aware
generators), drawn by Hypothesis until the time budget is spent; each is imported in a child
process under a time budget and a memory ceiling (fuzz_runner.py). Every finding — an
exception other than ImportProblem, a refusal that is not one sentence, an import past the time
budget or out of memory — is reduced (pieces cut away while the same finding remains) and kept
under tests/fixtures/fuzz/ when small, where test_fuzz_findings.py replays it in every CI run.

    make fuzz                                       # 10 minutes
    NEGOTIATOR_FUZZ_MINUTES=30 make fuzz            # longer
    .venv/bin/python -m tests.hostile.fuzz_campaign
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from tests.conftest import FIXTURES
from tests.hostile.fuzz_inputs import any_input
from tests.hostile.fuzz_runner import Verdict, judge, load_importers

FINDINGS = FIXTURES / "fuzz"
MINUTES = float(os.environ.get("NEGOTIATOR_FUZZ_MINUTES", "10"))
KEEP_BYTES = 256 * 1024  # a finding larger than this, once reduced, is listed but not kept
REDUCE_SECONDS = 60.0


class Campaign:
    def __init__(self, minutes: float, folder: Path) -> None:
        self.end = time.monotonic() + 60 * minutes
        self.folder = folder
        self.cases = 0
        self.kinds: Counter[str] = Counter()
        self.formats: Counter[str] = Counter()
        self.seen: dict[str, Path | None] = {}  # finding signature -> the kept file

    def run(self) -> int:
        test = settings(
            max_examples=10**9,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )(given(case=any_input)(self.one))
        while time.monotonic() < self.end:
            try:
                test()
            except _TimeUp:
                break
        return self.report()

    def one(self, case: tuple[str, bytes]) -> None:
        if time.monotonic() > self.end:
            raise _TimeUp
        try:
            self.case(*case)
        except Exception as error:  # noqa: BLE001 - the campaign's own trouble stops nothing
            print(f"campaign error, case skipped: {error!r}", flush=True)

    def case(self, suffix: str, data: bytes) -> None:
        verdict = self.judge(suffix, data)
        self.cases += 1
        self.kinds[verdict.kind] += 1
        self.formats[suffix] += 1
        if verdict.finding and verdict.signature not in self.seen:
            self.seen[verdict.signature] = None
            print(f"\nfinding: {verdict.signature} ({suffix}, {len(data)} bytes)", flush=True)
            self.seen[verdict.signature] = self.keep(suffix, data, verdict)
        if self.cases % 200 == 0:
            left = max(0.0, self.end - time.monotonic()) / 60
            print(f"{self.cases} cases, {dict(self.kinds)}, {left:.1f} min left", flush=True)

    def judge(self, suffix: str, data: bytes) -> Verdict:
        path = self.folder / f"case{suffix}"
        path.write_bytes(data)
        return judge(path)

    def keep(self, suffix: str, data: bytes, verdict: Verdict) -> Path | None:
        data = self.reduce(suffix, data, verdict)
        if len(data) > KEEP_BYTES:
            print(f"  reduced to {len(data)} bytes: too large to keep", flush=True)
            return None
        digest = hashlib.sha256(data).hexdigest()[:12]
        FINDINGS.mkdir(parents=True, exist_ok=True)
        kept = FINDINGS / f"{verdict.kind}-{digest}{suffix}"
        kept.write_bytes(data)
        print(f"  kept as {kept} ({len(data)} bytes)")
        return kept

    def reduce(self, suffix: str, data: bytes, verdict: Verdict) -> bytes:
        """Cut away halves, quarters... of the file while the same finding remains."""
        stop = time.monotonic() + REDUCE_SECONDS
        chunk = len(data) // 2
        while chunk >= 1 and time.monotonic() < stop:
            at, cut = 0, False
            while at < len(data) and time.monotonic() < stop:
                smaller = data[:at] + data[at + chunk :]
                if smaller and self.judge(suffix, smaller).signature == verdict.signature:
                    data, cut = smaller, True
                else:
                    at += chunk
            if not cut:
                chunk //= 2
        return data

    def report(self) -> int:
        findings = [signature for signature in self.seen]
        print(f"\n{self.cases} cases in {MINUTES:g} minutes: {dict(self.kinds)}")
        print(f"by format: {dict(self.formats)}")
        print(f"{len(findings)} distinct findings:")
        for signature, kept in self.seen.items():
            where = kept.name if kept else "not kept (too large)"
            print(f"  {signature} -> {where}")
        return 1 if findings else 0


class _TimeUp(Exception):
    pass


def main() -> int:
    # zipfile warns of the duplicate members some generated packages hold on purpose.
    warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
    load_importers()
    with tempfile.TemporaryDirectory() as folder:
        return Campaign(MINUTES, Path(folder)).run()


if __name__ == "__main__":
    sys.exit(main())
