"""File > Export memo…: the dialog a delegate fills in, driven with real widgets."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_draft
from negotiator_app.ui.export.dialog import ExportMemoDialog
from tests.conftest import DEMO
from tests.export.library_with_notes import add_noted_version

WAIT_MS = 20_000


class OpenedUrls(QObject):
    """Receives what the dialog asks the desktop to open, instead of launching an application."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.paths.append(url.toLocalFile())


@pytest.fixture
def library(library_dir: Path):
    with Library(library_dir) as library:
        yield library


@pytest.fixture
def window(qtbot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def make_dialog(qtbot, window, library, version_id, keys=None) -> ExportMemoDialog:
    dialog = ExportMemoDialog(window, library, version_id, keys or [])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_export(qtbot, dialog: ExportMemoDialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)


def tick(widget, text: str) -> None:
    item = widget.findItems(text, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)


def test_defaults_and_a_live_count(qtbot, window, library):
    version = add_noted_version(library)
    dialog = make_dialog(qtbot, window, library, version.id)
    form = dialog.form
    assert form.title_edit.text() == "Position memo"
    assert form.marking.currentText() == "RESTRICTED"
    assert form.date.text()  # today, in words
    assert form.count.text() == "5 provisions will be exported."
    assert not form.which.button(2).isEnabled()  # nothing selected in the tree
    assert form.output.text().endswith("Position memo - Rev.1.docx")

    form.stance_boxes["oppose"].setChecked(True)
    assert form.count.text() == "1 provision will be exported."
    form.stance_boxes["oppose"].setChecked(False)
    tick(form.tags, "general")
    assert form.count.text() == "2 provisions will be exported."
    tick(form.chapters, "Chapter II — Cooperation")
    assert form.count.text().startswith("Nothing to export:")
    assert not dialog.export_button.isEnabled()


def test_export_a_word_memo_then_open_it_and_its_folder(qtbot, window, library, tmp_path):
    version = add_noted_version(library)
    dialog = make_dialog(qtbot, window, library, version.id)
    form = dialog.form
    form.title_edit.setText("Brief for capital")
    form.delegation.setText("Делегация Эксампли")
    form.marking.setCurrentText("CONFIDENTIAL")
    target = tmp_path / "brief"  # the suffix is added for the user
    form.output.setText(str(target))
    run_export(qtbot, dialog)

    written = tmp_path / "brief.docx"
    assert dialog.status.text() == f"Wrote {written} (5 provisions)."
    assert dialog.progress.value() == dialog.progress.maximum() == 5
    document = docx.Document(str(written))
    assert document.paragraphs[0].text == "Brief for capital"
    assert "Delegation:\tДелегация Эксампли" in [p.text for p in document.paragraphs]
    assert document.sections[0].header.paragraphs[0].text == "CONFIDENTIAL"

    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.paths == [str(written), str(tmp_path)]


def test_markdown_and_the_file_name_follow_the_format(qtbot, window, library, tmp_path):
    version = add_noted_version(library)
    dialog = make_dialog(qtbot, window, library, version.id)
    form = dialog.form
    form.output.setText(str(tmp_path / "positions.docx"))
    form.format.setCurrentIndex(1)
    assert form.output.text() == str(tmp_path / "positions.md")
    assert not form.template.isEnabled() and not form.comments.isEnabled()
    run_export(qtbot, dialog)
    assert (tmp_path / "positions.md").read_text("utf-8").startswith("# Position memo\n")
    form.format.setCurrentIndex(2)
    run_export(qtbot, dialog)
    assert (tmp_path / "positions.csv").read_bytes().startswith(b"\xef\xbb\xbfversion,key,")


def test_the_provision_selected_in_the_tree(qtbot, window, library, tmp_path):
    version = add_noted_version(library)
    dialog = make_dialog(qtbot, window, library, version.id, ["art-3"])
    form = dialog.form
    assert form.which.button(2).text() == "The provision selected in the tree (art-3)"
    form.which.button(2).setChecked(True)
    assert form.count.text() == "1 provision will be exported."
    form.output.setText(str(tmp_path / "one.docx"))
    run_export(qtbot, dialog)
    rows = [row.cells[0].text for row in docx.Document(str(tmp_path / "one.docx")).tables[0].rows]
    assert rows == ["Provision", "Article 3 — Requests for data"]


def test_unwritable_place_is_one_sentence_and_no_file(qtbot, window, library, tmp_path):
    version = add_noted_version(library)
    dialog = make_dialog(qtbot, window, library, version.id)
    target = tmp_path / "missing" / "memo.docx"
    dialog.form.output.setText(str(target))
    run_export(qtbot, dialog)
    assert dialog.status.text() == (
        f"The folder {target.parent} does not exist; nothing was written."
    )
    assert not target.exists()
    assert not dialog.open_button.isEnabled()
    assert dialog.form.isEnabled() and dialog.export_button.isEnabled()


def test_a_template_without_our_styles_is_reported(qtbot, window, library, tmp_path):
    version = add_noted_version(library)
    template = tmp_path / "ministry.docx"
    docx.Document().save(str(template))
    dialog = make_dialog(qtbot, window, library, version.id)
    dialog.form.template.setText(str(template))
    dialog.form.output.setText(str(tmp_path / "memo.docx"))
    run_export(qtbot, dialog)
    lines = dialog.status.text().splitlines()
    assert lines[0] == f"Wrote {tmp_path / 'memo.docx'} (5 provisions)."
    assert lines[1].startswith('Note: The template ministry.docx has no styles "Memo Title",')


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, window, library, tmp_path):
    demo, _ = import_draft(library, DEMO / "demo_convention_en.txt", label="Demo")
    dialog = make_dialog(qtbot, window, library, demo.id)
    dialog.form.which.button(1).setChecked(True)  # every article: a long export
    target = tmp_path / "book.docx"
    dialog.form.output.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.close_button.text() == "Cancel"
    assert not dialog.form.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)
    assert dialog.status.text() == "The export was cancelled; no file was written."
    assert list(tmp_path.glob("*book*")) == []
    assert dialog.close_button.text() == "Close"


