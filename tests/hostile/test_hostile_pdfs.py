"""Hostile PDFs (issue 12): each import ends within the time budget, under a memory ceiling, with
one sentence naming the limit and exit status 2, and the library is left as it was.

The files come from make_hostile_pdfs.py, at a scale that proves the bound cheaply (the reader's
memory limit is lowered through its environment variable so that a bomb stops at 300 MB); the
full sizes are measured by measure_hostile_pdfs.py into README.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from negotiator_app.importers.pdf_sandbox import MEMORY_VARIABLE, TIME_VARIABLE
from negotiator_app.importers.pdf_text_layer import MAX_PAGES
from tests.conftest import FIXTURES
from tests.hostile import make_hostile_pdfs as make
from tests.hostile.run_import import import_outcome, negotiator

BUDGET = 30.0  # seconds, for any file under the size limit
SMALL_READER = {MEMORY_VARIABLE: "300"}

CASES = {
    "pages": (
        lambda: make.many_pages((MAX_PAGES + 1) / 100_000),
        f"has {MAX_PAGES + 1:,} pages; Negotiator reads PDFs of up to {MAX_PAGES:,} pages",
    ),
    "operators": (lambda: make.repeated_operators(0.02), "draws 100,000 objects, more than"),
    "xobject": (make.repeated_xobject, "draws 100,000 objects, more than the 50,000"),
    "nested": (lambda: make.nested_xobjects(0.5), "needs more memory to read than the 300 MB"),
    "huge-page": (make.huge_page, "beyond the 14,400-point \\(200-inch\\) limit of a PDF page"),
    "bomb": (lambda: make.flate_bomb(0.25), "needs more memory to read than the 300 MB"),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "library"
    status, _, err, _ = negotiator(
        "import", str(FIXTURES / "small_convention_en.txt"), "--data-dir", str(folder)
    )
    assert status == 0, err
    return folder


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_pdf_ends_in_one_sentence_within_the_budget(tmp_path, library, case):
    make_file, message = CASES[case]
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(make_file())
    outcome = import_outcome(path, library, env=SMALL_READER)
    assert outcome.status == 2, outcome
    assert outcome.seconds < BUDGET, outcome
    # The reader stops at its own ceiling (300 MB here), well before the command's 1 GiB.
    assert outcome.peak_mb < 400, outcome
    lines = outcome.message.splitlines()
    assert len(lines) == 1 and lines[0].endswith("."), outcome.message
    assert "Traceback" not in outcome.message
    assert re.search(message, lines[0]), lines[0]
    assert outcome.library_unchanged


def test_a_pdf_that_reads_too_slowly_is_stopped_at_the_time_limit(tmp_path, library):
    path = tmp_path / "slow.pdf"
    # 1,900 pages: within the page limit; a quiet machine reads them in under a second, so
    # the limit is lowered well below that (the reader's own start takes longer).
    path.write_bytes(make.many_pages(0.019))
    outcome = import_outcome(path, library, env={TIME_VARIABLE: "0.05"})
    assert outcome.status == 2
    assert outcome.message.endswith(
        "slow.pdf took longer to read than the 0.05-second limit for one PDF; it may be "
        "damaged or made to stall readers."
    )
    assert outcome.seconds < 10
    assert outcome.library_unchanged
