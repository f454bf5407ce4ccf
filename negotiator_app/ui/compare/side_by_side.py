"""The selected pair: its title and change, its brackets, then the old and new text side by side."""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.comparison import Change, Pair
from negotiator_app.storage.notes import Note
from negotiator_app.ui.compare.diff_html import FIRST_CHANGE, side_by_side
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look
from negotiator_app.ui.words import brackets_text, change_name, stance_name

tr = translator("Compare")


class SideBySide(QWidget):
    """What the delegate reads for one pair; the two texts scroll together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareSideBySide")
        self.heading = QLabel()
        self.heading.setObjectName("compareHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setObjectName("compareDetails")
        self.details.setWordWrap(True)
        look(self.details, "quiet")
        self.old_caption, self.new_caption = QLabel(), QLabel()
        for caption in (self.old_caption, self.new_caption):
            look(caption, "field")
        self.old_text = _text_view(
            "compareOldText", tr("Earlier text, deleted words struck through")
        )
        self.new_text = _text_view("compareNewText", tr("Later text, inserted words underlined"))
        self.old_caption.setBuddy(self.old_text)
        self.new_caption.setBuddy(self.new_text)
        self._together = _ScrollTogether(
            self.old_text.verticalScrollBar(), self.new_text.verticalScrollBar()
        )

        texts = QGridLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setHorizontalSpacing(8)
        texts.addWidget(self.old_caption, 0, 0)
        texts.addWidget(self.new_caption, 0, 1)
        texts.addWidget(self.old_text, 1, 0)
        texts.addWidget(self.new_text, 1, 1)
        texts.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(texts, 1)
        self.set_captions(tr("Earlier text"), tr("Later text"))
        self.clear(tr("Choose a provision in the list to see its old and new text."))

    def set_captions(self, old: str, new: str) -> None:
        self.old_caption.setText(old)
        self.new_caption.setText(new)

    def show_pair(self, pair: Pair, title: str, note: Note | None) -> None:
        change = change_name(pair.change)
        alike = (
            " · " + tr("{percent} alike").format(percent=f"{pair.similarity:.0%}")
            if pair.old is not None and pair.new is not None
            else ""
        )
        self.heading.setText(f"<b>{html.escape(title)}</b> — {change}{alike}")
        details = _details(pair, note)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        old_html, new_html = side_by_side(pair)
        with self._together.paused():  # each side to its own first change, not in proportion
            for view, text in ((self.old_text, old_html), (self.new_text, new_html)):
                view.setHtml(text)
                view.scrollToAnchor(FIRST_CHANGE)

    def clear(self, sentence: str) -> None:
        self.heading.setText(html.escape(sentence))
        self.details.setText("")
        self.details.hide()
        self.old_text.clear()
        self.new_text.clear()

    def old_plain(self) -> str:
        return self.old_text.toPlainText()

    def new_plain(self) -> str:
        return self.new_text.toPlainText()


def _details(pair: Pair, note: Note | None) -> str:
    """Brackets and options, what only renumbering did, and the delegation's position."""
    parts = []
    brackets = pair.brackets
    if brackets_text(brackets):
        parts.append(tr("Brackets: {brackets}.").format(brackets=brackets_text(brackets)))
    elif brackets.kept:
        parts.append(tr("%n brackets still open.", brackets.kept))
    if brackets.status_before != brackets.status_after and brackets.status_after:
        marked = ", ".join(brackets.status_after)
        parts.append(tr("Now marked: {status}.").format(status=marked))
    if pair.change == Change.RENUMBERED:
        parts.append(tr("Only the number changed; the text is the same."))
    elif pair.change == Change.UNCHANGED:
        parts.append(tr("The text did not change."))
    if note is not None:
        stance = stance_name(note.stance) if note.stance else tr("a note")
        if note.red_line:
            parts.append(tr("Your position: {stance}, a red line.").format(stance=stance))
        else:
            parts.append(tr("Your position: {stance}.").format(stance=stance))
    return " ".join(parts)


def _text_view(name: str, accessible: str) -> QTextBrowser:
    view = QTextBrowser()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setOpenLinks(False)
    view.setTabChangesFocus(True)
    return view


class _ScrollTogether:
    """Scrolling one text scrolls the other to the same place, in proportion."""

    def __init__(self, first: QScrollBar, second: QScrollBar) -> None:
        self._moving = False
        first.valueChanged.connect(lambda _: self._follow(first, second))
        second.valueChanged.connect(lambda _: self._follow(second, first))

    @contextmanager
    def paused(self) -> Iterator[None]:
        self._moving = True
        try:
            yield
        finally:
            self._moving = False

    def _follow(self, source: QScrollBar, target: QScrollBar) -> None:
        if self._moving:
            return
        with self.paused():
            span = source.maximum() or 1
            target.setValue(round(source.value() / span * target.maximum()))
