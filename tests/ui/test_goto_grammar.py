"""Go to and the reader's links read article numbers with core's one grammar: "12 septies",
"14 бис", «статью 14 бис» all find their article."""

from __future__ import annotations

from PySide6.QtCore import Qt

from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.text_marks import reference_spans
from negotiator_app.ui import goto
from negotiator_app.ui.dialogs.goto_dialog import GotoDialog


def outline() -> Outline:
    def article(number: str, text: str) -> Provision:
        return Provision(f"art-{number.replace(' ', '')}", Kind.ARTICLE, number, text=text)

    return Outline([
        article("12", "Text."),
        article("12 septies", "Cooperation as in article 12."),
        article("14 bis", "Согласно статье 12 септиес и статьям 12 и 14 бис."),
        Provision("annex-I", Kind.ANNEX, "I", "Protocol", children=[
            Provision("annex-I.art-12", Kind.ARTICLE, "12", text="Annexed."),
        ]),
    ])  # fmt: skip


def test_go_to_reads_latin_and_cyrillic_suffixes():
    shape = outline()
    assert goto.resolve("Go to 12 septies".removeprefix("Go to "), shape) == "art-12septies"
    assert goto.resolve("Article 12 septies", shape) == "art-12septies"
    assert goto.resolve("14 бис", shape) == "art-14bis"
    assert goto.resolve("статья 14 бис", shape) == "art-14bis"
    # Article 12 is the main instrument's, not the annexed protocol's.
    assert goto.resolve("12", shape) == "art-12"
    assert goto.resolve("Annex I, article 12", shape) == "annex-I.art-12"


def test_the_reader_links_suffixed_references_in_both_alphabets():
    shape = outline()
    text = "As in article 12 septies and «статью 14 бис», not article 12 octies."
    found = [(text[s:e], key) for s, e, key in reference_spans(text, shape)]
    assert found == [("article 12 septies", "art-12septies"), ("статью 14 бис", "art-14bis")]
    russian = shape.get("art-14bis").text
    found = [key for _, _, key in reference_spans(russian, shape)]
    assert found == ["art-12septies", "art-12", "art-14bis"]


def test_the_dialog_goes_to_14_bis_typed_in_cyrillic(qtbot):
    dialog = GotoDialog(outline())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.input.setText("14 бис")  # typed with a Russian keyboard layout
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert dialog.chosen == "art-14bis"
    assert not dialog.isVisible()
