"""Shapes real UN documents come in, as blocks: resolutions, closers, headings without their
word, the six UN languages, labels run together, cross-references wrapped onto a new line."""

from __future__ import annotations

import pytest

from negotiator_app.core.block import Block
from negotiator_app.core.provision import Kind
from negotiator_app.core.structurer import build_document


def build(*texts: str, roles: dict[int, str] | None = None, language: str = ""):
    roles = roles or {}
    blocks = [Block(text, roles.get(i, "")) for i, text in enumerate(texts)]
    return build_document(blocks, language=language)


def keys(document) -> list[str]:
    return [p.key for p in document.walk()]


def left_out(document, reason: str) -> list[str]:
    return [line.text for line in document.report.left_out if line.reason == reason]


# -- defect 1: a cross-reference wrapped to the start of a line ----------------------------


def test_a_lower_case_reference_continuing_a_sentence_is_not_an_article():
    document = build(
        "Article 25", "Review",
        "7. The Conference shall carry out the monitoring and review under",
        "article 26.",
        "8. The Conference shall report on its work.",
        "Article 26", "Monitoring",
        "1. Each Party shall report.",
    )  # fmt: skip
    assert keys(document) == ["art-25", "art-25.7", "art-25.8", "art-26", "art-26.1"]
    assert document.find("art-25.7").text.endswith("review under article 26.")
    assert document.find("art-26").heading == "Monitoring"


def test_a_label_the_source_styles_as_a_heading_is_a_label_even_in_lower_case():
    document = build("article 1", "Scope", "Text.", roles={0: "heading"})
    assert keys(document) == ["art-1"]


# -- defect 7: resolutions -----------------------------------------------------------------

RESOLUTIONS = {
    "en": ["The General Assembly,", "Recalling its resolution 1/1,", "Noting the report,",
           "1. Welcomes the report;", "2. Requests the Secretary-General:",
           "(a) To report;", "(b) To act;", "3. Decides to remain seized of the matter."],
    "ru": ["Генеральная Ассамблея,", "ссылаясь на свою резолюцию 1/1,", "отмечая доклад,",
           "1. приветствует доклад;", "2. просит Генерального секретаря:",
           "a) представить доклад;", "b) действовать;", "3. постановляет продолжать заниматься."],
    "fr": ["L'Assemblée générale,", "Rappelant sa résolution 1/1,", "Notant le rapport,",
           "1. Se félicite du rapport ;", "2. Prie le Secrétaire général :",
           "a) De faire rapport ;", "b) D'agir ;", "3. Décide de rester saisie de la question."],
    "es": ["La Asamblea General,", "Recordando su resolución 1/1,", "Observando el informe,",
           "1. Acoge con beneplácito el informe;", "2. Solicita al Secretario General:",
           "a) Que informe;", "b) Que actúe;", "3. Decide seguir ocupándose de la cuestión."],
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(RESOLUTIONS))
def test_a_resolution_has_recitals_and_operative_paragraphs(language):
    document = build("A/RES/1/2", "1/2. Test resolution", *RESOLUTIONS[language],
                     language=language)  # fmt: skip
    assert keys(document) == ["pre", "pre.1", "pre.2", "op-1", "op-2", "op-2.a", "op-2.b", "op-3"]
    assert document.find("pre").text == RESOLUTIONS[language][0]
    assert document.title == "1/2. Test resolution"
    assert left_out(document, "front matter lines") == ["A/RES/1/2"]
    assert not document.report.warnings


@pytest.mark.parametrize(
    "opener", ["The Security Council,", "The Commission on Narcotic Drugs,",
               "The Human Rights Council,", "The Conference of the Parties to the Convention,"],
)  # fmt: skip
def test_other_organs_open_a_resolution_too(opener):
    document = build(opener, "Recalling its earlier decisions,", "1. Decides to act.")
    assert keys(document) == ["pre", "pre.1", "op-1"]


def test_the_title_is_the_resolutions_not_the_organisations():
    document = build(
        "United Nations", "A/RES/77/999", "General Assembly", "Distr.: General",
        "77/999. Agreement on test matters", "The General Assembly,", "Recalling x,",
        "1. Welcomes y.",
    )  # fmt: skip
    assert document.title == "77/999. Agreement on test matters"


