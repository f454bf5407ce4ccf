"""The memo in the delegation's language: every fixed word in Russian, French or Spanish.

A Russian memo of the Russian text reads as a Russian document: its cover, headings, stances,
review list, agreed-language lines, page furniture and file properties carry no English word —
the only Latin-script words in it are the delegate's own (what they typed, the draft's text).
"""

from __future__ import annotations

import re
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from negotiator_app.export.changes import select_changes, write_changes
from negotiator_app.export.changes_text import changes_markdown
from negotiator_app.export.cover import Cover, default_cover, format_date
from negotiator_app.export.memo import write_memo
from negotiator_app.export.memo_words import MEMO_LANGUAGES, memo_words, plural_form
from negotiator_app.export.positions import markdown, write_csv
from negotiator_app.export.selection import Selection, select
from negotiator_app.resources import resource_path
from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.notes import DelegationPosition, Note, Proposal, save_note
from negotiator_app.storage.precedents import update_precedents
from negotiator_app.storage.reference_instruments import mark_reference
from negotiator_app.storage.revisions import Placement

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# What the delegate wrote, in Russian: the only words of theirs in the memo.
NOTES = {
    "art-2.h": dict(
        stance="support with amendments", priority="high", red_line=True,
        proposals=[Proposal("ru", "(h) «цифровой актив» означает цифровое выражение стоимости, "
                                  "включая криптовалюты.")],
        rationale="Определение должно прямо охватывать криптовалюты.",
        talking_points="- снять квадратные скобки\n- сослаться на практику ФАТФ",
        instructions="Согласовать с Центром.", tags=["крипто"],
        delegations=[DelegationPosition("Казахстан", "support", "Готов поддержать.")],
    ),
    "art-4": dict(stance="support", priority="medium", rationale="Оставить без изменений."),
    "art-6.2": dict(stance="oppose", priority="low", rationale="Слишком широкая формулировка."),
    "art-10.3": dict(stance="reserve", instructions="Ждать указаний."),
    "art-11": dict(stance="neutral", quote="", rationale="Нейтрально."),
}  # fmt: skip


@pytest.fixture
def russian(library_dir: Path, tmp_path: Path):
    """The demonstration draft in Russian, Rev.1 with notes, Rev.2 carrying them, and the
    earlier convention it borrows from as a reference instrument; files named in Russian."""
    files = tmp_path / "файлы"
    files.mkdir()
    demo = resource_path("demo")
    names = {}
    for source, name in [
        ("demo_convention_ru.txt", "проект_ред1.txt"),
        ("demo_convention_rev2_ru.txt", "проект_ред2.txt"),
        ("demo_earlier_convention_ru.txt", "конвенция_вальморы.txt"),
    ]:
        names[source] = shutil.copy(demo / source, files / name)
    with Library(library_dir) as library:
        rev1, _ = import_draft(
            library, names["demo_convention_ru.txt"], instrument="Конвенция о киберпреступности",
            label="Ред. 1", language="ru", backup=False,
        )  # fmt: skip
        for key, fields in NOTES.items():
            save_note(library, Note(rev1.instrument_id, key, version_id=rev1.id, **fields))
        rev2, _ = import_draft(
            library, names["demo_convention_rev2_ru.txt"], instrument="Конвенция о киберпреступности",
            label="Ред. 2", language="ru", placement=Placement(revises="Ред. 1"), backup=False,
        )  # fmt: skip
        reference, _ = import_draft(
            library, names["demo_earlier_convention_ru.txt"], instrument="Конвенция Вальморы",
            label="Вальмора", language="ru", backup=False,
        )  # fmt: skip
        mark_reference(library, reference, "Конвенция Вальморы")
        update_precedents(library)
        yield library, rev1, rev2


def visible_text(path: Path) -> str:
    """Every word a reader of the .docx sees: body, tables, headers, footers (field results,
    not field codes), comments, and the file's properties."""
    texts = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(package.read(name))
                texts += [t.text or "" for t in root.iter(f"{W}t")]
        core = etree.fromstring(package.read("docProps/core.xml"))
        texts += [element.text or "" for element in core.iter()]
    return "\n".join(texts)


def own_words(library: Library, *versions) -> set[str]:
    """The Latin-script words of the delegate's own data: the draft's text, notes, labels."""
    data = []
    for info in versions:
        data += [info.label, info.title, info.instrument, info.source_name]
        for root in library.tree(info.id):
            data += [f"{p.number} {p.heading} {p.text}" for p in root.walk()]
    data += [str(fields) for fields in NOTES.values()]
    return {word.lower() for text in data for word in LATIN_WORD.findall(text)}


