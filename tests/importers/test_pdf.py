"""PDF drafts: page furniture left out, columns and hyphenation undone, locked or scanned files."""

from __future__ import annotations

import io
import zlib

import pypdfium2
import pytest

from negotiator_app.importers import ImportProblem, import_file
from negotiator_app.importers.pdf import read_pdf
from negotiator_app.importers.text import parse_text
from tests.conftest import FIXTURES
from tests.fixtures.pdf_typeset import typeset_draft


def page_count(path) -> int:
    document = pypdfium2.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def test_running_headers_and_page_numbers_are_left_out():
    document = import_file(FIXTURES / "demo_convention_en.pdf")
    everything = "\n".join(p.text for p in document.walk())
    assert "A/AC.999/DEMO/1" not in everything
    pages = page_count(FIXTURES / "demo_convention_en.pdf")
    assert document.report.dropped["page numbers"] == pages
    assert document.report.dropped["running headers and footers"] == pages


def test_a_two_column_page_is_read_column_by_column_and_hyphens_are_undone():
    document = import_file(FIXTURES / "two_columns.pdf")
    assert [p.key for p in document.walk()] == [
        "art-1", "art-1.1", "art-1.2", "art-2", "art-2.1", "art-2.2", "art-2.3",
    ]  # fmt: skip
    assert document.find("art-2").heading == "Reading order"
    assert document.find("art-1.1").text == (
        "This page is set in two columns, and the left column is read before the right "
        "column begins, as a delegate reads it."
    )
    assert document.find("art-2.2").text.startswith(
        "Internationalization, telecommunications, interoperability"
    )
    assert document.find("art-1.2").text.endswith(
        "often hyphenated by the typesetter, and the importer joins them again."
    )


def image_only_pdf() -> bytes:
    """A one-page scan: an image and no text, as a photocopier makes it."""
    pixels = zlib.compress(b"\xff\x00" * 50 * 100)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
    ]
    content = b"q 500 0 0 700 50 50 cm /Im1 Do Q"
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(
        b"<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels)
        + pixels + b"\nendstream"
    )  # fmt: skip
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_a_scanned_pdf_says_it_needs_ocr():
    with pytest.raises(ImportProblem, match="this PDF has no text layer; it needs OCR"):
        read_pdf(image_only_pdf())


def encrypted(user_password: str) -> bytes:
    """The small draft printed by our own writer, encrypted with the standard security handler."""
    text = (FIXTURES / "small_convention_en.txt").read_text(encoding="utf-8")
    return typeset_draft(text).pdf(user_password=user_password, owner_password="secretariat")


def test_a_password_protected_pdf_says_so():
    with pytest.raises(ImportProblem, match="protected by a password"):
        read_pdf(encrypted("delegates-only"), name="L.7.pdf")


def test_a_pdf_locked_only_against_editing_imports():
    document = read_pdf(encrypted(""))
    assert document.find("art-3bis").heading == "Urgent requests"


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9])
def test_a_truncated_pdf_is_damaged_or_read_as_far_as_it_goes(cut):
    data = (FIXTURES / "small_convention_en.pdf").read_bytes()
    try:
        document = read_pdf(data[: int(len(data) * cut)], name="cut.pdf")
    except ImportProblem as problem:
        assert str(problem).startswith("cut.pdf")
    else:
        assert document.provisions


def test_progress_moves_page_by_page():
    seen: list[int] = []
    read_pdf(
        (FIXTURES / "demo_convention_en.pdf").read_bytes(), progress=lambda d, t: seen.append(d)
    )
    assert len(seen) == page_count(FIXTURES / "demo_convention_en.pdf")
    assert seen == sorted(seen) and seen[-1] <= 100


def test_a_draft_printed_by_our_own_writer_gives_the_tree_of_the_text():
    text = (FIXTURES / "small_convention_en.txt").read_text(encoding="utf-8")
    expected = parse_text(text)
    document = read_pdf(typeset_draft(text, header="A/AC.999/L.7").pdf())
    assert [(p.key, p.heading, p.text) for p in document.walk()] == [
        (p.key, p.heading, p.text) for p in expected.walk()
    ]
    assert document.title == expected.title
    pages = document.report.dropped["page numbers"]
    assert pages >= 3 and document.report.dropped["running headers and footers"] == pages