# -- defect 9: the closing formula ---------------------------------------------------------


@pytest.mark.parametrize(
    "closer",
    ["Have agreed as follows:", "HAVE AGREED AS FOLLOWS:", "Согласились о нижеследующем:",
     "Sont convenus de ce qui suit :", "Han convenido en lo siguiente:",
     "HAVE ADOPTED THIS REGULATION:", "兹议定如下：", "قد اتفقت على ما يلي:"],
)  # fmt: skip
def test_the_closing_formula_ends_the_preamble_and_is_not_a_recital(closer):
    document = build("The States Parties to this Convention,", "Recalling one thing,", closer,
                     "Article 1", "Purpose", "Text.")  # fmt: skip
    assert keys(document) == ["pre", "pre.1", "art-1"]
    assert left_out(document, "preamble formulas") == [closer]
    assert all(closer not in p.text for p in document.walk())


def test_a_closer_with_no_recognised_opener_turns_the_lines_above_it_into_the_preamble():
    document = build("Treaty on Testing", "The Republics of Alpha and Beta,",
                     "Desiring to test,", "Have agreed as follows:", "Article 1", "Text.")  # fmt: skip
    assert keys(document) == ["pre", "pre.1", "art-1"]
    assert document.find("pre").text == "The Republics of Alpha and Beta,"
    assert document.title == "Treaty on Testing"


# -- defect 10: headings without the word "Chapter" ----------------------------------------


def test_headings_numbered_without_their_word_are_structure():
    document = build(
        "I. General provisions", "Article 1", "Purpose", "Text one.",
        "II. Protection of victims of trafficking in persons", "Article 2", "Victims", "Text two.",
    )  # fmt: skip
    assert keys(document) == ["ch-I", "art-1", "ch-II", "art-2"]
    assert document.find("ch-II").heading == "Protection of victims of trafficking in persons"
    assert document.find("art-1").text == "Text one."


def test_titles_sit_inside_sections_and_an_empty_dash_heading_is_taken_from_the_next_line():
    document = build(
        "CHAPTER II", "MEASURES", "Section 1 —", "Substantive law",
        "TITLE 1", "OFFENCES AGAINST DATA", "Article 2", "Illegal access", "Text.",
        "TITLE 2", "COMPUTER-RELATED OFFENCES", "Article 7", "Forgery", "Text.",
        "Section 3 —", "Jurisdiction", "Article 22", "Jurisdiction", "Text.",
    )  # fmt: skip
    assert keys(document) == [
        "ch-II", "ch-II.sec-1", "ch-II.sec-1.title-1", "art-2", "ch-II.sec-1.title-2", "art-7",
        "ch-II.sec-3", "art-22",
    ]  # fmt: skip
    assert document.find("ch-II.sec-1.title-2").heading == "COMPUTER-RELATED OFFENCES"
    assert document.find("ch-II.sec-3").heading == "Jurisdiction"
    assert document.find("art-2").text == "Text."
    assert document.find("art-7").text == "Text."


def test_a_roman_numbered_sentence_and_lettered_headings_are_not_chapters():
    document = build("Article 1", "Scope", "C. Measures against testing", "D. Other measures")
    assert keys(document) == ["art-1"]


# -- defect 11: the six UN languages -------------------------------------------------------

