"""Help > Show log: the app's own log (imports, backups, failures), newest at the bottom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from negotiator_app.log_file import log_path, read_log
from negotiator_app.ui.i18n import translator

tr = translator("LogDialog")


class LogDialog(QDialog):
    def __init__(self, folder: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Negotiator — log"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        where = QLabel(
            tr("What Negotiator did to this library and what went wrong, from {path}:").format(
                path=log_path(folder)
            )
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(read_log(folder) or tr("Nothing has been logged yet."))
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
