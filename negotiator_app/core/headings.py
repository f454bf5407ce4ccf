"""Headings: which unlabelled lines name a provision, head a run of articles, or end the text."""

from __future__ import annotations

import re

from negotiator_app.core.block import LABEL_HEADING, SENTENCE_END, Block
from negotiator_app.core.numbering import act_section, recognise
from negotiator_app.core.provision import Kind

_HEADING_MAX = 200
# An article's heading is a few words; an annex's may be a whole instrument's title.
_ARTICLE_HEADING_WORDS = 16
_CROSS_HEADING_WORDS = 8
_END_MATTER_RE = re.compile(r"^(?:end\s*notes?|notes)(?:\s*$|\s*[\u2014\u2013:-])", re.I)
_IDEOGRAPH_RE = re.compile(r"[\u4e00-\u9fff]")


def can_be_heading(block: Block, kind: Kind = Kind.ARTICLE) -> bool:
    """Whether a line after a bare label ("Article 5") can be that provision's heading."""
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


def is_cross_heading(block: Block, following: Block) -> bool:
    """A short heading over the article that follows ("Composition", "Voting"), not its text."""
    if block.role == LABEL_HEADING or _END_MATTER_RE.match(block.text):
        return False
    text = block.text
    if (
        recognise(text) is not None
        or not can_be_heading(block)
        or len(text.split()) > _CROSS_HEADING_WORDS
    ):
        return False
    if text[:1].islower() or not text[:1].isalpha() or text.endswith(SENTENCE_END):
        return False
    marker = recognise(following.text)
    if marker is None and following.role == "heading":
        marker = act_section(following.text)  # "Division 1—..." over an act's sections
    if marker is None or marker.kind not in {"article", "act_section"}:
        return False
    return marker.capitalised


def is_end_matter(text: str) -> bool:
    """ "Endnotes", "Notes": the heading of a compilation's tables after the treaty text."""
    return _END_MATTER_RE.match(text) is not None
