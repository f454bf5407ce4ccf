"""One draft, every format: .txt, .docx, .pdf, .html and Akoma Ntoso must give the same tree.

The Word, PDF, HTML and Akoma Ntoso files are made from the text by tests/fixtures/
make_fixtures.py (run it again when a source text changes).
"""

from __future__ import annotations

import pytest

from negotiator_app.core.provision import Document
from negotiator_app.importers import import_file
from tests.conftest import DEMO, FIXTURES

FORMATS = [".docx", ".pdf", ".html", ".akn.xml"]


def shape(document: Document) -> list[tuple[str, str, str, str, str]]:
    return [(p.key, str(p.kind), p.number, p.heading, p.text) for p in document.walk()]


def assert_same_tree(expected: Document, actual: Document, name: str) -> None:
    want, got = shape(expected), shape(actual)
    differences = [(w, g) for w, g in zip(want, got, strict=False) if w != g]
    assert not differences, (
        f"{name}: first difference {differences[0]} (if the source text changed, run "
        "tests/fixtures/make_fixtures.py again)"
    )
    assert len(want) == len(got), f"{name}: {len(got)} provisions instead of {len(want)}"
    assert actual.title == expected.title
    assert actual.report.counts == expected.report.counts
    assert actual.report.warnings == expected.report.warnings


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize(
    "source",
    [FIXTURES / "small_convention_en.txt", DEMO / "demo_convention_en.txt"],
    ids=["small", "demo"],
)
def test_every_format_gives_the_tree_of_the_text(source, suffix):
    fixture = FIXTURES / (source.name.removesuffix(".txt") + suffix)
    assert_same_tree(import_file(source), import_file(fixture), fixture.name)


def test_the_russian_demo_pdf_gives_the_tree_of_the_text():
    source = DEMO / "demo_convention_ru.txt"
    expected = import_file(source)
    assert expected.language == "ru"
    assert_same_tree(expected, import_file(FIXTURES / "demo_convention_ru.pdf"), "ru pdf")


@pytest.mark.parametrize("formats", [("docx",), ("html",), ("akn",)])
def test_the_russian_demo_in_other_formats_gives_the_tree_of_the_text(tmp_path, formats):
    from tests.fixtures.make_fixtures import write_all

    source = DEMO / "demo_convention_ru.txt"
    write_all(source.read_text(encoding="utf-8"), tmp_path / "ru", formats)
    made = next(tmp_path.glob("ru.*"))
    assert_same_tree(import_file(source), import_file(made, language="ru"), made.name)


def test_each_format_reports_the_furniture_it_left_out():
    dropped = {suffix: import_file(FIXTURES / f"demo_convention_en{suffix}").report.dropped
               for suffix in FORMATS}  # fmt: skip
    pages = dropped[".pdf"]["page numbers"]
    assert pages > 20
    assert dropped[".pdf"]["running headers and footers"] >= pages - 1
    assert dropped[".pdf"]["contents lines"] == dropped[".docx"]["contents lines"] > 5
    assert dropped[".docx"]["running headers and footers"] == 2
    assert dropped[".html"]["navigation, page header and footer lines"] > 0


def test_the_lines_left_out_of_a_pdf_name_their_page():
    # The delegate checks what was left out against the printed pages: contents lines too.
    report = import_file(FIXTURES / "demo_convention_en.pdf").report
    contents = [line for line in report.left_out if line.reason == "contents lines"]
    assert len(contents) > 5
    assert all(line.page is not None and line.page >= 1 for line in contents)
    assert contents[0].page <= contents[-1].page
