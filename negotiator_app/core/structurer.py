"""The one structurer: turns a stream of blocks (logical paragraphs) into the provision tree.

Every importer reads its format into blocks, in reading order, and hands them here; the
numbering, nesting and keys are decided in this one place so that a draft imported from
.txt, .docx, .pdf, .html or Akoma Ntoso comes out as the same tree.

A file may hold several instruments (a resolution and the convention it adopts, a convention
and its protocols, an act whose schedule holds a charter): each gets its own subtree, keyed
`annex-I.` when the document labels it an annex, else `instr-2.`, `instr-3.`. A resolution's
recitals are `pre.N` and its operative paragraphs `op-N`. Whatever is not put in the tree (the
title page, contents, the formula "Have agreed as follows:", endnotes) is listed in the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from negotiator_app.core.block import BODY_START, LABEL_HEADING, Block, without_controls
from negotiator_app.core.contents import (
    CONTENTS_HEADING_RE,
    PAGE_COLUMN_RE,
    contents_entry_title,
    is_contents_entry,
)
from negotiator_app.core.flat import flat_document
from negotiator_app.core.numbering import (
    LABEL_KINDS,
    PREAMBLE_HEADINGS,
    Marker,
    act_section,
    fold_item_letter,
    is_roman,
    item_position,
    key_number,
    recognise,
    roman_to_int,
)
from negotiator_app.core.provision import Document, ImportReport, Kind, Provision
from negotiator_app.core.recitals import split_run_on
from negotiator_app.core.structure_check import check_structure
from negotiator_app.core.title_block import may_open_instrument, pick_title
from negotiator_app.core.tree_keys import count_instruments, normalise_chapter_keys

__all__ = ["BODY_START", "LABEL_HEADING", "Block", "build_document", "item_position"]

_HEADING_MAX = 200
# An article's heading is a few words; an annex's may be a whole instrument's title.
_ARTICLE_HEADING_WORDS = 16
_SENTENCE_END = (".", ";", ":", "!", "?", '"', "\u201d", "»", ")", "。", "；", "：")
_END_MATTER_RE = re.compile(r"^(?:end\s*notes?|notes)(?:\s*$|\s*[\u2014\u2013:-])", re.I)
_IDEOGRAPH_RE = re.compile(r"[\u4e00-\u9fff]")
_PENDING_MAX = 12  # lines after a final clause that may head the next instrument
_LEADING_LABELS = 6  # labels one line may open with: "2. (a) (i) ..." has three


@dataclass
class _State:
    stage: str = "front"  # front, contents, preamble, body, final, end
    instrument: Provision | None = None  # the second or later instrument being read
    annex: Provision | None = None
    resolution: bool = False  # the preamble was opened by an organ: numbered paragraphs are op-N
    numbered_recitals: bool = False  # the preamble numbers its recitals: (1), (2)...
    preamble: Provision | None = None
    part: Provision | None = None
    chapter: Provision | None = None
    section: Provision | None = None
    title: Provision | None = None
    article: Provision | None = None
    paragraph: Provision | None = None
    letter: Provision | None = None
    roman: Provision | None = None
    last: Provision | None = None
    # Running text last added to a list item: the lead-in of a second list, should one follow.
    after_item: tuple[Provision, int] | None = None
    awaiting_heading: Provision | None = None
    contents_first: tuple[str, str] | None = None
    top: list[Provision] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    front: list[Block] = field(default_factory=list)
    front_start: int = 0  # where the current instrument's own lines above its text begin
    pending: list[Block] = field(default_factory=list)


def build_document(
    blocks: Iterable[Block],
    *,
    language: str = "",
    report: ImportReport | None = None,
) -> Document:
    """Build the provision tree from blocks; what was left out is listed in the report."""
    report = report or ImportReport()
    blocks = [Block(_normalise(b.text), b.role, b.raw or b.text) for b in blocks]
    blocks = [b for b in blocks if b.text or b.role == BODY_START]
    if not _has_structure(blocks):
        return flat_document(blocks, language, report)
    builder = _Builder(report, language)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not builder.cross_heading(block, following):
            builder.add(block)
    builder.finish()
    state = builder.state
    normalise_chapter_keys(state.top)
    if builder.repeated:
        first = builder.repeated[0]
        report.warn(
            f"{len(builder.repeated)} provision numbers appear more than once (first: {first}); "
            f"later ones are keyed {first}~2 and so on. Is there a second text in the file?"
        )
    document = Document(
        title=builder.title,
        provisions=state.top,
        language=language,
        front_matter=[block.text for block in state.front],
        report=report,
    )
    report.counts = document.count()
    report.counts["instrument"] = count_instruments(state.top)
    operative = sum(1 for p in document.walk() if p.kind == Kind.PARAGRAPH and _is_operative(p.key))
    if operative:
        report.counts["operative paragraph"] = operative
    report.structure = check_structure(state.top)
    if not any(_is_unit(p) for p in document.walk()):
        report.warn("No articles were recognised; check the tree before relying on it.")
    return document


class _Builder:
    def __init__(self, report: ImportReport, language: str) -> None:
        self.report = report
        self.language = language
        self.state = _State()
        self.repeated: list[str] = []
        self.next_suffix: dict[str, int] = {}
        # Work kept per node so that a file of hundreds of thousands of lines is built in
        # linear time: each node's parent, the recitals and lead-ins counted so far, and the
        # pieces of the text being added to (joined once, not copied at every line).
        self.parents: dict[int, tuple[Provision, Provision | None]] = {}
        self.recitals: dict[int, int] = {}
        self.lead_ins: dict[int, int] = {}
        self.growing: Provision | None = None
        self.pieces: list[str] = []
        self.title = ""
        self.first_front_end: int | None = None  # where a second instrument's own lines begin

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
        state = self.state
        if block.role == BODY_START:
            if state.stage == "preamble":
                state.stage = "body"
            return None
        if state.stage == "end" or self._end_matter(block):
            self.report.drop("endnotes", text=block.text)
            return None
        if self._drop_contents(block):
            return None
        marker = None if block.role == LABEL_HEADING else recognise(block.text)
        if marker is None and block.role == "heading" and state.stage in {"body", "annex"}:
            marker = act_section(block.text)
        if marker is not None and not marker.capitalised and block.role != "heading":
            # "article 26." in lower case continues a sentence; label lines are capitalised.
            marker = None
        if state.stage == "final" and self._after_final(block, marker):
            return None
        if state.awaiting_heading is not None:
            node, state.awaiting_heading = state.awaiting_heading, None
            if block.role == LABEL_HEADING or marker is None and _can_be_heading(block, node.kind):
                node.heading = block.text.rstrip(".").strip() if block.role else block.text
                return None
        if (
            marker is None
            or marker.kind in {"opener", "organ", "closer"}
            and state.stage
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
            return Block(marker.rest, block.role, marker.rest)
        getattr(self, f"_on_{marker.kind}")(marker, block)
        return None

    def cross_heading(self, block: Block, following: Block | None) -> bool:
        """A short heading between articles ("Composition", "Voting"): listed, not article text.

        It is not any article's words, and the tree has no place for a heading over a run of
        articles inside a chapter; it goes into the report as a cross-heading.
        """
        state = self.state
        if state.stage != "body" or following is None or state.awaiting_heading is not None:
            return False
        if block.role == LABEL_HEADING or _END_MATTER_RE.match(block.text):
            return False
        text = block.text
        if recognise(text) is not None or not _can_be_heading(block) or len(text.split()) > 8:
            return False
        if text[:1].islower() or not text[:1].isalpha() or text.endswith(_SENTENCE_END):
            return False
        marker = recognise(following.text)
        if marker is None and following.role == "heading":
            marker = act_section(following.text)  # "Division 1—..." over an act's sections
        if marker is None or marker.kind not in {"article", "act_section"}:
            return False
        if not marker.capitalised:
            return False
        self.report.drop("cross-headings", text=text)
        return True

    def finish(self) -> None:
        """The end of the file: settle the title and list what the tree left out."""
        state = self.state
        self._settle()
        if state.pending:
            for block in state.pending:
                self.report.drop("lines after the end of the text", text=block.text)
            state.pending.clear()
        first_end = self.first_front_end if self.first_front_end is not None else len(state.front)
        index = pick_title(state.front[:first_end], self.language)
        self.title = state.front[index].text if index is not None else ""
        listed = len(self.report.left_out)
        for position, block in enumerate(state.front[:first_end]):
            if position != index:
                self.report.drop("front matter lines", text=block.text)
        # The lines above the text come first in the list of what was left out, as in the file.
        left_out = self.report.left_out
        left_out[:] = left_out[listed:] + left_out[:listed]
        for block in state.front[first_end:]:
            self.report.drop("front matter lines", text=block.text)

    # -- contents pages, end matter and what follows a final clause -------------------------

    def _drop_contents(self, block: Block) -> bool:
        state = self.state
        text = block.text
        if state.stage == "front" and CONTENTS_HEADING_RE.match(text):
            state.stage = "contents"
            self.report.drop("contents lines", text=text)
            return True
        if state.stage in {"front", "contents"} and is_contents_entry(block.raw or text):
            state.stage = "contents"
            self._remember_contents_label(block.raw or text)
            self.report.drop("contents lines", text=text)
            return True
        if state.stage != "contents":
            return False
        marker = recognise(text)
        if PAGE_COLUMN_RE.match(text):
            self.report.drop("contents lines", text=text)
            return True
        ends_contents = (
            marker is not None
            and (
                marker.kind in {"preamble", "opener", "organ", "paragraph", "item", "closer"}
                or (marker.kind, marker.number) == state.contents_first
            )
        ) or len(text) > 150
        if ends_contents:
            state.stage = "front"
            return False
        self._remember_contents_label(text)
        self.report.drop("contents lines", text=text)
        return True

    def _remember_contents_label(self, text: str) -> None:
        marker = recognise(contents_entry_title(text))
        if marker is not None and marker.kind in LABEL_KINDS and self.state.contents_first is None:
            self.state.contents_first = (marker.kind, marker.number)

    def _end_matter(self, block: Block) -> bool:
        """ "Endnotes" after the text: a compilation's tables of amendments, not treaty text."""
        if self.state.stage not in {"body", "annex", "final"} or block.role != "heading":
            return False
        if _END_MATTER_RE.match(block.text):
            self.state.stage = "end"
            return True
        return False

    def _after_final(self, block: Block, marker: Marker | None) -> bool:
        """After "IN WITNESS WHEREOF" / "DONE at": signatures, or the title of the next text."""
        state = self.state
        opens = marker is not None and marker.kind in {
            "preamble", "opener", "organ", "article", "chapter", "part", "section", "title",
        }  # fmt: skip
        if marker is not None and marker.kind == "annex":
            self._flush_pending("lines between instruments")
            return False
        restarts = marker is not None and (
            marker.kind in {"preamble", "opener", "organ"}
            or marker.kind == "article"
            and marker.number in {"1", "I"}
        )
        if opens and (state.pending or restarts):
            self._new_instrument()
            return False
        if may_open_instrument(block) or state.pending and marker is None:
            state.pending.append(block)
            if len(state.pending) > _PENDING_MAX:
                # Not a title block after all: signatures, kept with the final clause.
                for pending in state.pending:
                    self._append(state.last, pending.text)
                state.pending.clear()
            return True
        return False

    def _flush_pending(self, reason: str) -> None:
        for block in self.state.pending:
            self.report.drop(reason, text=block.text)
        self.state.pending.clear()

    def _new_instrument(self) -> None:
        """The lines after a final clause head a new instrument: its own subtree, instr-N."""
        state = self.state
        blocks, state.pending = state.pending, []
        index = pick_title(blocks) if blocks else None
        index = 0 if index is None and blocks else index
        number = count_instruments(state.top) + 1
        heading = blocks[index].text if index is not None else ""
        node = Provision(f"instr-{number}", Kind.INSTRUMENT, str(number), heading=heading)
        state.keys.add(node.key)
        state.top.append(node)
        for position, block in enumerate(blocks):
            if position != index:
                self.report.drop("front matter lines", text=block.text)
        state.instrument, state.annex = node, None
        self._reset_divisions()
        state.preamble, state.resolution = None, False
        state.stage = "front"
        state.front_start = len(state.front)
        if self.first_front_end is None:
            self.first_front_end = len(state.front)
        state.last = node

    # -- markers ----------------------------------------------------------------------

    def _on_preamble(self, marker: Marker, block: Block) -> None:
        state = self.state
        if self._in_root(state.preamble):
            self._text(block)
            return
        label = block.text[: len(block.text) - len(marker.rest)]
        self._open_preamble().heading = label.strip(" .:").capitalize() or self._preamble_word()
        if marker.rest:
            # "Preamble The States Parties ..." run together on one line.
            self.add(Block(marker.rest, block.role, marker.rest))

    def _on_opener(self, marker: Marker, block: Block) -> None:
        preamble = self.state.preamble
        if not self._in_root(preamble):
            preamble = None
        self._settle()
        if preamble is None or preamble.children or preamble.text:
            if preamble is not None and self.state.stage == "preamble":
                self._recital(block.text, "")
                return
            preamble = self._open_preamble()
        preamble.text = block.text
        self.state.last = preamble

    def _on_organ(self, marker: Marker, block: Block) -> None:
        """ "The General Assembly,": the opener of a resolution's preamble."""
        state = self.state
        opens = not self._in_root(state.preamble)
        self._on_opener(marker, block)
        if opens or state.preamble is not None and state.preamble.text == block.text:
            state.resolution = True

    def _on_closer(self, marker: Marker, block: Block) -> None:
        """ "Have agreed as follows:" ends the preamble; it is a formula, not a recital."""
        state = self.state
        if state.stage == "front" and state.front:
            self._front_to_preamble()
        self.report.drop("preamble formulas", text=block.text)
        state.stage = "body"
        state.last = state.preamble or state.last

    def _on_part(self, marker: Marker, block: Block) -> None:
        root = self._root()
        node = self._container(Kind.PART, _child_key(root, f"part-{key_number(marker.number)}"),
                               marker, parent=root)  # fmt: skip
        self.state.part, self.state.chapter, self.state.section = node, None, None
        self.state.title = None

    def _on_chapter(self, marker: Marker, block: Block) -> None:
        state = self.state
        top_title = state.title if self._in_root(state.title) else None
        parent = state.part or top_title or self._root()
        key = _child_key(parent, f"ch-{key_number(marker.number)}")
        state.chapter = self._container(Kind.CHAPTER, key, marker, parent=parent)
        state.section = None
        if top_title is None:
            state.title = None

    def _on_section(self, marker: Marker, block: Block) -> None:
        state = self.state
        parent = state.chapter or state.part or self._root()
        key = _child_key(parent, f"sec-{key_number(marker.number)}")
        state.section = self._container(Kind.SECTION, key, marker, parent=parent)
        state.title = None

    def _on_title(self, marker: Marker, block: Block) -> None:
        state = self.state
        parent = state.section or state.chapter or state.part or self._root()
        key = _child_key(parent, f"title-{key_number(marker.number)}")
        state.title = self._container(Kind.TITLE, key, marker, parent=parent)

    def _on_annex(self, marker: Marker, block: Block) -> None:
        state = self.state
        local = f"annex-{key_number(marker.number)}" if marker.number else "annex"
        self._reset_divisions()
        state.annex = None
        state.annex = self._container(Kind.ANNEX, _child_key(state.instrument, local), marker,
                                      parent=state.instrument)  # fmt: skip
        state.preamble, state.resolution = None, False
        # An annex may hold an instrument: its preamble can still open here.
        state.stage = "annex"

    def _on_article(self, marker: Marker, block: Block) -> None:
        state = self.state
        state.stage = "body"
        parent = state.title or state.section or state.chapter or state.part or self._root()
        key = _child_key(self._root(), f"art-{key_number(marker.number)}")
        article = self._new(Kind.ARTICLE, key, marker.number, parent, heading=marker.rest)
        state.article = article
        state.paragraph = state.letter = state.roman = None
        if not marker.rest:
            state.awaiting_heading = article

    def _on_act_section(self, marker: Marker, block: Block) -> None:
        """ "2A  Meaning of ...": an act's section, keyed by its own number like an article."""
        state = self.state
        state.stage = "body"
        key = _child_key(self._root(), f"sec-{key_number(marker.number)}")
        parent = self._division() or self._root()
        state.article = self._new(Kind.SECTION, key, marker.number, parent, heading=marker.rest)
        state.paragraph = state.letter = state.roman = None

    def _on_paragraph(self, marker: Marker, block: Block) -> None:
        state = self.state
        if state.stage in {"front", "contents"}:
            state.front.append(block)
            return
        operative = state.resolution and state.article is None
        if state.stage == "preamble" and not operative:
            self._recital(marker.rest, marker.number)
            return
        state.stage = "body"
        if operative:
            parent = self._root()
            key = _child_key(parent, f"op-{key_number(marker.number)}")
        else:
            parent = state.article or self._division() or self._root()
            key = _child_key(parent, key_number(marker.number), bare_prefix="para-")
        state.paragraph = self._new(Kind.PARAGRAPH, key, marker.number, parent, text=marker.rest)
        state.letter = state.roman = None

    def _on_item(self, marker: Marker, block: Block) -> None:
        state = self.state
        if state.stage in {"front", "contents"}:
            state.front.append(block)
            return
        number = marker.number
        if state.letter is not None:
            number = fold_item_letter(number, latin_list=state.letter.number.isascii())
        if _is_roman_item(number, state):
            parent = state.letter or state.paragraph or state.article or self._fallback_parent()
            node = self._new(
                Kind.SUBPARAGRAPH, _child_key(parent, number), number, parent, text=marker.rest
            )
            state.roman = node
            return
        position = item_position(number)
        if position == 0:
            self._text(block)
            return
        if state.stage == "preamble":
            parent = state.last if state.last is not state.preamble else state.preamble
        else:
            parent = state.paragraph or state.article or self._fallback_parent()
        local = chr(ord("a") + position - 1) if position <= 26 else number
        if position == 1 and _child_key(parent, local) in state.keys:
            parent = self._lead_in(parent)
        key = _child_key(parent, local)
        state.letter = self._new(Kind.SUBPARAGRAPH, key, number, parent, text=marker.rest)
        state.roman = None

    def _on_final(self, marker: Marker, block: Block) -> None:
        state = self.state
        if state.stage not in {"body", "annex"}:
            self._text(block)
            return
        key = _child_key(self._root(), "final")
        node = self._new(Kind.FINAL_CLAUSE, key, "", self._root(), text=block.text)
        state.article = state.paragraph = state.letter = state.roman = None
        state.last = node
        state.stage = "final"

    # -- building -------------------------------------------------------------------

    def _text(self, block: Block) -> None:
        """Running text: a recital, or the continuation of the provision it follows."""
        state = self.state
        if state.stage in {"front", "contents"}:
            state.front.append(block)
            return
        if state.stage == "preamble":
            self._preamble_text(block.text)
            return
        if state.last is None:
            state.front.append(block)
            return
        last = state.last
        first_after_item = state.after_item is None or state.after_item[0] is not last
        if last.kind == Kind.SUBPARAGRAPH and state.stage == "body" and first_after_item:
            self._settle()
            state.after_item = (last, len(last.text))
        self._append(last, block.text)

    def _append(self, node: Provision | None, text: str) -> None:
        if node is None:
            return
        if node is not self.growing:
            self._settle()
            self.growing, self.pieces = node, [node.text] if node.text else []
        pieces = self.pieces
        if not pieces:
            pieces.append(text)
        elif not pieces[-1].endswith(_SENTENCE_END) and text[:1].islower():
            pieces.append(f" {text}")  # a sentence cut by a page or a line break
        else:
            pieces.append(f"\n{text}")

    def _settle(self) -> None:
        """Join the text being added to a node: before anything reads a node's text."""
        if self.growing is not None:
            self.growing.text = "".join(self.pieces)
            self.growing, self.pieces = None, []

    def _preamble_text(self, text: str) -> None:
        """A paragraph of the preamble: one recital, or a run-on preamble split at its recitals."""
        preamble = self.state.preamble or self._open_preamble()
        self._settle()
        for piece in split_run_on(text):
            marker = recognise(piece)
            if marker is not None and marker.kind == "closer":
                self._on_closer(marker, Block(piece))
                return
            if not preamble.text and not preamble.children and piece.endswith(","):
                preamble.text = piece  # "The member States of the Council of Europe ...,"
                continue
            self._recital(piece, "")

    def _front_to_preamble(self) -> None:
        """A closing formula with no preamble before it: the lines after the title were one."""
        state = self.state
        own = state.front[state.front_start :]
        index = pick_title(own) if state.instrument is None else None
        lines = own[index + 1 :] if index is not None else own
        del state.front[len(state.front) - len(lines) :]
        self._open_preamble()
        for block in lines:
            self._preamble_text(block.text)

    def _lead_in(self, parent: Provision | None) -> Provision | None:
        """A second list in one provision: the running text before it becomes its own paragraph.

        "asset means: (a) ... (b) ...; foreign government entity means: (a) ..." keys the second
        list under an unnumbered paragraph (art-2.p2.a), not as art-2.a~2.
        """
        state = self.state
        if state.after_item is None or parent is None:
            return parent
        if parent.kind == Kind.PARAGRAPH and not parent.number:
            parent = state.article or parent  # a third list: a sibling of the second's lead-in
        item, length = state.after_item
        self._settle()
        lead = item.text[length:].strip()
        if not lead:
            return parent
        item.text = item.text[:length].rstrip()
        count = self.lead_ins.get(id(parent), 0) + 1
        self.lead_ins[id(parent)] = count
        count += 1
        node = self._new(Kind.PARAGRAPH, f"{parent.key}.p{count}", "", parent, text=lead)
        state.paragraph, state.after_item = node, None
        return node

    def _open_preamble(self) -> Provision:
        state = self.state
        root = self._root()
        preamble = self._new(
            Kind.PREAMBLE, _child_key(root, "pre"), "", root, heading=self._preamble_word()
        )
        state.preamble = preamble
        state.stage = "preamble"
        state.numbered_recitals = False
        return preamble

    def _preamble_word(self) -> str:
        return PREAMBLE_HEADINGS.get(self.language, "Preamble")

    def _recital(self, text: str, number: str) -> None:
        state = self.state
        preamble = state.preamble or self._open_preamble()
        count = self.recitals.get(id(preamble), 0)
        if number.isdigit() and count and not state.numbered_recitals:
            # "Having regard to ...", "Whereas:" before recitals (1), (2)...: the chapeau.
            self._settle()
            recitals = [c for c in preamble.children if c.kind == Kind.PREAMBLE_PARAGRAPH]
            lead = "\n".join(c.text for c in recitals)
            preamble.text = f"{preamble.text}\n{lead}" if preamble.text else lead
            moved = {id(c) for c in recitals}
            preamble.children = [c for c in preamble.children if id(c) not in moved]
            state.keys.difference_update(c.key for c in recitals)
            count = 0
        if number.isdigit():
            state.numbered_recitals = True
        position = count + 1
        self.recitals[id(preamble)] = position
        local = number if number.isdigit() and state.numbered_recitals else str(position)
        self._new(Kind.PREAMBLE_PARAGRAPH, f"{preamble.key}.{local}", number or str(position),
                  preamble, text=text)  # fmt: skip

    def _container(
        self, kind: Kind, key: str, marker: Marker, parent: Provision | None
    ) -> Provision:
        state = self.state
        state.stage = "body"
        node = self._new(kind, key, marker.number, parent, heading=marker.rest)
        state.article = state.paragraph = state.letter = state.roman = None
        if not marker.rest:
            state.awaiting_heading = node
        return node

    def _root(self) -> Provision | None:
        """The node the current instrument hangs from: its annex or instr-N, None at the top."""
        return self.state.annex or self.state.instrument

    def _in_root(self, node: Provision | None) -> bool:
        """Whether node hangs straight from the current instrument (its preamble, a top title)."""
        if node is None or id(node) not in self.parents:
            return False
        return self.parents[id(node)][1] is self._root()

    def _division(self) -> Provision | None:
        state = self.state
        return state.title or state.section or state.chapter or state.part

    def _fallback_parent(self) -> Provision | None:
        return self._division() or self._root()

    def _reset_divisions(self) -> None:
        state = self.state
        state.part = state.chapter = state.section = state.title = None
        state.article = state.paragraph = state.letter = state.roman = None

    def _new(
        self,
        kind: Kind,
        key: str,
        number: str,
        parent: Provision | None,
        *,
        heading: str = "",
        text: str = "",
    ) -> Provision:
        key = self._unique(key)
        node = Provision(key=key, kind=kind, number=number, heading=heading, text=text)
        (parent.children if parent is not None else self.state.top).append(node)
        self.parents[id(node)] = (node, parent)  # the node held: its id is never reused
        self.state.last = node
        self.state.after_item = None
        return node

    def _unique(self, key: str) -> str:
        keys = self.state.keys
        if key in keys:
            # The next free suffix is remembered: a file repeating one number thousands of
            # times is keyed in linear time, not by counting up from ~2 every time.
            n = self.next_suffix.get(key, 2)
            while f"{key}~{n}" in keys:
                n += 1
            self.next_suffix[key] = n + 1
            self.repeated.append(key)
            key = f"{key}~{n}"
        keys.add(key)
        return key


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


