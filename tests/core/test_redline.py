"""The word-level redline of a proposed wording against the current text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.redline import (
    DELETE,
    EQUAL,
    INSERT,
    has_changes,
    redline,
    redline_provision,
    tokenize,
    wording,
)

WORDS = st.sampled_from(
    ["shall", "may", "State", "Party", "Parties", "data", "государство", "данные", "1.", "(a)"]
)
GAPS = st.sampled_from([" ", "  ", "\n", " \n "])
MARKS = st.sampled_from([",", ";", ".", ":", "[", "]", "«", "»", '"'])


@st.composite
def texts(draw) -> str:
    pieces = draw(st.lists(st.one_of(WORDS, MARKS, GAPS), max_size=30))
    return "".join(pieces)


def side(segments, keep: str) -> str:
    return "".join(text for op, text in segments if op in (EQUAL, keep))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@given(st.text())
def test_tokens_join_back_to_the_text(text):
    assert "".join(tokenize(text)) == text


@given(texts(), texts())
def test_the_redline_gives_back_both_texts(current, proposed):
    segments = redline(current, proposed)
    assert side(segments, INSERT) == proposed
    assert squeeze(side(segments, DELETE)) == squeeze(current)
    assert all(text for _, text in segments)
    # Never two segments of the same kind in a row, and a deletion comes before its insertion.
    ops = [op for op, _ in segments]
    assert all(a != b for a, b in zip(ops, ops[1:], strict=False))
    assert all(not (a == INSERT and b == DELETE) for a, b in zip(ops, ops[1:], strict=False))


def test_a_changed_word_is_that_word():
    assert redline("States Parties shall adopt", "States Parties may adopt") == [
        (EQUAL, "States Parties "),
        (DELETE, "shall"),
        (INSERT, "may"),
        (EQUAL, " adopt"),
    ]


def test_punctuation_is_its_own_token():
    assert redline("name, address", "name; address") == [
        (EQUAL, "name"),
        (DELETE, ","),
        (INSERT, ";"),
        (EQUAL, " address"),
    ]
    assert tokenize("the Party's [data]") == ["the", " ", "Party's", " ", "[", "data", "]"]


def test_a_replaced_phrase_reads_as_one_deletion_and_one_insertion():
    assert redline("within thirty calendar days", "within two weeks") == [
        (EQUAL, "within "),
        (DELETE, "thirty calendar days"),
        (INSERT, "two weeks"),
    ]


def test_line_breaks_and_spaces_are_the_same_gap():
    segments = redline("shall be\ninterpreted", "shall be interpreted")
    assert segments == [(EQUAL, "shall be interpreted")]
    assert not has_changes(segments)


def test_cyrillic_words():
    assert redline("государство может запросить", "государство вправе запросить") == [
        (EQUAL, "государство "),
        (DELETE, "может"),
        (INSERT, "вправе"),
        (EQUAL, " запросить"),
    ]


def test_empty_sides():
    assert redline("", "new text") == [(INSERT, "new text")]
    assert redline("old text", "") == [(DELETE, "old text")]
    assert redline("", "") == []


ARTICLE = Provision(
    "art-2",
    Kind.ARTICLE,
    "2",
    "Use of terms",
    "For the purposes of this Convention:",
    [
        Provision("art-2.a", Kind.SUBPARAGRAPH, "a", text='"data" means records;'),
        Provision(
            "art-2.b",
            Kind.SUBPARAGRAPH,
            "b",
            text='"processing" means:',
            children=[Provision("art-2.b.i", Kind.SUBPARAGRAPH, "i", text="collection.")],
        ),
    ],
)


def test_wording_is_the_text_with_labels_and_without_the_heading():
    assert wording(ARTICLE) == (
        "For the purposes of this Convention:\n"
        '(a) "data" means records;\n'
        '(b) "processing" means:\n'
        "(i) collection."
    )
    chapter = Provision("ch-I", Kind.CHAPTER, "I", "General", "", [ARTICLE])
    assert wording(chapter) == ""


def test_a_proposal_need_not_repeat_the_paragraph_number():
    paragraph = ARTICLE.children[0]
    assert redline_provision(paragraph, '"data" means catch records;') == [
        (EQUAL, '"data" means '),
        (INSERT, "catch "),
        (EQUAL, "records;"),
    ]
    assert redline_provision(paragraph, '(a) "data" means records;') == [
        (EQUAL, '(a) "data" means records;')
    ]
