"""The workbench locks itself: after a chosen idle time, or on Ctrl+Shift+L.

Locked, the window shows nothing of the library — a plain panel covers it, every other part is
disabled (no shortcut reaches them) — until the library's passphrase is typed again. Only an
encrypted library locks: a library in clear has no passphrase to ask for.
"""

from __future__ import annotations

import hmac
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.storage import cipher
from negotiator_app.ui.i18n import translator

tr = translator("Security")

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class LockScreen(QWidget):
    """What a locked window shows: a passphrase field, nothing of the library."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(f"<h2>{tr('Negotiator is locked')}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(tr("The library's passphrase"))
        self.field.setAccessibleName(tr("Passphrase"))
        self.field.setMinimumWidth(320)
        layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        self.unlock_button = QPushButton(tr("Unlock"))
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.problem = QLabel()
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.problem)
        layout.addStretch(2)
        self.hide()


class WorkbenchLock(QObject):
    """Watches the user's input; locks the window after `minutes` idle or when asked."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, folder: Path, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.locked = False
        self.screen = LockScreen(window)
        self.screen.unlock_button.clicked.connect(self.try_unlock)
        self.screen.field.returnPressed.connect(self.try_unlock)
        self._disabled: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self.set_idle_minutes(minutes)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def available(self) -> bool:
        return cipher.key_for(self.folder) is not None

    def set_idle_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self._timer.stop()
        if minutes > 0 and self.available and not self.locked:
            self._timer.start(minutes * 60_000)

    def lock(self) -> None:
        if self.locked or not self.available:
            return
        self.locked = True
        self._timer.stop()
        parts = [self.window.centralWidget(), self.window.menuBar(), *self._docks_and_bars()]
        self._disabled = [part for part in parts if part is not None and part.isEnabled()]
        for part in self._disabled:
            part.setEnabled(False)
        for action in self.window.actions():
            action.setEnabled(False)
        self.screen.setGeometry(self.window.rect())
        self.screen.field.clear()
        self.screen.problem.clear()
        self.screen.show()
        self.screen.raise_()
        self.screen.field.setFocus()
        self.locked_changed.emit(True)

    def try_unlock(self) -> bool:
        """Unlock when the passphrase typed is the library's; else say so and stay locked."""
        key = cipher.key_for(self.folder)
        typed = self.screen.field.text()
        self.screen.field.clear()
        if key is None or not hmac.compare_digest(cipher.derive(typed, key.salt).raw, key.raw):
            self.screen.problem.setText(tr("That is not the library's passphrase."))
            return False
        self.locked = False
        self.screen.hide()
        for part in self._disabled:
            part.setEnabled(True)
        for action in self.window.actions():
            action.setEnabled(True)
        self._disabled = []
        self.set_idle_minutes(self.minutes)
        self.locked_changed.emit(False)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize and self.locked:
            self.screen.setGeometry(self.window.rect())
        elif kind in _INPUT and not self.locked and self._timer.isActive():
            self._timer.start()  # input: the idle time starts again
        return False

    def _docks_and_bars(self) -> list[QWidget]:
        from PySide6.QtWidgets import QDockWidget, QToolBar

        return [*self.window.findChildren(QDockWidget), *self.window.findChildren(QToolBar)]
