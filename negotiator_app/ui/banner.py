"""A message across the top of the window: the demonstration notice, an error, an import report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from negotiator_app.storage import VersionInfo
from negotiator_app.ui import settings as options
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.settings import Settings
from negotiator_app.ui.theme import look

TONES = ("info", "error", "demo")
tr = translator("Banner")
DEMO_NOTICE = tr.mark(
    "<b>This is a demonstration text, not an official document.</b> To work on your real "
    "draft, choose <b>File › Import…</b> (Ctrl+O) or drag the file onto this window."
)


class Banner(QFrame):
    """One sentence (or a few lines), optional buttons, and a close button."""

    dismissed = Signal()
    link_activated = Signal(str)  # the href of a link in the message: a provision's key

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("tone", "info")
        self.setAutoFillBackground(True)
        self.about: object = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.linkActivated.connect(self.link_activated)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(tr("Dismiss"))
        close.setAccessibleName(tr("Dismiss this message"))
        close.clicked.connect(self.dismiss)
        self.close_button = close
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(
        self,
        html: str,
        tone: str = "info",
        actions: list[tuple[str, Callable[[], None]]] | None = None,
        about: object = None,
    ) -> None:
        """about: what the message concerns (an instrument's id), so that it can go with it."""
        self.about = about
        tone = tone if tone in TONES else "info"
        self.setProperty("tone", tone)
        look(self, "failure" if tone == "error" else tone)
        self.label.setText(html)
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for text, callback in actions or []:
            button = QPushButton(text)
            button.clicked.connect(callback)
            self.buttons.addWidget(button)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


class DemoBanner(Banner):
    """The demonstration text says what it is, until the user dismisses the banner for good."""

    def __init__(
        self, settings: Settings, import_file: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__("demoBanner", parent)
        self.settings = settings
        self.import_file = import_file
        self.dismissed.connect(lambda: settings.set(options.DEMO_BANNER_DISMISSED, True))

    def show_for(self, version: VersionInfo | None) -> None:
        """Shown over the demonstration text, hidden over any other."""
        if self.settings.get(options.DEMO_BANNER_DISMISSED) or version is None:
            self.hide()
            return
        from negotiator_app.storage.imports import DEMO_INSTRUMENT  # loads the importers

        if version.instrument == DEMO_INSTRUMENT:
            self.show_message(tr.marked(DEMO_NOTICE), "demo", [(tr("Import…"), self.import_file)])
        else:
            self.hide()
