"""The language rule in the memo: a proposed wording is a redline only against a text in its own
language; on another language's text it is shown as written, named by its language."""

from __future__ import annotations

from dataclasses import replace

import pytest

from negotiator_app.export.cover import Cover
from negotiator_app.export.memo import write_memo
from negotiator_app.export.positions import markdown, write_csv
from negotiator_app.export.selection import Selection, select
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.notes import Proposal, get_note, save_note
from negotiator_app.storage.revisions import Placement
from tests.conftest import FIXTURES
from tests.export.reading import labels, open_memo, provision_sections, redline_runs, under_label
from tests.export.test_positions import read_csv

COVER = Cover(delegation="Delegation of Examplia")
ARTICLE_4_1 = "Article 4, paragraph 1 — Confidentiality"


@pytest.fixture
def russian_version(library, version):
    """The Russian text of the same revision: it shares the English text's notes."""
    info, _ = import_draft(
        library, FIXTURES / "small_convention_ru.txt", instrument=version.instrument,
        label="Rev.1 RU", language="ru", placement=Placement(translation_of="Rev.1"),
    )  # fmt: skip
    assert info.revision_id == version.revision_id
    return info


def memo_sections(library, version, tmp_path, keys):
    content = select(library, version.id, Selection(keys=keys), language="en")
    path = write_memo(content, tmp_path / f"{version.label}.docx", COVER).path
    return provision_sections(open_memo(path))


def test_the_russian_memo_shows_the_english_wording_without_striking_the_russian_text(
    library, version, russian_version, tmp_path
):
    english = memo_sections(library, version, tmp_path, ["art-4.1"])
    assert "Proposed wording" in labels(english[ARTICLE_4_1])
    assert any(op != "equal" for line in redline_runs(english[ARTICLE_4_1]) for op, _ in line)

    russian = memo_sections(library, russian_version, tmp_path, ["art-4.1"])
    (section,) = russian.values()
    assert "Proposed wording" not in labels(section)  # no redline against the Russian text
    assert "Proposed wording (English)" in labels(section)
    shown = under_label(section, "Proposed wording (English)")
    assert [p.text for p in shown] == [
        "Data received under this Convention shall be used only for the purposes stated in the "
        "request, unless the requested State Party consents otherwise."
    ]
    assert all(run.style is None or run.style.name == "Default Paragraph Font"
               for paragraph in shown for run in paragraph.runs)  # fmt: skip


def test_a_wording_in_each_language_is_redlined_on_its_own_text(
    library, version, russian_version, tmp_path
):
    note = get_note(library, "art-4.1", version_id=russian_version.id)
    russian_text = library.provision(russian_version.id, "art-4.1").text
    wording = russian_text.replace("только", "исключительно", 1)
    assert wording != russian_text
    save_note(library, note.with_proposal("ru", wording, russian_version.id))

    (section,) = memo_sections(library, russian_version, tmp_path, ["art-4.1"]).values()
    assert labels(section)[:3] == [
        "Current text",
        "Proposed wording",
        "Proposed wording (English)",
    ]
    runs = [run for line in redline_runs(section) for run in line]
    assert ("delete", "только") in runs and ("insert", "исключительно") in runs

    english = memo_sections(library, version, tmp_path, ["art-4.1"])[ARTICLE_4_1]
    assert "Proposed wording (Russian)" in labels(english)
    assert not any("исключительно" in text for line in redline_runs(english) for _, text in line)


def test_markdown_and_csv_follow_the_same_rule(library, version, russian_version, tmp_path):
    content = select(library, russian_version.id, Selection(keys=["art-4.1"]), language="en")
    text = markdown(content, COVER)
    assert "**Proposed wording (English)**" in text
    assert "~~" not in text  # nothing of the Russian text is struck
    rows = read_csv(write_csv(content, tmp_path / "ru.csv").path)
    assert rows[0]["proposed"] == ""
    assert rows[0]["proposed_other_languages"].startswith("English: Data received")


def test_a_wording_of_unknown_language_is_redlined_only_on_a_text_without_one(library, version):
    note = get_note(library, "art-1", version_id=version.id)
    save_note(library, replace(note, proposals=[Proposal("fr", "La présente Convention.")]))
    content = select(library, version.id, Selection(keys=["art-1"]))
    assert "**Proposed wording (French)**" in markdown(content, COVER)