def test_a_russian_memo_of_the_russian_version_has_no_english_word(russian, tmp_path):
    library, rev1, rev2 = russian
    content = select(library, rev2.id, Selection(include_all=True, agreed_language=True))
    assert content.language == "ru"  # the version's language by default
    assert content.review, "the carried positions are listed for review"
    assert any(item.agreed for item in content.items), "agreed-language lines are written"
    cover = default_cover(
        rev2, delegation="Делегация Эксампли", session="Четвертая сессия", author="Анна Петрова"
    )
    path = write_memo(content, tmp_path / "записка.docx", cover, comments=True).path

    text = visible_text(path)
    english = {
        w for w in LATIN_WORD.findall(text) if w.lower() not in own_words(library, rev1, rev2)
    }
    assert english == set()
    for russian_words in (
        "Записка о позиции", "Сводка позиций", "Позиции по положениям", "Текущая редакция",
        "Предлагаемая формулировка", "Обоснование", "Тезисы", "Позиции других делегаций",
        "Поддержка с поправками", "Красная линия", "Страница ", " из ", "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
        "Позиции, требующие пересмотра после Ред. 2", "Согласованный текст",
        format_date(date.today(), "ru"), "Статья 2, подпункт (h)",
    ):  # fmt: skip
        assert russian_words in text, russian_words


def test_markdown_csv_and_the_table_of_changes_in_russian(russian, tmp_path):
    library, rev1, rev2 = russian
    content = select(library, rev2.id, Selection())
    text = markdown(content, default_cover(rev2, author="Анна Петрова"))
    own = own_words(library, rev1, rev2)
    assert {w for w in LATIN_WORD.findall(text) if w.lower() not in own} == set()
    assert "## Сводка позиций" in text and "| Положение | Позиция | Приоритет |" in text

    csv = write_csv(content, tmp_path / "позиции.csv").path.read_text("utf-8-sig")
    assert csv.startswith("Версия,Ключ,Положение,Заголовок,Цитата,Позиция")
    assert "Поддержка с поправками" in csv

    changes = select_changes(library, rev1, rev2)
    table = write_changes(changes, tmp_path / "изменения.docx", Cover(author="Анна Петрова")).path
    words = visible_text(table)
    assert {w for w in LATIN_WORD.findall(words) if w.lower() not in own} == set()
    assert "Что изменилось в Ред. 2 («Ред. 2») по сравнению с Ред. 1 («Ред. 1»)" in words
    assert "Комментарий делегации" in words and "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ" in words
    text = changes_markdown(changes, "RESTRICTED")
    assert text.startswith("# Изменения: Ред. 1 → Ред. 2")
    assert {w for w in LATIN_WORD.findall(text) if w.lower() not in own} == set()


@pytest.mark.parametrize(
    "language,words",
    [
        ("fr", ["Note de position", "Récapitulatif des positions", "Texte actuel",
                "Libellé proposé", "Appui avec amendements", "Page ", " sur ", "Ligne rouge"]),
        ("es", ["Nota de posición", "Resumen de posturas", "Texto actual",
                "Redacción propuesta", "Apoyo con enmiendas", "Página ", " de ", "Línea roja"]),
        ("en", ["Position memo", "Summary of positions", "Current text", "Proposed wording",
                "Support with amendments", "Page ", " of ", "Red line"]),
    ],
)  # fmt: skip
def test_the_memo_in_each_language_chosen(russian, tmp_path, language, words):
    """The memo's words follow the language chosen; the labels stay the document's."""
    library, _, rev2 = russian
    content = select(library, rev2.id, Selection(), language=language)
    cover = default_cover(rev2, language)
    text = visible_text(write_memo(content, tmp_path / f"{language}.docx", cover).path)
    for word in [*words, memo_words(language).marking("RESTRICTED")]:
        assert word in text, word
    assert "Статья 2, подпункт (h)" in text  # the Russian document's own labels
    assert "Записка о позиции" not in text


def test_dates_in_the_memos_language():
    day = date(2026, 11, 30)
    assert format_date(day, "ru") == "30 ноября 2026 г."
    assert format_date(day, "fr") == "30 novembre 2026"
    assert format_date(date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert format_date(day, "es") == "30 de noviembre de 2026"
    assert format_date(day) == "30 November 2026"


def test_russian_plurals_and_every_language_gives_every_word():
    assert [plural_form("ru", n) for n in (1, 2, 5, 11, 21, 22, 25, 112)] == [
        0,
        1,
        2,
        2,
        0,
        1,
        2,
        2,
    ]
    assert [plural_form("fr", n) for n in (0, 1, 2)] == [0, 0, 1]
    english = memo_words("en")
    for language in MEMO_LANGUAGES:
        words = memo_words(language)
        assert set(words.stances) == set(english.stances)
        assert set(words.priorities) == set(english.priorities)
        assert set(words.carry_marks) == set(english.carry_marks)
        assert set(words.changes) == set(english.changes)
        assert set(words.csv_columns) == set(english.csv_columns)
        assert set(words.language_names) == set(english.language_names)
        assert len(words.introduction) == (3 if language == "ru" else 2)


def test_a_marking_the_delegate_typed_is_kept_as_typed(russian, tmp_path):
    library, _, rev2 = russian
    content = select(library, rev2.id, Selection())
    cover = default_cover(rev2, marking="Совершенно секретно")
    path = write_memo(content, tmp_path / "m.docx", cover).path
    assert "Совершенно секретно" in visible_text(path)
