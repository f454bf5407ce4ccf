"""Where the reading of a text has got to: its stage, and the instrument and provisions open."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from negotiator_app.core.block import Block
from negotiator_app.core.provision import Provision

# front: the title page and what else comes before the text; contents: a table of contents;
# preamble, body, annex: the text; final: after a final clause ("DONE at"); end: endnotes.
Stage = Literal["front", "contents", "preamble", "body", "annex", "final", "end"]


@dataclass
class Reading:
    """The stage a text's reading is at, and the provisions new lines may belong to."""

    stage: Stage = "front"
    instrument: Provision | None = None  # the second or later instrument being read
    annex: Provision | None = None
    part: Provision | None = None
    chapter: Provision | None = None
    section: Provision | None = None
    title: Provision | None = None
    article: Provision | None = None
    paragraph: Provision | None = None
    letter: Provision | None = None
    roman: Provision | None = None
    awaiting_heading: Provision | None = None
    front: list[Block] = field(default_factory=list)
    front_start: int = 0  # where the current instrument's own lines above its text begin

    def root(self) -> Provision | None:
        """The node the current instrument hangs from: its annex or instr-N, None at the top."""
        return self.annex or self.instrument

    def division(self) -> Provision | None:
        """The innermost title, section, chapter or part open, if any."""
        return self.title or self.section or self.chapter or self.part

    def reset_divisions(self) -> None:
        """A new instrument or annex: no division or provision of the one before stays open."""
        self.part = self.chapter = self.section = self.title = None
        self.article = self.paragraph = self.letter = self.roman = None
