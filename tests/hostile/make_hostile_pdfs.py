"""Hostile PDFs, written in raw PDF syntax by our own writer (tests/fixtures/pdf_writer.py).

Each case is a file a delegate could be sent that makes a naive reader hang or eat memory:

- pages:     many pages of text (default 100,000), all drawing one shared content stream;
- operators: one page whose content stream repeats a text-showing operator millions of times;
- xobject:   one page that draws one form XObject (a line of text) thousands of times;
- nested:    forms that draw forms that draw forms, a few levels deep (the XObject "laughs");
- huge-page: a page a billion points wide and high, with text at its far corners;
- bomb:      a Flate content stream that expands a thousandfold (default to 2 GB).

Each function takes a scale, so a test makes a small file that proves the bound and the
measurement in tests/hostile/README.md makes the full size:

    .venv/bin/python tests/hostile/make_hostile_pdfs.py OUT_FOLDER [--scale 1.0]
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.fixtures.pdf_writer import PdfFile, font_objects  # noqa: E402

LINE = b"BT /F1 10 Tf 72 700 Td (Article 1. Each State Party shall adopt measures.) Tj ET\n"


def _one_page_file(
    content: bytes, *, media: bytes = b"0 0 595 842", xobjects: bytes = b""
) -> bytes:
    pdf = PdfFile()
    catalog, tree = pdf.reserve(), pdf.reserve()
    fonts = font_objects(pdf)
    stream = pdf.add_stream(content)
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Contents %d 0 R "
        b"/Resources << /Font %s /XObject << %s >> >> >>" % (tree, media, stream, fonts, xobjects)
    )
    pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree, catalog)
    pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page, tree)
    return pdf.write(catalog)


def many_pages(scale: float = 1.0) -> bytes:
    """100,000 pages at scale 1, each a page object drawing one shared content stream."""
    count = max(1, int(100_000 * scale))
    pdf = PdfFile()
    catalog, tree = pdf.reserve(), pdf.reserve()
    fonts = pdf.add(font_objects(pdf))
    stream = pdf.add_stream(LINE * 3)
    kids = [
        pdf.add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font %d 0 R >> >>" % (tree, stream, fonts)
        )
        for _ in range(count)
    ]
    pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree, catalog)
    pdf.add(
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % kid for kid in kids), count),
        tree,
    )
    return pdf.write(catalog)


def repeated_operators(scale: float = 1.0) -> bytes:
    """One content stream of 5 million text-showing operators at scale 1 (about 400 MB inflated)."""
    count = max(1, int(5_000_000 * scale))
    return _one_page_file(LINE * count)


def repeated_xobject(scale: float = 1.0) -> bytes:
    """A form XObject with a line of text, drawn 100,000 times on one page at scale 1."""
    count = max(1, int(100_000 * scale))
    pdf = PdfFile()
    catalog, tree = pdf.reserve(), pdf.reserve()
    fonts = pdf.add(font_objects(pdf))
    form = pdf.add_stream(
        LINE,
        b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font %d 0 R >>" % fonts,
    )
    stream = pdf.add_stream(b"/X1 Do\n" * count)
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        b"/Resources << /Font %d 0 R /XObject << /X1 %d 0 R >> >> >>" % (tree, stream, fonts, form)
    )
    pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree, catalog)
    pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page, tree)
    return pdf.write(catalog)


def nested_xobjects(scale: float = 1.0) -> bytes:
    """Five levels of forms, each drawing the one below 40 times: 40**5 lines at scale 1."""
    fan_out = max(2, int(40 * scale))
    pdf = PdfFile()
    catalog, tree = pdf.reserve(), pdf.reserve()
    fonts = pdf.add(font_objects(pdf))
    below = pdf.add_stream(
        LINE,
        b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font %d 0 R >>" % fonts,
    )
    for _ in range(4):
        below = pdf.add_stream(
            b"/X Do\n" * fan_out,
            b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
            b"/Resources << /Font %d 0 R /XObject << /X %d 0 R >> >>" % (fonts, below),
        )
    stream = pdf.add_stream(b"/X Do\n" * fan_out)
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        b"/Resources << /Font %d 0 R /XObject << /X %d 0 R >> >> >>" % (tree, stream, fonts, below)
    )
    pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree, catalog)
    pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page, tree)
    return pdf.write(catalog)


def huge_page(scale: float = 1.0) -> bytes:
    """A page a billion points square, with text in its corners and middle."""
    side = 1_000_000_000
    content = b"".join(
        b"BT /F1 10 Tf %d %d Td (Article %d. Text far out on the page.) Tj ET\n" % (x, y, n)
        for n, (x, y) in enumerate(
            [(10, side - 20), (side - 400, side - 20), (side // 2, side // 2), (10, 20)], start=1
        )
    )
    return _one_page_file(content, media=b"0 0 %d %d" % (side, side))


def flate_bomb(scale: float = 1.0) -> bytes:
    """A content stream of spaces that inflates to 2 GB at scale 1 (a few MB compressed)."""
    total = max(1, int(2 * 1024**3 * scale))
    chunk = b" " * (1024 * 1024)
    count = max(1, total // len(chunk))
    # Raw deflate blocks, each ended by a full flush, come out the same for the same input:
    # the stream is written once per block kind and repeated, then given its zlib header and
    # checksum, so a 2 GB bomb takes a second to make.
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(LINE) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush()
    checksum = zlib.adler32(LINE)
    for _ in range(count):
        checksum = zlib.adler32(chunk, checksum)
    data = b"\x78\xda" + head + block * count + tail + checksum.to_bytes(4, "big")
    pdf = PdfFile()
    catalog, tree = pdf.reserve(), pdf.reserve()
    fonts = font_objects(pdf)
    stream = pdf.add(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    )
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        b"/Resources << /Font %s >> >>" % (tree, stream, fonts)
    )
    pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree, catalog)
    pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page, tree)
    return pdf.write(catalog)


CASES: dict[str, Callable[[float], bytes]] = {
    "pages": many_pages,
    "operators": repeated_operators,
    "xobject": repeated_xobject,
    "nested": nested_xobjects,
    "huge-page": huge_page,
    "bomb": flate_bomb,
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.case or CASES:
        path = args.out / f"{name}.pdf"
        path.write_bytes(CASES[name](args.scale))
        print(f"{path}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
