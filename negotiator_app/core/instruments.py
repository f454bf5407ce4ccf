"""The instruments of one file: where one ends after its final clause and the next begins.

After "IN WITNESS WHEREOF" / "DONE at" come signatures, or the title block of a second
instrument (a protocol after its convention, a convention after the resolution adopting it).
A second instrument gets its own subtree, keyed instr-N; the title of the first is the
document's title, and the lines above each text are listed in the report.
"""

from __future__ import annotations

from negotiator_app.core.block import Block
from negotiator_app.core.growing_tree import GrowingTree
from negotiator_app.core.numbering import Marker
from negotiator_app.core.preamble import PreambleReader
from negotiator_app.core.provision import ImportReport, Kind, Provision
from negotiator_app.core.reading import Reading
from negotiator_app.core.title_block import may_open_instrument, pick_title
from negotiator_app.core.tree_keys import count_instruments

_PENDING_MAX = 12  # lines after a final clause that may head the next instrument
# Labels that open a text: after a final clause, the next instrument's.
_OPENS_TEXT = frozenset(
    {"preamble", "opener", "organ", "article", "chapter", "part", "section", "title"}
)


class Instruments:
    """The instruments read so far, and the lines after a final clause not yet placed."""

    def __init__(
        self,
        reading: Reading,
        tree: GrowingTree,
        preamble: PreambleReader,
        report: ImportReport,
    ) -> None:
        self.reading = reading
        self.tree = tree
        self.preamble = preamble
        self.report = report
        self._pending: list[Block] = []
        self._first_front_end: int | None = None  # where a second instrument's own lines begin

    def after_final(self, block: Block, marker: Marker | None) -> bool:
        """After "IN WITNESS WHEREOF" / "DONE at": signatures, or the title of the next text.

        True when the block is held back as a line that may head the next instrument.
        """
        opens = marker is not None and marker.kind in _OPENS_TEXT
        if marker is not None and marker.kind == "annex":
            self._flush_pending("lines between instruments")
            return False
        restarts = marker is not None and (
            marker.kind in {"preamble", "opener", "organ"}
            or marker.kind == "article"
            and marker.number in {"1", "I"}
        )
        if opens and (self._pending or restarts):
            self._new_instrument()
            return False
        if may_open_instrument(block) or self._pending and marker is None:
            self._pending.append(block)
            if len(self._pending) > _PENDING_MAX:
                # Not a title block after all: signatures, kept with the final clause.
                for pending in self._pending:
                    self.tree.append(self.tree.last, pending.text)
                self._pending.clear()
            return True
        return False

    def finish(self, language: str) -> str:
        """The end of the file: the document's title; what the tree left out is listed."""
        front = self.reading.front
        if self._pending:
            for block in self._pending:
                self.report.drop(
                    "lines after the end of the text", text=block.text, page=block.page
                )
            self._pending.clear()
        first_end = self._first_front_end if self._first_front_end is not None else len(front)
        index = pick_title(front[:first_end], language)
        title = front[index].text if index is not None else ""
        listed = len(self.report.left_out)
        for position, block in enumerate(front[:first_end]):
            if position != index:
                self.report.drop("front matter lines", text=block.text, page=block.page)
        # The lines above the text come first in the list of what was left out, as in the file.
        left_out = self.report.left_out
        left_out[:] = left_out[listed:] + left_out[:listed]
        for block in front[first_end:]:
            self.report.drop("front matter lines", text=block.text, page=block.page)
        return title

    def _flush_pending(self, reason: str) -> None:
        for block in self._pending:
            self.report.drop(reason, text=block.text, page=block.page)
        self._pending.clear()

    def _new_instrument(self) -> None:
        """The lines after a final clause head a new instrument: its own subtree, instr-N."""
        reading = self.reading
        blocks, self._pending = self._pending, []
        index = pick_title(blocks) if blocks else None
        index = 0 if index is None and blocks else index
        number = count_instruments(self.tree.top) + 1
        heading = blocks[index].text if index is not None else ""
        node = Provision(f"instr-{number}", Kind.INSTRUMENT, str(number), heading=heading)
        self.tree.add_instrument(node)
        for position, block in enumerate(blocks):
            if position != index:
                self.report.drop("front matter lines", text=block.text, page=block.page)
        reading.instrument, reading.annex = node, None
        reading.reset_divisions()
        self.preamble.forget()
        reading.stage = "front"
        reading.front_start = len(reading.front)
        if self._first_front_end is None:
            self._first_front_end = len(reading.front)
        self.tree.last = node
