"""Word-for-word likeness: the similarity a precedent is ranked by and the words changed."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from negotiator_app.core.likeness import WordMatcher, changed_words, likeness, words

WORD = st.sampled_from(["shall", "may", "state", "party", "the", "of", "data", "данные"])


def common_by_table(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The longest common subsequence the textbook way, to check the bit-parallel one."""
    previous = [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for j, y in enumerate(b):
            row.append(previous[j] + 1 if x == y else max(previous[j + 1], row[j]))
        previous = row
    return previous[-1]


@given(st.lists(WORD, max_size=40), st.lists(WORD, max_size=40))
def test_the_longest_common_subsequence_is_exact(a, b):
    a, b = tuple(a), tuple(b)
    assert WordMatcher(b).common_words(a) == common_by_table(a, b)


def test_case_punctuation_spacing_and_typographic_quotes_are_no_difference():
    assert words("The State Party’s  “data”,\nshall;") == words('the state party\'s "data" shall')
    assert words("Всё ЁЖИК") == ("все", "ежик")


def test_the_connector_closing_a_list_item_belongs_to_the_list():
    last_item = "the sale of such substances to minors."
    assert words("the sale of such substances to minors; and") == words(last_item)
    assert words("заключение договоров; или") == words("заключение договоров.")
    assert words("law and order") == ("law", "and", "order")  # inside the text it counts


def test_shall_to_may_is_one_word_and_a_reworded_phrase_counts_its_longer_side():
    before = "Each State Party shall adopt such measures as may be necessary."
    assert likeness(before, before.replace("shall", "may")).changed_words == 1
    assert likeness(before, before).changed_words == 0
    assert likeness(before, before).similarity == 1.0
    covered = "offences covered by this Convention"
    established = "offences established in accordance with this Convention"
    assert likeness(covered, established).changed_words == 4
    # A word dropped at the start and another added at the end are two changes.
    assert (
        likeness("For the purposes of this Convention:", "The purposes of this Convention are:")[1]
        == 2
    )


def test_similarity_is_the_share_of_words_kept_in_order():
    ten = "one two three four five six seven eight nine ten"
    assert likeness(ten, ten.replace("five", "5")).similarity == 0.9
    assert likeness(ten, "eleven twelve").similarity == 0.0
    assert likeness("", "").similarity == 1.0


def test_a_paragraph_reworked_in_short_runs_is_still_recognised():
    # Every third word replaced: two words in three kept. difflib's matcher takes the longest
    # run first ("Each State", matched at the far end) and sees a fifth of that; the exact
    # common subsequence sees two thirds.
    source = (
        "Each State Party to give special consideration to be counted in their relations with "
        "the handling of a service provider was involved in order to in its legitimate owners. "
        "Each State Party and those described in this Convention are preserved;"
    )
    reworked = (
        "Each bilateral Party to case special consideration scope be counted endanger their "
        "relations opinion, the handling how a service death, was involved proceedings order to "
        "introducing its legitimate give Each State December and those reasons in this "
        "strengthen are preserved;"
    )
    naive = SequenceMatcher(None, words(source), words(reworked), autojunk=False).ratio()
    assert naive < 0.3
    assert likeness(source, reworked).similarity > 0.6


def test_changed_words_of_identical_texts_is_zero_whatever_their_punctuation():
    assert changed_words(words("a, b; c."), words("a b c")) == 0
