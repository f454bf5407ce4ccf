"""The memo's sentence for agreed language: where a provision comes from, what was changed."""

from __future__ import annotations

from negotiator_app.core.agreed_language import (
    Change,
    agreed_language_line,
    changes,
    passages_within,
)
from negotiator_app.core.likeness import likeness
from negotiator_app.core.precedents import Precedent, kind_of
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.redline import redline

SOURCE = "Each State Party shall adopt such measures as may be necessary to establish offences."


def precedent(source: str, draft: str) -> Precedent:
    similar, changed = likeness(source, draft)
    kind = kind_of(similar, changed)
    assert kind is not None
    return Precedent("art-1.1", 1, 7, "art-5.2", "UNCAC, art. 5, para. 2", similar, kind, changed,
                     source)  # fmt: skip


def test_each_place_of_change_is_the_words_taken_out_and_put_in():
    draft = "Each State Party may adopt such legislative measures as may be necessary; offences."
    assert changes(redline(SOURCE, draft)) == [
        Change("shall", "may"),
        Change("", "legislative"),
        Change("to establish", ""),
    ]


def test_punctuation_alone_is_no_change():
    assert changes(redline(SOURCE, SOURCE.replace("offences.", "offences;"))) == []


def test_the_line_says_word_for_word_or_spells_out_a_few_changes():
    assert agreed_language_line(precedent(SOURCE, SOURCE), SOURCE) == (
        "Agreed language: UNCAC, art. 5, para. 2, word for word"
    )
    draft = SOURCE.replace("shall", "may")
    assert agreed_language_line(precedent(SOURCE, draft), draft) == (
        "Agreed language: UNCAC, art. 5, para. 2, with 'shall' → 'may'"
    )


def test_a_reworked_precedent_says_how_many_words_changed():
    draft = (
        "Each State Party shall, in accordance with the fundamental principles of its domestic "
        "law, adopt such measures as may be necessary to establish offences."
    )
    line = agreed_language_line(precedent(SOURCE, draft), draft)
    assert line == "Agreed language: UNCAC, art. 5, para. 2, adapted (10 words changed)"


def test_the_paragraphs_of_an_article_are_cited_inside_it():
    sub = Provision("art-3.2.a", Kind.SUBPARAGRAPH, "a", "", "first item;", [])
    para = Provision("art-3.2", Kind.PARAGRAPH, "2", "", "Lead-in:", [sub])
    article = Provision("art-3", Kind.ARTICLE, "3", "Scope", "", [
        Provision("art-3.1", Kind.PARAGRAPH, "1", "", "Text.", []), para])  # fmt: skip
    assert [(node.key, where) for node, where in passages_within(article)] == [
        ("art-3.1", "para. 1"),
        ("art-3.2", "para. 2"),
        ("art-3.2.a", "para. 2 (a)"),
    ]
    assert passages_within(sub) == [(sub, "")]
