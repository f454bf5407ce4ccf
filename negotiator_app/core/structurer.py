"""The one structurer: turns a stream of blocks (logical paragraphs) into the provision tree.

Every importer reads its format into blocks, in reading order, and hands them here; the
numbering, nesting and keys are decided in this one place so that a draft imported from
.txt, .docx, .pdf, .html or Akoma Ntoso comes out as the same tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from negotiator_app.core.block import BODY_START, LABEL_HEADING, Block
from negotiator_app.core.contents import (
    CONTENTS_HEADING_RE,
    PAGE_COLUMN_RE,
    contents_entry_title,
    is_contents_entry,
)
from negotiator_app.core.flat import flat_document
from negotiator_app.core.numbering import (
    CYRILLIC_ITEM_LETTERS,
    LABEL_KINDS,
    PREAMBLE_HEADINGS,
    Marker,
    is_roman,
    key_number,
    recognise,
    roman_to_int,
)
from negotiator_app.core.provision import Document, ImportReport, Kind, Provision

_TITLE_WORDS_RE = re.compile(
    r"convention|protocol|treaty|agreement|charter|declaration|resolution|act\b|"
    r"конвенц|протокол|договор|соглашени|устав|декларац|резолюц",
    re.I,
)
_HEADING_MAX = 200


@dataclass
class _State:
    stage: str = "front"  # front, contents, preamble, body
    preamble: Provision | None = None
    part: Provision | None = None
    chapter: Provision | None = None
    section: Provision | None = None
    annex: Provision | None = None
    article: Provision | None = None
    paragraph: Provision | None = None
    letter: Provision | None = None
    roman: Provision | None = None
    last: Provision | None = None
    awaiting_heading: Provision | None = None
    contents_first: tuple[str, str] | None = None
    top: list[Provision] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    front: list[str] = field(default_factory=list)


def build_document(
    blocks: Iterable[Block],
    *,
    language: str = "",
    report: ImportReport | None = None,
) -> Document:
    """Build the provision tree from blocks; what was left out is counted in the report."""
    report = report or ImportReport()
    blocks = [Block(_normalise(b.text), b.role, b.raw or b.text) for b in blocks]
    blocks = [b for b in blocks if b.text or b.role == BODY_START]
    if not _has_structure(blocks):
        return flat_document(blocks, language, report)
    builder = _Builder(report, language)
    for block in blocks:
        builder.add(block)
    if builder.repeated:
        first = builder.repeated[0]
        report.warn(
            f"{len(builder.repeated)} provision numbers appear more than once (first: {first}); "
            f"later ones are keyed {first}~2 and so on. Is there a second text in the file?"
        )
    document = Document(
        title=_pick_title(builder.state.front),
        provisions=builder.state.top,
        language=language,
        front_matter=builder.state.front,
        report=report,
    )
    report.counts = document.count()
    if not any(p.kind == Kind.ARTICLE for p in document.walk()):
        report.warn("No articles were recognised; check the tree before relying on it.")
    return document


def item_position(number: str) -> int:
    """The position of a lettered item in its list: "a" and "а" -> 1, "b" and "б" -> 2."""
    if len(number) != 1:
        return 0
    if "a" <= number <= "z":
        return ord(number) - ord("a") + 1
    # Keys use the Latin letter at the same position, so both languages share keys.
    index = CYRILLIC_ITEM_LETTERS.find(number)
    return index + 1 if index >= 0 else 0


class _Builder:
    def __init__(self, report: ImportReport, language: str) -> None:
        self.report = report
        self.language = language
        self.state = _State()
        self.repeated: list[str] = []

    def add(self, block: Block) -> None:
        state = self.state
        text = block.text
        if block.role == BODY_START:
            if state.stage == "preamble":
                state.stage = "body"
            return
        if self._drop_contents(block):
            return
        marker = None if block.role == LABEL_HEADING else recognise(text)
        if state.awaiting_heading is not None:
            node, state.awaiting_heading = state.awaiting_heading, None
            if block.role == LABEL_HEADING or marker is None and _can_be_heading(block):
                node.heading = text.rstrip(".").strip() if block.role else text
                return
        if marker is None or marker.kind in {"opener", "closer"} and state.stage == "body":
            self._text(block)
            return
        handler = getattr(self, f"_on_{marker.kind}")
        handler(marker, block)

    # -- contents pages -------------------------------------------------------------

    def _drop_contents(self, block: Block) -> bool:
        state = self.state
        text = block.text
        if state.stage == "front" and CONTENTS_HEADING_RE.match(text):
            state.stage = "contents"
            self.report.drop("contents lines")
            return True
        if state.stage in {"front", "contents"} and is_contents_entry(block.raw or text):
            state.stage = "contents"
            self._remember_contents_label(block.raw or text)
            self.report.drop("contents lines")
            return True
        if state.stage != "contents":
            return False
        marker = recognise(text)
        if PAGE_COLUMN_RE.match(text):
            self.report.drop("contents lines")
            return True
        ends_contents = (
            marker is not None
            and (
                marker.kind in {"preamble", "opener", "paragraph", "item", "closer"}
                or (marker.kind, marker.number) == state.contents_first
            )
        ) or len(text) > 150
        if ends_contents:
            state.stage = "front"
            return False
        self._remember_contents_label(text)
        self.report.drop("contents lines")
        return True

    def _remember_contents_label(self, text: str) -> None:
        marker = recognise(contents_entry_title(text))
        if marker is not None and marker.kind in LABEL_KINDS and self.state.contents_first is None:
            self.state.contents_first = (marker.kind, marker.number)

    # -- markers ----------------------------------------------------------------------

    def _on_preamble(self, marker: Marker, block: Block) -> None:
        if self.state.preamble is not None and self.state.annex is None:
            self._text(block)
            return
        label = block.text[: len(block.text) - len(marker.rest)]
        self._open_preamble().heading = label.strip(" .:").capitalize()
        if marker.rest:
            # "Preamble The States Parties ..." run together on one line.
            self.add(Block(marker.rest, block.role, marker.rest))

    def _on_opener(self, marker: Marker, block: Block) -> None:
        preamble = self.state.preamble
        if preamble is None or preamble.children or preamble.text:
            if preamble is not None and self.state.stage == "preamble":
                self._recital(block.text, "")
                return
            preamble = self._open_preamble()
        preamble.text = block.text
        self.state.last = preamble

    def _on_closer(self, marker: Marker, block: Block) -> None:
        if self.state.stage != "preamble":
            self._open_preamble()
        self._recital(block.text, "")
        self.state.stage = "body"

    def _on_part(self, marker: Marker, block: Block) -> None:
        node = self._container(Kind.PART, f"part-{key_number(marker.number)}", marker, parent=None)
        self.state.part, self.state.chapter, self.state.section = node, None, None

    def _on_chapter(self, marker: Marker, block: Block) -> None:
        parent = self.state.part or self.state.annex
        key = _child_key(parent, f"ch-{key_number(marker.number)}")
        self.state.chapter = self._container(Kind.CHAPTER, key, marker, parent=parent)
        self.state.section = None

    def _on_section(self, marker: Marker, block: Block) -> None:
        parent = self.state.chapter or self.state.part or self.state.annex
        key = _child_key(parent, f"sec-{key_number(marker.number)}")
        self.state.section = self._container(Kind.SECTION, key, marker, parent=parent)

    def _on_annex(self, marker: Marker, block: Block) -> None:
        state = self.state
        key = f"annex-{key_number(marker.number)}" if marker.number else "annex"
        state.part = state.chapter = state.section = None
        state.annex = self._container(Kind.ANNEX, key, marker, parent=None)

    def _on_article(self, marker: Marker, block: Block) -> None:
        state = self.state
        state.stage = "body"
        parent = state.section or state.chapter or state.part or state.annex
        key = f"art-{key_number(marker.number)}"
        if state.annex is not None:
            key = f"{state.annex.key}.{key}"
        article = self._new(Kind.ARTICLE, key, marker.number, parent, heading=marker.rest)
        state.article = article
        state.paragraph = state.letter = state.roman = None
        if not marker.rest:
            state.awaiting_heading = article

    def _on_paragraph(self, marker: Marker, block: Block) -> None:
        state = self.state
        if state.stage in {"front", "contents"}:
            state.front.append(block.text)
            return
        if state.stage == "preamble":
            self._recital(marker.rest, marker.number)
            return
        parent = state.article or state.section or state.chapter or state.part or state.annex
        key = _child_key(parent, key_number(marker.number), bare_prefix="para-")
        state.paragraph = self._new(Kind.PARAGRAPH, key, marker.number, parent, text=marker.rest)
        state.letter = state.roman = None

    def _on_item(self, marker: Marker, block: Block) -> None:
        state = self.state
        if state.stage in {"front", "contents"}:
            state.front.append(block.text)
            return
        number = marker.number
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
        key = _child_key(parent, chr(ord("a") + position - 1) if position <= 26 else number)
        state.letter = self._new(Kind.SUBPARAGRAPH, key, number, parent, text=marker.rest)
        state.roman = None

    def _on_final(self, marker: Marker, block: Block) -> None:
        state = self.state
        if state.stage != "body":
            self._text(block)
            return
        parent = state.annex
        key = _child_key(parent, "final")
        node = self._new(Kind.FINAL_CLAUSE, key, "", parent, text=block.text)
        state.article = state.paragraph = state.letter = state.roman = None
        state.last = node

    # -- building -------------------------------------------------------------------

    def _text(self, block: Block) -> None:
        """Running text: a recital, or the continuation of the provision it follows."""
        state = self.state
        if state.stage in {"front", "contents"}:
            state.front.append(block.text)
            return
        if state.stage == "preamble":
            self._recital(block.text, "")
            return
        if state.last is None:
            state.front.append(block.text)
            return
        last = state.last
        last.text = f"{last.text}\n{block.text}" if last.text else block.text

    def _open_preamble(self) -> Provision:
        state = self.state
        parent = state.annex
        key = _child_key(parent, "pre")
        heading = PREAMBLE_HEADINGS.get(self.language, "Preamble")
        preamble = self._new(Kind.PREAMBLE, key, "", parent, heading=heading)
        state.preamble = preamble
        state.stage = "preamble"
        return preamble

    def _recital(self, text: str, number: str) -> None:
        preamble = self.state.preamble or self._open_preamble()
        position = sum(1 for c in preamble.children if c.kind == Kind.PREAMBLE_PARAGRAPH) + 1
        key = f"{preamble.key}.{position}"
        self._new(Kind.PREAMBLE_PARAGRAPH, key, number or str(position), preamble, text=text)

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

    def _fallback_parent(self) -> Provision | None:
        state = self.state
        return state.section or state.chapter or state.part or state.annex

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
        self.state.last = node
        return node

    def _unique(self, key: str) -> str:
        keys = self.state.keys
        if key in keys:
            n = 2
            while f"{key}~{n}" in keys:
                n += 1
            self.repeated.append(key)
            key = f"{key}~{n}"
        keys.add(key)
        return key


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


def _can_be_heading(block: Block) -> bool:
    text = block.text
    if len(text) > _HEADING_MAX:
        return False
    if block.role == "heading":
        return True
    if text.endswith((",", ";", ":")):
        return False
    # A sentence that ends with a full stop is body text unless it is short and title-like.
    return not (text.endswith(".") and len(text.split()) > 4)


def _has_structure(blocks: list[Block]) -> bool:
    kinds = {"article", "chapter", "part", "preamble", "opener", "annex"}
    for block in blocks:
        marker = recognise(block.text)
        if marker and marker.kind in kinds and not is_contents_entry(block.raw):
            return True
    return False


def _pick_title(front: list[str]) -> str:
    for line in front:
        if _TITLE_WORDS_RE.search(line) and len(line) > 15:
            return line
    return front[0] if front else ""


def _normalise(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\u2011", "-")
    return re.sub(r"[ \t]+", " ", text).strip()
