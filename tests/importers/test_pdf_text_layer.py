"""A PDF's text layer: one that cannot be decoded is refused; a few bad glyphs are left out and
reported."""

from __future__ import annotations

import pytest

from negotiator_app.importers import ImportProblem
from negotiator_app.importers.pdf import read_pdf
from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_draft
from tests.conftest import FIXTURES, corpus_file
from tests.fixtures.pdf_typeset import Typesetter
from tests.fixtures.pdf_writer import UNMAPPED, Page, Text, write_pdf
from tests.importers.test_hostile_files import library_state

UNDECODABLE = "the text layer of this PDF cannot be decoded"


def glyphs_without_letters() -> bytes:
    """A draft whose every glyph is set in a font that says nothing of its letters."""
    pages = [
        Page([Text(72, 80 + 14 * n, f"Article {n}. Each State Party shall act.", font=UNMAPPED)
              for n in range(1, 40)])
        for _ in range(3)
    ]  # fmt: skip
    return write_pdf(pages)


def test_a_text_layer_that_cannot_be_decoded_is_refused_and_the_library_is_unchanged(
    tmp_path, library_dir
):
    path = tmp_path / "broken.pdf"
    path.write_bytes(glyphs_without_letters())
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="before")
        before = library_state(library)
        with pytest.raises(ImportProblem) as caught:
            import_draft(library, path)
        assert library_state(library) == before
    sentence = str(caught.value)
    assert sentence.startswith(f"broken.pdf: {UNDECODABLE}")
    assert "it needs OCR or another format" in sentence
    assert sentence.endswith(".") and "\n" not in sentence


def test_a_few_glyphs_without_letters_are_left_out_and_reported():
    setter = Typesetter()
    setter.label("Article 1")
    setter.paragraph("1. Each State Party shall cooperate with the other States Parties.")
    setter.paragraph("2. Each State Party shall designate a competent authority.")
    pages = setter.pages()
    # Three glyphs of a font with no Unicode mapping, as a stray symbol font leaves them.
    pages[0].texts.append(Text(400, 130, "xyz", font=UNMAPPED))
    document = read_pdf(write_pdf(pages))
    assert document.find("art-1.1").text == (
        "Each State Party shall cooperate with the other States Parties."
    )
    assert document.report.dropped["characters that cannot be decoded"] == 3
    assert [(line.reason, line.page, line.text) for line in document.report.left_out] == [
        ("characters that cannot be decoded", 1, "3 characters"),
        ("page numbers", 1, "- 1 -"),
    ]
    assert any("3 characters" in warning and "page 1" in warning
               for warning in document.report.warnings)  # fmt: skip


def test_the_broken_text_layer_of_a_real_un_pdf_is_refused():
    path = corpus_file("un_agreement_2023_zh_broken_text_layer.pdf")
    with pytest.raises(ImportProblem, match=UNDECODABLE):
        read_pdf(path.read_bytes(), name=path.name)
