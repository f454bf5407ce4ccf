"""The provision tree as it is read: each node added under a key of its own, its text joined."""

from __future__ import annotations

from negotiator_app.core.block import SENTENCE_END
from negotiator_app.core.provision import Kind, Provision


def child_key(parent: Provision | None, local: str, bare_prefix: str = "") -> str:
    """A provision's key under its parent ("art-6.2.a"); at the top, its local key, prefixed."""
    return f"{parent.key}.{local}" if parent is not None else f"{bare_prefix}{local}"


class GrowingTree:
    """The nodes read so far, their keys, and the text being added to the last one.

    Work is kept per node so that a file of hundreds of thousands of lines is built in linear
    time: each node's parent, and the pieces of the text being added to (joined once, not copied
    at every line).
    """

    def __init__(self) -> None:
        self.top: list[Provision] = []
        self.keys: set[str] = set()
        self.repeated: list[str] = []  # keys met more than once, in the order met
        self.last: Provision | None = None
        # Running text last added to a list item: the lead-in of a second list, should one follow.
        self.after_item: tuple[Provision, int] | None = None
        self._next_suffix: dict[str, int] = {}
        self._parents: dict[int, tuple[Provision, Provision | None]] = {}
        self._growing: Provision | None = None
        self._pieces: list[str] = []

    def add(
        self,
        kind: Kind,
        key: str,
        number: str,
        parent: Provision | None,
        *,
        heading: str = "",
        text: str = "",
    ) -> Provision:
        """A new node under parent (at the top when None), keyed key or key~N if key is taken."""
        key = self._unique(key)
        node = Provision(key=key, kind=kind, number=number, heading=heading, text=text)
        (parent.children if parent is not None else self.top).append(node)
        self._parents[id(node)] = (node, parent)  # the node held: its id is never reused
        self.last = node
        self.after_item = None
        return node

    def add_instrument(self, node: Provision) -> None:
        """A second or later instrument at the top, under the key it was given."""
        self.keys.add(node.key)
        self.top.append(node)

    def hangs_from(self, node: Provision | None, parent: Provision | None) -> bool:
        """Whether node was added straight under parent (at the top when parent is None)."""
        if node is None or id(node) not in self._parents:
            return False
        return self._parents[id(node)][1] is parent

    def append(self, node: Provision | None, text: str) -> None:
        """A line of running text added to node: on a new line, or run on if cut mid-sentence."""
        if node is None:
            return
        if node is not self._growing:
            self.settle()
            self._growing, self._pieces = node, [node.text] if node.text else []
        pieces = self._pieces
        if not pieces:
            pieces.append(text)
        elif not pieces[-1].endswith(SENTENCE_END) and text[:1].islower():
            pieces.append(f" {text}")  # a sentence cut by a page or a line break
        else:
            pieces.append(f"\n{text}")

    def settle(self) -> None:
        """Join the text being added to a node: before anything reads a node's text."""
        if self._growing is not None:
            self._growing.text = "".join(self._pieces)
            self._growing, self._pieces = None, []

    def _unique(self, key: str) -> str:
        keys = self.keys
        if key in keys:
            # The next free suffix is remembered: a file repeating one number thousands of
            # times is keyed in linear time, not by counting up from ~2 every time.
            n = self._next_suffix.get(key, 2)
            while f"{key}~{n}" in keys:
                n += 1
            self._next_suffix[key] = n + 1
            self.repeated.append(key)
            key = f"{key}~{n}"
        keys.add(key)
        return key
