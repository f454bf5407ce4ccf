"""Measure the hostile PDFs at full size: what `negotiator import` does with each.

    .venv/bin/python tests/hostile/measure_hostile_pdfs.py     # prints the table for README.md

Each file is made by make_hostile_pdfs.py at scale 1 (plus a 1,900-page file under the page
limit and a 1,000-page treaty-like text, the largest legitimate loads), imported into a library
that already holds a draft, under a 1 GiB address-space ceiling and a 60 s wall clock. The
table gives the exit status, the message, the time, the largest resident set of any process of
the import (the command and the PDF reader it starts), and whether the library was left exactly
as it was.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.hostile import make_hostile_pdfs as make  # noqa: E402
from tests.hostile.run_import import import_outcome, negotiator  # noqa: E402


def treaty_pages(pages: int) -> bytes:
    """A legitimate long text: articles of wrapped paragraphs, a header and a page number."""
    from tests.fixtures.pdf_typeset import Typesetter

    setter = Typesetter(header="A/AC.999/LONG/1", size=9)
    sentence = (
        "Each State Party shall adopt such legislative and other measures as may be necessary "
        "to establish as criminal offences under its domestic law the conduct set forth in "
        "this article, when committed intentionally and without right. "
    )
    article = 1
    while len(setter.done) < pages:
        setter.label(f"Article {article}")
        for paragraph in range(1, 4):
            setter.paragraph(f"{paragraph}. " + sentence * 3)
        article += 1
    return setter.pdf()


CASES = [
    ("100,000 text pages", lambda: make.many_pages(1.0)),
    ("5 million text operators on one page", lambda: make.repeated_operators(1.0)),
    ("one form XObject drawn 100,000 times", lambda: make.repeated_xobject(1.0)),
    ("forms nested 5 deep, 40 each (10⁸ draws)", lambda: make.nested_xobjects(1.0)),
    ("a page 10⁹ points square", lambda: make.huge_page(1.0)),
    ("Flate bomb, 2 GB inflated", lambda: make.flate_bomb(1.0)),
    ("1,900 short pages (under the page limit)", lambda: make.many_pages(0.019)),
    ("1,000-page treaty text (legitimate)", lambda: treaty_pages(1000)),
]


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library"
        status, _, err, _ = negotiator(
            "import",
            str(REPO / "tests/fixtures/small_convention_en.txt"),
            "--data-dir",
            str(library),
        )
        assert status == 0, err
        for number, (title, make_file) in enumerate(CASES, start=1):
            path = Path(folder) / f"case-{number}.pdf"
            data = make_file()
            path.write_bytes(data)
            outcome = import_outcome(path, library)
            message = outcome.message.replace("negotiator: ", "").replace("|", "\\|")
            if outcome.status == 0:
                message = "imported: " + message.splitlines()[0]
            rows.append(
                f"| {title} | {len(data) / 1e6:.1f} MB | {outcome.seconds:.1f} s "
                f"| {outcome.peak_mb:.0f} MB | {outcome.status} | {message} "
                f"| {'a new version' if outcome.status == 0 else 'yes' if outcome.library_unchanged else 'NO'} |"
            )
            print(rows[-1], file=sys.stderr)
    print(
        f"{time.strftime('%Y-%m-%d')} — CPython {platform.python_version()}, {platform.machine()}"
    )
    print()
    print("| file | size | time | peak memory | exit | message | library unchanged |")
    print("|---|---:|---:|---:|---:|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
