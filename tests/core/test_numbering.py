"""Numbering recognition: the labels a delegate sees at the start of a line."""

from __future__ import annotations

import pytest

from negotiator_app.core.numbering import int_to_roman, key_number, recognise, roman_to_int


@pytest.mark.parametrize(
    "line,kind,number,rest",
    [
        ("Article 12", "article", "12", ""),
        ("Article 12 bis", "article", "12 bis", ""),
        ("Article 12. Heading", "article", "12", "Heading"),
        ("Article 12 — Use of terms", "article", "12", "Use of terms"),
        ("ARTICLE IV", "article", "IV", ""),
        ("Статья 5", "article", "5", ""),
        ("Статья 14 бис", "article", "14 bis", ""),
        ("Статья 5. Сфера применения", "article", "5", "Сфера применения"),
        ("Chapter II", "chapter", "II", ""),
        ("CHAPTER I. GENERAL PROVISIONS", "chapter", "I", "GENERAL PROVISIONS"),
        ("Chapter 3", "chapter", "3", ""),
        ("Глава II", "chapter", "II", ""),
        ("Section 1", "section", "1", ""),
        ("Раздел 1", "section", "1", ""),
        ("Part I", "part", "I", ""),
        ("Annex", "annex", "", ""),
        ("Annex I", "annex", "I", ""),
        ("Приложение", "annex", "", ""),
        ("Preamble", "preamble", "", ""),
        ("Преамбула", "preamble", "", ""),
        ("1. The purpose of this Convention", "paragraph", "1", "The purpose of this Convention"),
        ("12.\tText after a tab", "paragraph", "12", "Text after a tab"),
        ("(1) A subsection", "paragraph", "1", "A subsection"),
        ("(a) an item", "item", "a", "an item"),
        ("a) an item without the opening bracket", "item", "a", "an item without the opening bracket"),
        ("(ii) a roman item", "item", "ii", "a roman item"),
        ("б) пункт", "item", "б", "пункт"),
        ("The States Parties to this Convention,", "opener", "", "The States Parties to this Convention,"),
        ("Государства-участники настоящей Конвенции,", "opener", "", "Государства-участники настоящей Конвенции,"),
        ("Have agreed as follows:", "closer", "", "Have agreed as follows:"),
        ("согласились о нижеследующем:", "closer", "", "согласились о нижеследующем:"),
    ],
)  # fmt: skip
def test_recognised(line, kind, number, rest):
    marker = recognise(line)
    assert marker is not None
    assert (marker.kind, marker.number, marker.rest) == (kind, number, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Article 5 of this Convention shall apply mutatis mutandis.",
        "Articles 6 to 14 establish offences.",
        "Chapters of the report were discussed.",
        "The parties agreed that article 3 applies.",
        "2026 was a busy year.",
        "",
    ],
)
def test_running_text_is_not_a_label(line):
    marker = recognise(line)
    assert marker is None or marker.kind not in {"article", "chapter", "section", "part", "annex"}


def test_roman_numerals():
    assert [roman_to_int(n) for n in ("i", "iv", "ix", "xiv", "XL")] == [1, 4, 9, 14, 40]
    assert roman_to_int("abc") == 0
    assert int_to_roman(14) == "xiv"


def test_key_number():
    assert key_number("12 bis") == "12bis"
    assert key_number("IV") == "IV"


def test_a_number_inserted_later_with_a_capital_letter_is_one_label():
    # Acts insert "Section 4A" between 4 and 5 (the Cape Town by-law's 2016 amendment).
    assert (recognise("Section 4A").kind, recognise("Section 4A").number) == ("section", "4A")
    assert recognise("Article 12B Heading").rest == "Heading"
    assert key_number(recognise("Section 23A.").number) == "23A"
    assert recognise("Article 4Abc") is None  # a word, not a number and a letter
