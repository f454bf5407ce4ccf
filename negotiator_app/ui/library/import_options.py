"""Before an import: which instrument the file is a version of, its label and its language."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
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
        self.reference = QCheckBox("&Reference instrument (an earlier agreed text)")
        self.reference.setToolTip(
            "An earlier treaty, resolution or law: the paragraphs of the other texts are "
            "compared with it, and their precedents shown in the Precedents tab"
        )
        self.cite_as = QLineEdit()
        self.cite_as.setPlaceholderText('Its short name in citations, e.g. "UNCAC"')
        self.cite_as.setAccessibleName("Short name of the reference in citations")
        self.cite_as.setEnabled(False)
        self.reference.toggled.connect(self.cite_as.setEnabled)
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
        form.addRow("", self.reference)
        form.addRow("Cite a&s", self.cite_as)
        form.addRow(buttons)

    def choice(self) -> dict:
        text = self.instrument.currentText().strip()
        instrument = "" if text == NEW_INSTRUMENT else text
        chosen: dict = {
            "instrument": instrument,
            "label": self.label.text().strip(),
            "language": self.language.currentData() or "",
        }
        if self.reference.isChecked():
            chosen.update(reference=True, cite_as=self.cite_as.text().strip())
        return chosen
