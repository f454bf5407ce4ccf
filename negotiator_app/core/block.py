"""Blocks: what every importer hands the structurer, one logical paragraph at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The role of an empty block a format that marks up its preamble (Akoma Ntoso) sends where the
# operative part begins, so a resolution's numbered paragraphs are not taken for recitals.
BODY_START = "body-start"
# The role of a block the source marks as the heading of the label just before it (Akoma
# Ntoso's <heading>): it is that heading even when it reads like a label ("Section 1: ...").
LABEL_HEADING = "label-heading"
# C0 and C1 control characters other than tab and line feed: no draft holds one, and one in a
# provision, printed by `negotiator tree`, could clear a terminal or forge a line.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What a line that ends a sentence ends with; a line ending otherwise may run on into the next.
SENTENCE_END = (".", ";", ":", "!", "?", '"', "\u201d", "»", ")", "。", "；", "：")


def without_controls(text: str) -> str:
    """Imported text with its control characters (but tabs and line feeds) made spaces."""
    return _CONTROL_RE.sub(" ", text) if _CONTROL_RE.search(text) else text


def normalised(text: str) -> str:
    """A block's text as the structurer reads it: no controls, soft hyphens or doubled spaces."""
    text = without_controls(text)
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\u2011", "-")
    # Direction marks at either end change nothing a reader sees, but hide a final full stop.
    return re.sub(r"[ \t]+", " ", text).strip(
        " \t\n\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2069"
    )


@dataclass
class Block:
    """One logical paragraph of a source document, in reading order.

    role is a hint from the source format: "heading" when the source styled it as a heading
    (Word's Heading styles, HTML h1-h6, a PDF line in a larger or bold font), "" otherwise.
    page is the printed page it starts on, where the format has pages (a PDF): the report
    names it beside every line it leaves out.
    """

    text: str
    role: str = ""
    raw: str = ""
    page: int | None = None
