"""The one structurer: turns a stream of blocks (logical paragraphs) into the provision tree.

Every importer reads its format into blocks, in reading order, and hands them here; the
numbering, nesting and keys are decided in this one place so that a draft imported from
.txt, .docx, .pdf, .html or Akoma Ntoso comes out as the same tree.

A file may hold several instruments (a resolution and the convention it adopts, a convention
and its protocols, an act whose schedule holds a charter): each gets its own subtree, keyed
`annex-I.` when the document labels it an annex, else `instr-2.`, `instr-3.`. A resolution's
recitals are `pre.N` and its operative paragraphs `op-N`. Whatever is not put in the tree (the
title page, contents, the formula "Have agreed as follows:", endnotes) is listed in the report.

The parts live beside it: the reading's stage and open provisions (reading.py), the tree with
its keys (growing_tree.py), the preamble (preamble.py), what follows a final clause
(instruments.py), contents pages (contents.py), headings (headings.py) and a text with no
structure at all (flat.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from negotiator_app.core.block import BODY_START, LABEL_HEADING, Block, normalised
from negotiator_app.core.contents import ContentsPage
from negotiator_app.core.flat import flat_document, has_structure
from negotiator_app.core.growing_tree import GrowingTree, child_key
from negotiator_app.core.headings import can_be_heading, is_cross_heading, is_end_matter
from negotiator_app.core.instruments import Instruments
from negotiator_app.core.numbering import (
    Marker,
    act_section,
    fold_item_letter,
    is_roman,
    item_position,
    key_number,
    recognise,
    roman_to_int,
)
from negotiator_app.core.preamble import PreambleReader
from negotiator_app.core.provision import Document, ImportReport, Kind, Provision
from negotiator_app.core.reading import Reading
from negotiator_app.core.structure_check import check_structure
from negotiator_app.core.tree_keys import count_instruments, normalise_chapter_keys

__all__ = ["BODY_START", "LABEL_HEADING", "Block", "build_document", "item_position"]

_LEADING_LABELS = 6  # labels one line may open with: "2. (a) (i) ..." has three


def build_document(
    blocks: Iterable[Block],
    *,
    language: str = "",
    report: ImportReport | None = None,
) -> Document:
    """Build the provision tree from blocks; what was left out is listed in the report."""
    report = report or ImportReport()
    blocks = [Block(normalised(b.text), b.role, b.raw or b.text, b.page) for b in blocks]
    blocks = [b for b in blocks if b.text or b.role == BODY_START]
    if not has_structure(blocks):
        return flat_document(blocks, language, report)
    builder = _Builder(report, language)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not builder.cross_heading(block, following):
            builder.add(block)
    builder.finish()
    tree = builder.tree
    normalise_chapter_keys(tree.top)
    if tree.repeated:
        first = tree.repeated[0]
        report.warn(
            f"{len(tree.repeated)} provision numbers appear more than once (first: {first}); "
            f"later ones are keyed {first}~2 and so on. Is there a second text in the file?"
        )
    document = Document(
        title=builder.title,
        provisions=tree.top,
        language=language,
        front_matter=[block.text for block in builder.reading.front],
        report=report,
    )
    report.counts = document.count()
    report.counts["instrument"] = count_instruments(tree.top)
    operative = sum(1 for p in document.walk() if p.kind == Kind.PARAGRAPH and _is_operative(p.key))
    if operative:
        report.counts["operative paragraph"] = operative
    report.structure = check_structure(tree.top)
    if not any(_is_unit(p) for p in document.walk()):
        report.warn("No articles were recognised; check the tree before relying on it.")
    return document


class _Builder:
    def __init__(self, report: ImportReport, language: str) -> None:
        self.report = report
        self.language = language
        self.reading = Reading()
        self.tree = GrowingTree()
        self.preamble = PreambleReader(self.reading, self.tree, report, language)
        self.contents = ContentsPage(self.reading, report)
        self.instruments = Instruments(self.reading, self.tree, self.preamble, report)
        self.lead_ins: dict[int, int] = {}  # unnumbered lead-in paragraphs counted, per parent
        self.title = ""

    def add(self, block: Block) -> None:
        # "2. (a) (i) On depositing": a label that opens the rest of the line is added in turn,
        # a few at most; a line of thousands of "(a)" is text after them, not a tree as deep.
        for _ in range(_LEADING_LABELS):
            rest = self._add_one(block)
            if rest is None:
                return
            block = rest
        self._text(block)

    def _add_one(self, block: Block) -> Block | None:
        """Add a block; what is left of it when it opens with a second label, else None."""
        reading = self.reading
        if block.role == BODY_START:
            if reading.stage == "preamble":
                reading.stage = "body"
            return None
        if reading.stage == "end" or self._end_matter(block):
            self.report.drop("endnotes", text=block.text, page=block.page)
            return None
        if self.contents.drop(block):
            return None
        marker = None if block.role == LABEL_HEADING else recognise(block.text)
        if block.role == "heading" and (marker is None or marker.kind == "paragraph"):
            marker = self._act_section(block, marker)
        if marker is not None and not marker.capitalised and block.role != "heading":
            # "article 26." in lower case continues a sentence; label lines are capitalised.
            marker = None
        if reading.stage == "final" and self.instruments.after_final(block, marker):
            return None
        if reading.awaiting_heading is not None:
            node, reading.awaiting_heading = reading.awaiting_heading, None
            if block.role == LABEL_HEADING or marker is None and can_be_heading(block, node.kind):
                node.heading = block.text.rstrip(".").strip() if block.role else block.text
                return None
        if (
            marker is None
            or marker.kind in {"opener", "organ", "closer"}
            and reading.stage
            in {
                "body",
                "final",
            }
        ):
            self._text(block)
            return None
        if marker.kind in {"paragraph", "item"} and _starts_with_item(marker.rest):
            # "2. (a) On depositing ...": a paragraph whose first words are its first item.
            getattr(self, f"_on_{marker.kind}")(Marker(marker.kind, marker.number), block)
            return Block(marker.rest, block.role, marker.rest, block.page)
        getattr(self, f"_on_{marker.kind}")(marker, block)
        return None

    def _act_section(self, block: Block, marker: Marker | None) -> Marker | None:
        """A heading numbered without a word ("2A  Meaning of...", "1. Definitions"): a section
        of an act or by-law; the first of them ends the front matter of a text that has no
        articles."""
        section = act_section(block.text)
        if section is None:
            return marker
        if marker is None:
            return section if self.reading.stage in {"body", "annex"} else None
        # "1." with a heading: a numbered paragraph set in bold ("23. Reasons shall be given
        # for any refusal.") is a sentence; a section's heading is not. It opens the sections
        # of a text without articles, or follows another section.
        if section.rest.endswith((".", ":", ";")):
            return marker
        reading = self.reading
        first = reading.stage == "front" and key_number(section.number) == "1"
        after_section = reading.article is not None and reading.article.kind == Kind.SECTION
        return section if first or after_section else marker

    def cross_heading(self, block: Block, following: Block | None) -> bool:
        """A short heading between articles ("Composition", "Voting"): listed, not article text.

        It is not any article's words, and the tree has no place for a heading over a run of
        articles inside a chapter; it goes into the report as a cross-heading.
        """
        reading = self.reading
        if reading.stage != "body" or following is None or reading.awaiting_heading is not None:
            return False
        if not is_cross_heading(block, following):
            return False
        self.report.drop("cross-headings", text=block.text, page=block.page)
        return True

    def finish(self) -> None:
        """The end of the file: settle the title and list what the tree left out."""
        self.tree.settle()
        self.title = self.instruments.finish(self.language)

    def _end_matter(self, block: Block) -> bool:
        """ "Endnotes" after the text: a compilation's tables of amendments, not treaty text."""
        if self.reading.stage not in {"body", "annex", "final"} or block.role != "heading":
            return False
        if is_end_matter(block.text):
            self.reading.stage = "end"
            return True
        return False

    # -- markers ----------------------------------------------------------------------

    def _on_preamble(self, marker: Marker, block: Block) -> None:
        if self.preamble.is_open_here():
            self._text(block)
            return
        label = block.text[: len(block.text) - len(marker.rest)]
        self.preamble.open().heading = label.strip(" .:").capitalize() or self.preamble.word()
        if marker.rest:
            # "Preamble The States Parties ..." run together on one line.
            self.add(Block(marker.rest, block.role, marker.rest, block.page))

    def _on_opener(self, marker: Marker, block: Block) -> None:
        self.preamble.opener(block)

    def _on_organ(self, marker: Marker, block: Block) -> None:
        self.preamble.organ(block)

    def _on_closer(self, marker: Marker, block: Block) -> None:
        self.preamble.close(block)

    def _on_part(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        root = reading.root()
        node = self._container(Kind.PART, child_key(root, f"part-{key_number(marker.number)}"),
                               marker, parent=root)  # fmt: skip
        reading.part, reading.chapter, reading.section = node, None, None
        reading.title = None

    def _on_chapter(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        root = reading.root()
        top_title = reading.title if self.tree.hangs_from(reading.title, root) else None
        parent = reading.part or top_title or root
        key = child_key(parent, f"ch-{key_number(marker.number)}")
        reading.chapter = self._container(Kind.CHAPTER, key, marker, parent=parent)
        reading.section = None
        if top_title is None:
            reading.title = None

    def _on_section(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        parent = reading.chapter or reading.part or reading.root()
        key = child_key(parent, f"sec-{key_number(marker.number)}")
        reading.section = self._container(Kind.SECTION, key, marker, parent=parent)
        reading.title = None

    def _on_title(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        parent = reading.section or reading.chapter or reading.part or reading.root()
        key = child_key(parent, f"title-{key_number(marker.number)}")
        reading.title = self._container(Kind.TITLE, key, marker, parent=parent)

    def _on_annex(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        local = f"annex-{key_number(marker.number)}" if marker.number else "annex"
        reading.reset_divisions()
        reading.annex = None
        reading.annex = self._container(Kind.ANNEX, child_key(reading.instrument, local), marker,
                                        parent=reading.instrument)  # fmt: skip
        self.preamble.forget()
        # An annex may hold an instrument: its preamble can still open here.
        reading.stage = "annex"

    def _on_article(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        reading.stage = "body"
        parent = reading.division() or reading.root()
        key = child_key(reading.root(), f"art-{key_number(marker.number)}")
        article = self.tree.add(Kind.ARTICLE, key, marker.number, parent, heading=marker.rest)
        reading.article = article
        reading.paragraph = reading.letter = reading.roman = None
        if not marker.rest:
            reading.awaiting_heading = article

    def _on_act_section(self, marker: Marker, block: Block) -> None:
        """ "2A  Meaning of ...": an act's section, keyed by its own number like an article."""
        reading = self.reading
        self.preamble.whereas_from_front()
        reading.stage = "body"
        key = child_key(reading.root(), f"sec-{key_number(marker.number)}")
        parent = reading.division() or reading.root()
        reading.article = self.tree.add(
            Kind.SECTION, key, marker.number, parent, heading=marker.rest
        )
        reading.paragraph = reading.letter = reading.roman = None

    def _on_paragraph(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        if reading.stage in {"front", "contents"}:
            reading.front.append(block)
            return
        operative = self.preamble.resolution and reading.article is None
        if reading.stage == "preamble" and not operative:
            self.preamble.recital(marker.rest, marker.number)
            return
        reading.stage = "body"
        if operative:
            parent = reading.root()
            key = child_key(parent, f"op-{key_number(marker.number)}")
        else:
            parent = reading.article or reading.division() or reading.root()
            key = child_key(parent, key_number(marker.number), bare_prefix="para-")
            if marker.number == "2" and parent is not None and parent is reading.article:
                self._misread_one(parent)
        reading.paragraph = self.tree.add(
            Kind.PARAGRAPH, key, marker.number, parent, text=marker.rest
        )
        reading.letter = reading.roman = None

    def _misread_one(self, article: Provision) -> None:
        """Paragraph 1 printed with a letter for its digit ("l. States Parties shall...", a font
        whose "1" reads as "l"): when paragraph 2 follows, it is paragraph 1, and said so."""
        if article.children:
            return
        self.tree.settle()
        misread = _MISREAD_ONE_RE.match(article.text)
        if misread is None:
            return
        text = article.text[misread.end() :]
        article.text = ""
        self.tree.add(Kind.PARAGRAPH, child_key(article, "1"), "1", article, text=text)
        self.report.warn(
            f"Article {article.number}: its first paragraph is numbered “{misread.group(1)}.”, "
            "a letter in place of the digit 1; it was read as paragraph 1."
        )

    def _on_item(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        if reading.stage in {"front", "contents"}:
            reading.front.append(block)
            return
        number = marker.number
        if reading.letter is not None:
            number = fold_item_letter(number, latin_list=reading.letter.number.isascii())
        if _is_roman_item(number, reading):
            parent = reading.letter or reading.paragraph or reading.article or self._fallback()
            node = self.tree.add(
                Kind.SUBPARAGRAPH, child_key(parent, number), number, parent, text=marker.rest
            )
            reading.roman = node
            return
        position = item_position(number)
        if position == 0:
            self._text(block)
            return
        if reading.stage == "preamble":
            parent = self.tree.last  # a recital's list, or the preamble's own
        else:
            parent = reading.paragraph or reading.article or self._fallback()
        local = chr(ord("a") + position - 1) if position <= 26 else number
        if position == 1 and child_key(parent, local) in self.tree.keys:
            parent = self._lead_in(parent)
        key = child_key(parent, local)
        reading.letter = self.tree.add(Kind.SUBPARAGRAPH, key, number, parent, text=marker.rest)
        reading.roman = None

    def _on_final(self, marker: Marker, block: Block) -> None:
        reading = self.reading
        if reading.stage not in {"body", "annex"}:
            self._text(block)
            return
        root = reading.root()
        self.tree.add(Kind.FINAL_CLAUSE, child_key(root, "final"), "", root, text=block.text)
        reading.article = reading.paragraph = reading.letter = reading.roman = None
        reading.stage = "final"

    # -- building -------------------------------------------------------------------

    def _text(self, block: Block) -> None:
        """Running text: a recital, or the continuation of the provision it follows."""
        reading, tree = self.reading, self.tree
        if reading.stage in {"front", "contents"}:
            reading.front.append(block)
            return
        if reading.stage == "preamble":
            self.preamble.text(block.text)
            return
        if tree.last is None:
            reading.front.append(block)
            return
        last = tree.last
        first_after_item = tree.after_item is None or tree.after_item[0] is not last
        if last.kind == Kind.SUBPARAGRAPH and reading.stage == "body" and first_after_item:
            tree.settle()
            tree.after_item = (last, len(last.text))
        tree.append(last, block.text)

    def _lead_in(self, parent: Provision | None) -> Provision | None:
        """A second list in one provision: the running text before it becomes its own paragraph.

        "asset means: (a) ... (b) ...; foreign government entity means: (a) ..." keys the second
        list under an unnumbered paragraph (art-2.p2.a), not as art-2.a~2.
        """
        reading, tree = self.reading, self.tree
        if tree.after_item is None or parent is None:
            return parent
        if parent.kind == Kind.PARAGRAPH and not parent.number:
            parent = reading.article or parent  # a third list: a sibling of the second's lead-in
        item, length = tree.after_item
        tree.settle()
        lead = item.text[length:].strip()
        if not lead:
            return parent
        item.text = item.text[:length].rstrip()
        count = self.lead_ins.get(id(parent), 0) + 1
        self.lead_ins[id(parent)] = count
        count += 1
        node = tree.add(Kind.PARAGRAPH, f"{parent.key}.p{count}", "", parent, text=lead)
        reading.paragraph, tree.after_item = node, None
        return node

    def _container(
        self, kind: Kind, key: str, marker: Marker, parent: Provision | None
    ) -> Provision:
        reading = self.reading
        reading.stage = "body"
        node = self.tree.add(kind, key, marker.number, parent, heading=marker.rest)
        reading.article = reading.paragraph = reading.letter = reading.roman = None
        if not marker.rest:
            reading.awaiting_heading = node
        return node

    def _fallback(self) -> Provision | None:
        return self.reading.division() or self.reading.root()


# "l." or "I." (a letter where the digit 1 was meant) opening an article's text, then a capital.
_MISREAD_ONE_RE = re.compile(r"^([lI])\.\s+(?=[A-ZА-ЯЁ])")


def _starts_with_item(text: str) -> bool:
    marker = recognise(text) if text else None
    return marker is not None and marker.kind == "item"


def _is_unit(node: Provision) -> bool:
    """An article, a resolution's operative paragraph, or an act's section with its subsections."""
    if node.kind == Kind.ARTICLE or _is_operative(node.key):
        return True
    return node.kind == Kind.SECTION and any(c.kind == Kind.PARAGRAPH for c in node.children)


def _is_operative(key: str) -> bool:
    return key.rpartition(".")[2].startswith("op-")


def _is_roman_item(number: str, reading: Reading) -> bool:
    if not is_roman(number):
        return False
    if reading.roman is not None and roman_to_int(number) == roman_to_int(reading.roman.number) + 1:
        return True
    if (
        reading.letter is not None
        and item_position(number) == item_position(reading.letter.number) + 1
    ):
        return False
    if number == "i":
        return True
    return len(number) > 1
