"""Before an import: which instrument the file is a version of, its label and its language."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
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

from negotiator_app.core.provision import Document
from negotiator_app.ui.theme import look

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
TEXT_WIDTH = (
    440  # pixels: a long instrument title or file name is cut to this, whole in its tooltip
)


class ImportOptions(QDialog):
    """Which instrument the file is a version of, its label and its language."""

    def __init__(
        self,
        path: Path,
        instruments: list[str],
        parent: QWidget | None = None,
        document: Document | None = None,
    ) -> None:
        """document: the draft as already read from path, to say what was found in it."""
        super().__init__(parent)
        self.setWindowTitle("Import a draft")
        metrics = self.fontMetrics()
        self.instrument = QComboBox()
        self.instrument.setEditable(True)
        self.instrument.setAccessibleName("Instrument this file is a version of")
        # Titles of treaties run long: the box keeps a readable width, and each title is cut
        # with "…" (whole in its tooltip, and whole in what is imported).
        self.instrument.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.instrument.setMinimumContentsLength(40)
        self.instrument.addItem(NEW_INSTRUMENT, "")
        for name in instruments:
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, TEXT_WIDTH)
            self.instrument.addItem(shown, name)
            self.instrument.setItemData(
                self.instrument.count() - 1, name, Qt.ItemDataRole.ToolTipRole
            )
        self.label = QLineEdit(path.stem)
        self.label.setPlaceholderText('e.g. "Rev.1" or "Chair\'s text, 3 March"')
        self.label.setAccessibleName("Label of this version")
        self.language = QComboBox()
        self.language.setAccessibleName("Language of the text")
        for text, code in LANGUAGES:
            self.language.addItem(text, code)
        if document is not None and document.language:
            found = self.language.findData(document.language)
            if found > 0:  # "Detect" already found it: say which, keep it as the choice
                self.language.setItemText(0, f"Detect ({self.language.itemText(found)})")
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
        name = metrics.elidedText(path.name, Qt.TextElideMode.ElideMiddle, TEXT_WIDTH)
        self.file_name = QLabel(f"<b>{html.escape(name)}</b>")
        self.file_name.setToolTip(str(path))
        form = QFormLayout(self)
        form.addRow(self.file_name)
        if document is not None:
            self.found = QLabel("\n".join(document.report.summary_lines()[:2]))
            self.found.setObjectName("importFound")
            self.found.setWordWrap(True)
            self.found.setMaximumWidth(TEXT_WIDTH + 120)
            look(self.found, "quiet")
            form.addRow(self.found)
        form.addRow("&Version of", self.instrument)
        form.addRow("&Label", self.label)
        form.addRow("L&anguage", self.language)
        form.addRow("", self.reference)
        form.addRow("Cite a&s", self.cite_as)
        form.addRow(buttons)

    def choice(self) -> dict:
        text = self.instrument.currentText().strip()
        row = self.instrument.currentIndex()
        if row >= 0 and text == self.instrument.itemText(row).strip():
            instrument = self.instrument.itemData(row) or ""  # the whole title, not the cut one
        else:
            instrument = "" if text == NEW_INSTRUMENT else text  # typed by the delegate
        chosen: dict = {
            "instrument": instrument,
            "label": self.label.text().strip(),
            "language": self.language.currentData() or "",
        }
        if self.reference.isChecked():
            chosen.update(reference=True, cite_as=self.cite_as.text().strip())
        return chosen
