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

from negotiator_app.core.language import language_name
from negotiator_app.ui.library.import_options import LANGUAGES

# User-visible words of these dialogs, in one place.
TEXT = {
    "rename_version": "Rename version",
    "rename_version_field": "&Label:",
    "rename_version_hint": "The label the version is listed and referred to by, e.g. “Rev.2”.",
    "rename_instrument": "Rename instrument",
    "rename_instrument_field": "&Name:",
    "relabel": "Language and title of “{label}”",
    "language": "&Language:",
    "title": "&Title:",
    "relabel_hint": (
        "A revision has one version per language. The proposed wordings written against this "
        "version follow it into the language you choose."
    ),
    "unset": "Not set",
    "ok": "Save",
    "delete": "&Delete",
    "delete_version": "Delete version “{label}” of {instrument}?",
    "delete_instrument": "Delete “{name}” and its {count} version(s)?",
    "backup_first": "A backup of the library is taken first.",
    "stay": "Its {notes} position(s) stay on {others}, which share them.",
    "orphaned": (
        "Its {notes} position(s) are kept without a text: listed by `negotiator note list "
        "--orphans`, and back on the text if you import it again as {revision}."
    ),
    "none": "No position is recorded on it.",
    "instrument_kept": (
        "Its positions and session log entries are kept (`negotiator note list --orphans`)."
    ),
    "with_notes_version": "Also delete its {notes} position(s)",
    "with_notes_instrument": "Also delete its positions and session log entries",
}


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
        self.setWindowTitle(TEXT["relabel"].format(label=label))
        self.language = QComboBox()
        self.language.setAccessibleName(TEXT["language"].replace("&", "").rstrip(":"))
        self.language.addItem(TEXT["unset"], "")
        for name, code in LANGUAGES:
            if code:
                self.language.addItem(name, code)
        if language and self.language.findData(language) < 0:
            self.language.addItem(language_name(language), language)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.title = QLineEdit(title)
        self.title.setAccessibleName(TEXT["title"].replace("&", "").rstrip(":"))
        hint = QLabel(TEXT["relabel_hint"])
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(TEXT["language"], self.language)
        form.addRow(TEXT["title"], self.title)
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
        self.setInformativeText(f"{said}\n\n{TEXT['backup_first']}")
        self.delete_button = self.addButton(TEXT["delete"], QMessageBox.ButtonRole.DestructiveRole)
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
        return TEXT["none"]
    if others:
        return TEXT["stay"].format(notes=notes, others=", ".join(f"“{o}”" for o in others))
    return TEXT["orphaned"].format(notes=notes, revision=f"“{revision}”")


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(TEXT["ok"])
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    dialog.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    return buttons