LANGUAGES = {
    "en": ["Chapter I: Purposes", "Article 1", "The purposes are:", "1. To test;",
           "2. To try.", "Article 2", "Text.", "Chapter II: Members", "Article 3", "Text."],
    "fr": ["Chapitre I: Buts", "Article premier", "Les buts sont :", "1. Tester ;",
           "2. Essayer.", "Article 2", "Texte.", "Chapitre II: Membres", "Article 3", "Texte."],
    "es": ["Capítulo I: Propósitos", "Artículo 1", "Los propósitos son:", "1. Probar;",
           "2. Intentar.", "Artículo 2", "Texto.", "Capítulo II: Miembros", "Artículo 3",
           "Texto."],
    "ru": ["Глава I: Цели", "Статья 1", "Цели:", "1. Проверять;", "2. Пробовать.",
           "Статья 2", "Текст.", "Глава II: Члены", "Статья 3", "Текст."],
    "zh": ["第一章：宗旨", "第一条", "宗旨为：", "一、试验；", "二、尝试。", "第二条", "正文。",
           "第二章：会员", "第三条", "正文。"],
    "ar": ["الفصل الأول: المقاصد", "المادة 1", "المقاصد هي:", "1. الاختبار؛", "2. المحاولة.",
           "المادة 2", "نص.", "الفصل الثاني : العضوية", "المادة 3", "نص."],
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_six_un_languages_give_the_same_keys(language):
    document = build(*LANGUAGES[language])
    assert keys(document) == ["ch-I", "art-1", "art-1.1", "art-1.2", "art-2", "ch-II", "art-3"]
    assert document.language == "" or document.language == language
    assert document.find("art-3").number == "3"


def test_chinese_numbers_and_arabic_ordinals_past_ten():
    document = build("第十九章：批准及签字", "第一百十一条", "正文。",
                     "الفصل الحادي عشر: تصريح", "المادة 102", "نص.")  # fmt: skip
    assert keys(document) == ["ch-XIX", "art-111", "ch-XI", "art-102"]


def test_cyrillic_and_latin_look_alikes_are_folded_in_labels():
    document = build(
        "Глава Х", "Заключительные положения",  # a Cyrillic Х for the Roman ten
        "Cтатья 5", "Оговорки",  # a Latin C in the word
        "1. Текст:", "a) первое;", "b) второе;", "с) третье.",  # a Cyrillic с among a, b
    )  # fmt: skip
    assert keys(document) == ["ch-X", "art-5", "art-5.1", "art-5.1.a", "art-5.1.b", "art-5.1.c"]


# -- defect 12: the smaller shapes ---------------------------------------------------------


def test_labels_without_a_space_and_a_paragraph_opening_with_its_first_item():
    document = build(
        "Article 2", "Offences",
        "1. Any person commits an offence if:",
        "a)Each act;", "(i)The first kind;",
        "2. (a) On depositing its instrument, a State may declare;",
        "(b) When it ceases to be a party, it may declare.",
    )  # fmt: skip
    assert keys(document) == [
        "art-2", "art-2.1", "art-2.1.a", "art-2.1.a.i", "art-2.2", "art-2.2.a", "art-2.2.b",
    ]  # fmt: skip
    assert document.find("art-2.1.a").text == "Each act;"
    assert document.find("art-2.1.a.i").text == "The first kind;"
    assert document.find("art-2.2").text == ""
    assert document.find("art-2.2.a").text.startswith("On depositing")


def test_a_run_on_preamble_is_split_at_its_recitals():
    document = build(
        "PREAMBLE The Parties to this Agreement, Recalling their earlier work, Stressing the need "
        "to test; Mindful of the costs, Have agreed as follows:",
        "Article 1", "Text.",
    )  # fmt: skip
    assert keys(document) == ["pre", "pre.1", "pre.2", "pre.3", "art-1"]
    assert document.find("pre").text == "The Parties to this Agreement,"
    assert document.find("pre.2").text == "Stressing the need to test;"
    assert left_out(document, "preamble formulas") == ["Have agreed as follows:"]


def test_numbered_recitals_are_keyed_by_their_number_after_the_citations():
    document = build(
        "Preamble", "THE PARTIES,", "Having regard to the founding treaty,", "Whereas:",
        "(1) First recital.", "(2) Second recital.", "HAVE ADOPTED THIS REGULATION:",
        "Article 1", "Text.",
    )  # fmt: skip
    assert keys(document) == ["pre", "pre.1", "pre.2", "art-1"]
    assert document.find("pre").text.splitlines() == [
        "THE PARTIES,", "Having regard to the founding treaty,", "Whereas:",
    ]  # fmt: skip


# -- defects 5 and 6: several instruments, nothing before the first article lost ---------


def test_a_new_title_after_the_final_clause_opens_a_second_instrument():
    document = build(
        "Treaty A", "Article 1", "Text A1.", "Article 2", "The second article of Treaty A.",
        "IN WITNESS WHEREOF the undersigned have signed this Treaty.",
        "For the Republic of Alpha:",
        "STATUTE OF THE TEST COURT", "Article 1", "Text B1.", "CHAPTER 1", "ORGANIZATION",
        "Article 2", "Text B2.", "CHAPTER II", "PROCEDURE", "Article 3", "Text B3.",
    )  # fmt: skip
    # "CHAPTER 1" among Roman-numbered chapters is keyed as the text means it: ch-I.
    assert keys(document) == [
        "art-1", "art-2", "final", "instr-2", "instr-2.art-1", "instr-2.ch-I", "instr-2.art-2",
        "instr-2.ch-II", "instr-2.art-3",
    ]  # fmt: skip
    assert document.find("instr-2").heading == "STATUTE OF THE TEST COURT"
    assert document.find("instr-2").kind == Kind.INSTRUMENT
    assert "For the Republic of Alpha:" in document.find("final").text
    assert document.find("art-2").text == "The second article of Treaty A."
    assert document.report.counts["instrument"] == 2
    assert not document.report.warnings


def test_an_article_one_after_the_final_clause_restarts_numbering_in_a_new_instrument():
    document = build("Article 1", "Text.", "DONE at Vienna.", "Article 1", "Other text.")
    assert keys(document) == ["art-1", "final", "instr-2", "instr-2.art-1"]


def test_lines_above_the_text_are_listed_and_a_foreword_is_not_lost():
    document = build(
        "UNITED NATIONS", "CONVENTION ON TESTING AND ITS PROTOCOL", "Foreword",
        "This book brings together the texts adopted in 2026.", "The Secretary-General",
        "The Commission on Narcotic Drugs,", "Concerned about tests,", "1. Urges States to test.",
    )  # fmt: skip
    assert document.title == "CONVENTION ON TESTING AND ITS PROTOCOL"
    assert document.find("pre").text == "The Commission on Narcotic Drugs,"
    assert left_out(document, "front matter lines") == [
        "UNITED NATIONS", "Foreword", "This book brings together the texts adopted in 2026.",
        "The Secretary-General",
    ]  # fmt: skip
    assert document.report.dropped["front matter lines"] == 4


def test_a_heading_between_articles_is_reported_not_glued_to_the_article_before():
    document = build(
        "Chapter IV", "The Assembly", "Composition", "Article 9",
        "The Assembly shall consist of all the Members.",
        "Functions and Powers", "Article 10", "The Assembly may discuss any question.",
    )  # fmt: skip
    assert document.find("ch-IV").heading == "The Assembly"
    assert document.find("art-9").text == "The Assembly shall consist of all the Members."
    assert left_out(document, "cross-headings") == ["Composition", "Functions and Powers"]


def test_endnotes_are_not_treaty_text():
    document = build(
        "Article 1", "Text.", "Article 2", "Text two.", "Endnotes", "Article 2",
        "Amended text.", roles={4: "heading"},
    )  # fmt: skip
    assert keys(document) == ["art-1", "art-2"]
    assert left_out(document, "endnotes") == ["Endnotes", "Article 2", "Amended text."]


def test_an_act_section_styled_as_a_heading_is_a_unit_and_a_second_list_gets_its_lead_in():
    document = build(
        "Part 1—Preliminary", "2  Definitions", "In this Act:", "asset means:", "(a) money;",
        "(b) land.", "entity means:", "(a) a company;", "(b) a trust.",
        roles={1: "heading"},
    )  # fmt: skip
    assert keys(document) == [
        "part-1", "sec-2", "sec-2.a", "sec-2.b", "sec-2.p2", "sec-2.p2.a", "sec-2.p2.b",
    ]  # fmt: skip
    assert document.find("sec-2").heading == "Definitions"
    assert document.find("sec-2.p2").text == "entity means:"
    assert document.find("sec-2.b").text == "land."


def test_an_operative_paragraph_cut_by_a_page_break_is_one_paragraph():
    document = build(
        "The General Assembly,", "Recalling its work,",
        "1. Requests the Secretary-General to report on the implementation",
        "of this resolution at its next session;",
        "2. Decides to remain seized of the matter.",
    )  # fmt: skip
    assert [p.key for p in document.walk()] == ["pre", "pre.1", "op-1", "op-2"]
    assert document.find("op-1").text == (
        "Requests the Secretary-General to report on the implementation of this resolution at "
        "its next session;"
    )
