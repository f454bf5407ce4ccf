"""An XML file parsed safely: defusedxml with DTDs and entities forbidden, depth and size bounded.

No entity expansion, no external entity or network access, whatever the file declares; a tree
deeper than MAX_DEPTH or holding more elements than its tally allows is refused before it is
built. The Akoma Ntoso reader (importers/akn.py) reads its files through here.
"""

from __future__ import annotations

import io
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.limits import MAX_DEPTH, Tally, too_deep


def parse_xml(data: bytes, tally: Tally) -> Element:
    """The file's element tree, refused past MAX_DEPTH levels or the element bound: the
    reader walks it recursively, and a tree costs memory for every element.

    Raises ImportProblem with one clear sentence for a damaged file or one that declares a DTD.
    """
    depth = 0
    root: Element | None = None
    try:
        for event, element in SafeTree.iterparse(
            io.BytesIO(data), events=("start", "end"), forbid_dtd=True, forbid_entities=True
        ):
            if event == "end":
                depth -= 1
                tally.text(element.text or "")
                for child in element:  # a child's tail is complete once its parent ends
                    tally.text(child.tail or "")
                continue
            depth += 1
            if depth > MAX_DEPTH:
                raise too_deep(tally.name)
            tally.element()
            root = element if root is None else root
    except DefusedXmlException:
        raise ImportProblem(
            "This XML file was refused: it declares a DTD or entities, which Akoma Ntoso "
            "never needs and which can be used to attack the computer reading it."
        ) from None
    except SafeTree.ParseError as error:
        raise ImportProblem(f"This XML file is damaged ({_parse_position(error)}).") from None
    except (ValueError, RecursionError):
        raise ImportProblem("This XML file is damaged and cannot be read.") from None
    if root is None:
        raise ImportProblem("This XML file is damaged and cannot be read.")
    return root


def _parse_position(error: Exception) -> str:
    position = getattr(error, "position", None)
    return f"line {position[0]}, column {position[1]}" if position else "not well-formed"
