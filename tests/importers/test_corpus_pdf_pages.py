"""The page layer on real UN PDFs (../shared/corpus; skipped where it is absent): page numbers,
running headers and footers and footnotes out, and listed; paragraphs whole across pages.

The assertions read the provisions' texts, not their keys: how a resolution or a compilation
of instruments is keyed is the structurer's business.
"""

from __future__ import annotations

import re

from negotiator_app.core.provision import Document
from negotiator_app.importers import import_file
from tests.conftest import corpus_file


def texts(document: Document) -> list[str]:
    """Every paragraph of the document: provisions, headings and the title block."""
    return (
        [p.text for p in document.walk() if p.text]
        + [p.heading for p in document.walk()]
        + document.front_matter
    )


def contains(text: str, piece: str) -> bool:
    return re.search(rf"(?<![\w/]){re.escape(piece)}(?![\w/])", text) is not None


def left_out(document: Document, reason: str) -> list[tuple[int | None, str]]:
    return [(line.page, line.text) for line in document.report.left_out if line.reason == reason]


def test_the_palermo_book_loses_every_page_number_and_nothing_else_as_furniture():
    document = import_file(corpus_file("untoc_palermo_2000_unodc_ebook_en.pdf"))
    numbers = left_out(document, "page numbers")
    # Front matter numbered iii-v on PDF pages 5-7, then 1, 2, 3... from PDF page 9: each
    # printed page's own number, once (blank pages have none).
    assert numbers[:3] == [(5, "iii"), (6, "iv"), (7, "v")]
    assert all(text == str(page - 8) for page, text in numbers[3:])
    assert len(numbers) == document.report.dropped["page numbers"] == 82
    # No running headers: the final clause each protocol repeats is treaty text.
    assert "running headers and footers" not in document.report.dropped
    all_text = "\n".join(texts(document))
    assert all_text.count("IN WITNESS WHEREOF, the undersigned plenipotentiaries") == 4
    # Footnotes out, with their reference marks.
    notes = [text for _, text in left_out(document, "footnotes")]
    assert "1 A/C.3/51/7, annex." in notes and len(notes) == 9
    assert "A/C.3/51/7" not in all_text
    assert "transnational organized crime and for hosting the meeting" in all_text
    assert "crime1" not in all_text


def test_a_resolution_loses_its_symbol_job_number_and_footnotes():
    document = import_file(corpus_file("un_ga_res_77_321_en.pdf"))
    provisions = texts(document)
    # The masthead of page 1 ("United Nations  A/RES/77/321") identifies the document and
    # stays in its title block; on every other page the symbol is a running header.
    assert "United Nations A/RES/77/321" in document.front_matter
    everything = "\n".join(text for text in provisions if not text.startswith("United Nations A/"))
    for furniture in ("A/RES/77/321", "23-15249", "2/2", "*2315249*", "A/CONF.232/2023/4"):
        assert not contains(everything, furniture), furniture
    assert left_out(document, "footnotes") == [
        (1, "1 United Nations, Treaty Series, vol. 1833, No. 31363."),
        (1, "2 A/CONF.232/2023/5."),
        (2, "3 A/CONF.232/2023/4."),
        (2, "4 See A/77/945."),
    ]
    assert document.report.dropped["footnote references"] == 4
    assert "Convention on the Law of the Sea on the conservation and sustainable use" in everything
    # The running title over the symbol on page 2 is furniture, the resolution's title is not.
    assert left_out(document, "running headers and footers")[-1] == (
        2,
        "A/RES/77/321 Biological Diversity of Areas beyond National Jurisdiction",
    )
    # The recitals and the six operative paragraphs, each whole.
    assert any(
        text.startswith("Taking note of the adoption by the conference") for text in provisions
    )
    operative = [text for text in provisions if re.match(
        r"(Welcomes|Approves|Requests|Also requests|Calls upon|Decides) ", text)]  # fmt: skip
    assert len(operative) == 6
    assert all(text.endswith((";", "\u201d.")) for text in operative)


def test_a_recital_cut_by_the_page_break_stays_whole_and_the_next_starts_afresh():
    document = import_file(corpus_file("un_ga_res_79_271_en.pdf"))
    provisions = texts(document)
    everything = "\n".join(provisions)
    assert any(
        text.startswith("Recalling further its resolution 77/321")
        and text.endswith("decision 78/560 of 13 August 2024 on the Agreement,")
        for text in provisions
    )
    assert any(text.startswith("Underscoring the importance of the work") for text in provisions)
    assert "Goal 14: Conserve and sustainably use the oceans" in everything
    assert "58th plenary meeting" in everything and "4 March 2025" in everything
    everything = "\n".join(text for text in provisions if not text.startswith("United Nations A/"))
    for furniture in ("A/RES/79/271", "25-03668", "2/3", "3/3", "A/AC.296/2024/4"):
        assert not contains(everything, furniture), furniture
    assert [page for page, _ in left_out(document, "page numbers")] == [2, 3]
