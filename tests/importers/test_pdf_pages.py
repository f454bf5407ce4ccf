"""The page layer of a PDF: furniture found by position, shape and repetition, footnotes, labels.

Every file here is printed by our own writer (tests/fixtures/pdf_typeset.py) in the shape of a
defect seen on real UN documents (issue 9).
"""

from __future__ import annotations

import pytest

from negotiator_app.core.provision import Document
from negotiator_app.importers.pdf import read_pdf
from tests.fixtures.pdf_typeset import Typesetter

FILLER = (
    "Each State Party shall adopt such legislative and other measures as may be necessary "
    "to give effect to this article in accordance with its domestic law."
)


def texts(document: Document) -> str:
    return "\n".join(f"{p.heading}\n{p.text}" for p in document.walk())


def left_out(document: Document, reason: str) -> list[tuple[int | None, str]]:
    return [(line.page, line.text) for line in document.report.left_out if line.reason == reason]


# -- labels: standing alone and set apart, or running text ----------------------------------


def article(setter: Typesetter, number: int, heading: str, paragraphs: list[str]) -> None:
    setter.label(f"Article {number}")
    setter.paragraph(heading, bold=True, centre=True, space=0.2)
    for index, text in enumerate(paragraphs, start=1):
        setter.paragraph(f"{index}. {text}")


def test_a_reference_wrapped_to_the_start_of_a_line_stays_in_its_sentence():
    setter = Typesetter()
    article(setter, 25, "Review", [FILLER] * 6)
    # "... under" / "article 26." / "8. ..." as the line breaks fell in the official text.
    setter.line("7. The Conference shall carry out the monitoring and review under")
    setter.line("article 26.")
    setter.paragraph("8. The secretariat shall assist the Conference in this work.")
    setter.line("9. Such a review shall take place as provided for in")
    setter.line("Article 26 of this Convention.")
    article(setter, 26, "Monitoring", ["Each State Party shall report on its measures."])
    document = read_pdf(setter.pdf())
    keys = [p.key for p in document.walk()]
    assert keys == [
        "art-25", *(f"art-25.{n}" for n in range(1, 10)), "art-26", "art-26.1",
    ]  # fmt: skip
    assert document.find("art-25.7").text.endswith("monitoring and review under article 26.")
    assert document.find("art-25.9").text.endswith(
        "as provided for in Article 26 of this Convention."
    )
    assert document.find("art-26").heading == "Monitoring"
    assert not document.report.warnings


# -- running headers: only lines at the page edges of most pages -------------------------------


def objectives_draft() -> bytes:
    """Three articles headed "Objectives" whose chapeau falls at the top of a page each time."""
    setter = Typesetter(header="A/AC.999/L.9")
    for part in range(1, 4):
        setter.label(f"Part {part}")
        for number in range(4 * part - 3, 4 * part):
            article(setter, number, "Scope", [FILLER] * 4)
        article(setter, 4 * part, "Objectives", [])
        setter.new_page()
        setter.paragraph("The objectives of this Part are to:", space=0)
        for letter in "abc":
            setter.paragraph(f"({letter}) {FILLER}")
        setter.paragraph(f"(d) {FILLER * 6}")
    return setter.pdf()


def fill_page(setter: Typesetter, line: str) -> None:
    """Lines of text until one line of room is left on the page."""
    while setter.y + 2 * setter.leading <= setter._text_bottom():
        setter.line(line)


def test_a_chapeau_that_recurs_at_page_tops_is_text_not_a_running_header():
    document = read_pdf(objectives_draft())
    chapeaus = [p for p in document.walk() if p.text == "The objectives of this Part are to:"]
    assert [p.key for p in chapeaus] == ["art-4", "art-8", "art-12"]
    assert "The objectives" not in str(left_out(document, "running headers and footers"))
    assert "A/AC.999/L.9" not in texts(document)


def test_an_article_that_each_protocol_has_at_a_page_top_is_kept():
    setter = Typesetter(header="Protocols to the Convention")
    for protocol in ("I", "II", "III"):
        setter.label(f"Annex {protocol}")
        article(setter, 37, "Relation with the Convention", [FILLER] * 3)
        setter.new_page()
        setter.paragraph("Article 38. Entry into force", bold=True, centre=True, space=0)
        setter.paragraph(f"1. {FILLER}")
        setter.new_page()
    document = read_pdf(setter.pdf())
    entry = [p.key for p in document.walk() if p.heading == "Entry into force"]
    assert entry == ["annex-I.art-38", "annex-II.art-38", "annex-III.art-38"]
    assert all(document.find(key).children for key in entry)
    assert left_out(document, "running headers and footers") == [
        (page, "Protocols to the Convention") for page in range(1, 7)
    ]


