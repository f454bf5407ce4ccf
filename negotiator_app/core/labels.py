"""How a provision is named in the language of its document: "Article 5", "Статья 5",
"Article premier", "Capítulo II", "第五条", "المادة 5".

The labels follow the document, not the interface: a Russian text reads "Глава II" in the tree,
the reader and the memo whatever language the menus are in. The words are data in
core/label_words.py (the same tables the importers recognise labels with); numbers in words
(Chinese numerals, Arabic ordinals) come from core/numerals.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from negotiator_app.core.label_words import (
    ARABIC_SUFFIXES,
    CITATION_WORDS,
    CJK_SUFFIXES,
    DIVISION_NAMES,
    PREAMBLE_HEADINGS,
    RUSSIAN_SUFFIXES,
)
from negotiator_app.core.numerals import (
    int_to_arabic_ordinal,
    int_to_cjk,
    is_roman,
    roman_to_int,
)

if TYPE_CHECKING:
    from negotiator_app.core.provision import Provision

LABEL_LANGUAGES = tuple(DIVISION_NAMES)  # en, ru, fr, es, zh, ar
# Divisions Arabic numbers with an ordinal word ("الفصل الثاني"); articles keep their digits.
_ARABIC_ORDINAL_KINDS = frozenset({"part", "chapter", "section", "annex"})


def label_language(code: str) -> str:
    """The labelling language for a version's language code: "ru-RU" -> "ru"; English for a
    language the labels are not written in (German, unset...)."""
    primary = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in DIVISION_NAMES else "en"


def provision_label(kind: str, number: str, language: str = "en") -> str:
    """ "Article 5", "Chapter IV", "Annex I", "1.", "(a)", "Preamble" — in the document's
    language: "Статья 5", "Article premier", "Capítulo IV", "第五条", "المادة 5"."""
    language = label_language(language)
    words = DIVISION_NAMES[language]
    citation = CITATION_WORDS[language]
    if kind in words:
        return _division(kind, number, language, words[kind])
    if kind == "paragraph":
        return f"{number}." if number else ""
    if kind == "subparagraph":
        return f"({number})" if number else ""
    if kind == "preamble":
        return PREAMBLE_HEADINGS[language]
    if kind == "preamble paragraph":
        if not number:
            return PREAMBLE_HEADINGS[language]
        return citation["preamble paragraph"].format(
            preamble=PREAMBLE_HEADINGS[language], number=number
        )
    if kind == "final clause":
        return citation["final clause"]
    if kind == "instrument":
        return ""  # an instrument goes by its title
    return number


def cite(path: Sequence[Provision], language: str = "en") -> str:
    """How a delegate cites a provision from the division that anchors it down to it:
    "Article 3, paragraph 2 (a)", "Статья 3, пункт 2 (a)", "Paragraph 4", "Subparagraph (b)"."""
    language = label_language(language)
    words = CITATION_WORDS[language]
    separator = words["separator"]
    if not path:
        return ""
    first = path[0]
    if first.kind == "paragraph":
        parts = [_capitalised(_paragraph(first.number, language))]
    elif first.kind == "subparagraph":
        parts = [_capitalised(_subparagraph(first.label(language), language))]
    else:
        parts = [first.label(language)]
    numbered = ("paragraph", "subparagraph")
    for step, previous in zip(path[1:], path, strict=False):
        if step.kind == "paragraph":
            parts.append(separator + _paragraph(step.number, language))
        elif step.kind == "subparagraph" and previous.kind in numbered:
            parts.append(("" if language == "zh" else " ") + _subparagraph_after(step, language))
        elif step.kind == "subparagraph":
            parts.append(separator + _subparagraph(step.label(language), language))
        else:
            parts.append(separator + step.label(language))
    return "".join(parts).strip(", ")


def paragraph_reference(number: str, language: str = "en") -> str:
    """ ", paragraph 3" after the article's label: ", пункт 3", ", paragraphe 3", "第三款"."""
    language = label_language(language)
    return CITATION_WORDS[language]["separator"] + _paragraph(number, language)


# -- helpers ---------------------------------------------------------------------------------


def _division(kind: str, number: str, language: str, word: str) -> str:
    if language == "zh":
        return _chinese(kind, number, word)
    if language == "ar":
        return _arabic(kind, number, word)
    shown = number
    if language == "fr" and kind in {"article", "chapter"} and _value(number) == 1:
        shown = "premier"  # "Article premier", "Chapitre premier"
    elif language == "ru":
        head, _, suffix = number.partition(" ")
        if suffix in RUSSIAN_SUFFIXES:
            shown = f"{head} {RUSSIAN_SUFFIXES[suffix]}"
    return f"{word} {shown}".strip()


def _chinese(kind: str, number: str, word: str) -> str:
    """第五条, 第二章, 第十二条之二; an annex puts the number after: 附件一."""
    head, _, suffix = number.partition(" ")
    value = _value(head)
    numeral = int_to_cjk(value) if value else head
    if kind == "annex":
        return f"{word}{numeral}"
    return f"第{numeral}{word}{CJK_SUFFIXES.get(suffix, suffix)}" if numeral else word


def _arabic(kind: str, number: str, word: str) -> str:
    """المادة 5, الفصل الثاني, المرفق الأول."""
    if not number:
        return word
    value = _value(number)
    if kind in _ARABIC_ORDINAL_KINDS and value:
        return f"{word} {int_to_arabic_ordinal(value)}"
    head, _, suffix = number.partition(" ")
    return (
        f"{word} {head} {ARABIC_SUFFIXES[suffix]}"
        if suffix in ARABIC_SUFFIXES
        else (f"{word} {number}")
    )


def _value(number: str) -> int:
    """The value of an arabic or Roman number ("12", "XII"); 0 for a letter or a suffixed one."""
    if number.isdigit():
        return int(number)
    if is_roman(number) and number.isupper():
        return roman_to_int(number)
    return 0


def _paragraph(number: str, language: str) -> str:
    word = CITATION_WORDS[language]["paragraph"]
    if language == "zh":
        return word.format(number=int_to_cjk(int(number)) if number.isdigit() else number)
    return f"{word} {number}"


def _subparagraph(label: str, language: str) -> str:
    word = CITATION_WORDS[language]["subparagraph"]
    return word.format(label=label) if "{" in word else f"{word} {label}"


def _subparagraph_after(step: Provision, language: str) -> str:
    """ "(a)" after its paragraph: "paragraph 2 (a)"; Chinese "第2款(a)项"."""
    label = step.label(language)
    return _subparagraph(label, language) if language == "zh" else label


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
