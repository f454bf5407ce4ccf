"""A file's name is the sender's: in the workbench it is shown with its control characters
escaped and never read as markup, in the import dialog, the progress dialog and the sentence
that reports a failure; a successful import's default label is escaped too."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from negotiator_app.ui.library.import_options import ImportOptions

WAIT_MS = 30_000
NAME = "\x1b[2J<img src='x'>\nall notes deleted.pdf"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="such names are refused there")


def test_a_failed_import_names_the_file_escaped_in_the_window(qtbot, workbench, tmp_path):
    path = tmp_path / NAME
    path.write_bytes(b"%PDF-1.7 not really")
    runner = workbench.files.import_path(path, {"instrument": "", "label": "x", "language": ""})
    progress = workbench.files.progress
    label = progress.findChild(QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert progress.labelText() == "Importing \\x1b[2J<img src='x'>\\x0aall notes deleted.pdf…"
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    message = workbench.message.text()
    assert workbench.message.property("tone") == "error"
    assert "\\x1b[2J&lt;img src=&#x27;x&#x27;&gt;\\x0aall notes deleted.pdf" in message
    assert "\x1b" not in message and "\n" not in message and "<img" not in message


def test_the_import_dialog_shows_the_name_as_text(qtbot, workbench, tmp_path):
    path = tmp_path / NAME
    dialog = ImportOptions(path, [], workbench)
    qtbot.addWidget(dialog)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "<b>\\x1b[2J&lt;img src=&#x27;x&#x27;&gt;\\x0aall notes deleted.pdf</b>" in shown
    assert dialog.label.text() == "\\x1b[2J<img src='x'>\\x0aall notes deleted"