def _is_roman_item(number: str, state: _State) -> bool:
    if not is_roman(number):
        return False
    if state.roman is not None and roman_to_int(number) == roman_to_int(state.roman.number) + 1:
        return True
    if state.letter is not None and item_position(number) == item_position(state.letter.number) + 1:
        return False
    if number == "i":
        return True
    return len(number) > 1


def _child_key(parent: Provision | None, local: str, bare_prefix: str = "") -> str:
    return f"{parent.key}.{local}" if parent is not None else f"{bare_prefix}{local}"


def _can_be_heading(block: Block, kind: Kind = Kind.ARTICLE) -> bool:
    text = block.text
    if len(text) > _HEADING_MAX:
        return False
    if block.role == "heading":
        return True
    if kind == Kind.ARTICLE and len(text.split()) > _ARTICLE_HEADING_WORDS:
        return False  # an article's first sentence, run on without a full stop
    if text.endswith((",", ";", ":", "。", "：", "；", "،", "؛")):
        return False
    if _IDEOGRAPH_RE.search(text) and len(text) > 40:
        return False  # a Chinese sentence, not a heading
    # A sentence that ends with a full stop is body text unless it is short and title-like.
    return not (text.endswith(".") and len(text.split()) > 4)


def _has_structure(blocks: list[Block]) -> bool:
    kinds = {"article", "chapter", "part", "preamble", "opener", "organ", "annex"}
    for block in blocks:
        marker = recognise(block.text)
        if (
            marker
            and marker.kind in kinds
            and (marker.capitalised or block.role == "heading")
            and not is_contents_entry(block.raw)
        ):
            return True
    return False


def _normalise(text: str) -> str:
    text = without_controls(text)
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\u2011", "-")
    # Direction marks at either end change nothing a reader sees, but hide a final full stop.
    return re.sub(r"[ \t]+", " ", text).strip(
        " \t\n\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2069"
    )
