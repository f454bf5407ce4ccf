"""Before an import: which instrument the file is a version of, its label and its language."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

LANGUAGES = [
    ("Detect", ""),
    ("English", "en"),
    ("Russian", "ru"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Arabic", "ar"),
    ("Chinese", "zh"),
]
NEW_INSTRUMENT = "A new instrument (named from the document's title)"


class ImportOptions(QDialog):
    """Which instrument the file is a version of, its label and its language."""

    def __init__(self, path: Path, instruments: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import a draft")
        self.instrument = QComboBox()
        self.instrument.setEditable(True)
        self.instrument.addItem(NEW_INSTRUMENT, "")
        for name in instruments:
            self.instrument.addItem(name, name)
        self.label = QLineEdit(path.stem)
        self.label.setPlaceholderText('e.g. "Rev.1" or "Chair\'s text, 3 March"')
        self.language = QComboBox()
        for text, code in LANGUAGES:
            self.language.addItem(text, code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{html.escape(path.name)}</b>"))
        form.addRow("&Version of", self.instrument)
        form.addRow("&Label", self.label)
        form.addRow("L&anguage", self.language)
        form.addRow(buttons)

    def choice(self) -> dict[str, str]:
        text = self.instrument.currentText().strip()
        instrument = "" if text == NEW_INSTRUMENT else text
        return {
            "instrument": instrument,
            "label": self.label.text().strip(),
            "language": self.language.currentData() or "",
        }
