"""Correct a session log entry: who spoke and what they said (what it said before is kept)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from negotiator_app.storage.session_log import LogEntry
from negotiator_app.ui.i18n import translator

tr = translator("SessionLog")


class EntryDialog(QDialog):
    """The delegation and the words of one entry, editable."""

    def __init__(self, entry: LogEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Correct the log entry"))
        self.entry = entry
        self.delegation = QLineEdit(entry.delegation)
        self.delegation.setAccessibleName(tr("&Delegation:").replace("&", "").rstrip(":"))
        self.text = QPlainTextEdit(entry.text)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(tr("&What was said:").replace("&", "").rstrip(":"))
        self.text.setMinimumHeight(80)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&Delegation:"), self.delegation)
        form.addRow(tr("&What was said:"), self.text)
        form.addRow(QLabel(tr("What the entry said before is kept in its history.")))
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def values(self) -> tuple[str, str]:
        """(delegation, text) as corrected."""
        return self.delegation.text().strip(), self.text.toPlainText().strip()
