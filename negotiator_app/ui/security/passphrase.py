"""The passphrase dialog: asked at start for an encrypted library, and twice to encrypt one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.errors import UserError, shown
from negotiator_app.storage import cipher
from negotiator_app.ui.i18n import translator

tr = translator("Security")


class PassphraseDialog(QDialog):
    """Asks for a passphrase; with `new`, twice, for a library about to be encrypted.

    For an existing library the passphrase is checked before the dialog closes: a wrong one
    shows its sentence in the dialog and nothing else happens.
    """

    def __init__(self, folder: Path, parent: QWidget | None = None, *, new: bool = False) -> None:
        super().__init__(parent)
        self.folder = folder
        self.new = new
        self.key: cipher.Key | None = None
        self.setWindowTitle(
            tr("Negotiator — encrypt library") if new else tr("Negotiator — passphrase")
        )
        layout = QVBoxLayout(self)
        if new:
            intro = tr(
                "Choose a passphrase for this library. Negotiator asks for it at every start; "
                "without it nobody — you included — can open the library or its backups."
            )
        else:
            intro = tr("The library in {folder} is encrypted. Its passphrase:").format(
                folder=shown(folder)
            )
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(tr("Passphrase"))
        layout.addWidget(self.field)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setPlaceholderText(tr("The same passphrase again"))
        self.again.setAccessibleName(tr("The same passphrase again"))
        self.again.setVisible(new)
        layout.addWidget(self.again)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def try_accept(self) -> None:
        try:
            if self.new:
                cipher.check_new_passphrase(self.field.text())
                if self.again.text() != self.field.text():
                    raise UserError(tr("The two passphrases differ."))
            else:
                self.key = cipher.unlock(self.folder, self.field.text())
        except UserError as error:
            self.problem.setText(shown(str(error)))
            self.field.selectAll()
            self.field.setFocus()
            return
        self.accept()
