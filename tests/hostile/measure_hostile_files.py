"""Import every hostile HTML, Word, Akoma Ntoso and text file at full size and write the table.

    .venv/bin/python tests/hostile/measure_hostile_files.py          # prints the table
    .venv/bin/python tests/hostile/measure_hostile_files.py --write  # and puts it in README.md

Each file is imported by `negotiator import` in a child process under a 1 GiB address-space
ceiling (run_import.py) into a library holding one draft; peak memory is the child's largest
resident set. A named pipe, a device and a file named to clear a terminal are imported too, and
two legitimate loads near the bounds are timed for comparison.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.hostile import make_hostile_files as make  # noqa: E402
from tests.hostile.run_import import Outcome, import_outcome, negotiator  # noqa: E402

TABLE = HERE / "README.md"
MARK = "## Measured: HTML, Word, Akoma Ntoso and text"
_READING = "UTF-8"  # the report lines about how a file's bytes were read all name it
DESCRIPTIONS = {
    "html-declarations": "50,000 `<!` declarations, never closed",
    "html-bare-tags": "50,000 bare `<a`, no `>` after them",
    "html-open-comments": "50,000 `<!--`, never closed",
    "html-nested-lists": "200,000 nested `<ol>`",
    "html-unclosed-tags": "20 million unclosed `<ol>`",
    "html-says-utf16": "UTF-8 page whose `<meta>` says UTF-16",
    "html-says-latin1": "UTF-8 page whose `<meta>` says ISO-8859-1",
    "html-says-idna": "page declaring charset `idna`",
    "html-says-punycode": "page declaring charset `punycode`",
    "html-says-undefined": "page declaring charset `undefined`",
    "html-says-utf7": "page declaring charset `utf-7`",
    "html-long-comment": "page opening with a 5 KB comment",
    "docx-large-document": "DOCX whose document part is 64 MB of XML",
    "docx-footnote-markers": "DOCX: 50,000 footnote references, each before `<span style=`",
    "docx-many-footnotes": "DOCX: 100,000 footnotes",
    "docx-many-paragraphs": "DOCX: 200,000 short paragraphs",
    "docx-huge-labels": "DOCX: a list starting at 2,000,000,000 in letters, `%1` × 91",
    "docx-without-r-namespace": "DOCX not declaring the unused `r:` namespace",
    "akn-deep": "Akoma Ntoso: 100,000 nested paragraphs",
    "akn-many-elements": "Akoma Ntoso: 5 million elements",
    "text-one-line": "text: one line of 50 MB",
    "text-repeated-numbers": "text: 40,000 articles all numbered 1",
    "text-stray-byte": "UTF-8 text with one stray byte",
}


def main(argv: list[str]) -> int:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        library = root / "library"
        status, _, err, _ = negotiator(
            "import", str(HERE.parents[1] / "tests/fixtures/small_convention_en.txt"),
            "--data-dir", str(library),
        )  # fmt: skip
        if status != 0:
            raise SystemExit(err)
        for case in make.CASES:
            path = root / f"{case.name}{case.suffix}"
            path.write_bytes(case.make(1.0))
            size = path.stat().st_size
            rows.append(_row(DESCRIPTIONS[case.name], size, import_outcome(path, library)))
            print(rows[-1], flush=True)
            path.unlink()
        for title, path, size in _special(root):
            rows.append(_row(title, size, import_outcome(path, library)))
            print(rows[-1], flush=True)
    table = _table(rows)
    print(table)
    if "--write" in argv:
        text = TABLE.read_text(encoding="utf-8")
        TABLE.write_text(text[: text.index(MARK)] + table, encoding="utf-8")
    return 0


def _special(root: Path) -> list[tuple[str, Path, int]]:
    special = []
    if hasattr(os, "mkfifo"):
        pipe = root / "draft.txt"
        os.mkfifo(pipe)
        special.append(("a named pipe called draft.txt (no writer)", pipe, 0))
    if Path("/dev/zero").exists():
        special.append(("/dev/zero", Path("/dev/zero"), 0))
    named = root / "\x1b[2J\nnegotiator: all notes deleted.pdf"
    named.write_bytes(b"%PDF-1.7 damaged")
    special.append(("a damaged PDF named `\\x1b[2J` + newline + a forged line", named, 16))
    for title, name, data in _near_the_bounds():
        path = root / name
        path.write_bytes(data)
        special.append((f"legitimate, near the bounds: {title}", path, 0))
    return [(title, path, size or path.stat().st_size) for title, path, size in special]


_SENTENCE = "Each State Party shall act under this"


def _near_the_bounds() -> list[tuple[str, str, bytes]]:
    """Drafts of 240,000 paragraphs (about 7 million characters): near what a file may hold."""
    from tests.importers.word_files import paragraph, word_package

    text = ["Convention at the bounds", ""]
    html = ["<html><body><h1>Convention at the bounds</h1>"]
    word = [paragraph("Convention at the bounds")]
    for article in range(1, 40_001):
        number = article % 9999 + 1
        text += [f"Article {number}", ""] + [f"{n}. {_SENTENCE} ok.\n" for n in range(1, 6)]
        html.append(f"<h2>Article {number}</h2><ol>" + f"<li>{_SENTENCE}.</li>" * 5 + "</ol>")
        word.append(paragraph(f"Article {number}"))
        word.extend(paragraph(f"{n}. {_SENTENCE}.") for n in range(1, 6))
    akn = ['<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>']
    for article in range(1, 20_001):
        paragraphs = "".join(
            f"<paragraph><num>{n}.</num><content><p>{_SENTENCE}.</p></content></paragraph>"
            for n in range(1, 6)
        )
        akn.append(f"<article><num>Article {article % 9999 + 1}</num>{paragraphs}</article>")
    akn.append("</body></act></akomaNtoso>")
    return [
        ("text, 240,000 paragraphs", "bounds-text.txt", "\n".join(text).encode()),
        ("web page, 240,000 paragraphs", "bounds-page.html", "".join(html).encode()),
        ("Word, 240,000 paragraphs", "bounds-word.docx", word_package("".join(word))),
        ("Akoma Ntoso, 100,000 paragraphs (440,000 elements)", "bounds-akn.xml",
         "".join(akn).encode()),
    ]  # fmt: skip


def _row(title: str, size: int, outcome: Outcome) -> str:
    lines = outcome.message.splitlines()
    if outcome.status == 0:
        # What was found, and what the report says about how the bytes were read.
        notes = [line for line in lines if line.startswith("Warning:") and _READING in line]
        said = "imported: " + " ".join(lines[:1] + notes)
    else:
        said = lines[0] if lines else ""
    said = said.replace("|", "\\|").replace("\ufffd", "U+FFFD")
    unchanged = "yes" if outcome.library_unchanged else "a new version"
    return (
        f"| {title} | {size / 2**20:.1f} MB | {outcome.seconds:.1f} s | {outcome.peak_mb:.0f} MB "
        f"| {outcome.status} | {said} | {unchanged} |"
    )


def _table(rows: list[str]) -> str:
    return "\n".join(
        [
            MARK,
            "",
            f"{date.today().isoformat()} — CPython {platform.python_version()}, "
            f"{platform.machine()}; load average {os.getloadavg()[0]:.1f} at the end (2 shared CPUs).",
            "",
            "| file | size | time | peak memory | exit | what the delegate reads | library unchanged |",
            "|---|---:|---:|---:|---:|---|---|",
            *rows,
            "",
        ]
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
