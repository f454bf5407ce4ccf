"""How much of a file the importers read: the bounds that keep a hostile file from hanging the
app or taking its memory, each refused in one sentence that names it.

A real draft is far inside every bound: the longest treaty texts (a convention and its
protocols, a thousand printed pages) hold about three million characters in a few tens of
thousands of paragraphs, and their markup nests a few dozen elements deep. Each importer counts
as it reads, so a file past a bound stops there, before it has cost the time and memory the
rest of it would.
"""

from __future__ import annotations

from negotiator_app.errors import shown
from negotiator_app.importers.errors import ImportProblem

MAX_TEXT_CHARS = 8_000_000  # characters of text, spaces aside, in one draft (~2,500 pages)
MAX_ALL_CHARS = 5 * MAX_TEXT_CHARS  # characters, spaces and line breaks included
MAX_LINES = 1_000_000  # lines of a text file, blank ones included
MAX_PARAGRAPHS = 250_000  # paragraphs, list items and lines handed to the structurer
MAX_ELEMENTS = 3_000_000  # elements of an HTML page or a Word file, read as a stream
MAX_TREE_ELEMENTS = 500_000  # elements of an Akoma Ntoso file, read whole (~300 bytes each)
MAX_DEPTH = 200  # elements open inside each other in an XML file


class Tally:
    """Counts what an importer has read, and stops it, in one sentence, at the first bound."""

    def __init__(self, name: str, *, elements: int = MAX_ELEMENTS) -> None:
        self.name = shown(name)
        self.max_elements = elements
        self.chars = 0
        self.all_chars = 0
        self.paragraphs = 0
        self.elements = 0

    def text(self, text: str) -> None:
        """More text read; spaces and line breaks count towards the looser of the two bounds."""
        self.all_chars += len(text)
        spaces = text.count(" ") + text.count("\n") + text.count("\t") + text.count("\r")
        self.chars += len(text) - spaces
        if self.chars > MAX_TEXT_CHARS:
            raise ImportProblem(
                f"{self.name} holds more than {MAX_TEXT_CHARS:,} characters of text, more than "
                "Negotiator imports from one file (about 2,500 printed pages); import the part "
                "with the draft."
            )
        if self.all_chars > MAX_ALL_CHARS:
            raise ImportProblem(
                f"{self.name} holds more than {MAX_ALL_CHARS:,} characters, spaces included, "
                "more than Negotiator imports from one file; import the part with the draft."
            )

    def lines(self, count: int) -> None:
        """The lines of a text file, counted before they are split."""
        if count > MAX_LINES:
            raise ImportProblem(
                f"{self.name} has more than {MAX_LINES:,} lines, more than Negotiator imports "
                "from one file; import the part with the draft."
            )

    def paragraph(self, count: int = 1) -> None:
        """More paragraphs (or list items) read."""
        self.paragraphs += count
        if self.paragraphs > MAX_PARAGRAPHS:
            raise ImportProblem(
                f"{self.name} holds more than {MAX_PARAGRAPHS:,} paragraphs, more than "
                "Negotiator imports from one file; import the part with the draft."
            )

    def element(self, count: int = 1) -> None:
        """count more elements (tags) read."""
        self.elements += count
        if self.elements > self.max_elements:
            raise ImportProblem(
                f"{self.name} holds more than {self.max_elements:,} elements of markup, more than "
                "Negotiator reads in one file; it may be damaged or made to exhaust memory."
            )


def too_deep(name: str) -> ImportProblem:
    """The sentence for markup nested past MAX_DEPTH."""
    return ImportProblem(
        f"{shown(name)} nests its elements more than {MAX_DEPTH} deep, far deeper than any "
        "draft; it may be damaged or made to exhaust memory."
    )
