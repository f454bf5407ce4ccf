"""Import time of a 70-page draft as DOCX and as PDF, against the same text as plain text.

The files are made at run time in a temporary folder from the demonstration draft: the PDF by
joining copies of the committed demo PDF's pages (so no LibreOffice is needed), the DOCX by
writing the demo tree repeated until it holds as much text as 70 of those pages. The baseline
is the text importer reading the same volume of text, in the same run.
"""

from __future__ import annotations

import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pypdf import PdfReader, PdfWriter  # noqa: E402

from negotiator_app.core.provision import Document  # noqa: E402
from negotiator_app.importers import import_file  # noqa: E402
from negotiator_app.importers.text import parse_text  # noqa: E402
from tests.fixtures.make_fixtures import write_docx  # noqa: E402

PAGES = 70
RUNS = 3
DEMO_TEXT = REPO / "resources" / "demo" / "demo_convention_en.txt"
DEMO_PDF = REPO / "tests" / "fixtures" / "demo_convention_en.pdf"
TARGETS = {"docx": 2.0, "pdf": 10.0}


def run() -> str:
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        demo_pages = len(PdfReader(DEMO_PDF).pages)
        share = PAGES / demo_pages
        pdf = _pdf(folder_path / "draft70.pdf")
        docx = _docx(folder_path / "draft70.docx", share)
        text = folder_path / "draft70.txt"
        text.write_text(_repeated_text(share), encoding="utf-8")
        times = {name: _time(path) for name, path in (("txt", text), ("docx", docx), ("pdf", pdf))}
        updates = _progress_updates(pdf)
    baseline = times["txt"]
    rows = [
        f"| {name} | {seconds:.2f} | {seconds / baseline:.1f}× | "
        + (f"< {TARGETS[name]:.0f} s: {'met' if seconds < TARGETS[name] else 'MISSED'}"
           if name in TARGETS else "baseline")
        + " |"
        for name, seconds in times.items()
    ]  # fmt: skip
    return "\n".join(
        [
            "### Import of a 70-page draft (bench_import)",
            "",
            f"The demonstration draft made {PAGES} pages long ({PAGES / demo_pages:.1f} times its "
            f"{demo_pages} printed pages); median of {RUNS} imports each, parsing and tree "
            "building included. Baseline: the same volume of text as .txt.",
            "",
            "| format | seconds | vs .txt | target |",
            "| --- | --- | --- | --- |",
            *rows,
            "",
            f"The PDF import reported progress {updates} times (once a page), for the GUI's bar.",
        ]
    )


def _time(path: Path) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        import_file(path)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _progress_updates(path: Path) -> int:
    updates: list[int] = []
    import_file(path, progress=lambda done, total: updates.append(done))
    return len(updates)


def _pdf(path: Path) -> Path:
    source = PdfReader(DEMO_PDF)
    writer = PdfWriter()
    while len(writer.pages) < PAGES:
        for page in source.pages[: PAGES - len(writer.pages)]:
            writer.add_page(page)
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def _docx(path: Path, share: float) -> Path:
    demo = parse_text(DEMO_TEXT.read_text(encoding="utf-8"))
    provisions = []
    whole, part = int(share), share - int(share)
    for _ in range(whole):
        provisions.extend(copy.deepcopy(demo.provisions))
    provisions.extend(copy.deepcopy(demo.provisions[: round(len(demo.provisions) * part)]))
    write_docx(
        Document(demo.title, provisions, demo.language, demo.front_matter, demo.report), path
    )
    return path


def _repeated_text(share: float) -> str:
    text = DEMO_TEXT.read_text(encoding="utf-8")
    whole, part = int(share), share - int(share)
    return "\n\n".join([text] * whole + [text[: int(len(text) * part)]])


if __name__ == "__main__":
    print(run())
