"""Before an import: where the file goes, its label and its language.

Where it goes: the next revision of the instrument now open (the default), another language of
one of its revisions, or a new instrument (or a version of another one). The file has already
been read: the dialog says what was found in it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.provision import Document
from negotiator_app.errors import shown
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.library.placement import OpenInstrument
from negotiator_app.ui.library.report_lines import report_summary
from negotiator_app.ui.theme import look
from negotiator_app.ui.words import language_name, language_title

tr = translator("ImportOptions")
LANGUAGE_CODES = ("", "en", "ru", "fr", "es", "ar", "zh")  # "": detect
NEW_INSTRUMENT = tr.mark("A new instrument (named from the document's title)")
TEXT_WIDTH = (
    440  # pixels: a long instrument title or file name is cut to this, whole in its tooltip
)


# Where the draft goes (the ids of the choice's radio buttons).
NEXT_REVISION, ANOTHER_LANGUAGE, OTHER_INSTRUMENT = range(3)


class ImportOptions(QDialog):
    """Where the file goes among the instruments and their revisions, its label, its language."""

    def __init__(
        self,
        path: Path,
        instruments: list[str],
        parent: QWidget | None = None,
        document: Document | None = None,
        open_instrument: OpenInstrument | None = None,
    ) -> None:
        """document: the draft as already read from path, to say what was found in it;
        open_instrument: the one being read, whose next revision (or language) it may be."""
        super().__init__(parent)
        self.setWindowTitle(tr("Import a draft"))
        self.document = document
        self.open_instrument = open_instrument
        metrics = self.fontMetrics()
        self.instrument = QComboBox()
        self.instrument.setEditable(True)
        self.instrument.setAccessibleName(
            tr("New instrument, or another instrument it is a version of")
        )
        # Titles of treaties run long: the box keeps a readable width, and each title is cut
        # with "…" (whole in its tooltip, and whole in what is imported).
        self.instrument.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.instrument.setMinimumContentsLength(40)
        self.instrument.addItem(tr.marked(NEW_INSTRUMENT), "")
        for name in instruments:
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, TEXT_WIDTH)
            self.instrument.addItem(elided, name)
            self.instrument.setItemData(
                self.instrument.count() - 1, name, Qt.ItemDataRole.ToolTipRole
            )
        # A file's name is the sender's: its control characters escaped, never read as markup.
        self.label = QLineEdit(shown(path.stem))
        self.label.setPlaceholderText(tr('e.g. "Rev.1" or "Chair\'s text, 3 March"'))
        self.label.setAccessibleName(tr("Label of this version"))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the text"))
        for code in LANGUAGE_CODES:
            self.language.addItem(language_title(code) if code else tr("Detect"), code)
        if document is not None and document.language:
            found = self.language.findData(document.language)
            if found > 0:  # "Detect" already found it: say which, keep it as the choice
                found_name = self.language.itemText(found)
                self.language.setItemText(0, tr("Detect ({language})").format(language=found_name))
        self.language.currentIndexChanged.connect(lambda _: self._check())
        self.reference = QCheckBox(tr("&Reference instrument (an earlier agreed text)"))
        self.reference.setToolTip(
            tr(
                "An earlier treaty, resolution or law: the paragraphs of the other texts are "
                "compared with it, and their precedents shown in the Precedents tab"
            )
        )
        self.cite_as = QLineEdit()
        self.cite_as.setPlaceholderText(tr('Its short name in citations, e.g. "UNCAC"'))
        self.cite_as.setAccessibleName(tr("Short name of the reference in citations"))
        self.cite_as.setEnabled(False)
        self.reference.toggled.connect(self.cite_as.setEnabled)
        self.reference.toggled.connect(self._reference_toggled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes labels: never markup
        self.problem.setWordWrap(True)
        self.problem.setMaximumWidth(TEXT_WIDTH + 120)
        look(self.problem, "error")
        self.problem.hide()
        name = metrics.elidedText(shown(path.name), Qt.TextElideMode.ElideMiddle, TEXT_WIDTH)
        self.file_name = QLabel(f"<b>{html.escape(name)}</b>")
        self.file_name.setToolTip(f"<p>{html.escape(shown(path))}</p>")
        form = QFormLayout(self)
        form.addRow(self.file_name)
        if document is not None:
            self.found = QLabel("\n".join(report_summary(document.report)[:2]))
            self.found.setTextFormat(Qt.TextFormat.PlainText)  # words of the file: not markup
            self.found.setObjectName("importFound")
            self.found.setWordWrap(True)
            self.found.setMaximumWidth(TEXT_WIDTH + 120)
            look(self.found, "quiet")
            form.addRow(self.found)
        form.addRow(self._where_box(metrics))
        form.addRow(tr("&Label"), self.label)
        form.addRow(tr("L&anguage"), self.language)
        form.addRow("", self.reference)
        form.addRow(tr("Cite a&s"), self.cite_as)
        form.addRow(self.problem)
        form.addRow(buttons)
        self._check()

    def choice(self) -> dict:
        """instrument, label, language, revises / translation_of (a revision's label), and
        reference / cite_as for a reference instrument."""
        chosen = self._place()
        if self.reference.isChecked():
            chosen.update(reference=True, cite_as=self.cite_as.text().strip())
        return chosen

    def _place(self) -> dict:
        where = self.where.checkedId()
        chosen = {
            "label": self.label.text().strip(),
            "language": self.language.currentData() or "",
            "revises": "",
            "translation_of": "",
        }
        opened = self.open_instrument
        if opened is not None and where == NEXT_REVISION:
            return {**chosen, "instrument": opened.name, "revises": opened.newest}
        if opened is not None and where == ANOTHER_LANGUAGE:
            revision = self.revision.currentData() or opened.open_revision
            return {**chosen, "instrument": opened.name, "translation_of": revision}
        text = self.instrument.currentText().strip()
        row = self.instrument.currentIndex()
        if row >= 0 and text == self.instrument.itemText(row).strip():
            instrument = self.instrument.itemData(row) or ""  # the whole title, not the cut one
        else:
            instrument = "" if text == tr.marked(NEW_INSTRUMENT) else text  # typed by the delegate
        return {**chosen, "instrument": instrument}

    def where_chosen(self) -> int:
        """NEXT_REVISION, ANOTHER_LANGUAGE or OTHER_INSTRUMENT."""
        return self.where.checkedId()

    def choose(self, where: int) -> None:
        self.where.button(where).setChecked(True)

    # -- building and checking ------------------------------------------------------------

    def _where_box(self, metrics) -> QGroupBox:
        """The three places a draft can go; the first two only with an instrument open."""
        box = QGroupBox(tr("This text is"))
        opened = self.open_instrument
        name = (
            metrics.elidedText(f"“{opened.name}”", Qt.TextElideMode.ElideRight, TEXT_WIDTH - 120)
            if opened is not None
            else ""
        ).replace("&", "&&")  # a title's "&" is no keyboard shortcut
        self.where = QButtonGroup(self)
        self.next_revision = QRadioButton(
            tr("the &next revision of {instrument}, after {revision}").format(
                instrument=name, revision=opened.newest
            )
            if opened
            else tr("the next revision")
        )
        self.another_language = QRadioButton(tr("another lan&guage of"))
        self.revision = QComboBox()
        self.revision.setAccessibleName(tr("The revision it is another language of"))
        self.other = QRadioButton(tr("a new &instrument, or a version of another:"))
        for button, where in (
            (self.next_revision, NEXT_REVISION),
            (self.another_language, ANOTHER_LANGUAGE),
            (self.other, OTHER_INSTRUMENT),
        ):
            self.where.addButton(button, where)
        if opened is not None:
            self.next_revision.setToolTip(opened.name)
            for label in reversed(opened.revisions):
                self.revision.addItem(label, label)
            self.revision.setCurrentIndex(max(self.revision.findData(opened.open_revision), 0))
        language_row = QHBoxLayout()
        language_row.addWidget(self.another_language)
        language_row.addWidget(self.revision)
        of_name = tr("of {instrument}").format(instrument=name) if opened else ""
        language_row.addWidget(QLabel(of_name), 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.next_revision)
        layout.addLayout(language_row)
        layout.addWidget(self.other)
        layout.addWidget(self.instrument)
        self.where.button(self._default_place()).setChecked(True)
        self.where.idToggled.connect(lambda *_: self._check())
        self.revision.currentIndexChanged.connect(lambda _: self._check())
        self.instrument.editTextChanged.connect(lambda _: self._pick_other())
        return box

    def _default_place(self) -> int:
        """The next revision of the instrument being read, unless that is the demonstration (a
        delegate's own draft is not its next revision) or the text is in a language the
        revision being read lacks (the Russian text of a draft just imported in English)."""
        opened = self.open_instrument
        if opened is None:
            self.next_revision.setEnabled(False)
            self.another_language.setEnabled(False)
            self.revision.setEnabled(False)
            return OTHER_INSTRUMENT
        if opened.demonstration:
            return OTHER_INSTRUMENT
        language = self.document.language if self.document is not None else ""
        if language and language not in opened.languages.get(opened.open_revision, {language}):
            return ANOTHER_LANGUAGE
        return NEXT_REVISION

    def _reference_toggled(self, on: bool) -> None:
        """A reference is an earlier treaty: an instrument of its own, not a revision."""
        if on:
            self.other.setChecked(True)

    def _pick_other(self) -> None:
        """Typing or choosing an instrument means: it goes there."""
        if self.instrument.hasFocus() and self.where.checkedId() != OTHER_INSTRUMENT:
            self.other.setChecked(True)

    def _check(self) -> None:
        """Another language of a revision that already has a text in it is refused here."""
        problem = ""
        opened = self.open_instrument
        if opened is not None and self.where.checkedId() == ANOTHER_LANGUAGE:
            revision = self.revision.currentData() or ""
            language = self.language.currentData() or (
                self.document.language if self.document is not None else ""
            )
            if language and language in opened.languages.get(revision, set()):
                problem = tr(
                    "{revision} already has a text in {language}: import this one as the next "
                    "revision, or choose its language."
                ).format(revision=revision, language=language_name(language))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.import_button.setEnabled(not problem)
