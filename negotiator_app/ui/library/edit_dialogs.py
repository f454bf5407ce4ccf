"""The questions the Library menu asks: a new label or name, a version's language and title,
and "delete?" with where the positions go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from negotiator_app.ui.i18n import translator
from negotiator_app.ui.library.import_options import LANGUAGE_CODES
from negotiator_app.ui.words import language_title

tr = translator("LibraryEdits")


class TextQuestion(QDialog):
    """One line to type (a label, a name), with Save and Cancel."""

    def __init__(
        self, title: str, field: str, value: str, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.line = QLineEdit(value)
        self.line.selectAll()
        self.line.setAccessibleName(field.replace("&", "").rstrip(":"))
        form = QFormLayout(self)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(field, self.line)
        form.addRow(_buttons(self))

    def value(self) -> str:
        return self.line.text().strip()


class RelabelQuestion(QDialog):
    """A version's language and title."""

    def __init__(self, label: str, language: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Language and title of “{label}”").format(label=label))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("&Language:").replace("&", "").rstrip(":"))
        self.language.addItem(tr("Not set"), "")
        for code in LANGUAGE_CODES:
            if code:
                self.language.addItem(language_title(code), code)
        if language and self.language.findData(language) < 0:
            self.language.addItem(language_title(language), language)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.title = QLineEdit(title)
        self.title.setAccessibleName(tr("&Title:").replace("&", "").rstrip(":"))
        hint = QLabel(
            tr(
                "A revision has one version per language. The proposed wordings written "
                "against this version follow it into the language you choose."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(tr("&Language:"), self.language)
        form.addRow(tr("&Title:"), self.title)
        form.addRow(_buttons(self))

    def chosen(self) -> tuple[str, str]:
        """(language code, title)."""
        return self.language.currentData() or "", self.title.text().strip()


class DeleteQuestion(QMessageBox):
    """ "Delete …?", what happens to the positions, the backup first, and a box to delete the
    positions too (offered only where they are the deleted text's alone)."""

    def __init__(self, question: str, said: str, with_notes: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deleteQuestion")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(question)
        self.setText(question)
        self.setInformativeText(f"{said}\n\n{tr('A backup of the library is taken first.')}")
        self.delete_button = self.addButton(tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        # Held here: the message box does not keep the Python side of its check box alive.
        self.delete_notes = QCheckBox(with_notes, self) if with_notes else None
        if self.delete_notes is not None:
            self.setCheckBox(self.delete_notes)

    def with_notes(self) -> bool:
        return self.delete_notes is not None and self.delete_notes.isChecked()


def version_said(notes: int, others: list[str], revision: str) -> str:
    """Where a version's positions go when it is deleted."""
    if not notes:
        return tr("No position is recorded on it.")
    if others:
        listed = ", ".join(f"“{o}”" for o in others)
        return tr("Its %n positions stay on {others}, which share them.", notes).format(
            others=listed
        )
    return tr(
        "Its %n positions are kept without a text: listed by `negotiator note list --orphans`, "
        "and back on the text if you import it again as {revision}.",
        notes,
    ).format(revision=f"“{revision}”")


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    dialog.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    return buttons