def test_closing_during_an_export_stops_it_and_leaves_no_file(qtbot, window, library, tmp_path):
    demo, _ = import_draft(library, DEMO / "demo_convention_en.txt", label="Demo")
    dialog = make_dialog(qtbot, window, library, demo.id)
    dialog.form.which.button(1).setChecked(True)
    target = tmp_path / "book.docx"
    dialog.form.output.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    thread = dialog.runner.worker_thread
    dialog.reject()  # Esc or the window's close button
    assert thread.isFinished()
    assert not dialog.is_running() and not dialog.isVisible()
    assert list(tmp_path.glob("*book*")) == []


def test_the_cover_is_remembered_between_exports_and_runs(qtbot, window, library, tmp_path):
    from negotiator_app.ui.settings import Settings

    version = add_noted_version(library)
    settings = Settings(library.folder)
    first = ExportMemoDialog(window, library, version.id, [], settings)
    qtbot.addWidget(first)
    form = first.form
    form.delegation.setText("Delegation of Examplia")
    form.session.setText("Fourth session, New York")
    form.author.setText("A. Delegate")
    form.marking.setCurrentText("(no marking)")
    form.output.setText(str(tmp_path / "memo.docx"))
    run_export(qtbot, first)
    assert first.written is not None
    first.close()

    # Another export, with settings read from the file again: as after a restart.
    again = ExportMemoDialog(window, library, version.id, [], Settings(library.folder))
    qtbot.addWidget(again)
    form = again.form
    assert form.delegation.text() == "Delegation of Examplia"
    assert form.session.text() == "Fourth session, New York"
    assert form.author.text() == "A. Delegate"
    assert form.marking.currentText() == "(no marking)"
    assert form.cover().marking == ""
    assert form.title_edit.text() == "Position memo"  # a memo's own title is not carried over


def test_prepared_by_defaults_to_the_full_name_not_the_login(monkeypatch, window, library, qtbot):
    import pwd

    from negotiator_app.export import cover

    def account(gecos: str) -> pwd.struct_passwd:
        return pwd.struct_passwd(("alovelace", "x", 1000, 1000, gecos, "/home/a", "/bin/sh"))

    monkeypatch.setattr(pwd, "getpwuid", lambda _uid: account("Ada Lovelace,Room 12,,"))
    monkeypatch.setattr(cover.sys, "platform", "linux")
    assert cover.user_full_name() == "Ada Lovelace"
    version = add_noted_version(library)
    dialog = ExportMemoDialog(window, library, version.id, [])
    qtbot.addWidget(dialog)
    assert dialog.form.author.text() == "Ada Lovelace"
    monkeypatch.setattr(pwd, "getpwuid", lambda _uid: account(""))
    monkeypatch.setattr(cover.getpass, "getuser", lambda: "alovelace")
    assert cover.user_full_name() == "alovelace"  # no full name known: the login


def test_the_memo_is_in_the_language_chosen_its_labels_in_the_documents(
    qtbot, window, library, tmp_path
):
    """A Russian version's memo is in Russian by default; choosing French makes the memo's own
    words French (title, date, marking), while the provisions keep their Russian labels."""
    from datetime import date

    from negotiator_app.export.cover import format_date
    from tests.export.library_with_notes import add_russian_version

    russian = add_russian_version(library)
    dialog = make_dialog(qtbot, window, library, russian.id)
    form = dialog.form
    assert form.memo_language.currentData() == "ru"
    assert form.title_edit.text() == "Записка о позиции"
    assert form.date.text() == format_date(date.today(), "ru")
    assert form.marking.currentText() == "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ"

    form.memo_language.setCurrentIndex(form.memo_language.findData("fr"))
    assert form.title_edit.text() == "Note de position"  # left as it was: it follows
    assert form.date.text() == format_date(date.today(), "fr")
    assert form.marking.currentText() == "DIFFUSION RESTREINTE"
    assert form.remembered()["marking"] == "RESTRICTED"  # kept by its name, for any language
    form.output.setText(str(tmp_path / "note.docx"))
    run_export(qtbot, dialog)
    document = docx.Document(str(tmp_path / "note.docx"))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Note de position"
    assert "Récapitulatif des positions" in texts
    assert document.sections[0].header.paragraphs[0].text == "DIFFUSION RESTREINTE"
    assert document.tables[0].rows[1].cells[0].text.startswith("Статья 1, пункт 2")

    form.title_edit.setText("Brief for the head of delegation")
    form.memo_language.setCurrentIndex(form.memo_language.findData("es"))
    assert form.title_edit.text() == "Brief for the head of delegation"  # typed: kept
