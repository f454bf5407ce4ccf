"""Every input the fuzz campaign (`make fuzz`) found a fault with, replayed: each now imports
into a tree or ends in one sentence, within the time budget and the memory ceiling."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, REPO

FINDINGS = sorted(path for path in (FIXTURES / "fuzz").glob("*") if path.suffix != ".md")


@pytest.mark.skipif(not FINDINGS, reason="the fuzz campaign has kept no finding yet")
def test_every_kept_finding_now_gives_a_tree_or_one_sentence():
    # A fresh process forks a child per file (fuzz_runner.py): this test process has threads.
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-m", "tests.hostile.fuzz_runner", *map(str, FINDINGS)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        timeout=60 + 35 * len(FINDINGS),
    )
    assert result.returncode == 0, result.stderr
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(verdicts) == len(FINDINGS)
    faults = [f"{v['path']}: {v['kind']} {v['detail'][-300:]}" for v in verdicts
              if v["kind"] not in {"tree", "refused"}]  # fmt: skip
    assert not faults, "\n".join(faults)
