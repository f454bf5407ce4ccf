"""File > Export table of changes…: the synoptic table written from the window."""

from __future__ import annotations

import csv

import docx
from PySide6.QtCore import Qt

from negotiator_app.ui.export.changes_dialog import CSV, ExportChangesDialog
from tests.ui.conftest import screenshot

WAIT_MS = 30_000


def version(window, label: str):
    return next(v for v in window.library.versions() if v.label == label)


def open_dialog(qtbot, window) -> ExportChangesDialog:
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(ExportChangesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def export(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running())


def test_the_table_of_changes_in_word_from_the_window(qtbot, open_revisions_workbench, tmp_path):
    window = open_revisions_workbench()
    window.open_version(version(window, "EN demo Rev.2").id)
    dialog = open_dialog(qtbot, window)
    assert dialog.title_edit.text() == "Changes from Rev.1 to Rev.2"  # the open one and before
    assert dialog.output.text().endswith("Changes from Rev.1 to Rev.2.docx")
    dialog.output.setText(str(tmp_path / "changes"))
    dialog.marking.setCurrentText("CONFIDENTIAL")
    screenshot(dialog, "export-changes-dialog")
    export(qtbot, dialog)
    path = tmp_path / "changes.docx"
    assert dialog.status.text().startswith(f"Wrote {path} (")
    assert dialog.open_button.isEnabled()
    document = docx.Document(str(path))
    table = document.tables[0]
    assert table.rows[0].cells[0].text == "Rev.1"
    assert any("Article 3 (new)" in row.cells[1].text for row in table.rows)
    assert any("Awaiting instructions" in row.cells[2].text for row in table.rows)  # a comment
    assert "CONFIDENTIAL" in document.sections[0].header.paragraphs[0].text
    dialog.reject()


def test_the_comparison_as_csv_for_a_spreadsheet(qtbot, open_revisions_workbench, tmp_path):
    window = open_revisions_workbench()
    window.open_version(version(window, "EN demo Rev.2").id)
    dialog = open_dialog(qtbot, window)
    dialog.format.setCurrentIndex(CSV)
    assert dialog.output.text().endswith(".csv")  # the name follows the format
    dialog.output.setText(str(tmp_path / "changes.csv"))
    dialog.rows.button(1).setChecked(True)  # one row per article
    export(qtbot, dialog)
    with (tmp_path / "changes.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert {row["change"] for row in rows} >= {"new", "deleted", "renumbered+reworded"}
    assert all("." not in row["new"] for row in rows)  # articles, not their paragraphs
    dialog.reject()
