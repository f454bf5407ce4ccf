"""A preamble as it is read: its opener, its recitals (pre.N) and its closing formula."""

from __future__ import annotations

import re

from negotiator_app.core.block import Block
from negotiator_app.core.growing_tree import GrowingTree, child_key
from negotiator_app.core.numbering import PREAMBLE_HEADINGS, recognise
from negotiator_app.core.provision import ImportReport, Kind, Provision
from negotiator_app.core.reading import Reading
from negotiator_app.core.recitals import split_run_on
from negotiator_app.core.title_block import pick_title


class PreambleReader:
    """The current instrument's preamble: opened, given its recitals, closed by its formula."""

    def __init__(
        self, reading: Reading, tree: GrowingTree, report: ImportReport, language: str
    ) -> None:
        self.reading = reading
        self.tree = tree
        self.report = report
        self.language = language
        self.node: Provision | None = None
        self.resolution = False  # the preamble was opened by an organ: numbered paragraphs are op-N
        self.numbered = False  # the preamble numbers its recitals: (1), (2)...
        self._recitals: dict[int, int] = {}  # recitals counted so far, per preamble

    def is_open_here(self) -> bool:
        """Whether the current instrument (not one before it) has opened its preamble."""
        return self.tree.hangs_from(self.node, self.reading.root())

    def forget(self) -> None:
        """A new instrument or annex: the preamble before is no longer this one's."""
        self.node, self.resolution = None, False

    def open(self) -> Provision:
        """A new preamble for the current instrument, headed in the text's language."""
        root = self.reading.root()
        preamble = self.tree.add(
            Kind.PREAMBLE, child_key(root, "pre"), "", root, heading=self.word()
        )
        self.node = preamble
        self.reading.stage = "preamble"
        self.numbered = False
        return preamble

    def word(self) -> str:
        """ "Preamble" in the text's language."""
        return PREAMBLE_HEADINGS.get(self.language, "Preamble")

    def opener(self, block: Block) -> None:
        """ "The States Parties to this Convention,": the words the recitals hang from."""
        preamble = self.node if self.is_open_here() else None
        self.tree.settle()
        if preamble is None or preamble.children or preamble.text:
            if preamble is not None and self.reading.stage == "preamble":
                self.recital(block.text, "")
                return
            preamble = self.open()
        preamble.text = block.text
        self.tree.last = preamble

    def organ(self, block: Block) -> None:
        """ "The General Assembly,": the opener of a resolution's preamble."""
        opens = not self.is_open_here()
        self.opener(block)
        if opens or self.node is not None and self.node.text == block.text:
            self.resolution = True

    def close(self, block: Block) -> None:
        """ "Have agreed as follows:" ends the preamble; it is a formula, not a recital."""
        reading = self.reading
        if reading.stage == "front" and reading.front:
            self._front_to_preamble()
        self.report.drop("preamble formulas", text=block.text, page=block.page)
        reading.stage = "body"
        self.tree.last = self.node or self.tree.last

    def text(self, text: str) -> None:
        """A paragraph of the preamble: one recital, or a run-on preamble split at its recitals."""
        preamble = self.node or self.open()
        self.tree.settle()
        for piece in split_run_on(text):
            marker = recognise(piece)
            if marker is not None and marker.kind == "closer":
                self.close(Block(piece))
                return
            if not preamble.text and not preamble.children and piece.endswith(","):
                preamble.text = piece  # "The member States of the Council of Europe ...,"
                continue
            self.recital(piece, "")

    def recital(self, text: str, number: str) -> None:
        """One recital, keyed by its own number when the preamble numbers them, else counted."""
        preamble = self.node or self.open()
        count = self._recitals.get(id(preamble), 0)
        if number.isdigit() and count and not self.numbered:
            # "Having regard to ...", "Whereas:" before recitals (1), (2)...: the chapeau.
            self.tree.settle()
            recitals = [c for c in preamble.children if c.kind == Kind.PREAMBLE_PARAGRAPH]
            lead = "\n".join(c.text for c in recitals)
            preamble.text = f"{preamble.text}\n{lead}" if preamble.text else lead
            moved = {id(c) for c in recitals}
            preamble.children = [c for c in preamble.children if id(c) not in moved]
            self.tree.keys.difference_update(c.key for c in recitals)
            count = 0
        if number.isdigit():
            self.numbered = True
        position = count + 1
        self._recitals[id(preamble)] = position
        local = number if number.isdigit() and self.numbered else str(position)
        self.tree.add(Kind.PREAMBLE_PARAGRAPH, f"{preamble.key}.{local}", number or str(position),
                      preamble, text=text)  # fmt: skip

    def whereas_from_front(self) -> None:
        """An act's recitals above its first section, with no opener ("WHEREAS the City has
        ...", "BE IT ENACTED ..."): the front lines from the first "Whereas" on are its
        preamble, not lines left out."""
        reading = self.reading
        if reading.stage != "front" or self.is_open_here():
            return
        own = reading.front[reading.front_start :]
        start = next((i for i, b in enumerate(own) if _WHEREAS_RE.match(b.text)), None)
        if start is None:
            return
        lines = own[start:]
        del reading.front[len(reading.front) - len(lines) :]
        self.open()
        for block in lines:
            self.recital(block.text, "")

    def _front_to_preamble(self) -> None:
        """A closing formula with no preamble before it: the lines after the title were one."""
        reading = self.reading
        own = reading.front[reading.front_start :]
        index = pick_title(own) if reading.instrument is None else None
        lines = own[index + 1 :] if index is not None else own
        del reading.front[len(reading.front) - len(lines) :]
        self.open()
        for block in lines:
            self.text(block.text)


_WHEREAS_RE = re.compile(r"^(?:WHEREAS|Whereas)\b")
