"""Import time as the input doubles: every import path at 1×, 2×, 4× and 8× its input.

Work proportional to the input doubles its time at each doubling; a path whose time grows more
than LIMIT times in any doubling is marked SUPERLINEAR in the report (and the script exits 1),
for this is how a draft of some thousands of paragraphs came to take minutes (issue 12).

The inputs are made here, in a temporary folder, through the public import function:
- the demonstration draft with its articles repeated and renumbered, in each format (text,
  Markdown, HTML, Akoma Ntoso, Word from our writers; PDF by repeating the pages of the committed
  demo PDF, printed by LibreOffice);
- the shapes that grew faster than their input before: one article number repeated, recitals,
  footnotes, short Word paragraphs, nested HTML lists, unclosed HTML tags and Markdown marks,
  long lines of contents leaders.
Each size is timed RUNS times and the fastest run kept: the one least disturbed by other work on
a shared machine.

    .venv/bin/python benchmarks/bench_scaling.py        # prints the section
    .venv/bin/python benchmarks/run.py scaling          # and records it in RESULTS.md
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


from benchmarks.bench_import import repeated_pdf  # noqa: E402
from negotiator_app.core.numbering import forget_lines  # noqa: E402
from negotiator_app.core.precedents import Reference, find_precedents  # noqa: E402
from negotiator_app.core.provision import Kind, Provision  # noqa: E402
from negotiator_app.importers import import_file  # noqa: E402
from negotiator_app.importers.text import parse_text  # noqa: E402
from tests.fixtures.borrowing import borrowing_draft, earlier_convention  # noqa: E402
from tests.fixtures.draft_markup import draft_akn, draft_html  # noqa: E402
from tests.fixtures.make_fixtures import write_docx  # noqa: E402
from tests.hostile import make_hostile_files as hostile  # noqa: E402

SIZES = (1, 2, 4, 8)
RUNS = 3
LIMIT = 2.5  # the most a doubling may multiply the time by
DEMO_TEXT = REPO / "resources" / "demo" / "demo_convention_en.txt"
_ARTICLE_RE = re.compile(r"^Article (\d+)$", re.M)


@dataclass(frozen=True)
class Series:
    name: str
    what: str
    suffix: str
    make: Callable[[int], bytes | Path]  # size (1, 2, 4, 8) -> the file's bytes, or a path


def run() -> str:
    with tempfile.TemporaryDirectory() as folder:
        rows, slow = [], []
        for series in _series(Path(folder)):
            times = [_time(series, size, Path(folder)) for size in SIZES]
            growths = [after / before for before, after in zip(times, times[1:], strict=False)]
            worst = max(growths)
            verdict = "linear" if worst <= LIMIT else f"**SUPERLINEAR (> {LIMIT}×)**"
            if worst > LIMIT:
                slow.append(series.name)
            cells = " | ".join(f"{seconds:.3f}" for seconds in times)
            steps = " ".join(f"{growth:.2f}×" for growth in growths)
            rows.append(f"| {series.name} | {series.what} | {cells} | {steps} | {verdict} |")
            print(rows[-1], flush=True)
        for name, what, make in _precedent_series():
            times = [_time_precedents(make, size) for size in SIZES]
            growths = [after / before for before, after in zip(times, times[1:], strict=False)]
            worst = max(growths)
            verdict = "linear" if worst <= LIMIT else f"**SUPERLINEAR (> {LIMIT}×)**"
            if worst > LIMIT:
                slow.append(name)
            cells = " | ".join(f"{seconds:.3f}" for seconds in times)
            steps = " ".join(f"{growth:.2f}×" for growth in growths)
            rows.append(f"| {name} | {what} | {cells} | {steps} | {verdict} |")
            print(rows[-1], flush=True)
    summary = (
        f"**{len(slow)} import paths grew faster than linear: {', '.join(slow)}.**"
        if slow
        else f"Every import path stays within {LIMIT}× per doubling."
    )
    global FAILED
    FAILED = bool(slow)
    return "\n".join(
        [
            "### Import time as the input doubles (bench_scaling)",
            "",
            f"Each path through `import_file` at 1×, 2×, 4× and 8× its input; the fastest of "
            f"{RUNS} runs of each size. Work proportional to the input doubles the time at each "
            f"step; more than {LIMIT}× in any step is marked SUPERLINEAR. The last rows are the "
            f"search for precedents that follows an import (core/precedents.py find_precedents), "
            f"the draft and the text it is compared with doubling together.",
            "",
            "| path | input at 1× | 1× (s) | 2× (s) | 4× (s) | 8× (s) | each doubling | verdict |",
            "| --- | --- | ---: | ---: | ---: | ---: | --- | --- |",
            *rows,
            "",
            summary,
        ]
    )


FAILED = False


def _series(folder: Path) -> list[Series]:
    return [
        Series("txt", "the demo draft, 4 copies of its 48 articles", ".txt",
               lambda k: _draft_text(4 * k).encode()),
        Series("md", "the same as Markdown, labels as headings", ".md",
               lambda k: _markdown(_draft_text(4 * k)).encode()),
        Series("html", "the same as a web page (our writer)", ".html",
               lambda k: draft_html(parse_text(_draft_text(4 * k))).encode()),
        Series("akn", "the same in Akoma Ntoso (our writer)", ".xml",
               lambda k: draft_akn(parse_text(_draft_text(4 * k))).encode()),
        Series("docx", "the same as Word (our writer: styles, automatic numbers)", ".docx",
               lambda k: _docx(folder / f"draft{k}.docx", _draft_text(4 * k))),
        Series("pdf", "the demo PDF's 33 pages, repeated", ".pdf",
               lambda k: repeated_pdf(folder / f"draft{k}.pdf", 33 * k)),
        Series("txt, one number", "2,500 articles all numbered 1", ".txt",
               lambda k: hostile.text_repeated_numbers(k / 16)),
        Series("txt, recitals", "a preamble of 10,000 recitals", ".txt",
               lambda k: _recitals(10_000 * k).encode()),
        Series("txt, contents leaders", "a contents line of 400,000 dots", ".txt",
               lambda k: _leaders(400_000 * k).encode()),
        Series("md, unclosed marks", "a line of 100,000 unclosed [ and **", ".md",
               lambda k: _unclosed_marks(100_000 * k).encode()),
        Series("html, nested lists", "20,000 nested <ol>", ".html",
               lambda k: hostile.html_nested_lists(k / 10)),
        Series("html, unclosed tags", "1,000,000 bare <a", ".html",
               lambda k: hostile.html_bare_tags(20 * k)),
        Series("docx, footnotes", "5,000 footnotes", ".docx",
               lambda k: hostile.docx_many_footnotes(k / 20)),
        Series("docx, paragraphs", "12,500 short paragraphs", ".docx",
               lambda k: hostile.docx_many_paragraphs(k / 16)),
        Series("akn, elements", "25,000 paragraphs of one article", ".xml",
               lambda k: hostile.akn_many_elements(k / 200)),
    ]  # fmt: skip


def _precedent_series() -> list[tuple[str, str, Callable[[int], Callable[[], object]]]]:
    return [
        ("precedents, revision", "a 100-article draft's next revision (~1,000 passages)",
         _revision_pair),
        ("precedents, boilerplate", "1,000 passages alike but for their number, both texts",
         _boilerplate_pair),
        ("precedents, one paragraph", "1,000 copies of one paragraph, both texts",
         _repeated_pair),
    ]  # fmt: skip


def _time_precedents(make: Callable[[int], Callable[[], object]], size: int) -> float:
    work = make(size)
    fastest = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def _revision_pair(k: int) -> Callable[[], object]:
    before = earlier_convention(100 * k, 1, paragraphs=(6, 12))
    after, _ = borrowing_draft(before, 100 * k, seed=2, share=0.8, paragraphs=(6, 12))
    return lambda: find_precedents(after, [Reference(1, "Rev.1", before)])


def _alike(count: int, text: str) -> list[Provision]:
    article = Provision("art-1", Kind.ARTICLE, "1", "")
    for n in range(1, count + 1):
        article.children.append(
            Provision(f"art-1.{n}", Kind.PARAGRAPH, str(n), "", text.format(n=n))
        )
    return [article]


def _boilerplate_pair(k: int) -> Callable[[], object]:
    sentence = "Each State Party shall adopt such measures as may be necessary under rule {n}."
    before, after = _alike(1_000 * k, sentence), _alike(1_000 * k, sentence + " Also.")
    return lambda: find_precedents(after, [Reference(1, "Rev.1", before)])


def _repeated_pair(k: int) -> Callable[[], object]:
    sentence = "Each State Party shall adopt such measures as may be necessary."
    before, after = _alike(1_000 * k, sentence), _alike(1_000 * k, sentence[:-1] + " here.")
    return lambda: find_precedents(after, [Reference(1, "Rev.1", before)])


def _time(series: Series, size: int, folder: Path) -> float:
    made = series.make(size)
    if isinstance(made, Path):
        path = made
    else:
        path = folder / f"input{series.suffix}"
        path.write_bytes(made)
    if size == SIZES[0]:
        import_file(path)  # once untimed: the first import of a format loads its modules
    fastest = float("inf")
    for _ in range(RUNS):
        forget_lines()  # each import starts as a user's would, its lines unseen
        start = time.perf_counter()
        import_file(path)
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def _draft_text(copies: int) -> str:
    """The demo draft with its chapters and articles repeated, the articles renumbered on."""
    text = DEMO_TEXT.read_text(encoding="utf-8")
    start = text.index("\nChapter I\n") + 1
    end = text.index("\nIN WITNESS WHEREOF")
    head, body, tail = text[:start], text[start:end], text[end:]
    last = max(int(n) for n in _ARTICLE_RE.findall(body))
    copies_text = [
        _ARTICLE_RE.sub(lambda m, c=copy: f"Article {int(m.group(1)) + c * last}", body)
        for copy in range(copies)
    ]
    return head + "\n".join(copies_text) + tail


def _markdown(text: str) -> str:
    return re.sub(r"^(Chapter [IVX]+|Article \d+|Annex)$", r"## \1", text, flags=re.M)


def _recitals(count: int) -> str:
    recitals = "".join(
        f"Recalling its resolution {n} on matters of concern,\n\n" for n in range(count)
    )
    return (
        "Convention on recitals\n\nThe States Parties to this Convention,\n\n"
        f"{recitals}Have agreed as follows:\n\nArticle 1\n\nText of the article.\n"
    )


def _leaders(dots: int) -> str:
    return f"Convention\n\nContents\n\nArticle 1 {'.' * dots} x\n\nArticle 1\n\nText.\n"


def _unclosed_marks(count: int) -> str:
    return "# Convention\n\n## Article 1\n\n" + "[a **b " * count + "\n"


def _docx(path: Path, text: str) -> Path:
    write_docx(parse_text(text), path)
    return path


if __name__ == "__main__":
    print(run())
    sys.exit(1 if FAILED else 0)
