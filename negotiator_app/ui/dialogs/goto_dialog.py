"""Go to article: type a number ("12", "12 bis", "6.1.a") or a word of a heading, press Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core import references
from negotiator_app.core.outline import Outline
from negotiator_app.ui import goto
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.screen_fit import fitting_size
from negotiator_app.ui.theme import look
from negotiator_app.ui.tree.model import tree_text

tr = translator("GoToDialog")


class GotoDialog(QDialog):
    """A quick switcher over the articles of the version being read."""

    def __init__(self, outline: Outline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline = outline
        self.chosen = ""
        self.setWindowTitle(tr("Go to article"))
        self.setModal(True)
        self.resize(fitting_size(self, QSize(460, 380)))

        self.input = QLineEdit()
        self.input.setObjectName("gotoInput")
        self.input.setPlaceholderText(
            tr("Article number (12, 12 bis, 6.1.a) or a word of its title")
        )
        self.input.setAccessibleName(tr("Article to go to"))
        self.input.textChanged.connect(self._refresh)
        self.input.installEventFilter(self)
        self.message = QLabel()
        look(self.message, "error")
        self.message.hide()
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Matching articles"))
        self.list.itemActivated.connect(self._choose_item)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.input)
        self.input.setFocus()
        self._refresh("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_typed()
                return True
        return super().eventFilter(watched, event)

    def _refresh(self, text: str) -> None:
        self.message.hide()
        self.list.clear()
        for key in goto.candidates(text, self.outline):
            item = QListWidgetItem(tree_text(self.outline.get(key), self.outline.language))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.outline.path_label(key))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _choose_typed(self) -> None:
        text = self.input.text()
        exact = goto.resolve(text, self.outline)
        if exact:
            self._finish(exact)
            return
        item = self.list.currentItem()
        if item is not None and text.strip():
            self._finish(item.data(Qt.ItemDataRole.UserRole))
            return
        self.message.setText(not_found(text) if text.strip() else tr("Type an article number."))
        self.message.show()

    def _choose_item(self, item: QListWidgetItem) -> None:
        self._finish(item.data(Qt.ItemDataRole.UserRole))

    def _finish(self, key: str) -> None:
        self.chosen = key
        self.accept()


def not_found(text: str) -> str:
    """The sentence shown when a typed reference names nothing."""
    if references.looks_like_article(text):
        number = references.article_number(text)
        return tr("There is no Article {number} in this version.").format(number=number)
    return tr('Nothing in this version is called "{text}".').format(text=text.strip())
