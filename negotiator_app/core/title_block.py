"""The title of a document, and of each instrument in it, picked from the lines above the text.

A UN document opens with lines that are not its title: the organ ("General Assembly"), the
document symbol ("A/RES/77/321"), the distribution and date, the session and agenda item. The
title is the line that names the instrument ("77/321. Agreement under the United Nations
Convention on the Law of the Sea ...", "Convention on Cybercrime").
"""

from __future__ import annotations

import re

from negotiator_app.core.block import Block
from negotiator_app.core.language import detect_language

# Words that name an instrument, in the languages drafts come in.
TITLE_WORDS_RE = re.compile(
    r"\b(?:conventions?|protocols?|treaty|treaties|agreements?|charter|declaration|resolutions?|"
    r"statute|covenant|act|regulation|directive|decision|accord|pact|"
    r"конвенц\w*|протокол\w*|договор\w*|соглашени\w*|устав\w*|декларац\w*|резолюц\w*|"
    r"statut|traité|protocole|déclaration|pacte|convenio|convención|tratado|protocolo|"
    r"acuerdo|carta|estatuto|declaración|verdrag|overeenkomst|übereinkommen)\b"
    r"|公约|议定书|条约|宪章|协定|规约|宣言|决议|اتفاقية|بروتوكول|ميثاق|معاهدة|إعلان|قرار",
    re.I,
)
# "77/321. Agreement under ...": a resolution's number and title, as the UN prints them.
_RESOLUTION_TITLE_RE = re.compile(r"^\d{1,3}/\d{1,4}\s*\.\s+\S")
# Lines that identify a document but do not name it.
_NOT_A_TITLE_RE = re.compile(
    r"^(?:distr\.|original:|[A-Z]{1,2}/(?:RES/)?[\w./-]+|\d{1,2} \w+ \d{4}|agenda item|item \d+|"
    r"\w+-\w+ session|resolution adopted by)\b",
    re.I,
)
# The organisation or organ a document comes from: a title only when it also names an instrument.
_ISSUER_RE = re.compile(
    r"^(?:united nations|nations unies|naciones unidas|организация объединенных наций|"
    r"general assembly|security council|economic and social council)\b",
    re.I,
)
_INSTRUMENT_WORDS_RE = re.compile(
    r"\b(?:convention|protocol|treaty|agreement|charter|declaration|statute|covenant)\b", re.I
)
_TITLE_MAX = 400


def pick_title(blocks: list[Block], language: str = "") -> int | None:
    """The index of the block that is the title among the lines above the text, or None.

    A title in the document's language comes before one in another (a bilingual treaty
    database heads the English text with the Dutch title).
    """
    candidates = [(i, b) for i, b in enumerate(blocks) if _could_be_title(b.text)]
    if language:
        candidates.sort(key=lambda pair: detect_language(pair[1].text) != language)
    for index, block in candidates:
        if _RESOLUTION_TITLE_RE.match(block.text):
            return index
    for index, block in candidates:
        if block.role == "heading" and TITLE_WORDS_RE.search(block.text):
            return index
    for index, block in candidates:
        if TITLE_WORDS_RE.search(block.text) and len(block.text) > 15:
            return index
    for index, block in candidates:
        if block.role == "heading":
            return index
    return None


def may_open_instrument(block: Block) -> bool:
    """Whether a line after a treaty's final clauses can head the next instrument in the file."""
    text = block.text
    if not text or len(text) > 300 or text.endswith((".", ";", ",")) and len(text.split()) > 12:
        return False
    letters = [c for c in text if c.isalpha()]
    shouting = sum(c.isupper() for c in letters) > 8 and not any(c.islower() for c in letters)
    return block.role == "heading" or shouting or bool(TITLE_WORDS_RE.search(text))


def _could_be_title(text: str) -> bool:
    if not text or len(text) > _TITLE_MAX or _NOT_A_TITLE_RE.match(text):
        return False
    if _ISSUER_RE.match(text) and not _INSTRUMENT_WORDS_RE.search(text):
        return False
    # A title is not a sentence: it does not end with a full stop after many words.
    return not (text.endswith((".", ";", ",")) and len(text.split()) > 12)