# -- page numbers: found on each page by position and shape, never kept mid-sentence -------------


@pytest.mark.parametrize(
    "shape",
    ["- {n} -", "{n}", "Page {n} of 40", "{n}/4 24-07683", "roman"],
)
def test_page_numbers_anywhere_below_the_text_are_left_out_and_the_sentence_rejoined(shape):
    romans = ["i", "ii", "iii", "iv", "v", "vi"]

    def number(n: int) -> str:
        return romans[n - 1] if shape == "roman" else shape.format(n=n)

    # The text block ends a fifth of the way up the page; the number sits below it, far
    # outside the bottom tenth of the page where a fixed band would look for it.
    setter = Typesetter(bottom=200, number_from_bottom=170, page_number=number)
    article(setter, 56, "Rights of the coastal State", [FILLER] * 9)
    setter.line("10. In the exclusive economic zone, the coastal State has sovereign")
    fill_page(setter, "rights for the purpose of exploring and exploiting the zone and its")
    setter.line("sovereign rights or")
    setter.line("jurisdiction over the resources of the zone.")  # overleaf
    setter.paragraph(f"11. {FILLER}")
    document = read_pdf(setter.pdf())
    paragraph = document.find("art-56.10").text
    assert paragraph.endswith("sovereign rights or jurisdiction over the resources of the zone.")
    pages = len({line.page for line in document.report.left_out})
    assert pages >= 2
    assert left_out(document, "page numbers") == [(n, number(n)) for n in range(1, pages + 1)]
    assert document.report.dropped["page numbers"] == pages
    assert "running headers and footers" not in document.report.dropped


# -- footnotes: below a rule at the foot of the page, their marks out of the text ----------------


@pytest.mark.parametrize("rule", ["text", "path"])
def test_footnotes_under_a_rule_and_their_reference_marks_are_left_out(rule):
    setter = Typesetter(note_rule=rule, header="A/RES/99/1")
    setter.line("The General Assembly,", indent=20)
    setter.paragraph(
        "Recalling the United Nations Convention on the Law of the Sea^1 and its "
        "resolution 72/249,^2",
        first_indent=20,
    )
    setter.footnote("1", "United Nations, Treaty Series, vol. 1833, No. 31363.")
    setter.footnote("2", "A/CONF.232/2023/5.")
    for number in range(1, 4):
        setter.paragraph(f"{number}. Welcomes the adoption of the Agreement; " + FILLER)
    document = read_pdf(setter.pdf())
    everything = texts(document)
    assert "the Law of the Sea and its resolution 72/249," in everything
    assert "Treaty Series" not in everything and "CONF.232" not in everything
    assert left_out(document, "footnotes") == [
        (1, "1 United Nations, Treaty Series, vol. 1833, No. 31363."),
        (1, "2 A/CONF.232/2023/5."),
    ]
    assert document.report.dropped["footnote references"] == 2
    assert document.report.dropped.get("rule lines", 0) == (1 if rule == "text" else 0)


def test_an_operative_paragraph_cut_by_a_page_break_is_rejoined():
    setter = Typesetter(header="A/RES/99/2")
    setter.line("The General Assembly,", indent=20)
    setter.paragraph("Recalling its earlier resolutions on the matter,", first_indent=20)
    for number in range(1, 6):
        setter.paragraph(f"{number}. Requests the Secretary-General to report; " + FILLER * 2)
    setter.paragraph("6. Decides to continue its consideration of the question at its", space=0.5)
    fill_page(setter, "session and of the report of the Secretary-General on the question at its")
    setter.line("next session, under the item entitled \u201cOceans and the law of the sea\u201d;")
    setter.paragraph("7. Also decides to remain seized of the matter.")
    document = read_pdf(setter.pdf())
    sixth = next(p for p in document.walk() if p.text.startswith("Decides to continue"))
    assert sixth.text.endswith(
        "question at its next session, under the item entitled \u201cOceans and the law of "
        "the sea\u201d;"
    )
    assert any(p.text == "Also decides to remain seized of the matter." for p in document.walk())
