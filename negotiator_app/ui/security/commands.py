"""The File menu's security commands: Lock, Lock when idle, Encrypt library, Store in clear.

Encrypting or decrypting converts the library file itself, which cannot be done while the window
holds it open: the command only asks, then says what was chosen (conversion_chosen); the window
closes and the app converts the library and opens it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from negotiator_app.ui import settings as options
from negotiator_app.ui.i18n import translator

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QAction

    from negotiator_app.ui.security.lock import WorkbenchLock
    from negotiator_app.ui.security.passphrase import PassphraseDialog
    from negotiator_app.ui.settings import Settings

tr = translator("MainWindow")  # the sentences' translations were made in the window's context


class SecurityCommands(QObject):
    """The lock of an encrypted library, and turning encryption on or off."""

    conversion_chosen = Signal(str, str)  # "encrypt" and the new passphrase, or "decrypt" and ""

    def __init__(
        self, window: QMainWindow, folder: Path, encrypted: bool, settings: Settings
    ) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.encrypted = encrypted
        self.settings = settings
        self.lock: WorkbenchLock | None = None  # only an encrypted library locks
        self._actions: dict[str, QAction] = {}
        if encrypted:
            from negotiator_app.ui.security.lock import WorkbenchLock

            self.lock = WorkbenchLock(window, folder, settings.get(options.LOCK_AFTER_MINUTES))

    def show_state(self, actions: dict[str, QAction]) -> None:
        """The menu's commands as the library is: Encrypt or Store in clear, the idle minutes."""
        self._actions = actions
        actions["encrypt"].setVisible(not self.encrypted)
        actions["decrypt"].setVisible(self.encrypted)
        actions["lock"].setEnabled(self.encrypted)
        minutes = self.settings.get(options.LOCK_AFTER_MINUTES)
        for name, action in actions.items():
            if name.startswith("lock_after_"):
                action.setEnabled(self.encrypted)
                action.setChecked(int(name.removeprefix("lock_after_")) == minutes)

    def lock_now(self) -> None:
        if self.lock is not None:
            self.lock.lock()

    def set_lock_minutes(self, minutes: int) -> None:
        self.settings.set(options.LOCK_AFTER_MINUTES, minutes)
        if self.lock is not None:
            self.lock.set_idle_minutes(minutes)
        self.show_state(self._actions)

    def encrypt_library(self) -> PassphraseDialog:
        """Ask for a new passphrase; the window then closes, the library is encrypted (a backup
        first) and the window opens again on it."""
        from negotiator_app.ui.security.passphrase import PassphraseDialog

        dialog = PassphraseDialog(self.folder, self.window, new=True)
        dialog.accepted.connect(lambda: self.conversion_chosen.emit("encrypt", dialog.passphrase()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def decrypt_library(self) -> None:
        """Store the library in clear again: the window closes, converts, opens again."""
        answer = QMessageBox.question(
            self.window,
            "Negotiator",
            tr(
                "Store this library and its backups in clear again? Anyone who can read this "
                "computer's files can then read your positions. Negotiator closes this window, "
                "converts the library (a backup first) and opens it again."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.conversion_chosen.emit("decrypt", "")
